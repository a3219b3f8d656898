/**
 * The estimator's attributes, read into settings. Pure: each reader returns the value to use and,
 * for a value it cannot use, the attribute's path and a message for `reportError`. Empty or absent
 * attributes mean "not set" and are never errors. (`prices` has its own module, parse-prices.ts.)
 */
import { MAX_PRICE, PLAN_IDS, isPlanId, type PlanId } from '../content/vocabulary/cost.js';
import { DEFAULT_CURRENCY, resolveCurrency, supportedMoneyLocale } from './format-money.js';
import { parseField } from './parse-field.js';

export interface Setting<T> {
  value: T;
  /** Set when the attribute was refused and the default is used instead. */
  error?: { path: string; message: string };
}

/** `currency`: an ISO 4217 code; USD by default. */
export function readCurrency(raw: string | null | undefined): Setting<string> {
  if (!raw || !raw.trim()) return { value: DEFAULT_CURRENCY };
  const code = resolveCurrency(raw);
  if (code) return { value: code };
  return { value: DEFAULT_CURRENCY, error: { path: 'currency', message: `"${raw.slice(0, 20)}" is not an ISO 4217 currency code; using ${DEFAULT_CURRENCY}` } };
}

/** `locale`: a locale `Intl` supports; null means the language's own (en-US, es-US). */
export function readLocale(raw: string | null | undefined): Setting<string | null> {
  if (!raw || !raw.trim()) return { value: null };
  const locale = supportedMoneyLocale(raw.trim());
  if (locale) return { value: locale };
  return { value: null, error: { path: 'locale', message: `"${raw.slice(0, 40)}" is not a supported locale; using the language's default` } };
}

/** `consultation-fee`: a number from 0 to MAX_PRICE in major units; null when not set. */
export function readFee(raw: string | null | undefined): Setting<number | null> {
  const text = raw?.trim();
  if (!text) return { value: null };
  const parsed = parseField(text, { min: 0, max: MAX_PRICE });
  if (parsed.ok) return { value: parsed.value };
  return { value: null, error: { path: 'consultation-fee', message: `"${text.slice(0, 20)}" must be a number from 0 to ${MAX_PRICE}` } };
}

/** `treatment`: the plan shown first; `iv` by default. */
export function readTreatment(raw: string | null | undefined): Setting<PlanId> {
  const value = raw?.trim();
  if (!value) return { value: 'iv' };
  if (isPlanId(value)) return { value };
  return { value: 'iv', error: { path: 'treatment', message: `"${value.slice(0, 20)}" is not one of ${PLAN_IDS.join(', ')}` } };
}
