import sourcesFile from '../../content/sources.json';
import type { Source } from '../content/schemas/sources.js';
import { safeLinkUrl } from './safe-url.js';

/** Bundled sources by id (a Map, so ids like "constructor" never hit inherited members). */
export const SOURCES: ReadonlyMap<string, Source> = new Map((sourcesFile.sources as Source[]).map((source) => [source.id, source]));

/** The source for an id, with its URL re-checked; undefined when unknown. */
export function findSource(id: string): Source | undefined {
  const source = SOURCES.get(id);
  if (!source || !safeLinkUrl(source.url, ['https:', 'http:'])) return undefined;
  return source;
}
