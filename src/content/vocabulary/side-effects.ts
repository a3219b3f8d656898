/**
 * The fixed vocabulary of `<side-effects-list>`: when a side effect happens, how serious it is,
 * the forms of ketamine it is reported for, and the sections the element can show. Shared by the
 * content schema and the element; no zod here, so the element can import it without the validator.
 * The order of each list is the order groups and labels are shown in.
 */
export const TIMINGS = ['during', 'hours-after', 'long-term'] as const;
export type Timing = (typeof TIMINGS)[number];

export const SEVERITIES = ['common', 'less-common', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ROUTES = ['iv', 'nasal', 'im', 'oral'] as const;
export type Route = (typeof ROUTES)[number];

export const GROUP_BYS = ['timing', 'severity'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const SECTIONS = ['effects', 'contraindications', 'help'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * How much of the list is shown at first. `summary` (the default): the serious side effects and
 * the most common ones, the rest behind one "Show all" button (still found by find-in-page);
 * `full`: every side effect, as before issue 17.5.
 */
export const LAYOUTS = ['summary', 'full'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** In the summary layout, an effect is shown first when at least this percent of people had it (1 in 5). */
export const MOST_COMMON_PERCENT = 20;
