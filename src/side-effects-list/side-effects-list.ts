import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonContent } from '../content/schemas/common.js';
import type { SideEffectsContent, SideEffectsOverride } from '../content/schemas/side-effects.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { IdleRenderController } from '../shared/idle-render-controller.js';
import { KwElement } from '../shared/kw-element.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { fillTemplate } from '../shared/template.js';
import { SEVERITY_ICONS, icon } from './side-effects-icons.js';
import { sideEffectsStyles } from './side-effects-list.styles.js';
import { noScriptStyle, renderCautions, renderEffectBody, renderHelp, renderSources } from './side-effects-templates.js';
import { mergeSideEffectsOverride, sideEffectsContent } from './side-effects-content.js';
import { parseGroupBy, parseLayout, parseRoute, parseShow } from './side-effects-options.js';
import { buildSideEffectsView, clinicDisplayName, type EffectView, type GroupView, type SideEffectsView } from './side-effects-view.js';

/**
 * Explains what patients may feel with ketamine or esketamine treatment, how often (from the
 * SPRAVATO label, with placebo rates where known), when, what the clinic does about it, who
 * should not have it, and exactly when to get help. A reading element: no input, no storage,
 * no requests (other than a clinic's `src` override).
 *
 * @summary Side effects of ketamine and esketamine, grouped by timing or severity, with a "Get help now" block.
 *
 * @tagname side-effects-list
 * @attr group-by - `timing` (default) or `severity`.
 * @attr route - `iv`, `nasal`, `im` or `oral`: show only side effects reported for that form. Absent: all forms.
 * @attr show - Sections to show, comma-separated: `effects`, `contraindications`, `help` (default: all). The help block always comes with `effects`.
 * @attr layout - `summary` (default): the "Get help now" block, the serious side effects and those at least 1 in 5 people had, with the rest behind one "Show all side effects" button (find-in-page still reaches them; printing shows all). `full`: every side effect as a full card (the default before the summary layout).
 * @attr compact - Makes each side effect a disclosure (`<details>`) showing only its name and severity until opened.
 *
 * @fires content-error - A clinic override or an attribute was refused; bundled content is shown instead. `detail`: `{ element, source, path, message }`.
 *
 * @csspart help - The "Get help now" block.
 * @csspart help-step - One way to get help (911, 988, the clinic).
 * @csspart help-action - A call or text link in the help block.
 * @csspart effects - The side effects section.
 * @csspart frequency-note - Where the numbers come from.
 * @csspart route-note - The note shown when a route filter is active.
 * @csspart clinic-note - The clinic's note from an override.
 * @csspart group - One group of side effects (a timing or a severity).
 * @csspart effect - One side effect (the list item).
 * @csspart effect-name - The name of a side effect.
 * @csspart summary-note - What the short list shows (summary layout).
 * @csspart more - The side effects behind "Show all" in one group (summary layout; `hidden="until-found"` while closed). A group with no side effect shown first waits whole, as a `group`.
 * @csspart show-all - The "Show all side effects" / "Show fewer side effects" button (summary layout).
 * @csspart effect-summary - The `<summary>` of a side effect when `compact` is set.
 * @csspart severity - The severity badge (icon plus text).
 * @csspart frequency - How often, in words and bars.
 * @csspart bar - One frequency bar row (label, meter, percentage).
 * @csspart item-note - A clinic's note on one side effect.
 * @csspart cautions - The "who should not have it" section.
 * @csspart contraindications - The label's contraindications.
 * @csspart review-needed - Warnings and clinic exclusions that need a clinician's judgement.
 * @csspart empty - Shown when no side effect matches.
 * @csspart citations - A list of sources.
 * @csspart footer - The shared footer: not-medical-advice line, review date, call to action.
 * @csspart crisis-line - The crisis line in the footer (988 and 911, as call links). For styling only: it cannot be hidden.
 *
 * @cssprop --kw-accent - Links, buttons and the SPRAVATO frequency bars (light theme; `--kw-dark-accent` for dark).
 * @cssprop --kw-text - Body text.
 * @cssprop --kw-muted - Secondary text and the placebo frequency bars.
 * @cssprop --kw-surface - Background of the widget and of each side effect.
 * @cssprop --kw-surface-alt - Background of badges, notes and bar tracks.
 * @cssprop --kw-border - Borders of side effects and badges.
 * @cssprop --kw-danger - Serious badges and the border of the "Get help now" block.
 * @cssprop --kw-danger-surface - Background of the "Get help now" block.
 * @cssprop --kw-focus-ring - Keyboard focus outline.
 */
export class SideEffectsList extends KwElement<SideEffectsContent, SideEffectsOverride> {
  static override properties = {
    ...KwElement.properties,
    groupBy: { attribute: 'group-by' },
    route: {},
    show: {},
    layout: {},
    compact: { type: Boolean, reflect: true },
    showingAll: { state: true },
  };

  static override styles = [baseStyles, citationStyles, sideEffectsStyles];

  /** `timing` (default) or `severity`. */
  declare groupBy: string | null;
  /** `iv`, `nasal`, `im` or `oral`; null shows every route. */
  declare route: string | null;
  /** Comma-separated sections: `effects`, `contraindications`, `help`; null shows all. */
  declare show: string | null;
  /**
   * `summary` (default): the help block, the serious side effects and those at least 1 in 5 people
   * had, as one-line disclosures, the rest behind one "Show all" button (find-in-page and print still
   * reach them). `full`: every side effect as a full card (the default before the summary layout).
   */
  declare layout: string | null;
  /** Each side effect becomes a `<details>` disclosure. */
  declare compact: boolean;
  /** Summary layout: the reader chose "Show all", or find-in-page revealed a hidden effect. */
  declare protected showingAll: boolean;

  static override contentConfig: ContentConfig<SideEffectsContent, SideEffectsOverride> = {
    bundle: sideEffectsContent,
    validator: () => import('./side-effects-override.js').then((module) => module.validateSideEffectsOverride),
    merge: mergeSideEffectsOverride,
  };

  #options = { groupBy: parseGroupBy(null).value, route: parseRoute(null).value, sections: parseShow(null).value, layout: parseLayout(null).value };
  #view: SideEffectsView | undefined;
  #viewContent: SideEffectsContent | undefined;

  constructor() {
    super();
    // Off-screen items skip layout for the first paint (content-visibility: auto, issue 9), and so
    // the accessibility tree (14.1): [data-laid-out] ends that, in idle time (~4 ms an item).
    new IdleRenderController<Element>(this, {
      pending: () => [...this.renderRoot.querySelectorAll('.effect:not([data-laid-out])')],
      render: (items) => items.forEach((item) => item.setAttribute('data-laid-out', '')),
      itemCostMs: 4,
    });
    this.groupBy = null;
    this.route = null;
    this.show = null;
    this.layout = null;
    this.compact = false;
    this.showingAll = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    let optionsChanged = false;
    if (!this.hasUpdated || changed.has('groupBy')) {
      const parsed = parseGroupBy(this.groupBy);
      if (parsed.error) this.reportError('attribute', 'group-by', parsed.error);
      this.#options = { ...this.#options, groupBy: parsed.value };
      optionsChanged = true;
    }
    if (!this.hasUpdated || changed.has('route')) {
      const parsed = parseRoute(this.route);
      if (parsed.error) this.reportError('attribute', 'route', parsed.error);
      this.#options = { ...this.#options, route: parsed.value };
      optionsChanged = true;
    }
    if (!this.hasUpdated || changed.has('show')) {
      const parsed = parseShow(this.show);
      if (parsed.error) this.reportError('attribute', 'show', parsed.error);
      this.#options = { ...this.#options, sections: parsed.value };
      optionsChanged = true;
    }
    if (!this.hasUpdated || changed.has('layout')) {
      const parsed = parseLayout(this.layout);
      if (parsed.error) this.reportError('attribute', 'layout', parsed.error);
      this.#options = { ...this.#options, layout: parsed.value };
      optionsChanged = true;
    }
    // The base may swap `effective` (language chunk loaded, override applied) without a
    // property change, so the view is keyed on its identity as well.
    const content = this.effective;
    if (!content) {
      this.#view = undefined;
      this.#viewContent = undefined;
    } else if (optionsChanged || content !== this.#viewContent || !this.#view) {
      this.#view = buildSideEffectsView(content, this.#options, this.intlLocale);
      this.#viewContent = content;
    }
  }

  protected renderBody(content: SideEffectsContent, common: CommonContent): TemplateResult {
    const view = this.#view;
    if (!view) return html``;
    const clinic = clinicDisplayName(this.clinicName, content.labels.clinicFallbackName);
    const { sections } = view.options;
    return html`${isServer ? noScriptStyle() : nothing}${
      content.clinicNote
        ? html`<div class="notice clinic-note" part="clinic-note">
            <p class="note-heading">${fillTemplate(content.labels.clinicNoteHeading, { clinic })}</p>
            <p>${content.clinicNote}</p>
          </div>`
        : nothing
    }
    ${sections.has('help') ? renderHelp(content, clinic, common, this.headingBase, this.phoneHref ? { href: this.phoneHref, text: this.phone } : null) : nothing}
    ${sections.has('effects') ? this.#renderEffects(content, view, clinic, common) : nothing}
    ${sections.has('contraindications') ? renderCautions(content, common, this.headingBase) : nothing}`;
  }

  #renderEffects(content: SideEffectsContent, view: SideEffectsView, clinic: string, common: CommonContent): TemplateResult {
    const section = content.effectsSection;
    return html`<section class="effects" part="effects" aria-labelledby="effects-heading">
      ${renderHeading(this.headingBase, 0, section.heading, { id: 'effects-heading' })}
      <p>${section.intro}</p>
      ${
        view.route
          ? html`<div class="notice route-note" part="route-note">
              <p class="note-heading">${view.showingRoute}</p>
              <p>${view.route.note}</p>
              ${renderSources(view.route.sources, common)}
            </div>`
          : nothing
      }
      <p class="frequency-note" part="frequency-note">${section.frequencyNote}</p>
      ${view.moreCount ? html`<p class="summary-note" part="summary-note">${content.labels.summaryNote}</p>` : nothing}
      ${
        view.groups.length
          ? view.groups.map((group) => this.#renderGroup(content, view, group, clinic, common))
          : html`<p class="empty" part="empty">${content.labels.noEffects}</p>`
      }
      ${view.moreCount ? this.#renderShowAll(content, view) : nothing} ${renderSources(section.sources, common)}
    </section>`;
  }

  /**
   * One group. In the summary layout its key effects are shown and the others wait in a
   * `hidden="until-found"` block (in the DOM, so find-in-page reaches them: `beforematch` then
   * shows everything). A group with no key effect waits whole, heading included.
   */
  #renderGroup(content: SideEffectsContent, view: SideEffectsView, group: GroupView, clinic: string, common: CommonContent): TemplateResult {
    const hidden = this.showingAll ? nothing : 'until-found';
    const list = (items: readonly EffectView[]) =>
      html`<ul class="effect-list" role="list">
        ${items.map((item) => this.#renderEffect(content, view, item, clinic, common))}
      </ul>`;
    const heading = html`${renderHeading(headingLevelAt(this.headingBase, 1), 1, group.heading, { class: 'group-heading' })}
    ${group.intro ? html`<p class="group-intro">${group.intro}</p>` : nothing}`;
    if (!group.more.length) return html`<div class="group" part="group" data-group=${group.key}>${heading}${list(group.shown)}</div>`;
    if (!group.shown.length) {
      return html`<div class="group more" part="group" data-group=${group.key} id=${`more-${group.key}`} hidden=${hidden} @beforematch=${this.#onBeforeMatch}>
        ${heading}${list(group.more)}
      </div>`;
    }
    return html`<div class="group" part="group" data-group=${group.key}>
      ${heading}${list(group.shown)}
      <div class="more" part="more" id=${`more-${group.key}`} hidden=${hidden} @beforematch=${this.#onBeforeMatch}>${list(group.more)}</div>
    </div>`;
  }

  #renderShowAll(content: SideEffectsContent, view: SideEffectsView): TemplateResult {
    const controls = view.groups
      .filter((group) => group.more.length)
      .map((group) => `more-${group.key}`)
      .join(' ');
    return html`<button
      type="button"
      class="button secondary show-all"
      part="show-all"
      aria-expanded=${this.showingAll ? 'true' : 'false'}
      aria-controls=${controls}
      @click=${this.#toggleAll}
    >
      ${this.showingAll ? content.labels.showFewer : fillTemplate(content.labels.showAll, { count: String(view.totalCount) })}
    </button>`;
  }

  #toggleAll = (): void => {
    this.showingAll = !this.showingAll;
  };

  /** Chromium fires `beforematch` on a find-in-page match inside a hidden block, then removes `hidden`. */
  #onBeforeMatch = (): void => {
    this.showingAll = true;
  };

  #renderEffect(content: SideEffectsContent, view: SideEffectsView, item: EffectView, clinic: string, common: CommonContent): TemplateResult {
    const { effect } = item;
    const badges = html`<span class="badges">
      <span class="badge severity ${effect.severity}" part="severity">${icon(SEVERITY_ICONS[effect.severity])}<span>${item.severityLabel}</span></span>
      ${
        view.options.groupBy === 'severity'
          ? html`<span class="badge timing"><span class="visually-hidden">${content.labels.when}: </span>${item.timingLabel}</span>`
          : nothing
      }
    </span>`;
    const body = renderEffectBody(content, item, clinic, common);
    // A one-line disclosure with `compact`, and always in the summary layout: a short list to scan.
    if (this.compact || view.options.layout === 'summary') {
      return html`<li class="effect disclosure ${effect.severity}" part="effect" data-id=${effect.id}>
        <details class="effect-details">
          <summary part="effect-summary"><span class="effect-name" part="effect-name">${effect.name}</span>${badges}</summary>
          <div class="effect-body">${body}</div>
        </details>
      </li>`;
    }
    return html`<li class="effect ${effect.severity}" part="effect" data-id=${effect.id}>
      ${renderHeading(headingLevelAt(this.headingBase, 2), 2, effect.name, { class: 'effect-name', part: 'effect-name' })} ${badges}
      <div class="effect-body">${body}</div>
    </li>`;
  }
}
