/**
 * The one path every clinic override takes (THREAT-MODEL rule 2): a size cap before parsing,
 * `JSON.parse` in a `try`, a copy into prototype-free objects, then a zod schema. This module
 * has no zod in it so that elements can import it without paying for the validator; the
 * validator is loaded only when an override is actually present.
 */
/** Where a value came from: an override channel, an attribute, or the page-level config (`page-config`, issue 17.2). */
export type OverrideSource = 'property' | 'script' | 'src' | 'attribute' | 'page-config';

/** A mistake that does not stop an override: reported with its path, and the rest applies. */
export interface OverrideProblem {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T; problems?: readonly OverrideProblem[] } | { ok: false; path: string; message: string };
export type OverrideValidator<T> = (data: unknown) => Validation<T>;

/** Detail of the `content-error` event. */
export interface ContentErrorDetail {
  element: string;
  source: OverrideSource;
  path: string;
  message: string;
}

export const MAX_OVERRIDE_BYTES = 256 * 1024;
const MAX_DEPTH = 32;
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Copies plain JSON-like data into objects with a null prototype, keeping own keys only.
 * Nothing inherited from a polluted `Object.prototype` can then be read as data, and an own
 * `__proto__` key stays an inert data property (THREAT-MODEL C4). Depth is bounded (C6).
 */
export function toPlainData(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new RangeError(`nested more than ${MAX_DEPTH} levels deep`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) copy.push(toPlainData(value[index], depth + 1));
    return copy;
  }
  if (typeof value === 'object') {
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, {
        value: toPlainData((value as Record<string, unknown>)[key], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  if (value === undefined) return undefined;
  throw new TypeError(`unsupported value of type ${typeof value}`);
}

/** Size-capped, exception-free JSON parsing into prototype-free data. */
export function parseOverrideJson(raw: string): Validation<unknown> {
  if (raw.length > MAX_OVERRIDE_BYTES) {
    return { ok: false, path: '', message: `larger than ${MAX_OVERRIDE_BYTES / 1024} KB` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, path: '', message: `invalid JSON: ${(error as Error).message}` };
  }
  return plainDataResult(parsed);
}

export function plainDataResult(value: unknown): Validation<unknown> {
  try {
    return { ok: true, value: toPlainData(value) };
  } catch (error) {
    return { ok: false, path: '', message: errorMessage(error) };
  }
}

/**
 * The message of anything thrown. A getter on a clinic's object may throw anything (`null`, an
 * object whose own `message` getter throws), and reading it must not throw again.
 */
export function errorMessage(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error).slice(0, 200);
  } catch {
    return 'a value that could not be read';
  }
}

/**
 * Ids an override names that mean nothing here (a hidden question, a side effect, a source that
 * does not exist): each is reported at its path, e.g. `hide[1]: unknown question id "nope"; ignored`,
 * and the rest of the override still applies (issue 15.5).
 */
export function unknownIdProblems(ids: readonly string[] | undefined, known: ReadonlySet<string>, path: string, what: string): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  ids?.forEach((id, index) => {
    if (!known.has(id)) problems.push({ path: `${path}[${index}]`, message: `unknown ${what} id "${id.slice(0, 64)}"; ignored` });
  });
  return problems;
}

/** `['items', 2, 'answer']` → `items[2].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The console line for a failed override: element, source, JSON path and problem. */
export function formatContentError(detail: ContentErrorDetail): string {
  if (detail.source === 'page-config') return `[${detail.element}] page-config ${detail.path || '(whole)'}: ${detail.message}`;
  const what = detail.source === 'attribute' ? detail.path : `content (${detail.source})`;
  const where = detail.source !== 'attribute' && detail.path ? `${detail.path}: ` : '';
  return `[${detail.element}] ${what}: ${where}${detail.message}`;
}

/**
 * The message for an override that could not be checked at all. zod, which validates overrides,
 * cannot run on a page where a script added enumerable properties to Object.prototype
 * (THREAT-MODEL E6): the element then shows its bundled content, and this says why.
 */
export function explainOverrideFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const added = Object.keys(Object.prototype);
  if (!added.length) return message;
  return `refused: another script on this page added ${added.map((key) => `"${key}"`).join(', ')} to Object.prototype, and the override validator cannot run there (${message})`;
}
