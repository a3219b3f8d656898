import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { FaqCategoryId, FaqDocument, FaqOverride } from '../content/schemas/faq.js';
import { AnnouncementController } from '../shared/announcement-controller.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt } from '../shared/heading.js';
import { KwElement } from '../shared/kw-element.js';
import type { OverrideValidator } from '../content/override.js';
import type { FaqPageEntry } from './faq-json-ld.js';
import { faqContent, mergeFaqOverride } from './faq-content.js';
import {
  filterFaq,
  indexCategories,
  matchMessage,
  parseCategoryList,
  prepareSearch,
  shownItems,
  type FaqView,
  type IndexedCategory,
  type ViewItem,
} from './faq-view.js';
import type { Segment } from './faq-search.js';
import { publishStructuredData, withdrawStructuredData } from './faq-structured-data.js';
import { faqStyles } from './ketamine-faq.styles.js';

/** Detail of `faq-toggle`: the question's content id (no `faq-` prefix) and its new state. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

declare module '../shared/events.js' {
  interface KwEventMap {
    /** A question was opened or closed by the reader. */
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}

/** h2–h6; a question below h6 (heading-level 6) is a `div role=heading aria-level=7`. */
const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};
const DEEP_HEADING_TAG = literal`div`;

/** The tag and, past h6, the ARIA role and level of a heading at `level`. */
interface HeadingTag {
  tag: StaticValue;
  role: 'heading' | typeof nothing;
  ariaLevel: string | typeof nothing;
}

function headingTag(level: number): HeadingTag {
  const tag = HEADING_TAGS[level];
  return tag ? { tag, role: nothing, ariaLevel: nothing } : { tag: DEEP_HEADING_TAG, role: 'heading', ariaLevel: String(level) };
}

const ID_PREFIX = 'faq-';
/**
 * Search filters once typing pauses this long, not on every key: each key is still shown at once
 * (the box renders what was typed), but ~40 answers are filtered and highlighted once per pause.
 */
const SEARCH_DEBOUNCE_MS = 120;

/**
 * Closed answers are attached after the first frame, a few per idle period, so the first frame
 * costs what the questions cost. They are hidden until opened or found, so they add no height and
 * nothing shifts when they arrive. About what one answer costs to render on a slow phone, in ms.
 */
const ANSWER_RENDER_COST_MS = 3;

/**
 * Pre-rendered HTML without JavaScript (issue 18): every answer is shown, the controls that need a
 * script are not. A <noscript> style, so it applies only where scripting is off: parsed from a page
 * with scripting on, <noscript> is inert text. Rendered on the server only: a template the script
 * stamps is parsed in an inert document, where <noscript> content becomes a live <style>.
 */
const NO_SCRIPT_STYLE = html`<noscript><style>.answer[hidden]{display:block;content-visibility:visible}.search,.toolbar,.empty,.question-button::after{display:none}</style></noscript>`;


/** The content id in `#faq-<id>`, or null. */
function idFromHash(hash: string): string | null {
  let value = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  return value.startsWith(ID_PREFIX) ? value.slice(ID_PREFIX.length) : null;
}

/** The question button an event started in (the listeners sit on the whole FAQ), or null. */
function questionButtonOf(event: Event): HTMLButtonElement | null {
  const target = event.target as Element | null;
  return target?.closest?.<HTMLButtonElement>('button.question-button') ?? null;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * @summary Frequently asked questions about ketamine and esketamine therapy, with sources,
 * search, category filters, deep links and optional schema.org FAQPage structured data.
 *
 * @tagname ketamine-faq
 * @fires faq-toggle - A question was opened or closed by the reader (click, keyboard, Expand all / Collapse all, or find-in-page). Detail: `{ id: string, open: boolean }`, `id` without the `faq-` prefix. Not fired for the `open` attribute or a URL hash.
 * @fires content-error - A clinic override or attribute was refused. Detail: `{ element, source, path, message }`.
 *
 * @csspart base - The FAQ region.
 * @csspart search - The search box wrapper.
 * @csspart search-input - The search input.
 * @csspart search-status - The number of matches, shown as soon as the search applies (a hidden live region says it once the reader pauses).
 * @csspart clear-search - The "Clear search" button shown when nothing matches.
 * @csspart toolbar - The wrapper of the Expand all / Collapse all buttons.
 * @csspart expand-all - The "Expand all" button (absent in `single` mode).
 * @csspart collapse-all - The "Collapse all" button.
 * @csspart category - One category group.
 * @csspart category-heading - A category heading.
 * @csspart item - One question and answer.
 * @csspart question - The heading holding a question.
 * @csspart question-button - The button that opens and closes a question.
 * @csspart answer - An answer panel.
 * @csspart match - A highlighted search match.
 * @csspart citations - The numbered list of sources under an answer.
 * @csspart citation-link - A link to a source.
 * @csspart footer - The footer with the disclaimer, review date and call to action.
 * @csspart disclaimer - The not-medical-advice line.
 * @csspart crisis-line - The crisis line in the footer (988 and 911, as call links). For styling only: it cannot be hidden.
 * @csspart reviewed - The content review date.
 * @csspart cta - The call-to-action links (only with `booking-url` or `phone`).
 * @csspart error - The notice shown when a clinic override was refused.
 *
 * @cssprop --kw-accent - Links, buttons and focus accents (light theme).
 * @cssprop --kw-text - Body text (light theme).
 * @cssprop --kw-surface - Background (light theme).
 * @cssprop --kw-border - Dividers and control borders (light theme).
 * @cssprop --kw-highlight - Background of search matches (light theme).
 * @cssprop --kw-dark-accent - Links, buttons and focus accents (dark theme).
 * @cssprop --kw-dark-highlight - Background of search matches (dark theme).
 * @cssprop --kw-font-family - Font; inherits the page font by default.
 * @cssprop --kw-max-width - Largest width the FAQ grows to.
 *
 * @attr category - Comma-separated category ids to show, in that order: basics, forms, conditions, sessions, schedule, safety, cost, providers. Absent: all.
 * @attr heading-level - Level of the category headings, 2–6 (default 2); questions are one level below (past h6: `role="heading" aria-level="7"`).
 * @attr searchable - Shows a search box that filters the questions as you type.
 * @attr single - Opening one question closes the others.
 * @attr open - Id of a question to open and scroll to.
 * @attr link-hash - Opening a question writes `#faq-<id>` into the address bar (replaceState, no navigation).
 * @attr structured-data - Adds one schema.org FAQPage JSON-LD block for the shown questions to `document.head`.
 * @attr query - The search text (with `searchable`); typing updates it.
 */
export class KetamineFaq extends KwElement<FaqDocument, FaqOverride> {
  static override properties = {
    ...KwElement.properties,
    category: {},
    searchable: { type: Boolean },
    single: { type: Boolean },
    open: {},
    linkHash: { attribute: 'link-hash', type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
    query: {},
  };

  static override styles = [baseStyles, citationStyles, faqStyles];

  /** Category ids to show, comma-separated, in order. Null: all categories. */
  declare category: string | null;
  /** Show the search box. */
  declare searchable: boolean;
  /** Keep at most one question open. */
  declare single: boolean;
  /** Id of a question to open and scroll to (without the `faq-` prefix). */
  declare open: string | null;
  /** Mirror the opened question in the URL hash, with `history.replaceState`. */
  declare linkHash: boolean;
  /** Publish schema.org FAQPage JSON-LD for the shown questions. */
  declare structuredData: boolean;
  /** The search text; used only with `searchable`. */
  declare query: string | null;

  protected readonly bundle = faqContent;

  /** Ids of the open questions: reader state, kept out of the public API. Replaced, never mutated. */
  #openIds: ReadonlySet<string> = new Set();
  #wanted: FaqCategoryId[] | null = null;
  #indexedFrom: FaqDocument | undefined;
  #categories: readonly IndexedCategory[] = [];
  #view: FaqView = { categories: [], searching: false, visibleCount: 0 };
  #shownIds: ReadonlySet<string> = new Set();
  /** An `open` value waiting for content to load. */
  #pendingOpen: string | null = null;
  /** An `open` id no shown question had (already reported): opened if an override adds it later. */
  #unmatchedOpen: string | null = null;
  /** Whether `location.hash` still has to be read once content is there. */
  #pendingHash = false;
  #revealAfterUpdate: { id: string; focus: boolean } | null = null;
  #publishedFrom: readonly IndexedCategory[] | null = null;
  /** Ids whose answer is in the DOM: an opened one at once, the rest in idle time. Only grows. */
  #answerIds = new Set<string>();
  #answerPass: { cancel(): void } | null = null;
  /**
   * Rendering on the server (issue 18): every answer is in the HTML, and the question buttons,
   * which cannot work until the script runs, say so (`aria-disabled`) instead of a collapsed state.
   */
  #prerender = isServer;
  #printQuery: MediaQueryList | null = null;
  /** Speaks the number of matches once the reader pauses (1 s), not on every key (issue 14.2). */
  #announcer = new AnnouncementController(this);
  #announcedView: FaqView | undefined;

  constructor() {
    super();
    this.category = null;
    this.searchable = false;
    this.single = false;
    this.open = null;
    this.linkHash = false;
    this.structuredData = false;
    this.query = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#attachAllAnswers);
    this.#printQuery ??= typeof matchMedia === 'function' ? matchMedia('print') : null;
    this.#printQuery?.addEventListener('change', this.#onPrintChange);
    this.#pendingHash = true;
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#attachAllAnswers);
    this.#printQuery?.removeEventListener('change', this.#onPrintChange);
    this.#answerPass?.cancel();
    this.#answerPass = null;
    this.#applyTyped();
    withdrawStructuredData(this);
    this.#publishedFrom = null;
  }

  protected async loadOverrideValidator(): Promise<OverrideValidator<FaqOverride>> {
    const { validateFaqOverride } = await import('./faq-override.js');
    return validateFaqOverride;
  }

  protected mergeOverride(bundled: FaqDocument, override: FaqOverride): FaqDocument {
    return mergeFaqOverride(bundled, override);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('category')) this.#wanted = this.#resolveCategories();

    const content = this.effective;
    const reindex = content !== undefined && (content !== this.#indexedFrom || changed.has('category'));
    if (reindex) {
      this.#indexedFrom = content;
      this.#categories = indexCategories(content, this.#wanted);
      this.#shownIds = new Set(shownItems(this.#categories).map((item) => item.entry.id));
    }
    if (reindex || changed.has('query') || changed.has('searchable')) {
      this.#view = filterFaq(this.#categories, this.searchable ? this.query : '');
    }
    if (changed.has('open')) {
      this.#pendingOpen = this.open?.trim() || null;
      this.#unmatchedOpen = null;
    }
    if (reindex && this.#unmatchedOpen !== null && this.#shownIds.has(this.#unmatchedOpen)) this.#pendingOpen = this.#unmatchedOpen;
    // Ids are resolved once the clinic override has settled: it may add the question linked to.
    if (content !== undefined && !this.overridePending) {
      if (this.#pendingOpen !== null) this.#applyOpenAttribute(this.#pendingOpen);
      if (this.#pendingHash) {
        this.#pendingHash = false;
        this.#openFromHash(false);
      }
    }
    if (changed.has('single') && this.single && this.#openIds.size > 1) {
      this.#openIds = new Set([...this.#openIds].slice(0, 1));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#announceMatches();
    this.#syncStructuredData();
    if (!this.#answerPass && this.#missingAnswerIds().length) this.#attachAnswersWhenIdle();
    const reveal = this.#revealAfterUpdate;
    if (reveal) {
      this.#revealAfterUpdate = null;
      this.#reveal(reveal.id, reveal.focus);
    }
  }

  /** A new search result is spoken after the pause; the state found on arrival is not spoken. */
  #announceMatches(): void {
    const ui = this.effective?.ui;
    if (!ui || this.#view === this.#announcedView) return;
    const first = this.#announcedView === undefined;
    this.#announcedView = this.#view;
    if (!this.searchable || !this.#view.searching) this.#announcer.clear();
    else if (first) this.#announcer.settle(this.#statusText(ui));
    else this.#announcer.schedule(this.#statusText(ui));
  }

  #statusText(ui: FaqDocument['ui']): string {
    return this.#view.searching ? matchMessage(ui, this.#view.visibleCount, this.query ?? '', this.intlLocale) : '';
  }

  protected renderBody(content: FaqDocument, common: CommonContent): TemplateResult {
    const ui = content.ui;
    const view = this.#view;
    // Categories at heading-level, questions one below: never the same level (issue 14).
    const categoryTag = headingTag(this.headingBase);
    const questionTag = headingTag(headingLevelAt(this.headingBase, 1));
    // One listener of each kind for all the questions (not three per question): each question's
    // button and panel carry its data-id.
    return html`<section
      class="faq"
      part="base"
      aria-label=${ui.regionLabel}
      @click=${this.#onQuestionClick}
      @keydown=${this.#onQuestionKeydown}
      @beforematch=${this.#onBeforeMatch}
    >${this.#prerender ? NO_SCRIPT_STYLE : nothing}
      ${this.searchable ? this.#renderSearch(content) : nothing}
      <div class="toolbar" part="toolbar">
        ${this.single
          ? nothing
          : html`<button type="button" class="button secondary" part="expand-all" @click=${this.#expandAll}>${ui.expandAll}</button>`}
        <button type="button" class="button secondary" part="collapse-all" @click=${this.#collapseAll}>${ui.collapseAll}</button>
      </div>
      ${view.categories.map(
        (category) => staticHtml`<div class="category" part="category" data-category=${category.id} ?hidden=${category.visibleCount === 0}>
          <${categoryTag.tag} class="category-title" part="category-heading">${category.title}</${categoryTag.tag}>
          <div class="items">${category.items.map((item) =>
            // Opening one question re-renders only that one: the others' view items are unchanged.
            guard([item, this.#openIds.has(item.id), this.#answerIds.has(item.id), questionTag, common, this.#prerender], () =>
              this.#renderItem(item, questionTag, common),
            ),
          )}</div>
        </div>`,
      )}
    </section>`;
  }

  #renderSearch(content: FaqDocument): TemplateResult {
    const ui = content.ui;
    const query = this.query ?? '';
    const view = this.#view;
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
        .value=${live(this.#typed ?? query)}
        @focus=${this.#onSearchFocus}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeydown}
      />
      <p class="status" part="search-status">${this.#statusText(ui)}</p>
      <p class="visually-hidden" role="status">${this.#announcer.text}</p>
      ${view.searching && view.visibleCount === 0
        ? html`<div class="empty"><button type="button" class="button secondary" part="clear-search" @click=${this.#clearSearch}>${ui.clearSearch}</button></div>`
        : nothing}
    </div>`;
  }

  /**
   * One question: a single template (heading, button and panel together), since it is stamped
   * once per question on the first render. The chevron is the button's ::after.
   */
  #renderItem(item: ViewItem, questionTag: HeadingTag, common: CommonContent): TemplateResult {
    const open = this.#openIds.has(item.id);
    const domId = `${ID_PREFIX}${item.id}`;
    return staticHtml`<div class="item" part="item" id=${domId} ?hidden=${!item.visible}>
      <${questionTag.tag} class="question" part="question" role=${questionTag.role} aria-level=${questionTag.ariaLevel}><button
        type="button"
        class="question-button"
        part="question-button"
        id=${`${domId}-question`}
        aria-expanded=${this.#prerender ? nothing : open ? 'true' : 'false'}
        aria-disabled=${this.#prerender ? 'true' : nothing}
        aria-controls=${`${domId}-answer`}
        data-id=${item.id}
      >${this.#renderSegments(item.question)}</button></${questionTag.tag}>
      <div class="answer" part="answer" id=${`${domId}-answer`} data-id=${item.id} hidden=${open ? nothing : 'until-found'}>
        ${open || this.#prerender || this.#answerIds.has(item.id)
          ? html`<div class="answer-body">
              ${item.paragraphs.map((paragraph) => html`<p>${this.#renderSegments(paragraph)}</p>`)}
              ${renderCitations(item.sources, common.sourcesHeading)}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  #renderSegments(segments: readonly Segment[]): unknown {
    if (segments.length === 1 && !segments[0].match) return segments[0].text;
    return segments.map((segment) => (segment.match ? html`<mark part="match">${segment.text}</mark>` : segment.text));
  }

  // ---- closed answers, attached after the first frame ----

  #missingAnswerIds(): string[] {
    return [...this.#shownIds].filter((id) => !this.#answerIds.has(id));
  }

  /** Attaches the closed answers in batches, one batch per idle period, until all are there. */
  #attachAnswersWhenIdle(): void {
    const idle = typeof requestIdleCallback === 'function';
    let handle = 0;
    const next = (): void => {
      handle = idle ? requestIdleCallback(step, { timeout: 1000 }) : window.setTimeout(step, 16);
    };
    const step = (deadline?: IdleDeadline): void => {
      const missing = this.#missingAnswerIds();
      const batch = deadline ? Math.max(1, Math.floor(deadline.timeRemaining() / ANSWER_RENDER_COST_MS)) : 4;
      this.#attachAnswers(missing.slice(0, batch));
      if (missing.length > batch) next();
      else this.#answerPass = null;
    };
    next();
    this.#answerPass = { cancel: () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle)) };
  }

  #attachAnswers(ids: readonly string[]): void {
    if (!ids.length) return;
    for (const id of ids) this.#answerIds.add(id);
    this.requestUpdate();
  }

  /** Printing shows every answer (see the print styles), so all must be attached first. */
  #attachAllAnswers = (): void => {
    this.#attachAnswers(this.#missingAnswerIds());
  };

  #onPrintChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.#attachAllAnswers();
  };

  // ---- state changes ----

  /** Opens or closes questions, emitting `faq-toggle` for each one whose state changed. */
  #setOpen(ids: readonly string[], open: boolean, options: { emit: boolean }): void {
    const before = this.#openIds;
    let next: Set<string>;
    if (open) {
      next = this.single ? new Set(ids.slice(-1)) : new Set([...before, ...ids]);
    } else {
      next = new Set(before);
      for (const id of ids) next.delete(id);
    }
    this.#openIds = next;
    for (const id of next) this.#answerIds.add(id);
    this.requestUpdate();
    if (!options.emit) return;
    for (const id of before) if (!next.has(id)) this.emit('faq-toggle', { id, open: false });
    for (const id of next) if (!before.has(id)) this.emit('faq-toggle', { id, open: true });
  }

  #toggleByReader(id: string, open: boolean): void {
    this.#setOpen([id], open, { emit: true });
    if (this.linkHash) this.#writeHash(open ? id : null, id);
  }

  #onQuestionClick = (event: Event): void => {
    const id = questionButtonOf(event)?.dataset.id;
    if (id) this.#toggleByReader(id, !this.#openIds.has(id));
  };

  /** The browser's find-in-page found text in a closed answer and is about to reveal it. */
  #onBeforeMatch = (event: Event): void => {
    const panel = event.target as HTMLElement;
    const id = panel.classList?.contains('answer') ? panel.dataset.id : undefined;
    if (id && !this.#openIds.has(id)) this.#toggleByReader(id, true);
  };

  /** WAI-ARIA APG accordion keys: Up/Down move between questions, Home/End jump to the ends. */
  #onQuestionKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const current = questionButtonOf(event);
    if (!current) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question-button')];
    const index = buttons.indexOf(current);
    if (index < 0 || !buttons.length) return;
    const last = buttons.length - 1;
    const target =
      event.key === 'ArrowDown' ? (index === last ? 0 : index + 1) : event.key === 'ArrowUp' ? (index === 0 ? last : index - 1) : event.key === 'Home' ? 0 : last;
    event.preventDefault();
    buttons[target].focus();
  };

  #expandAll = (): void => {
    const ids = this.#view.categories.flatMap((category) => category.items.filter((item) => item.visible).map((item) => item.id));
    this.#setOpen(ids, true, { emit: true });
  };

  #collapseAll = (): void => {
    this.#setOpen([...this.#openIds], false, { emit: true });
  };

  /** Readers focus the box a moment before they type: fold the text for searching then. */
  #onSearchFocus = (): void => {
    prepareSearch(this.#categories);
  };

  /** What the reader typed and the search has not applied yet (see SEARCH_DEBOUNCE_MS). */
  #typed: string | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  #onSearchInput = (event: Event): void => {
    this.#typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(this.#applyTyped, SEARCH_DEBOUNCE_MS);
  };

  #applyTyped = (): void => {
    clearTimeout(this.#searchTimer);
    if (this.#typed === null) return;
    this.query = this.#typed;
    this.#typed = null;
  };

  #discardTyped(): void {
    clearTimeout(this.#searchTimer);
    this.#typed = null;
  }

  #onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#applyTyped();
      // Enter asks for the result: say it now rather than after the pause.
      void this.updateComplete.then(() => this.#announcer.flush());
    } else if (event.key === 'Escape' && (this.query || this.#typed)) {
      event.preventDefault();
      this.#discardTyped();
      this.query = '';
      this.requestUpdate();
    }
  };

  #clearSearch = async (): Promise<void> => {
    this.#discardTyped();
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#faq-search')?.focus();
  };

  // ---- open attribute, deep links and the URL hash ----

  #applyOpenAttribute(id: string): void {
    this.#pendingOpen = null;
    if (!this.#shownIds.has(id)) {
      if (this.#unmatchedOpen !== id) this.reportError('attribute', 'open', `no shown question has the id "${id.slice(0, 64)}"`);
      this.#unmatchedOpen = id;
      return;
    }
    this.#unmatchedOpen = null;
    this.#setOpen([id], true, { emit: false });
    this.#showThroughSearch(id);
    this.#revealAfterUpdate = { id, focus: false };
  }

  #onHashChange = (): void => {
    this.#openFromHash(true);
  };

  /** Opens and scrolls to the question named by `#faq-<id>`, if this FAQ shows it. */
  #openFromHash(focus: boolean): void {
    const id = typeof location === 'undefined' ? null : idFromHash(location.hash);
    if (!id || !this.#shownIds.has(id)) return;
    if (!this.#openIds.has(id)) this.#setOpen([id], true, { emit: false });
    this.#showThroughSearch(id);
    this.#revealAfterUpdate = { id, focus };
    this.requestUpdate();
  }

  /** A linked question hidden by the current search would be invisible: clear the search. */
  #showThroughSearch(id: string): void {
    if (!this.searchable || !this.#view.searching) return;
    const visible = this.#view.categories.some((category) => category.items.some((item) => item.id === id && item.visible));
    if (!visible) {
      this.query = '';
      this.#view = filterFaq(this.#categories, '');
    }
  }

  #reveal(id: string, focus: boolean): void {
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')].find((element) => element.id === `${ID_PREFIX}${id}`);
    if (!item) return;
    item.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    if (focus) item.querySelector<HTMLButtonElement>('.question-button')?.focus({ preventScroll: true });
  }

  /** `link-hash`: mirror the opened question in the URL without navigating or adding history. */
  #writeHash(openId: string | null, toggledId: string): void {
    try {
      const url = new URL(location.href);
      if (openId) url.hash = `${ID_PREFIX}${openId}`;
      else if (idFromHash(url.hash) === toggledId) url.hash = '';
      else return;
      const href = url.hash ? url.href : url.href.replace(/#$/, '');
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      // A sandboxed or opaque-origin page may refuse history writes; the FAQ works without.
    }
  }

  // ---- attributes ----

  #resolveCategories(): FaqCategoryId[] | null {
    const { ids, unknown } = parseCategoryList(this.category);
    if (unknown.length) {
      const shown = ids ? `showing ${ids.join(', ')}` : 'showing all categories';
      this.reportError(
        'attribute',
        'category',
        `unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map((word) => `"${word.slice(0, 30)}"`).join(', ')}; ${shown}`,
      );
    }
    return ids;
  }

  // ---- structured data ----

  #syncStructuredData(): void {
    if (!this.structuredData || !this.isConnected || !this.#indexedFrom) {
      if (this.#publishedFrom) {
        withdrawStructuredData(this);
        this.#publishedFrom = null;
      }
      return;
    }
    if (this.#publishedFrom === this.#categories) return;
    this.#publishedFrom = this.#categories;
    const entries: FaqPageEntry[] = shownItems(this.#categories).map((item) => ({
      id: item.entry.id,
      question: item.entry.question,
      answer: item.paragraphs.join('\n\n'),
    }));
    if (!publishStructuredData(this, entries)) {
      console.error(
        `[${this.localName}] structured-data: the page's Trusted Types policy refused the JSON-LD; allow the policy name "ketamine-widgets"`,
      );
    }
  }
}
