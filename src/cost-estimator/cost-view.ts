/**
 * The cost estimator's view model: from the content, what the patient chose and typed, and the
 * clinic's settings, to the fields (with their errors), the estimate (or the last valid one),
 * and every string the element renders, already formatted. Pure: no DOM, no element state; the
 * element only stamps what this returns (STYLE: no formatting in `render`).
 */
import type { CostContent, CostPlan } from '../content/schemas/cost.js';
import { MAX_PRICE, type MaintenanceChoice, type PlanId } from '../content/vocabulary/cost.js';
import { fillTemplate } from '../shared/template.js';
import {
  estimateCost,
  toMinorUnits,
  MAX_MONTHS,
  MAX_SESSIONS_PER_MONTH,
  type CostEstimate,
  type CostInputs,
  type MaintenanceInput,
  type PriceInput,
} from './estimate-cost.js';
import { allWholeUnits, currencyDigits, formatMoney, type MoneyFormat } from './format-money.js';
import { contentKey, fieldReader, type FieldName, type FieldView, type RawField } from './cost-fields.js';
import {
  amountsOf,
  announcementText,
  breakdownRows,
  detailsView,
  formatPrice,
  notesView,
  totalRows,
  type BreakdownRow,
  type DetailsView,
  type NotesView,
  type TotalRow,
} from './cost-format.js';
import type { FieldRule } from './parse-field.js';
import type { PriceMap } from './parse-prices.js';

export type { MaintenanceChoice };
export type { BreakdownRow, DetailsView, NotesView, TotalRow } from './cost-format.js';
export type { FieldName, FieldView, RawField } from './cost-fields.js';
export const COVERAGE_CHOICES = ['none', 'percent', 'copay'] as const;
export type CoverageChoice = (typeof COVERAGE_CHOICES)[number];

/**
 * Everything the patient has chosen or typed, as typed. Replaced, never mutated. A field that is
 * null has not been typed in since the clinic's value applied: the view shows (and uses) the
 * clinic's validated number itself, so it is never turned into text and parsed back.
 */
export interface FormState {
  plan: PlanId;
  maintenance: MaintenanceChoice;
  coverage: CoverageChoice;
  fields: Readonly<Record<FieldName, RawField | null>>;
}

export interface OptionView {
  value: string;
  label: string;
  selected: boolean;
}

/** What `render` draws; derived once per change of its inputs, in `willUpdate`. */
export interface ViewModel {
  plan: CostPlan;
  planOptions: OptionView[];
  maintenanceOptions: OptionView[];
  /** Null when the clinic hides insurance. */
  coverageOptions: OptionView[] | null;
  /** The clinic's price per session as text when prices are locked (or null: ask the clinic). */
  lockedPrice: string | null;
  priceMode: 'input' | 'locked';
  feeLocked: string | null;
  fields: Partial<Record<FieldName, FieldView>>;
  /** The maintenance choice in effect: the patient's, or none when the plan does not offer it. */
  maintenance: MaintenanceChoice;
  estimate: CostEstimate | null;
  rows: BreakdownRow[];
  totals: TotalRow[];
  /** The estimate shown is the last valid one, because a field is invalid. */
  stale: boolean;
  /** Why there is no estimate, when there is none. */
  emptyMessage: string;
  announcement: string;
  details: DetailsView;
  notes: NotesView;
  /** The currency of the estimate, for the `estimate-change` event. */
  currency: string;
  /** The last estimate computed from valid input, kept to show while a field is invalid. */
  lastValid: LastValidEstimate | null;
}

/** The last estimate made from valid input, in the currency it was made in. */
export interface LastValidEstimate {
  estimate: CostEstimate;
  currency: string;
}

/** The content, the element's settings and the patient's form a view is built from. */
export interface CostViewInputs {
  content: CostContent;
  form: FormState;
  currency: string;
  locale: string;
  clinicPrices: PriceMap;
  clinicFee: number | null;
  lockedPrices: boolean;
  hideInsurance: boolean;
}

/**
 * `previous` is the view this one replaces: its last valid estimate is kept on screen while a
 * field is invalid.
 */
export function buildCostView(inputs: CostViewInputs, previous?: ViewModel): ViewModel {
  const { content, currency, locale } = inputs;
  const plans = content.plans;
  const plan = plans.find((entry) => entry.id === inputs.form.plan) ?? plans[0];
  const digits = currencyDigits(currency);
  const step = 1 / 10 ** digits;
  const moneyRule: FieldRule = { min: 0, max: MAX_PRICE };
  const priceRule: FieldRule = { min: step, max: MAX_PRICE };
  const clinicFormat: MoneyFormat = { locale, currency, fractionDigits: digits, wholeUnits: false };

  const clinicPrice = inputs.clinicPrices.get(plan.id as PlanId);
  const typical = plan.price.kind === 'typical' && currency === 'USD' ? { low: plan.price.low, high: plan.price.high } : null;
  const typicalLabel = plan.price.kind === 'typical' ? plan.price.label : '';
  const usd: MoneyFormat = { locale, currency: 'USD', fractionDigits: 2, wholeUnits: true };
  const priceMode = inputs.lockedPrices ? 'locked' : 'input';
  const previousValid = previous?.lastValid ?? null;
  const lastForPlan = previousValid && previousValid.estimate.plan === plan.id && previousValid.currency === currency ? previousValid : null;
  let lastValid = previousValid;

  const reader = fieldReader(content, inputs.form.fields, locale, digits);
  const { fields, values, read: field, formatNumber: number } = reader;

  // Price per session: the clinic's (locked or prefilled), what the patient typed, or the typical range.
  let price: PriceInput | null = null;
  let lockedPrice: string | null = null;
  if (priceMode === 'locked') {
    price = clinicPrice ?? typical;
    lockedPrice = clinicPrice !== undefined ? formatPrice(clinicPrice, content, clinicFormat) : null;
  } else {
    // A clinic range cannot be typed into one field: an empty field means that range.
    const clinicRange = clinicPrice !== undefined && typeof clinicPrice !== 'number' ? clinicPrice : null;
    const fallback = clinicRange ?? typical;
    const hint = clinicRange
      ? fillTemplate(content.form.priceHintClinicRange, { range: formatPrice(clinicRange, content, clinicFormat) })
      : typical
        ? fillTemplate(content.form.priceHintTypical, { range: formatPrice(typical, content, usd), label: typicalLabel })
        : plan.price.kind === 'typical'
          ? fillTemplate(content.form.priceHintOtherCurrency, { currency })
          : content.form.priceHintNone;
    // Empty means "use the typical range"; with no range it is an error only once there was an estimate to keep.
    const clinicValue = typeof clinicPrice === 'number' ? clinicPrice : null;
    field('price', fillTemplate(content.form.priceLabel, { currency }), priceRule, { optional: fallback !== null || lastForPlan === null, hint, clinicValue });
    price = values.price ?? (fields.price?.error ? null : fallback);
  }

  let feeLocked: string | null = null;
  let fee = 0;
  if (inputs.lockedPrices) {
    // Locked: the clinic's fee as text, or no fee field at all when the clinic set none.
    if (inputs.clinicFee !== null) {
      fee = inputs.clinicFee;
      const minor = toMinorUnits(fee, digits);
      feeLocked = formatMoney(minor, { ...clinicFormat, wholeUnits: allWholeUnits([minor], digits) });
    }
  } else {
    field('fee', fillTemplate(content.form.feeLabel, { currency }), moneyRule, { optional: true, hint: content.form.feeHint, clinicValue: inputs.clinicFee });
    fee = values.fee ?? 0;
  }

  let maintenance: MaintenanceInput = 'none';
  const maintenanceChoice = effectiveMaintenance(plan, inputs.form.maintenance);
  if (maintenanceChoice !== 'none') {
    if (maintenanceChoice === 'custom') {
      field('sessionsPerMonth', content.form.sessionsPerMonthLabel, { min: 0, max: MAX_SESSIONS_PER_MONTH, whole: true });
      maintenance = { sessionsPerMonth: values.sessionsPerMonth ?? 0 };
    } else {
      maintenance = maintenanceChoice;
    }
    const monthsRule = { min: 0, max: MAX_MONTHS, whole: true };
    field('months', content.form.monthsLabel, monthsRule, { hint: fillTemplate(content.form.rangeHint, { min: number(0), max: number(MAX_MONTHS) }) });
  }

  let coverage: CostInputs['coverage'] = { kind: 'none' };
  const coverageChoice = inputs.hideInsurance ? 'none' : inputs.form.coverage;
  if (coverageChoice === 'percent') {
    field('percent', content.form.percentLabel, { min: 0, max: 100, whole: true });
    coverage = { kind: 'percent', percent: values.percent ?? 0 };
  } else if (coverageChoice === 'copay') {
    field('copay', fillTemplate(content.form.copayLabel, { currency }), moneyRule);
    coverage = { kind: 'copay', perSession: values.copay ?? 0 };
  }

  const invalid = reader.hasError();
  let estimate: CostEstimate | null = null;
  let stale = false;
  if (!invalid && price !== null) {
    try {
      estimate = estimateCost({
        plan: plan.id as PlanId,
        price,
        maintenance,
        months: values.months ?? 0,
        coverage,
        consultationFee: fee,
        fractionDigits: digits,
      });
      lastValid = { estimate, currency };
    } catch (error) {
      // Cannot happen with the checks above; never show a wrong number if it does.
      console.error(`[cost-estimator] ${(error as Error).message}`);
    }
  } else if (invalid && lastForPlan) {
    estimate = lastForPlan.estimate;
    stale = true;
  }

  const format: MoneyFormat = { locale, currency, fractionDigits: digits, wholeUnits: estimate ? allWholeUnits(amountsOf(estimate), digits) : true };
  const insured = coverageChoice !== 'none';
  const f = content.form;
  return {
    plan,
    planOptions: plans.map((entry) => ({ value: entry.id, label: entry.name, selected: entry.id === plan.id })),
    maintenanceOptions: plan.maintenancePresets.map((choice) => ({
      value: choice,
      label: f.maintenanceOptions[contentKey(choice) as keyof CostContent['form']['maintenanceOptions']],
      selected: choice === maintenanceChoice,
    })),
    coverageOptions: inputs.hideInsurance
      ? null
      : COVERAGE_CHOICES.map((choice) => ({ value: choice, label: f.coverageOptions[choice], selected: choice === inputs.form.coverage })),
    priceMode,
    lockedPrice,
    feeLocked,
    fields,
    maintenance: maintenanceChoice,
    estimate,
    rows: estimate ? breakdownRows(estimate, plan, maintenanceChoice, format, content) : [],
    totals: estimate ? totalRows(estimate, insured, format, content) : [],
    stale,
    emptyMessage: invalid ? content.result.staleNote : priceMode === 'locked' ? f.priceAskClinic : content.result.noPrice,
    announcement: estimate ? announcementText(estimate, format, content, insured) : '',
    details: detailsView(content, plan, usd, inputs.hideInsurance),
    notes: notesView(content, inputs.hideInsurance),
    currency,
    lastValid,
  };
}

/**
 * The maintenance choice that applies to `plan`: a choice the plan does not offer (the patient
 * picked "monthly" for IV, then switched to SPRAVATO) counts as none, never as a hidden schedule.
 */
export function effectiveMaintenance(plan: CostPlan, choice: MaintenanceChoice): MaintenanceChoice {
  return plan.maintenancePresets.includes(choice) ? choice : 'none';
}
