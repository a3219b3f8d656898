/**
 * The estimator's number fields: what the patient typed, or the clinic's number while untouched, to
 * a field view (label, value, limits, hint, error) and, when valid, the number. Pure, like the view
 * model (cost-view.ts) that reads its fields through it.
 */
import type { CostContent } from '../content/schemas/cost.js';
import { numberFormat } from '../shared/intl.js';
import { fillTemplate } from '../shared/template.js';
import { checkFieldNumber, parseField, type FieldProblem, type FieldResult, type FieldRule } from './parse-field.js';

export type FieldName = 'price' | 'fee' | 'sessionsPerMonth' | 'months' | 'percent' | 'copay';

export interface RawField {
  value: string;
  /** `validity.badInput`: the browser saw text that is not a number and reports an empty value. */
  badInput: boolean;
}

/** One number input, ready to stamp. */
export interface FieldView {
  name: FieldName;
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  inputMode: 'decimal' | 'numeric';
  hint?: string;
  error?: string;
  /** The ids of the hint and the error, when there are any. */
  describedBy?: string;
}

/** How one field is read. */
export interface FieldOptions {
  /** Empty is allowed (and gives no number). */
  optional?: boolean;
  hint?: string;
  /** The clinic's number, used while the patient has not typed in the field. */
  clinicValue?: number | null;
}

/** Reads fields one by one into `fields` and `values`. */
export interface FieldReader {
  /** A number in the locale, as the field limits are written (`1,000`). */
  formatNumber(value: number): string;
  fields: Partial<Record<FieldName, FieldView>>;
  values: Partial<Record<FieldName, number>>;
  read(name: FieldName, label: string, rule: FieldRule, options?: FieldOptions): void;
  /** A field read so far has an error. */
  hasError(): boolean;
}

/** A vocabulary id as its content key: `not-number` → `notNumber`, `every-2-weeks` → `every2Weeks`. */
export const contentKey = (id: string): string => id.replace(/-(\w)/g, (_, next: string) => next.toUpperCase());

/** A field's input id: `sessionsPerMonth` → `sessions-per-month`. */
const inputId = (name: FieldName): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const MONEY_FIELDS: ReadonlySet<FieldName> = new Set(['price', 'fee', 'copay']);

/** `typedFields`: the form's fields as typed, null where the clinic's value applies. */
export function fieldReader(content: CostContent, typedFields: Readonly<Record<FieldName, RawField | null>>, locale: string, digits: number): FieldReader {
  const number = (value: number) => numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  const fields: Partial<Record<FieldName, FieldView>> = {};
  const values: Partial<Record<FieldName, number>> = {};
  let hasError = false;
  const errorText = (problem: FieldProblem, rule: FieldRule) =>
    fillTemplate(content.errors[contentKey(problem) as keyof CostContent['errors']], { min: number(rule.min), max: number(rule.max) });
  const read = (name: FieldName, label: string, rule: FieldRule, options: FieldOptions = {}): void => {
    const typed = typedFields[name];
    const clinicValue = typed === null ? (options.clinicValue ?? null) : null;
    const raw = typed ?? { value: clinicValue === null ? '' : String(clinicValue), badInput: false };
    const money = MONEY_FIELDS.has(name);
    const id = inputId(name);
    // ↑/↓ move money by whole units (a cent per key press helped no one); cents can still be typed,
    // and parseField, not the browser, decides what is valid (the form is novalidate). The arrows
    // count from `min`, so money starts at 0: from the price's 0.01, ↑ on 520 would give 520.01.
    const view: FieldView = {
      name,
      id,
      label,
      value: raw.value,
      min: money ? 0 : rule.min,
      max: rule.max,
      inputMode: money && digits > 0 ? 'decimal' : 'numeric',
      hint: options.hint,
    };
    fields[name] = view;
    let result: FieldResult | null;
    if (clinicValue !== null) result = checkFieldNumber(clinicValue, rule);
    else if (options.optional && raw.value.trim() === '' && !raw.badInput) result = null;
    else result = parseField(raw.value, rule, raw.badInput);
    if (result?.ok) values[name] = result.value;
    else if (result) {
      view.error = errorText(result.problem, rule);
      hasError = true;
    }
    view.describedBy = [view.hint ? `${id}-hint` : '', view.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  };

  return { formatNumber: number, fields, values, read, hasError: () => hasError };
}
