/**
 * Run-time validation of clinic overrides. This module (and zod with it) is imported lazily by
 * each element's override validator, so pages without an override never download it.
 */
import type * as z from 'zod/mini';
import './zod-setup.js';
import { formatPath, toPlainData, type OverrideValidator } from './override.js';

/** Wraps a schema into a validator returning the first problem with its JSON path. */
export function validatorFor<T>(schema: z.ZodMiniType<T>): OverrideValidator<T> {
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { ok: true, value: toPlainData(result.data) as T };
    const issue = result.error.issues[0];
    return { ok: false, path: formatPath(issue.path), message: issue.message };
  };
}
