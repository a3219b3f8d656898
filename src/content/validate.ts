/**
 * Run-time validation of clinic overrides. This module (and zod with it) is imported lazily by
 * each element's override validator, so pages without an override never download it.
 */
import type * as z from 'zod/mini';
import sourcesFile from '../../content/sources.json';
import './zod-setup.js';
import { formatPath, toPlainData, unknownIdProblems, type OverrideProblem, type OverrideValidator } from './override.js';

const SOURCE_IDS: ReadonlySet<string> = new Set(sourcesFile.sources.map((source) => source.id));

/**
 * Wraps a schema into a validator returning the first problem with its JSON path. Source ids
 * anywhere in the override (every `sources` list) must exist in content/sources.json; an unknown
 * one is reported at its path and skipped, and the rest of the override applies.
 */
export function validatorFor<T>(schema: z.ZodMiniType<T>): OverrideValidator<T> {
  return (data) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      return { ok: false, path: formatPath(issue.path), message: issue.message };
    }
    const value = toPlainData(result.data) as T;
    const problems = unknownSources(value, '');
    return problems.length ? { ok: true, value, problems } : { ok: true, value };
  };
}

/** Unknown ids in every `sources` array of validated override data, with their paths. */
function unknownSources(value: unknown, path: string): OverrideProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unknownSources(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const child = (value as Record<string, unknown>)[key];
    const childPath = path ? `${path}.${key}` : key;
    if (key === 'sources' && Array.isArray(child)) {
      return unknownIdProblems(child.filter((id): id is string => typeof id === 'string'), SOURCE_IDS, childPath, 'source');
    }
    return unknownSources(child, childPath);
  });
}
