/**
 * The cost estimator's view model: from the content, what the patient chose and typed, and the
 * clinic's settings, to the fields (with their errors), the estimate (or the last valid one),
 * and the formatted strings the element renders. Pure: no DOM, no element state.
 */
import type { CostContent, CostPlan, MaintenanceChoice } from '../content/schemas/cost.js';
import { numberFormat } from '../shared/intl.js';
import { fillTemplate } from '../shared/template.js';
import {
  estimateCost,
  toMinorUnits,
  MAX_MONTHS,
  MAX_PRICE,
  MAX_SESSIONS_PER_MONTH,
  type CostEstimate,
  type CostInputs,
  type MaintenanceInput,
  type MoneyRange,
  type PlanId,
  type PriceInput,
} from './estimate-cost.js';
import { allWholeUnits, currencyDigits, formatMoney, type MoneyFormat } from './format-money.js';
import { parseField, type FieldProblem, type FieldRule } from './parse-field.js';
import type { PriceMap } from './parse-prices.js';

export type { MaintenanceChoice };
export type CoverageChoice = 'none' | 'percent' | 'copay';
export type FieldName = 'price' | 'fee' | 'sessionsPerMonth' | 'months' | 'percent' | 'copay';

export interface RawField {
  value: string;
  /** `validity.badInput`: the browser saw text that is not a number and reports an empty value. */
  badInput: boolean;
}

/** Everything the patient has chosen or typed, as typed. Replaced, never mutated. */
export interface FormState {
  plan: PlanId;
  maintenance: MaintenanceChoice;
  coverage: CoverageChoice;
  fields: Readonly<Record<FieldName, RawField>>;
}

export interface FieldView {
  name: FieldName;
  label: string;
  raw: RawField;
  rule: FieldRule;
  hint?: string;
  error?: string;
}

/** What `render` draws; derived once per update in `willUpdate`. */
export interface ViewModel {
  plan: CostPlan;
  plans: readonly CostPlan[];
  format: MoneyFormat;
  priceMode: 'input' | 'locked';
  lockedPrice: string | null;
  feeLocked: string | null;
  fields: Partial<Record<FieldName, FieldView>>;
  /** The maintenance choice in effect: the patient's, or none when the plan does not offer it. */
  maintenance: MaintenanceChoice;
  estimate: CostEstimate | null;
  /** The estimate shown is the last valid one, because a field is invalid. */
  stale: boolean;
  /** Why there is no estimate, when there is none. */
  emptyMessage: string;
  announcement: string;
  /** The last estimate computed from valid input, kept to show while a field is invalid. */
  lastValid: LastValidEstimate | null;
}

/** The last estimate made from valid input, in the currency it was made in. */
export interface LastValidEstimate {
  estimate: CostEstimate;
  currency: string;
}

/** The element's settings and state a view is built from. */
export interface CostViewInputs {
  form: FormState;
  currency: string;
  locale: string;
  clinicPrices: PriceMap;
  clinicFee: number | null;
  lockedPrices: boolean;
  hideInsurance: boolean;
  lastValid: LastValidEstimate | null;
}

const ERROR_KEYS: Record<FieldProblem, 'empty' | 'notNumber' | 'outOfRange' | 'notWhole'> = {
  empty: 'empty',
  'not-number': 'notNumber',
  'out-of-range': 'outOfRange',
  'not-whole': 'notWhole',
};

export function buildCostView(content: CostContent, inputs: CostViewInputs): ViewModel {
  const plans = content.plans;
  const plan = plans.find((entry) => entry.id === inputs.form.plan) ?? plans[0];
  const currency = inputs.currency;
  const locale = inputs.locale;
  const digits = currencyDigits(currency);
  const number = (value: number) => numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  const step = 1 / 10 ** digits;
  const moneyRule: FieldRule = { min: 0, max: MAX_PRICE };
  const priceRule: FieldRule = { min: step, max: MAX_PRICE };

  const clinicPrice = inputs.clinicPrices.get(plan.id as PlanId);
  const typical = plan.price.kind === 'typical' && currency === 'USD' ? { low: plan.price.low, high: plan.price.high } : null;
  const typicalLabel = plan.price.kind === 'typical' ? plan.price.label : '';
  const usd: MoneyFormat = { locale, currency: 'USD', fractionDigits: 2, wholeUnits: true };
  const priceMode = inputs.lockedPrices ? 'locked' : 'input';
  const lastForPlan = inputs.lastValid && inputs.lastValid.estimate.plan === plan.id && inputs.lastValid.currency === currency ? inputs.lastValid : null;
  let lastValid = inputs.lastValid;

  const fields: Partial<Record<FieldName, FieldView>> = {};
  const errorText = (problem: FieldProblem, rule: FieldRule) =>
    fillTemplate(content.errors[ERROR_KEYS[problem]], { min: number(rule.min), max: number(rule.max) });
  const values: Partial<Record<FieldName, number>> = {};
  let invalid = false;
  const field = (name: FieldName, label: string, rule: FieldRule, options: { optional?: boolean; hint?: string } = {}) => {
    const raw = inputs.form.fields[name];
    const view: FieldView = { name, label, raw, rule, hint: options.hint };
    fields[name] = view;
    if (options.optional && raw.value.trim() === '' && !raw.badInput) return;
    const parsed = parseField(raw.value, rule, raw.badInput);
    if (parsed.ok) values[name] = parsed.value;
    else {
      view.error = errorText(parsed.problem, rule);
      invalid = true;
    }
  };

  // Price per session: the clinic's (locked or prefilled), what the patient typed, or the typical range.
  let price: PriceInput | null = null;
  let lockedPrice: string | null = null;
  if (priceMode === 'locked') {
    price = clinicPrice ?? typical;
    lockedPrice = clinicPrice !== undefined ? formatPrice(clinicPrice, content, { locale, currency, fractionDigits: digits, wholeUnits: false }) : null;
  } else {
    // A clinic range cannot be typed into one field: an empty field means that range.
    const clinicRange = clinicPrice !== undefined && typeof clinicPrice !== 'number' ? clinicPrice : null;
    const fallback = clinicRange ?? typical;
    const hint = clinicRange
      ? fillTemplate(content.form.priceHintClinicRange, { range: formatPrice(clinicRange, content, { locale, currency, fractionDigits: digits, wholeUnits: false }) })
      : typical
      ? fillTemplate(content.form.priceHintTypical, { range: formatPrice(typical, content, usd), label: typicalLabel })
      : plan.price.kind === 'typical'
        ? fillTemplate(content.form.priceHintOtherCurrency, { currency })
        : content.form.priceHintNone;
    // Empty means "use the typical range"; with no range it is an error only once there was an estimate to keep.
    field('price', fillTemplate(content.form.priceLabel, { currency }), priceRule, { optional: fallback !== null || lastForPlan === null, hint });
    price = values.price ?? (fields.price?.error ? null : fallback);
  }

  let feeLocked: string | null = null;
  let fee = 0;
  if (inputs.lockedPrices) {
    // Locked: the clinic's fee as text, or no fee field at all when the clinic set none.
    if (inputs.clinicFee !== null) {
      fee = inputs.clinicFee;
      const minor = toMinorUnits(fee, digits);
      feeLocked = formatMoney(minor, { locale, currency, fractionDigits: digits, wholeUnits: allWholeUnits([minor], digits) });
    }
  } else {
    field('fee', fillTemplate(content.form.feeLabel, { currency }), moneyRule, { optional: true, hint: content.form.feeHint });
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

  let estimate: CostEstimate | null = null;
  let stale = false;
  if (!invalid && price !== null) {
    try {
      estimate = estimateCost({ plan: plan.id as PlanId, price, maintenance, months: values.months ?? 0, coverage, consultationFee: fee, fractionDigits: digits });
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
  const emptyMessage = invalid ? content.result.staleNote : priceMode === 'locked' ? content.form.priceAskClinic : content.result.noPrice;
  const announcement = estimate ? announcementText(estimate, format, content, coverageChoice !== 'none') : '';
  return { plan, plans, format, priceMode, lockedPrice, feeLocked, fields, maintenance: maintenanceChoice, estimate, stale, emptyMessage, announcement, lastValid };
}

/**
 * The maintenance choice that applies to `plan`: a choice the plan does not offer (the patient
 * picked "monthly" for IV, then switched to SPRAVATO) counts as none, never as a hidden schedule.
 */
export function effectiveMaintenance(plan: CostPlan, choice: MaintenanceChoice): MaintenanceChoice {
  return plan.maintenancePresets.includes(choice) ? choice : 'none';
}

/** One amount, or "low to high" from the content's template. */
export function formatRange(range: MoneyRange, format: MoneyFormat, content: CostContent): string {
  if (range.low === range.high) return formatMoney(range.low, format);
  return fillTemplate(content.result.range, { low: formatMoney(range.low, format), high: formatMoney(range.high, format) });
}

/** A price per session in major units, as money. */
export function formatPrice(price: PriceInput, content: CostContent, format: MoneyFormat): string {
  const range = typeof price === 'number' ? { low: price, high: price } : price;
  const minor = { low: toMinorUnits(range.low, format.fractionDigits), high: toMinorUnits(range.high, format.fractionDigits) };
  return formatRange(minor, { ...format, wholeUnits: format.wholeUnits || allWholeUnits([minor.low, minor.high], format.fractionDigits) }, content);
}

/** What the polite live region says about a new estimate. */
function announcementText(estimate: CostEstimate, format: MoneyFormat, content: CostContent, insured: boolean): string {
  const total = formatRange(estimate.total, format, content);
  if (!insured) return fillTemplate(content.result.announcement, { total });
  return fillTemplate(content.result.announcementYouPay, { total, outOfPocket: formatRange(estimate.outOfPocket, format, content) });
}

/** Every amount an estimate shows, to decide whether cents can be left off everywhere at once. */
function amountsOf(estimate: CostEstimate): number[] {
  const ranges = [
    estimate.pricePerSession,
    estimate.induction.cost,
    ...estimate.induction.lines.map((line) => line.cost),
    estimate.maintenance.cost,
    estimate.total,
    estimate.insurancePays,
    estimate.outOfPocket,
    estimate.firstYear.total,
    estimate.firstYear.insurancePays,
    estimate.firstYear.outOfPocket,
  ];
  return [estimate.consultationFee, ...ranges.flatMap((range) => [range.low, range.high])];
}
