/**
 * One configuration for every element on a page (issue 17.2): a clinic sets its name, phone,
 * booking link, prices and colours once, in
 *
 *   <script type="application/json" id="ketamine-widgets-config">
 *     { "clinicName": "Lakeside", "phone": "555 010 2345", "cost-estimator": { "prices": { "iv": 450 } } }
 *   </script>
 *
 * anywhere on the page. A JSON script is data, never executed, so it works under a strict CSP.
 * Keys are attribute names as written on the element (`clinic-name`) or in camelCase
 * (`clinicName`); a key named after an element (`"cost-estimator": {…}`) holds values for that
 * element only. Precedence, highest first: the element's own attribute or property, its section,
 * the page level (docs/clinic-config.md). Values enter through the same coercion and validation as
 * attributes (KwElement's property step), so this module only finds them.
 */
import { parseOverrideJson } from '../content/override.js';

export const PAGE_CONFIG_ID = 'ketamine-widgets-config';

/** The elements that can have a section of their own. */
export const SECTION_TAGS: readonly string[] = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'];

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

/** `clinic-name` → `clinicName`. */
export const camelCase = (attribute: string): string => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

export interface PageConfigProblem {
  key: string;
  message: string;
}

export interface PageConfig {
  /** Changes whenever the script appears, disappears or its text changes. */
  readonly version: number;
  /** The parsed object (prototype-free), or null when there is no usable config. */
  readonly data: Readonly<Record<string, unknown>> | null;
  /** Mistakes in the config as a whole (bad JSON, unknown keys), reported once by the first element that reads it. */
  readonly problems: readonly PageConfigProblem[];
  reported: boolean;
}

let current: { text: string | null; config: PageConfig } = { text: null, config: { version: 0, data: null, problems: [], reported: true } };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page's configuration, parsed once per text: cheap to call on every update. */
export function readPageConfig(doc: Document = document): PageConfig {
  const script = doc.getElementById(PAGE_CONFIG_ID);
  // An element with the id that is not a JSON script (DOM clobbering, a typo) is no config.
  const text = script instanceof HTMLScriptElement && script.type.trim().toLowerCase() === 'application/json' ? (script.textContent ?? '') : null;
  if (text === current.text) return current.config;
  current = { text, config: parsePageConfig(text, current.config.version + 1) };
  return current.config;
}

function parsePageConfig(text: string | null, version: number): PageConfig {
  if (text === null) return { version, data: null, problems: [], reported: true };
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

/** An element's section of the config, if it has a usable one. */
export function configSection(config: PageConfig, tag: string): Readonly<Record<string, unknown>> | null {
  const section = config.data?.[tag];
  return SECTION_TAGS.includes(tag) && isRecord(section) ? section : null;
}

/**
 * The value the page config gives one property of one element, and the key it came from (as the
 * clinic wrote it, `cost-estimator.prices`), or undefined. The element's section wins over the
 * page level; within one level the attribute spelling wins over camelCase.
 */
export function pageConfigValue(config: PageConfig, tag: string, attribute: string): { key: string; value: unknown } | undefined {
  const section = configSection(config, tag);
  const levels: [Readonly<Record<string, unknown>> | null, string][] = [
    [section, `${tag}.`],
    [config.data, ''],
  ];
  for (const [values, prefix] of levels) {
    if (!values) continue;
    for (const key of [attribute, camelCase(attribute)]) {
      if (prefix === '' && key === 'src') continue;
      if (Object.hasOwn(values, key)) return { key: prefix + key, value: values[key] };
    }
  }
  return undefined;
}
