import * as z from 'zod/mini';
import { MAX_ITEMS, id, isoDate, label, text } from './primitives.js';

export const sourceSchema = z.strictObject({
  id: id(),
  title: text(400),
  publisher: label(),
  year: z.number().check(z.int(), z.gte(1900), z.lte(2100)),
  url: z.url({ protocol: /^https?$/ }),
});

export const sourcesFileSchema = z.strictObject({
  reviewed: isoDate(),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
