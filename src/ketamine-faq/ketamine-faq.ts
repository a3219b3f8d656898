import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { FaqCategoryId, FaqDocument, FaqOverride } from '../content/schemas/faq.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { headingLevelAt } from '../shared/heading.js';
import { IdleRenderController } from '../shared/idle-render-controller.js';
import { KwElement } from '../shared/kw-element.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { staticHeadingTag } from '../shared/static-heading.js';
import { resolveLang } from '../shared/lang.js';
import { AnswersLoader } from './answers-loader.js';
import { startStructuredData } from './structured-data-start.js';
import { faqContent, mergeFaqOverride } from './faq-content.js';
import {
  filterFaq,
  indexCategories,
  parseCategoryList,
  prepareSearch,
  searchStatus,
  shownItems,
  visibleIds,
  type FaqView,
  type IndexedCategory,
} from './faq-view.js';
import { AccordionController } from './accordion-controller.js';
import { HashLinkController } from './hash-link-controller.js';
import { SearchController } from './search-controller.js';
import { faqStyles } from './ketamine-faq.styles.js';
import { noScriptStyle, renderItem, type ItemState } from './faq-templates.js';

/** Detail of `faq-toggle`: the question's content id (no `faq-` prefix) and its new state. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

export { structuredDataModule } from './structured-data-start.js';

declare module '../shared/events.js' {
  interface KwEventMap {
    /** A question was opened or closed by the reader. */
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
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

  static override contentConfig: ContentConfig<FaqDocument, FaqOverride> = {
    bundle: faqContent,
    validator: () => import('./faq-override.js').then((module) => module.validateFaqOverride),
    merge: mergeFaqOverride,
  };

  /** Which questions are open: reader state, kept out of the public API. */
  #accordion = new AccordionController(this, {
    single: () => this.single,
    changed: (id, open) => this.emit('faq-toggle', { id, open }),
    toggled: (id, open) => this.#links.readerToggled(id, open),
  });
  #wanted: FaqCategoryId[] | null = null;
  /** The answers chunk of the content's language: until it is in, nothing opens, links, publishes or counts matches. */
  #answers = new AnswersLoader(this, () => this.hydrating);
  /** Question buttons clicked before the answers arrived: clicked again once they are in. */
  #heldClicks = new Set<HTMLButtonElement>();
  #indexedFrom: FaqDocument | undefined;
  #categories: readonly IndexedCategory[] = [];
  #view: FaqView = { categories: [], searching: false, visibleCount: 0 };
  #shownIds: ReadonlySet<string> = new Set();
  /** Ids whose answer is in the DOM: an opened one at once, the rest in idle time. Only grows. */
  #answerIds = new Set<string>();
  /** Attaches every pending answer now (the idle pass's flush). */
  #attachAllAnswers: () => void;
  /** The structured-data controller was added, or its chunk asked for: once per element. */
  #structuredDataStarted = false;
  #search = new SearchController(this, {
    enabled: () => this.searchable,
    query: () => this.query ?? '',
    setQuery: (text) => (this.query = text),
    view: () => this.#view,
    // A word only in the answers would find nothing yet: no count until they are in (the view is recomputed then).
    status: () =>
      this.effective && (this.#answers.settled || !this.#view.searching)
        ? searchStatus(this.#view, this.effective.ui, this.query ?? '', this.intlLocale)
        : null,
    prepare: () => prepareSearch(this.#categories),
  });
  #links = new HashLinkController(this, {
    ready: () => this.#idsResolvable(),
    shows: (id) => this.#shownIds.has(id),
    open: (id) => {
      if (!this.#accordion.isOpen(id)) this.#accordion.set([id], true, { byReader: false });
      // A linked question hidden by the current search would be invisible: clear the search.
      if (this.searchable && this.#view.searching && !visibleIds(this.#view).includes(id)) {
        this.query = '';
        this.#view = filterFaq(this.#categories, '');
      }
    },
    report: (message) => this.reportError('attribute', 'open', message),
    linkHash: () => this.linkHash,
  });

  constructor() {
    super();
    // Closed answers are attached after the first frame, a few per idle period, so the first frame
    // costs what the questions cost. They are hidden until opened or found, so they add no height
    // and nothing shifts when they arrive. Printing shows every answer: all are attached first.
    const answers = new IdleRenderController<string>(this, {
      pending: () => (this.#answers.settled ? [...this.#shownIds].filter((id) => !this.#answerIds.has(id)) : []),
      render: (ids) => {
        for (const id of ids) this.#answerIds.add(id);
        this.requestUpdate();
      },
      itemCostMs: 3, // one answer on a slow phone
      beforePrint: true,
    });
    this.#attachAllAnswers = () => answers.flush();
    this.category = null;
    this.searchable = false;
    this.single = false;
    this.open = null;
    this.linkHash = false;
    this.structuredData = false;
    this.query = null;
  }

  /**
   * Whether ids (`open`, `#faq-<id>`) can be resolved against the content: it is there and any
   * clinic override has settled, since the override may add the question linked to (issue 15.4).
   */
  #idsResolvable(): boolean {
    return this.effective !== undefined && !this.overridePending && this.#answers.settled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The answers download while the first frame renders, never after it (no waterfall): the
    // request goes out in the next task (AnswersLoader.load), so it does not delay that frame.
    this.#answers.load(resolveLang(this));
  }

  /** The hydrated first frame holds every answer, as the server's HTML does: hydration waits for them. */
  protected override get moreContentPending(): boolean {
    return !this.#answers.settled;
  }

  /** Blocked answers: each panel says so, unlike the server's HTML, which is replaced in one step rather than hydrated. */
  protected override get contentUnlikeServer(): boolean {
    return this.#answers.failed(this.resolvedLang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('category')) {
      const { ids, error } = parseCategoryList(this.category);
      if (error) this.reportError('attribute', 'category', error);
      this.#wanted = ids;
    }

    // A new language's answers load in parallel with its questions (the language chunk), not after them.
    this.#answers.load(this.resolvedLang);
    const content = this.effective && this.#answers.complete(this.effective);
    const reindex = content !== undefined && (content !== this.#indexedFrom || changed.has('category'));
    if (reindex) {
      this.#indexedFrom = content;
      this.#categories = indexCategories(content, this.#wanted);
      this.#shownIds = new Set(shownItems(this.#categories).map((item) => item.entry.id));
    }
    if (reindex || changed.has('query') || changed.has('searchable')) {
      this.#view = filterFaq(this.#categories, this.searchable ? this.query : '');
    }
    // The server writes the JSON-LD itself (src/ssr), after the markup.
    if (this.structuredData && !isServer && !this.#structuredDataStarted) this.#startStructuredData();
    if (changed.has('open')) this.#links.openAttributeChanged(this.open);
    if (reindex) this.#links.shownChanged();
    // The server has no idle time and the HTML must hold every answer (issue 18); hydrating that
    // HTML renders the same first frame: every answer attached, buttons inert, none open.
    if ((isServer || this.hydrating) && reindex) this.#attachAllAnswers();
    this.#accordion.inert = isServer || this.hydrating;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An answer once opened stays attached when it closes (the idle pass attaches the rest).
    for (const id of this.#accordion.openIds) this.#answerIds.add(id);
  }

  protected renderBody(content: FaqDocument, common: CommonContent): TemplateResult {
    const ui = content.ui;
    const view = this.#view;
    // Categories at heading-level, questions one below: never the same level (issue 14).
    const categoryTag = staticHeadingTag(this.headingBase);
    const questionTag = staticHeadingTag(headingLevelAt(this.headingBase, 1));
    const inert = this.#accordion.inert;
    // One listener of each kind for all the questions (not three per question): each question's
    // button and panel carry its data-id.
    return html`<section
      class="faq"
      part="base"
      aria-label=${ui.regionLabel}
      @click=${this.#onClick}
      @keydown=${this.#accordion.onKeydown}
      @beforematch=${this.#accordion.onBeforeMatch}
    >
      ${isServer ? noScriptStyle() : nothing} ${this.searchable ? this.#search.render(ui) : nothing}
      <div class="toolbar" part="toolbar">
        ${this.single ? nothing : html`<button type="button" class="button secondary" part="expand-all" @click=${this.#expandAll}>${ui.expandAll}</button>`}
        <button type="button" class="button secondary" part="collapse-all" @click=${this.#accordion.closeAll}>${ui.collapseAll}</button>
      </div>
      ${view.categories.map((category) =>
        // Opening one question re-renders only its category, and in it only that question: the
        // view's categories and items are new objects only when the search or the content changes.
        guard(
          [category, categoryTag, questionTag, common, inert, ...category.items.map((item) => this.#itemKey(item.id))],
          () => staticHtml`<div class="category" part="category" data-category=${category.id} ?hidden=${category.visibleCount === 0}>
          <${categoryTag.tag} class="category-title" part="category-heading">${category.title}</${categoryTag.tag}>
          <div class="items">${category.items.map((item) =>
            guard([item, this.#itemKey(item.id), questionTag, common, inert], () => renderItem(item, questionTag, common, this.#itemState(item.id))),
          )}</div>
        </div>`,
        ),
      )}
    </section>`;
  }

  /** The JSON-LD publisher, the first time `structured-data` is on. FAQPage entries need the answers: none is published before they are in. */
  #startStructuredData(): void {
    this.#structuredDataStarted = true;
    startStructuredData(
      this,
      () => (this.structuredData && this.#indexedFrom && this.#answers.settled ? this.#categories : null),
      (error) => this.reportError('attribute', 'structured-data', `could not load its code (${error?.message}); no JSON-LD added`),
    );
  }

  /** One question's reader state as one number, for the guards: open (1) and answer attached (2). */
  #itemKey(id: string): number {
    return (this.#accordion.isOpen(id) ? 1 : 0) | (this.#answerIds.has(id) ? 2 : 0);
  }

  /** What the item template needs of the accordion: inert (server, or hydrating the server's HTML) renders closed, as the server did. */
  #itemState(id: string): ItemState {
    const inert = this.#accordion.inert;
    return { open: !inert && this.#accordion.isOpen(id), expanded: this.#accordion.expandedState(id), inert, attached: this.#answerIds.has(id) };
  }

  /** A question opened before the answers arrived would open an empty panel: the click is held, then repeated once they are in. */
  #onClick = (event: Event): void => {
    if (this.#answers.settled) return this.#accordion.onClick(event);
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button.question-button');
    if (!button || this.#heldClicks.has(button)) return;
    this.#heldClicks.add(button);
    void this.#answers.whenSettled(this.resolvedLang).then(() => {
      this.#heldClicks.delete(button);
      if (this.#answers.settled && button.isConnected) button.click();
    });
  };

  #expandAll = (): void => {
    if (!this.#answers.settled) {
      void this.#answers.whenSettled(this.resolvedLang).then(() => this.#answers.settled && this.#expandAll());
      return;
    }
    this.#accordion.set(visibleIds(this.#view), true, { byReader: true });
  };
}
