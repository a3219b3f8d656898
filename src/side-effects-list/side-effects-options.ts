/**
 * Parsing of the element's attributes into options. Pure: each parser returns the value to use
 * and, for a value it cannot use, an error message for the console. Empty or absent attributes
 * mean "not set" (THREAT-MODEL L6) and are never errors.
 */
import { GROUP_BYS, LAYOUTS, ROUTES, SECTIONS, type GroupBy, type Layout, type Route, type Section } from '../content/vocabulary/side-effects.js';

export interface Parsed<T> {
  value: T;
  /** Set when the attribute was refused and the default is used instead. */
  error?: string;
}

/** Longest attribute value quoted back in a message. */
const QUOTE_MAX = 40;
const quote = (raw: string) => JSON.stringify(raw.length > QUOTE_MAX ? `${raw.slice(0, QUOTE_MAX)}…` : raw);
const normalise = (raw: string) => raw.trim().toLowerCase();
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export const DEFAULT_GROUP_BY: GroupBy = 'timing';
export const DEFAULT_LAYOUT: Layout = 'summary';
export const DEFAULT_SECTIONS: ReadonlySet<Section> = new Set(SECTIONS);

/** `group-by`: `timing` (default) or `severity`. */
export function parseGroupBy(raw: string | null | undefined): Parsed<GroupBy> {
  const value = normalise(raw ?? '');
  if (!value) return { value: DEFAULT_GROUP_BY };
  if (isOneOf(GROUP_BYS, value)) return { value };
  return { value: DEFAULT_GROUP_BY, error: `${quote(raw!)} is not ${GROUP_BYS.join(' or ')}; grouping by ${DEFAULT_GROUP_BY}` };
}

/** `layout`: `summary` (default: serious and most common effects first, the rest behind "Show all") or `full`. */
export function parseLayout(raw: string | null | undefined): Parsed<Layout> {
  const value = normalise(raw ?? '');
  if (!value) return { value: DEFAULT_LAYOUT };
  if (isOneOf(LAYOUTS, value)) return { value };
  return { value: DEFAULT_LAYOUT, error: `${quote(raw!)} is not ${LAYOUTS.join(' or ')}; using the ${DEFAULT_LAYOUT} layout` };
}

/** `route`: one of `iv`, `nasal`, `im`, `oral`; absent means every route (null). */
export function parseRoute(raw: string | null | undefined): Parsed<Route | null> {
  const value = normalise(raw ?? '');
  if (!value) return { value: null };
  if (isOneOf(ROUTES, value)) return { value };
  return { value: null, error: `${quote(raw!)} is not one of ${ROUTES.join(', ')}; showing every route` };
}

/**
 * `show`: a comma- or space-separated list of `effects`, `contraindications`, `help`.
 * Absent means all three. The help block always comes with the effects: a list of side effects
 * is never shown without saying when to get help.
 */
export function parseShow(raw: string | null | undefined): Parsed<ReadonlySet<Section>> {
  const tokens = normalise(raw ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!tokens.length) return { value: DEFAULT_SECTIONS };
  const unknown = tokens.filter((token) => !isOneOf(SECTIONS, token));
  if (unknown.length) {
    return {
      value: DEFAULT_SECTIONS,
      error: `${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is not a section' : 'are not sections'} (use ${SECTIONS.join(', ')}); showing all sections`,
    };
  }
  const sections = new Set(tokens as Section[]);
  if (sections.has('effects')) sections.add('help');
  return { value: sections };
}
