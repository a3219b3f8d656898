/**
 * Cached `Intl` formatters. Constructing an `Intl` object resolves locale data and costs far more
 * than formatting with it (tens of microseconds each, several times that on a slow phone), and
 * the widgets format on every render: the footer's review date, every amount of a cost estimate,
 * the FAQ's match count. One formatter per locale and options, made on first use, shared by every
 * instance. A constructor that throws (an unsupported locale or currency) is not cached, so the
 * caller's own `try` still sees the error every time.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
