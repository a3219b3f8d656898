/**
 * Currency and locale handling for the estimator: validated once, then formatted with `Intl`
 * inside `try` (THREAT-MODEL F6, F7). Pure; no DOM.
 */
import { numberFormat } from '../shared/intl.js';
import { supportedLocale } from '../shared/lang.js';
import type { MoneyRange } from './estimate-cost.js';

export const DEFAULT_CURRENCY = 'USD';

/**
 * The first `Intl` object a page makes costs about 50 ms on the bench's throttled phone (ICU's
 * number data loads then), and the estimator's first frame formats money: so the bundled case, US
 * dollars in the bundled languages' locales, is done by hand ("$1,234.50", as `Intl` prints it in
 * both; format-money.test.ts checks that against `Intl` in the browser). Anything else goes to `Intl`.
 */
const US_LOCALES: ReadonlySet<string> = new Set(['en-US', 'es-US']);

/**
 * An ISO 4217 code `Intl` accepts, upper-cased, or null. `usd` is fine; `US$`, `XXXX`, `"EUR "`
 * and `XXX` (valid, but it renders `¤`, the "no currency" sign) are not.
 */
export function resolveCurrency(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const code = value.toUpperCase();
  if (code === DEFAULT_CURRENCY) return code;
  if (!/^[A-Z]{3}$/.test(code) || code === 'XXX') return null;
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return code;
  } catch {
    return null;
  }
}

/** currency → digits: `resolvedOptions()` builds a fresh object on every call and the view asks on every keystroke. */
const digitsByCurrency = new Map<string, number>();

/** Digits of the currency's minor unit (USD 2, JPY 0); 2 when `Intl` cannot say. */
export function currencyDigits(currency: string): number {
  if (currency === DEFAULT_CURRENCY) return 2;
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = resolveCurrencyDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

function resolveCurrencyDigits(currency: string): number {
  try {
    const digits = numberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    return typeof digits === 'number' && digits >= 0 && digits <= 3 ? digits : 2;
  } catch {
    return 2;
  }
}

/** `supportedLocale`, answering for en-US and es-US without asking `Intl` (see US_LOCALES). */
export function supportedMoneyLocale(value: string): string | null {
  return US_LOCALES.has(value) ? value : supportedLocale(value);
}

/** A locale `Intl` really supports, else the fallback (usually the content language's en-US/es-US). */
export function resolveLocale(value: string | null | undefined, fallback: string): string {
  return (value && supportedMoneyLocale(value)) || fallback;
}

export interface MoneyFormat {
  locale: string;
  currency: string;
  /** Digits of the currency's minor unit: amounts are integers in this unit. */
  fractionDigits: number;
  /** Show whole units only ($2,700 rather than $2,700.00). */
  wholeUnits: boolean;
}

/**
 * Formats integer minor units. Refuses anything but a finite, non-negative integer, so a bug
 * upstream can never print NaN, Infinity or a negative price (C8).
 */
export function formatMoney(minor: number, format: MoneyFormat): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`amount: ${String(minor)} is not a non-negative whole number of minor units`);
  const digits = format.wholeUnits ? 0 : format.fractionDigits;
  if (format.currency === DEFAULT_CURRENCY && format.fractionDigits === 2 && US_LOCALES.has(format.locale)) return formatUsDollars(minor, digits);
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: format.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  const major = minor / 10 ** format.fractionDigits;
  try {
    return numberFormat(format.locale, options).format(major);
  } catch {
    return numberFormat('en-US', options).format(major);
  }
}

/** Cents as US dollars with `digits` 0 or 2, rounded half up as `Intl` does: "$1,235", "$1,234.50". */
function formatUsDollars(cents: number, digits: number): string {
  const dollars = Math.floor(cents / 100) + (digits === 0 && cents % 100 >= 50 ? 1 : 0);
  const grouped = String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits === 0 ? `$${grouped}` : `$${grouped}.${String(cents % 100).padStart(2, '0')}`;
}

/** A range as two formatted amounts, or one when low equals high. */
export function formatMoneyRange(range: MoneyRange, format: MoneyFormat): { low: string; high: string } | string {
  if (range.low === range.high) return formatMoney(range.low, format);
  return { low: formatMoney(range.low, format), high: formatMoney(range.high, format) };
}

/** Whether every amount is a whole number of major units, so cents can be left off. */
export function allWholeUnits(amounts: readonly number[], fractionDigits: number): boolean {
  const unit = 10 ** fractionDigits;
  return amounts.every((amount) => amount % unit === 0);
}
