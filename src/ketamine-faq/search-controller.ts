import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FaqUi } from '../content/schemas/faq.js';
import { AnnouncementController } from '../shared/announcement-controller.js';
import { DebounceController } from '../shared/debounce-controller.js';
import type { FaqView } from './faq-view.js';

/**
 * Search filters once typing pauses this long, not on every key: each key is still shown at once
 * (the box renders what was typed), but ~40 answers are filtered and highlighted once per pause.
 */
export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchOptions {
  /** Whether the search is on (`searchable`). */
  enabled(): boolean;
  /** The search text in effect (`query`). */
  query(): string;
  /** Puts search text in effect. */
  setQuery(text: string): void;
  /** The questions as the search in effect leaves them. */
  view(): FaqView;
  /** The match count in words, or null while content loads. */
  status(): string | null;
  /** Folds the text for searching (readers focus the box a moment before they type). */
  prepare(): void;
}

/**
 * The FAQ's search box: what the reader types shows at once and is applied after a pause (Enter
 * applies it now), Escape and "Clear search" empty it, and the number of matches is said in a
 * polite live region once the reader pauses (1 s), never per key (issue 14.2). The state found on
 * arrival (a `query` attribute) is shown but not spoken.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: SearchOptions;
  readonly #typed: DebounceController<string>;
  readonly #announcer: AnnouncementController;
  #announcedView: FaqView | undefined;

  constructor(host: ReactiveElement, options: SearchOptions) {
    this.#host = host;
    this.#options = options;
    this.#typed = new DebounceController<string>(host, SEARCH_DEBOUNCE_MS, (text) => options.setQuery(text));
    this.#announcer = new AnnouncementController(host);
    host.addController(this);
  }

  /** A new search result is spoken after the pause; the state found on arrival is not spoken. */
  hostUpdated(): void {
    const view = this.#options.view();
    if (view === this.#announcedView) return;
    const status = this.#options.status();
    if (status === null) return;
    const first = this.#announcedView === undefined;
    this.#announcedView = view;
    if (!this.#options.enabled() || !view.searching) this.#announcer.clear();
    else if (first) this.#announcer.settle(status);
    else this.#announcer.schedule(status);
  }

  render(ui: FaqUi): TemplateResult {
    const view = this.#options.view();
    return html`<div class="search" part="search" role="search">
      <label for="faq-search">${ui.searchLabel}</label>
      <p class="hint" id="faq-search-hint">${ui.searchHint}</p>
      <input
        id="faq-search"
        part="search-input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        maxlength="200"
        aria-describedby="faq-search-hint"
        .value=${live(this.#typed.pending ?? this.#options.query())}
        @focus=${this.#options.prepare}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
      />
      <p class="status" part="search-status">${this.#options.status()}</p>
      <p class="visually-hidden" role="status">${this.#announcer.text}</p>
      ${
        view.searching && view.visibleCount === 0
          ? html`<div class="empty"><button type="button" class="button secondary" part="clear-search" @click=${this.#clear}>${ui.clearSearch}</button></div>`
          : nothing
      }
    </div>`;
  }

  #onInput = (event: Event): void => {
    this.#typed.set((event.target as HTMLInputElement).value);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#typed.flush();
      // Enter asks for the result: say it now rather than after the pause.
      void this.#host.updateComplete.then(() => this.#announcer.flush());
    } else if (event.key === 'Escape' && (this.#options.query() || this.#typed.pending)) {
      event.preventDefault();
      this.#typed.cancel();
      this.#options.setQuery('');
      this.#host.requestUpdate();
    }
  };

  #clear = async (): Promise<void> => {
    this.#typed.cancel();
    this.#options.setQuery('');
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLInputElement>('#faq-search')?.focus();
  };
}
