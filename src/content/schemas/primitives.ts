/**
 * Building blocks shared by every content schema. Every string and array is bounded so an
 * override can never make the browser do unbounded work (THREAT-MODEL C6); ids are restricted
 * to a slug alphabet because they become element ids, deep links and event payloads (C5).
 */
import * as z from 'zod/mini';

export const MAX_TEXT = 5000;
export const MAX_ITEMS = 200;

/** A stable slug id: lowercase letters, digits and dashes, starting with a letter. */
export const id = () =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(64, 'must be at most 64 characters'),
    z.regex(/^[a-z][a-z0-9-]*$/, 'must be a slug: lowercase letters, digits and dashes, starting with a letter'),
  );

/** Patient-facing text: never empty, never huge. Rendered as text, never as HTML. */
export const text = (max = MAX_TEXT) =>
  z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** A short label such as a button caption or heading. */
export const label = () => text(200);

/** ISO date (YYYY-MM-DD) on which a person last reviewed the content. */
export const isoDate = () =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
    z.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real calendar date'),
  );

/** Source ids backing a claim; each must resolve in content/sources.json (checked at build time). */
export const sourceIds = () => z.array(id()).check(z.minLength(1, 'every claim needs at least one source id'), z.maxLength(12));

/** An array whose items carry unique `id`s; a duplicate is reported at its own path. */
export function uniqueById<T extends z.ZodMiniType<{ id: string }>>(item: T, max = MAX_ITEMS) {
  return z.array(item).check(
    z.maxLength(max, `must have at most ${max} items`),
    z.superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({ code: 'custom', message: `duplicate id "${entry.id}"`, path: [index, 'id'], input: entry.id });
        }
        seen.add(entry.id);
      });
    }),
  );
}

/** A list of ids to hide, as clinic overrides use. */
export const hideList = () => z.array(id()).check(z.maxLength(MAX_ITEMS));

/** The schema version every content file and override may state; unknown versions are refused (C9). */
export const version = () => z.optional(z.literal(1, 'unsupported content version: this library reads version 1'));

/**
 * The fields every bundled content file starts with: an optional schema `version`, the date a
 * person last `reviewed` it (the content check refuses files older than 12 months), and its `lang`.
 * Spread into each file's `z.strictObject`.
 */
export const documentHeader = () => ({
  version: version(),
  reviewed: isoDate(),
  lang: z.enum(['en', 'es']),
});
