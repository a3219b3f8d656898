import * as z from 'zod/mini';
import { MAX_ITEMS, id, isoDate, label, text } from './primitives.js';

/**
 * A bare site root (`https://example.org/`), which patients cannot use to find the cited passage.
 * Only entries marked `kind: "site"` (a live site cited as a whole, e.g. the REMS site) may use one.
 */
export function isBareHomepage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && !parsed.search && !parsed.hash;
  } catch {
    return false;
  }
}

export const sourceSchema = z
  .strictObject({
    id: id(),
    title: text(400),
    publisher: label(),
    year: z.number().check(z.int(), z.gte(1900), z.lte(2100)),
    /** Publication date when known (ISO), e.g. an online-first date; `year` stays the citation year. */
    date: z.optional(isoDate()),
    /** `site`: a live site cited as a whole, the only kind allowed to link a bare homepage. Default: a single article or document. */
    kind: z.optional(z.enum(['article', 'site'])),
    url: z.url({ protocol: /^https?$/ }),
  })
  .check(
    z.superRefine((source, ctx) => {
      if (source.kind !== 'site' && isBareHomepage(source.url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          input: source.url,
          message: 'is a bare homepage: link the article itself, or mark the entry `kind: "site"` if the whole site is the source',
        });
      }
    }),
  );

export const sourcesFileSchema = z.strictObject({
  reviewed: isoDate(),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
