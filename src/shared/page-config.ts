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
 *
 * Reading the JSON and checking its keys (page-config-parse.ts) is a lazy chunk: a page without
 * the script never downloads it. Whether the script exists stays a synchronous `getElementById`;
 * while the parser loads, the page has no config yet and elements hold their first update until
 * it arrives (`pageConfigPending`), so they never show the defaults first.
 */
import { LazyModule } from './lazy-module.js';

export const PAGE_CONFIG_ID = 'ketamine-widgets-config';

/** The elements that can have a section of their own. */
export const SECTION_TAGS: readonly string[] = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'];

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

/** The JSON parser and key check: loaded only on a page that has a config script. */
export const pageConfigParser = new LazyModule(() => import('./page-config-parse.js'));

/** The text last read and its config (while the parser loads, still the one before). */
let current: { text: string | null; config: PageConfig } = { text: null, config: { version: 0, data: null, problems: [], reported: true } };
/** The parser load being waited for, and a promise that settles (never rejects) with it. */
let watchedLoad: Promise<unknown> | undefined;
let parserSettled: Promise<void> | undefined;
let parserInFlight = false;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page's configuration, parsed once per text: cheap to call on every update. */
export function readPageConfig(doc: Document = document): PageConfig {
  const script = doc.getElementById(PAGE_CONFIG_ID);
  // An element with the id that is not a JSON script (DOM clobbering, a typo) is no config.
  const text = script instanceof HTMLScriptElement && script.type.trim().toLowerCase() === 'application/json' ? (script.textContent ?? '') : null;
  if (text === current.text) return current.config;
  const version = current.config.version + 1;
  const parser = pageConfigParser.peek();
  if (text === null) current = { text, config: { version, data: null, problems: [], reported: true } };
  else if (parser) current = { text, config: parser.parsePageConfig(text, version) };
  else if (pageConfigParser.failure) {
    // A blocked chunk: reported once, like a config that is not JSON; the attributes alone apply.
    const message = `not read: could not load its code (${pageConfigParser.failure.message}); using the attributes alone`;
    current = { text, config: { version, data: null, problems: [{ key: '', message }], reported: false } };
  } else {
    // On its way: no config until the parser arrives, then the next read parses this text.
    waitForParser();
  }
  return current.config;
}

function waitForParser(): void {
  const load = pageConfigParser.load();
  if (load === watchedLoad) return;
  watchedLoad = load;
  parserInFlight = true;
  // `current` still holds the text before this one, so the next read parses (or reports the failure).
  const settled = () => {
    if (watchedLoad === load) parserInFlight = false;
  };
  parserSettled = load.then(settled, settled);
}

/**
 * While a config script is on the page and its parser is still loading: a promise that settles
 * (never rejects) once it has arrived or failed. Undefined otherwise: nothing to wait for.
 */
export function pageConfigPending(doc: Document = document): Promise<void> | undefined {
  if (pageConfigParser.peek() || pageConfigParser.failure) return undefined;
  readPageConfig(doc);
  return parserInFlight ? parserSettled : undefined;
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
