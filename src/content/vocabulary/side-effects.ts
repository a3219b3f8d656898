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
