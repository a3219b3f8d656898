/**
 * The cost estimator's formatted strings: money and ranges, the breakdown and total rows, the plan
 * details, the notes and what the live region says. Pure; the view model (cost-view.ts) calls these
 * so that `render` only stamps text.
 */
import type { CostContent, CostPlan } from '../content/schemas/cost.js';
import type { MaintenanceChoice } from '../content/vocabulary/cost.js';
import { fillTemplate } from '../shared/template.js';
import { toMinorUnits, type CostEstimate, type MoneyRange, type PriceInput } from './estimate-cost.js';
import { allWholeUnits, formatMoney, type MoneyFormat } from './format-money.js';

/** A row of the breakdown table: what, how many sessions at what price, and the amount. */
export interface BreakdownRow {
  label: string;
  detail: string | null;
  amount: string;
}

export interface TotalRow {
  label: string;
  amount: string;
  strong: boolean;
}

/** "About this treatment": the plan's wording, its published price and its sources. */
export interface DetailsView {
  heading: string;
  items: { term: string; text: string; price?: { range: string; label: string } }[];
  sources: string[];
}

/** The insurance and payment notes, the clinic's note and their sources. */
export interface NotesView {
  items: string[];
  clinicNote: string | null;
  sources: string[];
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

/** The first-course lines, maintenance and the consultation fee. */
export function breakdownRows(
  estimate: CostEstimate,
  plan: CostPlan,
  maintenance: MaintenanceChoice,
  format: MoneyFormat,
  content: CostContent,
): BreakdownRow[] {
  const r = content.result;
  const money = (range: MoneyRange) => formatRange(range, format, content);
  const sessions = (count: number, price: MoneyRange) => fillTemplate(count === 1 ? r.sessionsOne : r.sessionsOther, { count, price: money(price) });
  const phases = new Map(plan.phases.map((phase) => [phase.id, phase.label]));
  const rows = estimate.induction.lines.map((line) => ({
    label: phases.get(line.id) ?? plan.name,
    detail: sessions(line.sessions, line.pricePerSession),
    amount: money(line.cost),
  }));
  if (maintenance !== 'none') {
    const months = estimate.maintenance.months;
    rows.push({
      label: months === 1 ? r.maintenanceRowOne : fillTemplate(r.maintenanceRow, { months }),
      detail: sessions(estimate.maintenance.sessions, estimate.pricePerSession),
      amount: money(estimate.maintenance.cost),
    });
  }
  return [...rows, { label: r.consultationRow, detail: null, amount: formatMoney(estimate.consultationFee, format) }];
}

/** Totals; with insurance, what the plan might pay and what the patient might pay. */
export function totalRows(estimate: CostEstimate, insured: boolean, format: MoneyFormat, content: CostContent): TotalRow[] {
  const r = content.result;
  const row = (label: string, range: MoneyRange, strong = false): TotalRow => ({ label, amount: formatRange(range, format, content), strong });
  return [
    row(r.totalRow, estimate.total, !insured),
    ...(insured ? [row(r.insurancePaysRow, estimate.insurancePays), row(r.youPayRow, estimate.outOfPocket, true)] : []),
    row(r.firstYearTotalRow, estimate.firstYear.total),
    ...(insured ? [row(r.firstYearYouPayRow, estimate.firstYear.outOfPocket)] : []),
  ];
}

/** Published prices are US dollars, whatever currency the clinic uses. */
export function detailsView(content: CostContent, plan: CostPlan, usd: MoneyFormat, hideInsurance: boolean): DetailsView {
  const d = content.details;
  const price =
    plan.price.kind === 'typical' ? { range: formatPrice({ low: plan.price.low, high: plan.price.high }, content, usd), label: plan.price.label } : undefined;
  const items: DetailsView['items'] = [
    { term: d.session, text: plan.session.text },
    { term: d.schedule, text: plan.schedule.text },
    { term: d.maintenance, text: plan.maintenance.text },
    { term: d.price, text: plan.price.text, price },
    ...(hideInsurance ? [] : [{ term: d.insurance, text: plan.insurance.text }]),
  ];
  const sources = [plan.session, plan.schedule, plan.maintenance, plan.price, ...(hideInsurance ? [] : [plan.insurance])].flatMap(
    (entry) => entry.sources ?? [],
  );
  return { heading: `${d.heading}: ${plan.name}`, items, sources: [...new Set(sources)] };
}

export function notesView(content: CostContent, hideInsurance: boolean): NotesView {
  const notes = [...(hideInsurance ? [] : content.insuranceNotes), ...content.paymentNotes];
  const sources = [content.disclaimer, ...notes].flatMap((entry) => entry.sources ?? []);
  return { items: notes.map((entry) => entry.text), clinicNote: content.clinicNote ?? null, sources: [...new Set(sources)] };
}

/** What the polite live region says about a new estimate. */
export function announcementText(estimate: CostEstimate, format: MoneyFormat, content: CostContent, insured: boolean): string {
  const total = formatRange(estimate.total, format, content);
  if (!insured) return fillTemplate(content.result.announcement, { total });
  return fillTemplate(content.result.announcementYouPay, { total, outOfPocket: formatRange(estimate.outOfPocket, format, content) });
}

/** Every amount an estimate shows, to decide whether cents can be left off everywhere at once. */
export function amountsOf(estimate: CostEstimate): number[] {
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
