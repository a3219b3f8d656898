import { langFromTag, type Lang } from '../content/lang.js';
import { dateTimeFormat } from './intl.js';
import { fillTemplate } from './template.js';

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow roots), else `en`.
 * The first `lang` found decides, even if unsupported: a French page gets English, not the
 * Spanish of some outer wrapper.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('lang');
    if (value !== null && value.trim() !== '') return langFromTag(value) ?? 'en';
    // The server's DOM shim has no tree (issue 18): there the element's own `lang` decides.
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host || null);
  }
  return 'en';
}

/**
 * A validated BCP 47 locale for `Intl`, or null. `Intl` silently falls back for structurally
 * valid but unknown tags and throws for malformed ones (THREAT-MODEL F6), so both are checked.
 */
export function supportedLocale(value: string | null | undefined): string | null {
  if (!value || value.length > 35) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    const [supported] = Intl.NumberFormat.supportedLocalesOf(canonical);
    return supported ?? null;
  } catch {
    return null;
  }
}

/**
 * An ISO date (YYYY-MM-DD) in words from the content (`{month} {day}, {year}` and the month
 * names), without `Intl`: the footer's date is on every widget's first frame, and the first
 * `Intl` formatter on a page costs 150–200 ms on a throttled phone. Falls back to `formatIsoDate`
 * for anything that is not a real ISO date.
 */
export function formatDateInWords(iso: string, words: { dateFormat: string; months: readonly string[] }, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? words.months[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || month === undefined || day < 1 || day > 31) return formatIsoDate(iso, locale);
  return fillTemplate(words.dateFormat, { day, month, year: Number(match[1]) });
}

/** Format an ISO date (YYYY-MM-DD) for people, in UTC so it never shifts a day. */
export function formatIsoDate(iso: string, locale: string): string {
  try {
    return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}
