import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { CostContent, CostOverride, CostPlan } from '../content/schemas/cost.js';
import { AnnouncementController } from '../shared/announcement-controller.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { KwElement } from '../shared/kw-element.js';
import { supportedLocale } from '../shared/lang.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { fillTemplate } from '../shared/template.js';
import { costContent, mergeCostOverride } from './cost-content.js';
import { costEstimatorStyles } from './cost-estimator.styles.js';
import { MAX_PRICE, PLAN_IDS, type CostEstimate, type MoneyRange, type PlanId } from './estimate-cost.js';
import {
  buildCostView,
  effectiveMaintenance,
  formatPrice,
  formatRange,
  type CoverageChoice,
  type FieldName,
  type FieldView,
  type FormState,
  type LastValidEstimate,
  type MaintenanceChoice,
  type RawField,
  type ViewModel,
} from './cost-view.js';
import { DEFAULT_CURRENCY, formatMoney, resolveCurrency, type MoneyFormat } from './format-money.js';
import { parseField } from './parse-field.js';
import { validatePrices, type PriceMap } from './parse-prices.js';

/** Detail of the `estimate-change` event. Amounts are integers in the currency's minor unit. */
export interface EstimateChangeDetail {
  plan: PlanId;
  currency: string;
  /** Digits of the minor unit: 2 means amounts are cents. */
  fractionDigits: number;
  /** Whether the estimate uses a price range (then each low and high differ). */
  isRange: boolean;
  totals: {
    firstCourse: MoneyRange;
    maintenance: MoneyRange;
    consultationFee: number;
    total: MoneyRange;
    insurancePays: MoneyRange;
    outOfPocket: MoneyRange;
    firstYear: MoneyRange;
    firstYearOutOfPocket: MoneyRange;
  };
}

declare module '../shared/events.js' {
  interface KwEventMap {
    /** The estimate on screen changed. */
    'estimate-change': CustomEvent<EstimateChangeDetail>;
  }
}

const FIELD_IDS: Record<FieldName, string> = {
  price: 'price',
  fee: 'fee',
  sessionsPerMonth: 'sessions-per-month',
  months: 'months',
  percent: 'percent',
  copay: 'copay',
};

const COVERAGE_CHOICES: readonly CoverageChoice[] = ['none', 'percent', 'copay'];

const emptyField = (value = ''): RawField => ({ value, badInput: false });

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
 * @csspart stale-note - The note shown while the last valid estimate is kept.
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

  /** What the patient chose and typed. */
  protected declare formState: FormState;

  static override contentConfig: ContentConfig<CostContent, CostOverride> = {
    bundle: costContent,
    validator: () => import('./cost-override.js').then((module) => module.validateCostOverride),
    merge: mergeCostOverride,
  };

  #clinicPrices: PriceMap = new Map();
  #clinicFee: number | null = null;
  #currency = DEFAULT_CURRENCY;
  #localeOverride: string | null = null;
  #view: ViewModel | undefined;
  #viewInputs: unknown[] = [];
  #lastValid: LastValidEstimate | null = null;
  #lastEmitted: string | null = null;
  #seeded = false;
  /** The polite live region: a new total, or a field's error, once the patient pauses (WCAG 4.1.3). */
  #announcer = new AnnouncementController(this);
  /** The view the announcer last heard about, and the estimate (as event detail) it was told. */
  #announcedView: ViewModel | undefined;
  #announcedKey: string | null = null;

  constructor() {
    super();
    this.treatment = null;
    this.prices = null;
    this.currency = null;
    this.locale = null;
    this.consultationFee = null;
    this.lockedPrices = false;
    this.hideInsurance = false;
    this.formState = {
      plan: 'iv',
      maintenance: 'none',
      coverage: 'none',
      fields: {
        price: emptyField(),
        fee: emptyField(),
        sessionsPerMonth: emptyField('1'),
        months: emptyField('12'),
        percent: emptyField(),
        copay: emptyField(),
      },
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
    if (first || changed.has('currency')) this.#readCurrency();
    if (first || changed.has('locale')) this.#readLocale();
    if (first || changed.has('consultationFee')) this.#readFee();
    if (first || changed.has('treatment')) this.#readTreatment();
    if (first || changed.has('prices') || changed.has('treatment')) this.#prefillPrice();

    const content = this.effective;
    if (!content) return;
    // `effective` changes without a property change (a language chunk or an override arrives), so
    // the view model is rebuilt whenever any of its inputs differs by identity.
    const inputs = [content, this.formState, this.#clinicPrices, this.#clinicFee, this.#currency, this.#localeOverride, this.intlLocale, this.lockedPrices, this.hideInsurance];
    if (inputs.some((value, index) => value !== this.#viewInputs[index])) {
      this.#viewInputs = inputs;
      this.#view = buildCostView(content, {
        form: this.formState,
        currency: this.#currency,
        locale: this.#localeOverride ?? this.intlLocale,
        clinicPrices: this.#clinicPrices,
        clinicFee: this.#clinicFee,
        lockedPrices: this.lockedPrices,
        hideInsurance: this.hideInsurance,
        lastValid: this.#lastValid,
      });
      this.#lastValid = this.#view.lastValid;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    if (!view || view === this.#announcedView) return;
    this.#announcedView = view;
    const detail = view.estimate && !view.stale ? this.#eventDetail(view.estimate, view.format.currency) : null;
    const key = detail ? JSON.stringify(detail) : null;
    // The first estimate on screen is the starting point, not a change.
    if (!this.#seeded) {
      this.#seeded = true;
      this.#lastEmitted = key;
      this.#announcedKey = key;
      this.#announcer.settle(view.announcement);
      return;
    }
    this.#announce(view, key);
    if (!detail || key === this.#lastEmitted) return;
    this.#lastEmitted = key;
    this.emit('estimate-change', detail);
  }

  // ── configuration from attributes ────────────────────────────────────────

  #readPrices(): void {
    this.#clinicPrices = new Map();
    // Already parsed into plain data by the base class's property coercion.
    if (this.prices === null || this.prices === undefined) return;
    const result = validatePrices(this.prices);
    if (result.ok) this.#clinicPrices = result.value;
    else this.reportError('attribute', result.path, result.message);
  }

  #readCurrency(): void {
    this.#currency = DEFAULT_CURRENCY;
    if (!this.currency || !this.currency.trim()) return;
    const code = resolveCurrency(this.currency);
    if (code) this.#currency = code;
    else this.reportError('attribute', 'currency', `"${this.currency.slice(0, 20)}" is not an ISO 4217 currency code; using ${DEFAULT_CURRENCY}`);
  }

  #readLocale(): void {
    this.#localeOverride = null;
    if (!this.locale || !this.locale.trim()) return;
    const locale = supportedLocale(this.locale.trim());
    if (locale) this.#localeOverride = locale;
    else this.reportError('attribute', 'locale', `"${this.locale.slice(0, 40)}" is not a supported locale; using the language's default`);
  }

  #readFee(): void {
    this.#clinicFee = null;
    const raw = this.consultationFee?.trim();
    if (raw) {
      const parsed = parseField(raw, { min: 0, max: MAX_PRICE });
      if (parsed.ok) this.#clinicFee = parsed.value;
      else this.reportError('attribute', 'consultation-fee', `"${raw.slice(0, 20)}" must be a number from 0 to ${MAX_PRICE}`);
    }
    this.#setField('fee', emptyField(this.#clinicFee === null ? '' : String(this.#clinicFee)));
  }

  #readTreatment(): void {
    const value = this.treatment?.trim();
    if (value && !(PLAN_IDS as readonly string[]).includes(value)) {
      this.reportError('attribute', 'treatment', `"${value.slice(0, 20)}" is not one of ${PLAN_IDS.join(', ')}`);
    }
    const plan = value && (PLAN_IDS as readonly string[]).includes(value) ? (value as PlanId) : 'iv';
    this.formState = { ...this.formState, plan };
  }

  /** The price field starts at the clinic's price for the chosen plan, or empty. */
  #prefillPrice(plan: PlanId = this.formState.plan): void {
    const price = this.#clinicPrices.get(plan);
    this.#setField('price', emptyField(typeof price === 'number' ? String(price) : ''));
  }

  #setField(name: FieldName, raw: RawField): void {
    this.formState = { ...this.formState, fields: { ...this.formState.fields, [name]: raw } };
  }

  // ── the view model ──────────────────────────────────────────────────────

  #eventDetail(estimate: CostEstimate, currency: string): EstimateChangeDetail {
    return {
      plan: estimate.plan,
      currency,
      fractionDigits: estimate.fractionDigits,
      isRange: estimate.isRange,
      totals: {
        firstCourse: estimate.induction.cost,
        maintenance: estimate.maintenance.cost,
        consultationFee: estimate.consultationFee,
        total: estimate.total,
        insurancePays: estimate.insurancePays,
        outOfPocket: estimate.outOfPocket,
        firstYear: estimate.firstYear.total,
        firstYearOutOfPocket: estimate.firstYear.outOfPocket,
      },
    };
  }

  /**
   * Tells the live region about the view now on screen; whatever was still waiting is replaced, so
   * it never speaks a total for a value no longer in a field. An invalid field: its error, once.
   * A new total: the total. A language switch alone (same numbers) says nothing.
   */
  #announce(view: ViewModel, key: string | null): void {
    const error = Object.values(view.fields).find((field) => field?.error)?.error;
    if (error) {
      this.#announcedKey = null;
      this.#announcer.schedule(error);
    } else if (key === null) {
      // No estimate (e.g. no price to go on): nothing to say, and nothing stale may follow.
      this.#announcedKey = null;
      this.#announcer.cancel();
    } else if (key !== this.#announcedKey) {
      this.#announcedKey = key;
      this.#announcer.schedule(view.announcement);
    }
  }

  // ── events from the form ────────────────────────────────────────────────

  #onPlan(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!(PLAN_IDS as readonly string[]).includes(value)) return;
    // A maintenance choice the new plan does not offer (SPRAVATO has no monthly) goes back to none.
    const plan = this.effective?.plans.find((entry) => entry.id === value);
    const maintenance = plan ? effectiveMaintenance(plan, this.formState.maintenance) : 'none';
    this.formState = { ...this.formState, plan: value as PlanId, maintenance };
    this.#prefillPrice(value as PlanId);
  }

  #onMaintenance(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as MaintenanceChoice;
    const plan = this.#view?.plan;
    if (plan?.maintenancePresets.includes(value)) this.formState = { ...this.formState, maintenance: value };
  }

  #onCoverage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as CoverageChoice;
    if (COVERAGE_CHOICES.includes(value)) this.formState = { ...this.formState, coverage: value };
  }

  #onField(name: FieldName, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#setField(name, { value: input.value, badInput: input.validity.badInput });
  }

  // ── rendering ───────────────────────────────────────────────────────────

  protected renderBody(content: CostContent, common: CommonContent): TemplateResult {
    const view = this.#view!;
    // Plan details and notes do not change while the patient types: `guard` skips them (and their
    // citation links) on every keystroke; they re-render when the plan, language or content changes.
    return html`<section class="estimator" part="base" aria-labelledby="title">
      ${renderHeading(this.headingBase, 0, content.title, { id: 'title', part: 'title' })}
      <p part="intro">${content.intro}</p>
      <p class="disclaimer" part="disclaimer-prices">${content.disclaimer.text}</p>
      <div class="layout">
        ${this.#renderForm(content, view)} ${this.#renderResult(content, view)}
      </div>
      ${guard([content, view.plan, common, this.hideInsurance, this.#localeOverride ?? this.intlLocale, this.headingBase], () => this.#renderDetails(content, view.plan, common))}
      ${guard([content, common, this.hideInsurance, this.headingBase], () => this.#renderNotes(content, common))}
    </section>`;
  }

  #renderForm(content: CostContent, view: ViewModel): TemplateResult {
    const f = content.form;
    const maintenanceLabels: Record<MaintenanceChoice, string> = {
      none: f.maintenanceOptions.none,
      weekly: f.maintenanceOptions.weekly,
      'every-2-weeks': f.maintenanceOptions.every2Weeks,
      monthly: f.maintenanceOptions.monthly,
      'every-2-months': f.maintenanceOptions.every2Months,
      custom: f.maintenanceOptions.custom,
    };
    return html`<form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
      <fieldset part="fieldset">
        <legend>${f.planLegend}</legend>
        <div class="field" part="field">
          <label for="plan">${f.planLabel}</label>
          <select id="plan" part="select" @change=${this.#onPlan}>
            ${view.plans.map((plan) => html`<option value=${plan.id} ?selected=${plan.id === view.plan.id}>${plan.name}</option>`)}
          </select>
        </div>
      </fieldset>
      <fieldset part="fieldset">
        <legend>${f.priceLegend}</legend>
        ${view.priceMode === 'locked'
          ? html`<p class="locked" part="locked-price"><span class="locked-label">${f.priceLocked}</span> <strong>${view.lockedPrice ?? f.priceAskClinic}</strong></p>`
          : this.#renderField(view.fields.price!, view.format)}
        ${view.feeLocked !== null
          ? html`<p class="locked" part="locked-price"><span class="locked-label">${f.feeLocked}</span> <strong>${view.feeLocked}</strong></p>`
          : view.fields.fee
            ? this.#renderField(view.fields.fee, view.format)
            : nothing}
      </fieldset>
      <fieldset part="fieldset">
        <legend>${f.maintenanceLegend}</legend>
        <div class="field" part="field">
          <label for="maintenance">${f.maintenanceLabel}</label>
          <select id="maintenance" part="select" @change=${this.#onMaintenance}>
            ${view.plan.maintenancePresets.map((choice) => html`<option value=${choice} ?selected=${choice === view.maintenance}>${maintenanceLabels[choice]}</option>`)}
          </select>
        </div>
        ${view.fields.sessionsPerMonth ? this.#renderField(view.fields.sessionsPerMonth, view.format) : nothing}
        ${view.fields.months ? this.#renderField(view.fields.months, view.format) : nothing}
      </fieldset>
      ${this.hideInsurance
        ? nothing
        : html`<fieldset part="fieldset">
            <legend>${f.insuranceLegend}</legend>
            <div class="field" part="field">
              <label for="coverage">${f.coverageLabel}</label>
              <select id="coverage" part="select" @change=${this.#onCoverage}>
                ${COVERAGE_CHOICES.map((choice) => html`<option value=${choice} ?selected=${choice === this.formState.coverage}>${f.coverageOptions[choice]}</option>`)}
              </select>
            </div>
            ${view.fields.percent ? this.#renderField(view.fields.percent, view.format) : nothing}
            ${view.fields.copay ? this.#renderField(view.fields.copay, view.format) : nothing}
          </fieldset>`}
    </form>`;
  }

  #renderField(field: FieldView, format: MoneyFormat): TemplateResult {
    const id = FIELD_IDS[field.name];
    const money = field.name === 'price' || field.name === 'fee' || field.name === 'copay';
    // ↑/↓ move money by whole units (a cent per key press helped no one); cents can still be typed,
    // and parseField, not the browser, decides what is valid (the form is novalidate). The arrows
    // count from \`min\`, so money starts at 0: from the price's 0.01, ↑ on 520 would give 520.01.
    const min = money ? 0 : field.rule.min;
    const describedBy = [field.hint ? `${id}-hint` : '', field.error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${field.label}</label>
      <input
        id=${id}
        part="input"
        type="number"
        min=${min}
        max=${field.rule.max}
        step="1"
        inputmode=${money && format.fractionDigits > 0 ? 'decimal' : 'numeric'}
        autocomplete="off"
        .value=${live(field.raw.value)}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => this.#onField(field.name, event)}
      />
      ${field.hint ? html`<p id="${id}-hint" class="hint" part="hint">${field.hint}</p>` : nothing}
      <p id="${id}-error" class="field-error" part="field-error">${field.error ?? ''}</p>
    </div>`;
  }

  #renderResult(content: CostContent, view: ViewModel): TemplateResult {
    const r = content.result;
    const estimate = view.estimate;
    const insured = !this.hideInsurance && this.formState.coverage !== 'none';
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      ${renderHeading(headingLevelAt(this.headingBase, 1), 1, r.heading, { id: 'result-heading' })}
      <p class="stale-note ${view.stale ? 'shown' : ''}" part="stale-note" aria-hidden=${view.stale ? 'false' : 'true'}>${r.staleNote}</p>
      ${estimate ? this.#renderBreakdown(content, view, estimate, insured) : html`<p class="empty" part="empty">${view.emptyMessage}</p>`}
      <p class="estimate-note" part="estimate-note">${r.estimateNote}</p>
      ${estimate?.rounded ? html`<p class="hint">${r.roundingNote}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</div>
    </section>`;
  }

  #renderBreakdown(content: CostContent, view: ViewModel, estimate: CostEstimate, insured: boolean): TemplateResult {
    const r = content.result;
    const money = (range: MoneyRange) => formatRange(range, view.format, content);
    const sessions = (count: number, price: MoneyRange) =>
      fillTemplate(count === 1 ? r.sessionsOne : r.sessionsOther, { count, price: money(price) });
    const phases = new Map(view.plan.phases.map((phase) => [phase.id, phase.label]));
    const months = estimate.maintenance.months;
    const row = (label: string, detail: string | null, amount: string) =>
      html`<tr>
        <th scope="row">${label} ${detail ? html`<span class="detail">${detail}</span>` : nothing}</th>
        <td>${amount}</td>
      </tr>`;
    const totalRow = (label: string, amount: MoneyRange, strong = false) =>
      html`<tr class=${strong ? 'strong' : ''} part="total">
        <th scope="row">${label}</th>
        <td>${money(amount)}</td>
      </tr>`;
    return html`<table part="breakdown">
      <caption>${r.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${r.itemHeader}</th>
          <th scope="col">${r.costHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${estimate.induction.lines.map((line) => row(phases.get(line.id) ?? view.plan.name, sessions(line.sessions, line.pricePerSession), money(line.cost)))}
        ${view.maintenance !== 'none'
          ? row(months === 1 ? r.maintenanceRowOne : fillTemplate(r.maintenanceRow, { months }), sessions(estimate.maintenance.sessions, estimate.pricePerSession), money(estimate.maintenance.cost))
          : nothing}
        ${row(r.consultationRow, null, formatMoney(estimate.consultationFee, view.format))}
      </tbody>
      <tbody class="totals">
        ${totalRow(r.totalRow, estimate.total, !insured)}
        ${insured ? totalRow(r.insurancePaysRow, estimate.insurancePays) : nothing}
        ${insured ? totalRow(r.youPayRow, estimate.outOfPocket, true) : nothing}
        ${totalRow(r.firstYearTotalRow, estimate.firstYear.total)}
        ${insured ? totalRow(r.firstYearYouPayRow, estimate.firstYear.outOfPocket) : nothing}
      </tbody>
    </table>`;
  }

  #renderDetails(content: CostContent, plan: CostPlan, common: CommonContent): TemplateResult {
    const d = content.details;
    const usd: MoneyFormat = { locale: this.#localeOverride ?? this.intlLocale, currency: 'USD', fractionDigits: 2, wholeUnits: true };
    const range = plan.price.kind === 'typical' ? formatPrice({ low: plan.price.low, high: plan.price.high }, content, usd) : null;
    const sources = [plan.session, plan.schedule, plan.maintenance, plan.price, ...(this.hideInsurance ? [] : [plan.insurance])].flatMap((entry) => entry.sources ?? []);
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      ${renderHeading(headingLevelAt(this.headingBase, 1), 1, `${d.heading}: ${plan.name}`, { id: 'details-heading' })}
      <dl>
        <dt>${d.session}</dt>
        <dd>${plan.session.text}</dd>
        <dt>${d.schedule}</dt>
        <dd>${plan.schedule.text}</dd>
        <dt>${d.maintenance}</dt>
        <dd>${plan.maintenance.text}</dd>
        <dt>${d.price}</dt>
        <dd>${range && plan.price.kind === 'typical' ? html`<span class="price-range">${range}</span>${plan.price.label}. ` : nothing}${plan.price.text}</dd>
        ${this.hideInsurance ? nothing : html`<dt>${d.insurance}</dt><dd>${plan.insurance.text}</dd>`}
      </dl>
      ${renderCitations([...new Set(sources)], d.sourcesHeading || common.sourcesHeading)}
    </section>`;
  }

  #renderNotes(content: CostContent, common: CommonContent): TemplateResult {
    const notes = [...(this.hideInsurance ? [] : content.insuranceNotes), ...content.paymentNotes];
    const sources = [content.disclaimer, ...notes].flatMap((entry) => entry.sources ?? []);
    return html`<section class="notes" part="notes" aria-labelledby="notes-heading">
      ${renderHeading(headingLevelAt(this.headingBase, 1), 1, content.notesHeading, { id: 'notes-heading' })}
      <ul>
        ${notes.map((entry) => html`<li>${entry.text}</li>`)}
      </ul>
      ${content.clinicNote
        ? html`${renderHeading(headingLevelAt(this.headingBase, 2), 2, content.clinicNoteHeading)}
            <p class="clinic-note">${content.clinicNote}</p>`
        : nothing}
      ${renderCitations([...new Set(sources)], common.sourcesHeading)}
    </section>`;
  }
}
