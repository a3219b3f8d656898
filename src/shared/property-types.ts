/**
 * The type of every public property, and the one coercion step values pass through before an
 * element reads them (issue 15.1). Attributes always arrive as strings, but properties come from
 * frameworks and hand-written JavaScript as anything: React 19 passes `prices={{ iv: 450 }}` as an
 * object, a CMS script may set `clinicName = 42`. Each value is either coerced to the documented
 * type or refused with a message, and the element falls back to the property's default. Nothing
 * here throws, whatever the value (symbols, throwing getters, revoked proxies).
 */
import { errorMessage, parseOverrideJson, plainDataResult } from '../content/override.js';
import { isServer } from 'lit';
import { camelCase, configSection, pageConfigValue, readPageConfig, type PageConfig } from './page-config.js';
import { isServerValidated, serverPageConfig } from './server-override.js';

/**
 * - `string`: text; a finite number becomes its decimal text (`phone = 5550102345`).
 * - `boolean`: true/false; a string counts as a present attribute (Vue sets `searchable=""`).
 * - `number`: a number, or text holding one (`heading-level="4"`).
 * - `structured`: an object or array, or a JSON string of one; copied into prototype-free data.
 */
export type PropertyKind = 'string' | 'boolean' | 'number' | 'structured';

/** What an element declares in `static properties`; `kind` is ours, the rest is Lit's. */
export interface TypedPropertyDeclaration {
  kind?: PropertyKind;
  type?: unknown;
  attribute?: unknown;
  reflect?: boolean;
  state?: boolean;
}

export type Coercion = { ok: true; value: unknown } | { ok: false; value: unknown; message: string };

/**
 * The kind of a declared property: its explicit `kind`, else what Lit's declaration implies.
 * Internal state (`state: true`) is not public and is never coerced.
 */
export function propertyKind(declaration: TypedPropertyDeclaration | undefined): PropertyKind | null {
  if (!declaration || declaration.state) return null;
  if (declaration.kind) return declaration.kind;
  if (declaration.type === Boolean) return 'boolean';
  if (declaration.type === Number) return 'number';
  if (declaration.attribute === false) return 'structured';
  return 'string';
}

/** A short, safe description of a value for an error message; never reads its properties. */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    const type = typeof value;
    if (type === 'object') return 'an object';
    if (type === 'function') return 'a function';
    if (type === 'symbol') return 'a symbol';
    if (type === 'string') return `"${(value as string).slice(0, 40)}"`;
    return `${type} ${String(value)}`.slice(0, 60);
  } catch {
    // Array.isArray throws on a revoked proxy.
    return 'an unreadable value';
  }
}

const EXPECTED: Record<PropertyKind, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  structured: 'an object or a JSON string',
};

function refuse(kind: PropertyKind, value: unknown, fallback: unknown, unreadable?: string): Coercion {
  const got = unreadable === undefined ? describeValue(value) : `a value that could not be read (${unreadable.slice(0, 80)})`;
  return { ok: false, value: fallback, message: `expected ${EXPECTED[kind]}, got ${got}; using the default` };
}

/**
 * Coerces a value to its kind. Absent values (null, undefined) become the kind's default without
 * complaint; values of another type are refused, with the default as the value to use.
 */
export function coerceProperty(kind: PropertyKind, value: unknown): Coercion {
  const fallback = kind === 'boolean' ? false : null;
  if (value === null || value === undefined) return { ok: true, value: fallback };
  try {
    switch (kind) {
      case 'string':
        if (typeof value === 'string') return { ok: true, value };
        if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
        return refuse(kind, value, fallback);
      case 'boolean':
        if (typeof value === 'boolean') return { ok: true, value };
        if (typeof value === 'string') return { ok: true, value: true };
        return refuse(kind, value, fallback);
      case 'number': {
        if (typeof value === 'number') return { ok: true, value };
        if (typeof value === 'string') {
          if (value.trim() === '') return { ok: true, value: fallback };
          const number = Number(value);
          if (Number.isFinite(number)) return { ok: true, value: number };
        }
        return refuse(kind, value, fallback);
      }
      case 'structured': {
        if (typeof value === 'string') {
          if (value.trim() === '') return { ok: true, value: fallback };
          const parsed = parseOverrideJson(value);
          return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, value: fallback, message: `${parsed.message}; using the default` };
        }
        if (typeof value !== 'object') return refuse(kind, value, fallback);
        const copied = plainDataResult(value);
        return copied.ok ? { ok: true, value: copied.value } : refuse(kind, value, fallback, copied.message);
      }
    }
  } catch (error) {
    return refuse(kind, value, fallback, errorMessage(error));
  }
}

/** The attribute a declared property reads, as written on the element; null for property-only ones. */
export function attributeName(name: PropertyKey, declaration: TypedPropertyDeclaration | undefined): string | null {
  if (declaration?.attribute === false || typeof name !== 'string') return null;
  return typeof declaration?.attribute === 'string' ? declaration.attribute : name.toLowerCase();
}

type Report = (source: 'attribute' | 'property' | 'page-config', path: string, message: string) => void;

/**
 * The one place property values enter an element (issues 15.1, 17.2). Every changed public
 * property is coerced to its declared kind, or refused with an error naming it and reset to its
 * default. A property the element leaves unset (null, or false for a boolean) takes its value from
 * the page config (page-config.ts): its section first, then the page level. Such values go through
 * the same coercion and, later, the same checks as attributes; their errors name `page-config` and
 * the key. The element's own attribute or property always wins, and when it is removed again the
 * config value comes back.
 */
export class PropertyEntry {
  /** Properties holding a value the page config gave (the element set none), with its key. */
  readonly #fromConfig = new Map<PropertyKey, { key: string; value: unknown }>();
  #configVersion = -1;
  readonly #element: HTMLElement;
  readonly #report: Report;

  constructor(element: HTMLElement, report: Report) {
    this.#element = element;
    this.#report = report;
  }

  /** The page config changed since the last update (e.g. while the element was out of the document). */
  get configOutdated(): boolean {
    return !isServer && this.#configVersion !== -1 && readPageConfig(this.#element.ownerDocument).version !== this.#configVersion;
  }

  /** Runs first in `willUpdate`: writing a property there joins this update instead of starting another. */
  enter(changed: ReadonlyMap<PropertyKey, unknown>, declarations: ReadonlyMap<PropertyKey, TypedPropertyDeclaration>): void {
    // Server rendering (issue 18): the config in the markup being rendered, set by src/ssr.
    const config = isServer ? serverPageConfig() : readPageConfig(this.#element.ownerDocument);
    const configChanged = config.version !== this.#configVersion;
    if (configChanged) this.#checkConfig(config, declarations);
    this.#configVersion = config.version;
    const values = this.#element as unknown as Record<PropertyKey, unknown>;
    for (const name of configChanged ? [...declarations.keys()] : [...changed.keys()]) {
      const declaration = declarations.get(name);
      const kind = propertyKind(declaration);
      if (!kind) continue;
      const value = values[name];
      // Server rendering: src/ssr's validated override keeps its identity (a plain-data copy would lose the mark).
      if (isServer && isServerValidated(value)) continue;
      const attribute = attributeName(name, declaration);
      // Still the value the config gave, unless the element now has the attribute itself.
      const filled = this.#fromConfig.get(name);
      const ownAttribute = attribute !== null && !declaration?.reflect && this.#element.hasAttribute(attribute);
      const own = filled && filled.value === value && !ownAttribute ? null : value;
      const unset = own === null || own === undefined || (kind === 'boolean' && own === false);
      // On a config change, a value the element set itself and did not change needs no new look.
      if (!unset && !changed.has(name)) continue;
      const configured = unset && attribute ? pageConfigValue(config, this.#element.localName, attribute) : undefined;
      const result = coerceProperty(kind, configured ? configured.value : own);
      if (configured) this.#fromConfig.set(name, { key: configured.key, value: result.value });
      else this.#fromConfig.delete(name);
      if (result.value !== value) values[name] = result.value;
      if (result.ok) continue;
      if (configured) this.#report('page-config', configured.key, result.message);
      else if (name === 'content') this.#report('property', '', result.message);
      else this.#report('attribute', String(name), result.message);
    }
  }

  /** The page-config key behind an attribute's current value (`cost-estimator.prices`), if it came from there. */
  configKey(attribute: string, declarations: ReadonlyMap<PropertyKey, TypedPropertyDeclaration>): string | undefined {
    for (const [name, declaration] of declarations) {
      if (attributeName(name, declaration) === attribute) return this.#fromConfig.get(name)?.key;
    }
    return undefined;
  }

  /** Mistakes in the config: those of the whole page once (by the first element to read it), its own section's here. */
  #checkConfig(config: PageConfig, declarations: ReadonlyMap<PropertyKey, TypedPropertyDeclaration>): void {
    if (!config.reported) {
      config.reported = true;
      for (const problem of config.problems) this.#report('page-config', problem.key, problem.message);
    }
    const tag = this.#element.localName;
    const section = configSection(config, tag);
    if (!section) return;
    const known = new Set<string>();
    for (const [name, declaration] of declarations) {
      const attribute = propertyKind(declaration) ? attributeName(name, declaration) : null;
      if (attribute) known.add(attribute).add(camelCase(attribute));
    }
    for (const key of Object.keys(section)) {
      if (!known.has(key)) this.#report('page-config', `${tag}.${key.slice(0, 60)}`, `not an attribute of <${tag}>; ignored`);
    }
  }
}
