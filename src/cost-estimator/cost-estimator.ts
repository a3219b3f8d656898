import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { CostContent, CostOverride } from '../content/schemas/cost.js';
import { isPlanId, type MaintenanceChoice } from '../content/vocabulary/cost.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderHeading } from '../shared/heading.js';
import { KwElement } from '../shared/kw-element.js';
import { Memo } from '../shared/memo.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { costContent, mergeCostOverride } from './cost-content.js';
import { costEstimatorStyles } from './cost-estimator.styles.js';
import { renderDetails, renderField, renderLocked, renderNotes, renderResult, renderSelect } from './cost-templates.js';
import type { EstimateChangeDetail } from './cost-events.js';
import { readCurrency, readFee, readLocale, readTreatment, type Setting } from './cost-options.js';
import {
  buildCostView,
  COVERAGE_CHOICES,
  effectiveMaintenance,
  type CoverageChoice,
  type FieldName,
  type FormState,
  type RawField,
  type ViewModel,
} from './cost-view.js';
import type { CostEstimate } from './estimate-cost.js';
import { DEFAULT_CURRENCY } from './format-money.js';
import { EstimateReporter } from './estimate-reporter.js';
import { validatePrices, type PriceMap } from './parse-prices.js';

export type { EstimateChangeDetail } from './cost-events.js';

declare module '../shared/events.js' {
  interface KwEventMap {
    /** The estimate on screen changed. */
    'estimate-change': CustomEvent<EstimateChangeDetail>;
  }
}

/**
 * An honest, clinic-priced cost estimate for a course of ketamine or esketamine treatment: the
 * first course, maintenance and the first year, before and after insurance. Prices are typical
 * published US ranges unless the clinic sets its own with `prices`.
 *
 * @summary Estimates what a first course and first year of treatment might cost, before and after insurance.
 *
 * @tagname cost-estimator
 * @fires estimate-change - On every change that yields a valid estimate. `detail`: `{ plan, currency, fractionDigits, isRange, totals }`, amounts in integer minor units. Bubbles and is composed.
 * @fires content-error - A bad attribute or clinic override. `detail`: `{ element, source, path, message }`.
 *
 * @csspart base - The whole estimator.
 * @csspart title - The heading.
 * @csspart intro - The introduction.
 * @csspart disclaimer-prices - The note that prices vary and are not quotes.
 * @csspart form - The form.
 * @csspart fieldset - Each group of fields.
 * @csspart field - A label, control, hint and error together.
 * @csspart input - Each number input.
 * @csspart select - Each select.
 * @csspart hint - A field hint.
 * @csspart field-error - A field's inline error message.
 * @csspart locked-price - A price set by the clinic, shown as text.
 * @csspart result - The result area.
 * @csspart stale-note - The note shown while the last valid estimate is kept, in place of the updates note.
 * @csspart updates-note - The line under the result heading saying the estimate follows the fields; the stale note takes its place.
 * @csspart breakdown - The breakdown table.
 * @csspart total - The total rows of the breakdown.
 * @csspart estimate-note - The note that this is an estimate the clinic confirms.
 * @csspart details - The details of the chosen treatment.
 * @csspart notes - The insurance and payment notes.
 * @csspart citations - Source lists.
 * @csspart footer - The shared footer with the disclaimer, review date and call to action.
 * @csspart crisis-line - The crisis line in the footer (988 and 911, as call links). For styling only: it cannot be hidden.
 * @csspart cta - The call to action.
 *
 * @cssprop --kw-accent - Links, focus and accents (light). `--kw-dark-accent` for dark.
 * @cssprop --kw-text - Body text (light). `--kw-dark-text` for dark.
 * @cssprop --kw-surface - Background (light). `--kw-dark-surface` for dark.
 * @cssprop --kw-surface-alt - Table headers and panels (light). `--kw-dark-surface-alt` for dark.
 * @cssprop --kw-border - Borders of controls (light). `--kw-dark-border` for dark.
 * @cssprop --kw-danger - Inline errors (light). `--kw-dark-danger` for dark.
 * @cssprop --kw-font-family - Font; inherits the page font.
 * @cssprop --kw-radius - Corner radius.
 * @cssprop --kw-max-width - Largest width.
 *
 * @slot - Plain-text fallback shown until the script loads; put the clinic's prices here.
 */
export class CostEstimator extends KwElement<CostContent, CostOverride> {
  static override properties = {
    ...KwElement.properties,
    treatment: {},
    prices: { kind: 'structured' as const },
    currency: {},
    locale: {},
    consultationFee: { attribute: 'consultation-fee' },
    lockedPrices: { attribute: 'locked-prices', type: Boolean },
    hideInsurance: { attribute: 'hide-insurance', type: Boolean },
    formState: { state: true },
  };

  static override styles = [baseStyles, citationStyles, costEstimatorStyles];

  /** The plan shown first: `iv`, `spravato`, `im` or `oral`. */
  declare treatment: string | null;
  /**
   * Map of plan id → price per session in major units, a number or `{"low", "high"}`: an object
   * (`{ iv: 450 }`, as React 19 passes it) or its JSON text (`'{"iv": 450}'`, as the attribute is).
   */
  declare prices: string | Record<string, number | { low: number; high: number }> | null;
  /** ISO 4217 currency code of the prices; default USD. */
  declare currency: string | null;
  /** BCP 47 locale for numbers and money; default en-US or es-US from `lang`. */
  declare locale: string | null;
  /** One-time consultation fee in major units. */
  declare consultationFee: string | null;
  /** Patients see the clinic's prices and fee as text and cannot edit them. */
  declare lockedPrices: boolean;
  /** Hides the insurance fields, rows and notes (for clinics that do not bill insurance). */
  declare hideInsurance: boolean;

  /** What the patient chose and typed; the price and fee are null until typed in (the clinic's apply). */
  declare protected formState: FormState;

  static override contentConfig: ContentConfig<CostContent, CostOverride> = {
    bundle: costContent,
    validator: () => import('./cost-override.js').then((module) => module.validateCostOverride),
    merge: mergeCostOverride,
  };

  #clinicPrices: PriceMap = new Map();
  #clinicFee: number | null = null;
  #currency = DEFAULT_CURRENCY;
  #localeOverride: string | null = null;
  /** The view model, rebuilt when one of its named inputs changes (a language chunk or an override arrives without a property change). */
  #views = new Memo(buildCostView);
  #view: ViewModel | undefined;
  /** `estimate-change` and the polite live region: a new total, or a field's error, once the patient pauses (WCAG 4.1.3). */
  #reporter = new EstimateReporter(this, (detail) => this.emit('estimate-change', detail));

  constructor() {
    super();
    this.treatment = null;
    this.prices = null;
    this.currency = null;
    this.locale = null;
    this.consultationFee = null;
    this.lockedPrices = false;
    this.hideInsurance = false;
    const typed = (value: string): RawField => ({ value, badInput: false });
    this.formState = {
      plan: 'iv',
      maintenance: 'none',
      coverage: 'none',
      fields: { price: null, fee: null, sessionsPerMonth: typed('1'), months: typed('12'), percent: typed(''), copay: typed('') },
    };
  }

  /** The estimate on screen (the last valid one while a field is invalid), or null. */
  get estimate(): CostEstimate | null {
    return this.#view?.estimate ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('prices')) this.#readPrices();
    if (first || changed.has('currency')) this.#currency = this.#read(readCurrency(this.currency));
    if (first || changed.has('locale')) this.#localeOverride = this.#read(readLocale(this.locale));
    if (first || changed.has('consultationFee')) {
      this.#clinicFee = this.#read(readFee(this.consultationFee));
      this.#setField('fee', null);
    }
    if (first || changed.has('treatment')) this.formState = { ...this.formState, plan: this.#read(readTreatment(this.treatment)) };
    // The clinic's price for the plan applies again (whatever was typed) when prices or the plan change.
    if (first || changed.has('prices') || changed.has('treatment')) this.#setField('price', null);

    const content = this.effective;
    if (!content) return;
    this.#view = this.#views.get({
      content,
      form: this.formState,
      currency: this.#currency,
      locale: this.#locale,
      clinicPrices: this.#clinicPrices,
      clinicFee: this.#clinicFee,
      lockedPrices: this.lockedPrices,
      hideInsurance: this.hideInsurance,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#view) this.#reporter.report(this.#view);
  }

  get #locale(): string {
    return this.#localeOverride ?? this.intlLocale;
  }

  // ── configuration from attributes ────────────────────────────────────────

  #read<T>(setting: Setting<T>): T {
    if (setting.error) this.reportError('attribute', setting.error.path, setting.error.message);
    return setting.value;
  }

  #readPrices(): void {
    this.#clinicPrices = new Map();
    // Already parsed into plain data by the base class's property coercion.
    if (this.prices === null || this.prices === undefined) return;
    const result = validatePrices(this.prices);
    if (result.ok) this.#clinicPrices = result.value;
    else this.reportError('attribute', result.path, result.message);
  }

  #setField(name: FieldName, raw: RawField | null): void {
    this.formState = { ...this.formState, fields: { ...this.formState.fields, [name]: raw } };
  }

  // ── events from the form ────────────────────────────────────────────────

  #onPlan(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!isPlanId(value)) return;
    // A maintenance choice the new plan does not offer (SPRAVATO has no monthly) goes back to none.
    const plan = this.effective?.plans.find((entry) => entry.id === value);
    const maintenance = plan ? effectiveMaintenance(plan, this.formState.maintenance) : 'none';
    this.formState = { ...this.formState, plan: value, maintenance };
    this.#setField('price', null);
  }

  #onMaintenance(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as MaintenanceChoice;
    if (this.#view?.plan.maintenancePresets.includes(value)) this.formState = { ...this.formState, maintenance: value };
  }

  #onCoverage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as CoverageChoice;
    if (COVERAGE_CHOICES.includes(value)) this.formState = { ...this.formState, coverage: value };
  }

  #onField = (name: FieldName, event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#setField(name, { value: input.value, badInput: input.validity.badInput });
  };

  // ── rendering: stamps the view model ────────────────────────────────────

  protected renderBody(content: CostContent, common: CommonContent): TemplateResult {
    const view = this.#view!;
    // Plan details and notes do not change while the patient types: `guard` skips them (and their
    // citation links) on every keystroke; they re-render when the plan, language or content changes.
    return html`<section class="estimator" part="base" aria-labelledby="title">
      ${renderHeading(this.headingBase, 0, content.title, { id: 'title', part: 'title' })}
      <p part="intro">${content.intro}</p>
      <p class="disclaimer" part="disclaimer-prices">${content.disclaimer.text}</p>
      <div class="layout">${this.#renderForm(content, view)} ${renderResult(view, content.result, this.headingBase, this.#reporter.announcer.text)}</div>
      ${guard([content, view.plan, common, this.hideInsurance, this.#locale, this.headingBase], () => renderDetails(view.details, this.headingBase, content.details.sourcesHeading || common.sourcesHeading))}
      ${guard([content, common, this.hideInsurance, this.headingBase], () => renderNotes(view.notes, content, this.headingBase, common.sourcesHeading))}
    </section>`;
  }

  #renderForm(content: CostContent, view: ViewModel): TemplateResult {
    const f = content.form;
    const field = (name: FieldName) => (view.fields[name] ? renderField(view.fields[name], this.#onField) : nothing);
    return html`<form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
      <fieldset part="fieldset">
        <legend>${f.planLegend}</legend>
        ${renderSelect('plan', f.planLabel, view.planOptions, this.#onPlan)}
      </fieldset>
      <fieldset part="fieldset">
        <legend>${f.priceLegend}</legend>
        ${view.priceMode === 'locked' ? renderLocked(f.priceLocked, view.lockedPrice ?? f.priceAskClinic) : field('price')}
        ${view.feeLocked !== null ? renderLocked(f.feeLocked, view.feeLocked) : field('fee')}
      </fieldset>
      <fieldset part="fieldset">
        <legend>${f.maintenanceLegend}</legend>
        ${renderSelect('maintenance', f.maintenanceLabel, view.maintenanceOptions, this.#onMaintenance)} ${field('sessionsPerMonth')} ${field('months')}
      </fieldset>
      ${
        view.coverageOptions
          ? html`<fieldset part="fieldset">
              <legend>${f.insuranceLegend}</legend>
              ${renderSelect('coverage', f.coverageLabel, view.coverageOptions, this.#onCoverage)} ${field('percent')} ${field('copay')}
            </fieldset>`
          : nothing
      }
    </form>`;
  }
}
