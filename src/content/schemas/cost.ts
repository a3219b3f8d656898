/**
 * Content of `<cost-estimator>`: the four treatment plans with their schedules, maintenance
 * choices and labelled published example prices, the insurance and payment notes, and every label, hint, error message and
 * result string the patient reads. Numbers that drive the arithmetic (sessions per course) live
 * in `src/cost-estimator/estimate-cost.ts`; the content names each schedule phase by the same id.
 */
import * as z from 'zod/mini';
import { defineKind, type ReadableItem } from '../kind.js';
import { MAINTENANCE_CHOICES, MAX_PRICE, PLAN_IDS } from '../vocabulary/cost.js';
import { documentHeader, hideList, id, label, sourceIds, text, uniqueById, version } from './primitives.js';

const planId = () => z.enum(PLAN_IDS);

/** A patient-facing passage and the sources it rests on. */
const sourcedText = (max = 1000) => z.strictObject({ text: text(max), sources: sourceIds() });
/** A note that may be advice ("ask your plan…") rather than a claim, so sources are optional. */
const note = () => z.strictObject({ id: id(), text: text(600), sources: z.optional(sourceIds()) });

const usd = () => z.number().check(z.gt(0), z.lte(MAX_PRICE));

const typicalPrice = z.strictObject({
  kind: z.literal('typical'),
  /** US dollars per session, low and high end of the published range. */
  low: usd(),
  high: usd(),
  /** What the range is, shown beside it wherever it appears: "New York City example (2022)". Never just "typical". */
  label: text(200),
  text: text(400),
  sources: sourceIds(),
});
const variesPrice = z.strictObject({ kind: z.literal('varies'), text: text(400), sources: z.optional(sourceIds()) });

const phase = z.strictObject({ id: id(), label: label() });

const plan = z.strictObject({
  id: planId(),
  name: label(),
  /** What one session is. */
  session: sourcedText(),
  /** The first course, in words. */
  schedule: sourcedText(),
  /** Labels of the first-course phases, by the schedule step ids of `estimateCost`. */
  phases: z.array(phase).check(z.minLength(1), z.maxLength(4)),
  maintenance: sourcedText(),
  /** The maintenance choices offered for this plan, in order; `none` first. */
  maintenancePresets: z.array(z.enum(MAINTENANCE_CHOICES)).check(
    z.minLength(1),
    z.maxLength(MAINTENANCE_CHOICES.length),
    z.refine((choices) => choices[0] === 'none', 'must start with "none"'),
    z.refine((choices) => new Set(choices).size === choices.length, 'must not repeat a choice'),
  ),
  price: z.union([typicalPrice, variesPrice]),
  insurance: sourcedText(),
});

const form = z.strictObject({
  planLegend: label(),
  planLabel: label(),
  priceLegend: label(),
  /** `{currency}` is the ISO code, e.g. USD. */
  priceLabel: label(),
  /** `{range}` and the plan's price `{label}`. */
  priceHintTypical: text(300),
  priceHintClinicRange: text(300),
  priceHintNone: text(300),
  priceHintOtherCurrency: text(300),
  priceLocked: label(),
  priceAskClinic: label(),
  feeLabel: label(),
  feeHint: text(300),
  feeLocked: label(),
  maintenanceLegend: label(),
  maintenanceLabel: label(),
  maintenanceOptions: z.strictObject({ none: label(), weekly: label(), every2Weeks: label(), monthly: label(), every2Months: label(), custom: label() }),
  sessionsPerMonthLabel: label(),
  monthsLabel: label(),
  insuranceLegend: label(),
  coverageLabel: label(),
  coverageOptions: z.strictObject({ none: label(), percent: label(), copay: label() }),
  percentLabel: label(),
  copayLabel: label(),
  /** `{min}` and `{max}` are filled with formatted numbers. */
  rangeHint: label(),
});

const errors = z.strictObject({
  empty: label(),
  notNumber: label(),
  outOfRange: label(),
  notWhole: label(),
});

const result = z.strictObject({
  heading: label(),
  noPrice: text(300),
  staleNote: text(300),
  /** Shown in the stale note's place while the estimate is current: the form has no submit button. */
  updatesNote: text(300),
  caption: label(),
  itemHeader: label(),
  costHeader: label(),
  /** `{count}` sessions at `{price}` each. */
  sessionsOne: label(),
  sessionsOther: label(),
  maintenanceRow: label(),
  maintenanceRowOne: label(),
  consultationRow: label(),
  totalRow: label(),
  insurancePaysRow: label(),
  youPayRow: label(),
  firstYearHeading: label(),
  firstYearTotalRow: label(),
  firstYearYouPayRow: label(),
  /** `{low}` and `{high}`: two formatted amounts. */
  range: label(),
  announcement: text(300),
  announcementYouPay: text(300),
  roundingNote: text(300),
  estimateNote: text(600),
});

const details = z.strictObject({
  heading: label(),
  session: label(),
  schedule: label(),
  maintenance: label(),
  price: label(),
  insurance: label(),
  sourcesHeading: label(),
});

export const costContentSchema = z.strictObject({
  ...documentHeader(),
  title: label(),
  intro: text(1000),
  /** The costs disclaimer every estimator shows (content brief, section 3.9). */
  disclaimer: sourcedText(600),
  form,
  errors,
  result,
  details,
  plans: uniqueById(plan, 4).check(z.minLength(1, 'at least one plan is needed')),
  notesHeading: label(),
  insuranceNotes: uniqueById(note(), 20),
  paymentNotes: uniqueById(note(), 20),
  /** A clinic's own note (overrides only); shown under its heading. */
  clinicNoteHeading: label(),
  clinicNote: z.optional(text(1000)),
});

export type CostContent = z.infer<typeof costContentSchema>;
export type CostPlan = CostContent['plans'][number];

/** A clinic override: wording changes by plan id, hidden plans, a clinic note. No prices here (see `prices`). */
const planOverride = z.strictObject({
  id: planId(),
  name: z.optional(label()),
  session: z.optional(text(1000)),
  schedule: z.optional(text(1000)),
  maintenance: z.optional(text(1000)),
  insurance: z.optional(text(1000)),
  priceNote: z.optional(text(400)),
});

export const costOverrideSchema = z.strictObject({
  version: version(),
  title: z.optional(label()),
  intro: z.optional(text(1000)),
  estimateNote: z.optional(text(600)),
  clinicNote: z.optional(text(1000)),
  plans: z.optional(uniqueById(planOverride, 4)),
  hidePlans: z.optional(
    hideList().check(
      z.refine((ids) => ids.every((id) => (PLAN_IDS as readonly string[]).includes(id)), `must list only ${PLAN_IDS.join(', ')}`),
      z.refine((ids) => new Set(ids).size < PLAN_IDS.length, 'must leave at least one plan visible'),
    ),
  ),
});

export type CostOverride = z.infer<typeof costOverrideSchema>;

function passages(content: CostContent): ReadableItem[] {
  const items: ReadableItem[] = [
    { id: 'intro', text: content.intro },
    { id: 'disclaimer', text: content.disclaimer.text },
    { id: 'result.estimateNote', text: content.result.estimateNote },
    { id: 'result.staleNote', text: content.result.staleNote },
    { id: 'result.updatesNote', text: content.result.updatesNote },
    { id: 'form.priceHintTypical', text: content.form.priceHintTypical },
    { id: 'form.priceHintClinicRange', text: content.form.priceHintClinicRange },
    { id: 'form.priceHintNone', text: content.form.priceHintNone },
    { id: 'form.priceHintOtherCurrency', text: content.form.priceHintOtherCurrency },
  ];
  for (const plan of content.plans) {
    for (const key of ['session', 'schedule', 'maintenance', 'insurance'] as const) items.push({ id: `plans.${plan.id}.${key}`, text: plan[key].text });
    items.push({ id: `plans.${plan.id}.price`, text: plan.price.text });
  }
  for (const entry of [...content.insuranceNotes, ...content.paymentNotes]) items.push({ id: `notes.${entry.id}`, text: entry.text });
  return items;
}

export const costKind = defineKind({ name: 'cost', file: 'cost.json', schema: costContentSchema, readable: passages });
