/**
 * What a patient typed into a number field (THREAT-MODEL F8). `Number()` after a trim, then a
 * finiteness, bounds and whole-number check; the reasons map to content error messages.
 */
export type FieldProblem = 'empty' | 'not-number' | 'out-of-range' | 'not-whole';

export type FieldResult = { ok: true; value: number } | { ok: false; problem: FieldProblem };

export interface FieldRule {
  min: number;
  max: number;
  /** Whole numbers only (months, percent, sessions). */
  whole?: boolean;
}

/**
 * `raw` is the input's value; `badInput` is `input.validity.badInput` (the browser keeps the
 * value empty when the text is not a number, such as `1,5` or `--2`).
 */
export function parseField(raw: string, rule: FieldRule, badInput = false): FieldResult {
  if (badInput) return { ok: false, problem: 'not-number' };
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  // Number() would read hex, binary and octal prefixes and Infinity; a person means none of them.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: false, problem: 'not-number' };
  return checkFieldNumber(Number(text), rule);
}

/** The bounds and whole-number check alone, for a number that was never text (a clinic's price). */
export function checkFieldNumber(value: number, rule: FieldRule): FieldResult {
  if (!Number.isFinite(value)) return { ok: false, problem: 'out-of-range' };
  if (value < rule.min || value > rule.max) return { ok: false, problem: 'out-of-range' };
  if (rule.whole && !Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
  return { ok: true, value: value === 0 ? 0 : value };
}
