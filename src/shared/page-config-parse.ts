/**
 * Reading the page config script (page-config.ts): its JSON, and which keys are known. A lazy
 * chunk, loaded only on a page that has the script.
 */
import { parseOverrideJson } from '../content/override.js';
import { SECTION_TAGS, camelCase, isRecord, type PageConfig, type PageConfigProblem } from './page-config.js';

/**
 * Every public attribute of every element, as written on the element: a page-level key must be
 * one of these (or its camelCase form). `page-config.test.ts` checks it against the elements.
 */
export const CONFIG_ATTRIBUTES: readonly string[] = [
  // every element
  'clinic-name',
  'phone',
  'booking-url',
  'theme',
  'heading-level',
  'src',
  // ketamine-faq
  'category',
  'searchable',
  'single',
  'open',
  'link-hash',
  'structured-data',
  'query',
  // side-effects-list
  'group-by',
  'route',
  'show',
  'compact',
  'layout',
  // cost-estimator
  'treatment',
  'prices',
  'currency',
  'locale',
  'consultation-fee',
  'locked-prices',
  'hide-insurance',
  // candidacy-quiz
  'remember',
  'include-answers',
];

/** The config in a script's text: mistakes in the config as a whole (bad JSON, unknown keys) become its problems. */
export function parsePageConfig(text: string, version: number): PageConfig {
  const parsed = parseOverrideJson(text);
  if (!parsed.ok) return { version, data: null, problems: [{ key: parsed.path, message: parsed.message }], reported: false };
  if (!isRecord(parsed.value)) return { version, data: null, problems: [{ key: '', message: 'expected a JSON object' }], reported: false };
  const known = new Set([...CONFIG_ATTRIBUTES, ...CONFIG_ATTRIBUTES.map(camelCase), ...SECTION_TAGS]);
  const problems: PageConfigProblem[] = [];
  for (const key of Object.keys(parsed.value)) {
    if (key === 'src') problems.push({ key, message: "differs per element: put it in the element's section; ignored" });
    else if (!known.has(key)) problems.push({ key: key.slice(0, 60), message: 'unknown key; ignored' });
    else if (SECTION_TAGS.includes(key) && !isRecord(parsed.value[key])) problems.push({ key, message: 'expected an object of attributes; ignored' });
  }
  return { version, data: parsed.value, problems, reported: problems.length === 0 };
}
