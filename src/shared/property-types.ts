/**
 * The type of every public property, and the one coercion step values pass through before an
 * element reads them (issue 15.1). Attributes always arrive as strings, but properties come from
 * frameworks and hand-written JavaScript as anything: React 19 passes `prices={{ iv: 450 }}` as an
 * object, a CMS script may set `clinicName = 42`. Each value is either coerced to the documented
 * type or refused with a message, and the element falls back to the property's default. Nothing
 * here throws, whatever the value (symbols, throwing getters, revoked proxies).
 */
import { errorMessage, parseOverrideJson, plainDataResult } from '../content/override.js';

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

function refuse(kind: PropertyKind, value: unknown, fallback: unknown, detail?: string): Coercion {
  return { ok: false, value: fallback, message: `expected ${EXPECTED[kind]}, got ${detail ?? describeValue(value)}; using the default` };
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
        return copied.ok ? { ok: true, value: copied.value } : refuse(kind, value, fallback, `a value that could not be read (${copied.message.slice(0, 80)})`);
      }
    }
  } catch (error) {
    return refuse(kind, value, fallback, `a value that could not be read (${errorMessage(error).slice(0, 80)})`);
  }
}

