/**
 * The cost arithmetic of `<cost-estimator>`, as a pure function with no DOM: usable on its own
 * (`import { estimateCost } from 'ketamine-widgets'`) and testable without a browser page.
 *
 * Money is integer minor units (cents for USD) from the first step to the last, so sums never
 * drift (`0.1 + 0.2`). Prices arrive in major units and are converted exactly, from their decimal
 * spelling. The only rounding in the whole calculation is the insurer's share under percent
 * coverage: it is computed once on each total (never per session) and rounded half up to the
 * minor unit; `rounded` in the result says when that happened, so the element can say so once.
 *
 * Induction schedules (sessions in the first course; THE numbers the estimate uses):
 * - `iv`: 6 infusions over 2–3 weeks. A common clinic protocol and the ELEKT-D trial course
 *   (twice weekly for 3 weeks); not a regulatory standard. Counted as 1 month.
 * - `spravato`: 12 sessions in weeks 1–8, from the SPRAVATO label for treatment-resistant
 *   depression: twice weekly in weeks 1–4 (8) and once weekly in weeks 5–8 (4). Counted as
 *   2 months. Maintenance (week 9 on: weekly or every 2 weeks) is the `maintenance` input.
 *   Day 1 is always 56 mg on the label, so with a price range the first session is priced at the
 *   low end (the 56 mg price) in both bounds: the first-course maximum is low + 11 × high
 *   ($590 + 11 × $885 = $10,325 at the 2019 list price; weeks 1–4 alone, $6,785, is STAT's
 *   published first month).
 * - `im`, `oral`: no standard schedule is published. The estimate uses a series of 6, like IV,
 *   as an example, and the content says so. Counted as 1 month.
 *
 * Maintenance sessions over `months` are `months × sessions per month`, rounded half up to a
 * whole session: weekly = 52 a year (52/12 a month), every 2 weeks = 26 a year (26/12 a month),
 * monthly = 1, every 2 months = 1/2, or a custom number per month (0–12, up to two decimals).
 * Which presets a plan offers is content (`plans[].maintenancePresets`); the arithmetic accepts all. The first year is the first course
 * plus maintenance for at most the months left in the year after it (12 − course months).
 *
 * Coverage applies to treatment sessions only; the one-time consultation fee is always counted
 * as out of pocket. A copay is never more than the session price, so out of pocket never
 * exceeds the total.
 */

import { MAINTENANCE_PRESETS, MAX_PRICE, PLAN_IDS, type MaintenancePreset, type PlanId } from '../content/vocabulary/cost.js';

export type { MaintenancePreset, PlanId };

/** A price per session in major units (dollars): one number, or a range. */
export type PriceInput = number | { low: number; high: number };

export type MaintenanceInput = MaintenancePreset | { sessionsPerMonth: number };

export type CoverageInput = { kind: 'none' } | { kind: 'percent'; percent: number } | { kind: 'copay'; perSession: number };

export interface CostInputs {
  plan: PlanId;
  /** Price per session in major units (e.g. dollars), or a `{ low, high }` range. 0 < price ≤ 100000. */
  price: PriceInput;
  /** Default `'none'`. */
  maintenance?: MaintenanceInput;
  /** Months of maintenance after the first course, whole, 0–24. Default 0. */
  months?: number;
  /** Default `{ kind: 'none' }`. Percent is the share the plan pays, 0–100. */
  coverage?: CoverageInput;
  /** One-time consultation fee in major units, 0–100000. Default 0. */
  consultationFee?: number;
  /** Digits of the currency's minor unit (2 for USD and MXN, 0 for JPY). Default 2. */
  fractionDigits?: number;
}

/** Amounts in integer minor units. `low === high` unless a price range was given. */
export interface MoneyRange {
  low: number;
  high: number;
}

export interface ScheduleStep {
  /** Matches the phase ids in the content (`content/<lang>/cost.json`). */
  id: string;
  sessions: number;
}

export interface CostLine {
  id: string;
  sessions: number;
  pricePerSession: MoneyRange;
  cost: MoneyRange;
}

export interface CostEstimate {
  plan: PlanId;
  fractionDigits: number;
  /** Whether a price range was given (then low and high differ). */
  isRange: boolean;
  pricePerSession: MoneyRange;
  induction: { sessions: number; months: number; cost: MoneyRange; lines: CostLine[] };
  maintenance: { sessions: number; months: number; sessionsPerMonth: number; cost: MoneyRange };
  consultationFee: number;
  /** Consultation + first course + maintenance over the chosen months. */
  total: MoneyRange;
  insurancePays: MoneyRange;
  outOfPocket: MoneyRange;
  firstYear: { sessions: number; total: MoneyRange; insurancePays: MoneyRange; outOfPocket: MoneyRange };
  /** True when percent coverage needed rounding to the minor unit. */
  rounded: boolean;
}

export const MAX_MONTHS = 24;
export const MAX_SESSIONS_PER_MONTH = 12;

/**
 * The first course of each plan: see the module comment for where each number comes from.
 * `firstSessionAtLow`: the first session always uses the lowest dose, so it costs the low end of
 * a price range even in the high estimate.
 */
const SERIES_OF_SIX = { months: 1, steps: [{ id: 'series', sessions: 6 }] };

export const INDUCTION_SCHEDULES: Readonly<Record<PlanId, { months: number; firstSessionAtLow?: boolean; steps: readonly ScheduleStep[] }>> = {
  iv: SERIES_OF_SIX,
  spravato: {
    months: 2,
    firstSessionAtLow: true,
    steps: [
      { id: 'weeks-1-4', sessions: 8 },
      { id: 'weeks-5-8', sessions: 4 },
    ],
  },
  im: SERIES_OF_SIX,
  oral: SERIES_OF_SIX,
};

/** Sessions per month as an exact fraction (weekly is 52/12, not a rounded 4.33). */
interface Rate {
  perMonth: number;
  per: number;
}

const PRESET_RATES: Readonly<Record<MaintenancePreset, Rate>> = {
  none: { perMonth: 0, per: 1 },
  weekly: { perMonth: 52, per: 12 },
  'every-2-weeks': { perMonth: 26, per: 12 },
  monthly: { perMonth: 1, per: 1 },
  'every-2-months': { perMonth: 1, per: 2 },
};

function fail(field: string, message: string): never {
  throw new RangeError(`${field}: ${message}`);
}

function finiteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, 'must be a finite number');
  return value;
}

/**
 * Major units → integer minor units, rounding half up from the number's own decimal spelling,
 * so 1.005 dollars is 101 cents (binary arithmetic would say 100).
 */
export function toMinorUnits(value: number, fractionDigits: number): number {
  const spelled = String(value);
  if (/e/i.test(spelled)) return Math.round(value * 10 ** fractionDigits);
  const [whole, fraction = ''] = spelled.split('.');
  const kept = (fraction + '0'.repeat(fractionDigits)).slice(0, fractionDigits);
  const next = fraction.charCodeAt(fractionDigits) - 48;
  const minor = Number(whole) * 10 ** fractionDigits + Number(kept || '0');
  return next >= 5 ? minor + 1 : minor;
}

function amount(value: unknown, field: string, digits: number, { allowZero }: { allowZero: boolean }): number {
  const number = finiteNumber(value, field);
  if (number > MAX_PRICE) fail(field, `must be at most ${MAX_PRICE}`);
  if (allowZero ? number < 0 : number <= 0) fail(field, allowZero ? 'must not be negative' : 'must be more than 0');
  const minor = toMinorUnits(Math.abs(number), digits);
  if (!allowZero && minor === 0) fail(field, 'must be at least one minor unit of the currency');
  return minor;
}

function priceRange(price: unknown, digits: number): { range: MoneyRange; isRange: boolean } {
  if (typeof price === 'number') {
    const minor = amount(price, 'price', digits, { allowZero: false });
    return { range: { low: minor, high: minor }, isRange: false };
  }
  if (price === null || typeof price !== 'object' || Array.isArray(price)) fail('price', 'must be a number or { low, high }');
  const { low, high } = price as { low: unknown; high: unknown };
  const range = { low: amount(low, 'price.low', digits, { allowZero: false }), high: amount(high, 'price.high', digits, { allowZero: false }) };
  if (range.low > range.high) fail('price.high', 'must not be less than price.low');
  return { range, isRange: range.low !== range.high };
}

/** Sessions per month of the maintenance input, as an exact fraction. */
function maintenanceRate(maintenance: unknown): Rate {
  const isPreset = (MAINTENANCE_PRESETS as readonly unknown[]).includes(maintenance);
  if (isPreset) return PRESET_RATES[maintenance as MaintenancePreset];
  if (maintenance === null || typeof maintenance !== 'object' || Array.isArray(maintenance)) {
    fail('maintenance', `must be one of ${MAINTENANCE_PRESETS.join(', ')} or { sessionsPerMonth }`);
  }
  const perMonth = finiteNumber((maintenance as { sessionsPerMonth: unknown }).sessionsPerMonth, 'maintenance.sessionsPerMonth');
  if (perMonth < 0 || perMonth > MAX_SESSIONS_PER_MONTH) fail('maintenance.sessionsPerMonth', `must be from 0 to ${MAX_SESSIONS_PER_MONTH}`);
  return { perMonth: toMinorUnits(perMonth, 2), per: 100 };
}

/** Whole sessions in `months` at `rate`, rounded half up, in integers only. */
function sessionsOver(months: number, rate: Rate): number {
  return Math.floor((2 * months * rate.perMonth + rate.per) / (2 * rate.per));
}

/** Sessions that cost the same per session: a count and its price range. */
interface PricedSessions {
  count: number;
  price: MoneyRange;
}

function costOf(groups: readonly PricedSessions[]): MoneyRange {
  return plus(...groups.map((group) => times(group.price, group.count)));
}

function countOf(groups: readonly PricedSessions[]): number {
  return groups.reduce((sum, group) => sum + group.count, 0);
}

/**
 * The sessions of one schedule step. When `firstAtLow`, its first session costs the low end in
 * both bounds (SPRAVATO day 1 is always 56 mg).
 */
function stepSessions(count: number, price: MoneyRange, firstAtLow: boolean): PricedSessions[] {
  if (!firstAtLow || count === 0 || price.low === price.high) return [{ count, price }];
  return [
    { count: 1, price: { low: price.low, high: price.low } },
    { count: count - 1, price },
  ].filter((group) => group.count > 0);
}

function times(range: MoneyRange, count: number): MoneyRange {
  return { low: range.low * count, high: range.high * count };
}

function plus(...ranges: MoneyRange[]): MoneyRange {
  return ranges.reduce((sum, r) => ({ low: sum.low + r.low, high: sum.high + r.high }), { low: 0, high: 0 });
}

type Coverage = { kind: 'none' } | { kind: 'percent'; basisPoints: number } | { kind: 'copay'; perSession: number };

function coverageOf(coverage: unknown, digits: number): Coverage {
  if (coverage === undefined) return { kind: 'none' };
  if (coverage === null || typeof coverage !== 'object') fail('coverage', 'must be { kind: "none" | "percent" | "copay" }');
  const kind = (coverage as { kind: unknown }).kind;
  if (kind === 'none') return { kind };
  if (kind === 'percent') {
    const percent = finiteNumber((coverage as { percent: unknown }).percent, 'coverage.percent');
    if (percent < 0 || percent > 100) fail('coverage.percent', 'must be from 0 to 100');
    return { kind, basisPoints: toMinorUnits(Math.abs(percent), 2) };
  }
  if (kind === 'copay') {
    return { kind, perSession: amount((coverage as { perSession: unknown }).perSession, 'coverage.perSession', digits, { allowZero: true }) };
  }
  return fail('coverage.kind', 'must be "none", "percent" or "copay"');
}

/** What the plan pays toward `groups` of sessions; half-up rounding for percent. */
function insurerShare(coverage: Coverage, groups: readonly PricedSessions[]): { pays: MoneyRange; rounded: boolean } {
  const gross = costOf(groups);
  if (coverage.kind === 'none') return { pays: { low: 0, high: 0 }, rounded: false };
  if (coverage.kind === 'copay') {
    // The patient pays the copay, or the session price when it is lower, for each session.
    const you = costOf(
      groups.map((group) => ({
        count: group.count,
        price: { low: Math.min(coverage.perSession, group.price.low), high: Math.min(coverage.perSession, group.price.high) },
      })),
    );
    return { pays: minus(gross, you), rounded: false };
  }
  const share = (value: number) => Math.floor((value * coverage.basisPoints + 5000) / 10000);
  const rounded = (gross.low * coverage.basisPoints) % 10000 !== 0 || (gross.high * coverage.basisPoints) % 10000 !== 0;
  return { pays: { low: share(gross.low), high: share(gross.high) }, rounded };
}

function minus(a: MoneyRange, b: MoneyRange): MoneyRange {
  return { low: a.low - b.low, high: a.high - b.high };
}

/**
 * Estimates the cost of a first course and maintenance. Throws a `RangeError` whose message
 * starts with the offending field (`price.low: must be more than 0`).
 */
export function estimateCost(inputs: CostInputs): CostEstimate {
  if (inputs === null || typeof inputs !== 'object') fail('inputs', 'must be an object');
  const plan = inputs.plan;
  if (!(PLAN_IDS as readonly unknown[]).includes(plan)) fail('plan', `must be one of ${PLAN_IDS.join(', ')}`);

  const digits = inputs.fractionDigits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 3) fail('fractionDigits', 'must be a whole number from 0 to 3');

  const { range: price, isRange } = priceRange(inputs.price, digits);
  const rate = maintenanceRate(inputs.maintenance ?? 'none');
  const months = inputs.months ?? 0;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > MAX_MONTHS) {
    fail('months', `must be a whole number from 0 to ${MAX_MONTHS}`);
  }
  const wholeMonths = months === 0 ? 0 : months; // never report -0
  const coverage = coverageOf(inputs.coverage, digits);
  const fee = inputs.consultationFee === undefined ? 0 : amount(inputs.consultationFee, 'consultationFee', digits, { allowZero: true });
  const feeRange = { low: fee, high: fee };

  const schedule = INDUCTION_SCHEDULES[plan];
  const stepGroups = schedule.steps.map((step, index) => stepSessions(step.sessions, price, index === 0 && schedule.firstSessionAtLow === true));
  const lines = schedule.steps.map((step, index) => ({ id: step.id, sessions: step.sessions, pricePerSession: price, cost: costOf(stepGroups[index]) }));
  const induction = stepGroups.flat();
  const inductionSessions = countOf(induction);
  const inductionCost = costOf(induction);

  const maintenanceSessions = sessionsOver(wholeMonths, rate);
  const maintenanceCost = times(price, maintenanceSessions);
  const firstYearMonths = Math.min(wholeMonths, 12 - schedule.months);
  const yearGroups = [...induction, { count: sessionsOver(firstYearMonths, rate), price }];
  const firstYearSessions = countOf(yearGroups);

  const sessionsCost = plus(inductionCost, maintenanceCost);
  const yearSessionsCost = costOf(yearGroups);
  const overall = insurerShare(coverage, [...induction, { count: maintenanceSessions, price }]);
  const year = insurerShare(coverage, yearGroups);

  return {
    plan,
    fractionDigits: digits,
    isRange,
    pricePerSession: price,
    induction: { sessions: inductionSessions, months: schedule.months, cost: inductionCost, lines },
    maintenance: {
      sessions: maintenanceSessions,
      months: wholeMonths,
      sessionsPerMonth: rate.perMonth / rate.per,
      cost: maintenanceCost,
    },
    consultationFee: fee,
    total: plus(feeRange, sessionsCost),
    insurancePays: overall.pays,
    outOfPocket: plus(feeRange, minus(sessionsCost, overall.pays)),
    firstYear: {
      sessions: firstYearSessions,
      total: plus(feeRange, yearSessionsCost),
      insurancePays: year.pays,
      outOfPocket: plus(feeRange, minus(yearSessionsCost, year.pays)),
    },
    rounded: overall.rounded || year.rounded,
  };
}
