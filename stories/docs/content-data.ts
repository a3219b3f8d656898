/**
 * Data for the Content page, read from `content/` at build time so the page cannot drift:
 * every bundled file with its review date, and every source with the files that cite it.
 */
import sourcesFile from '../../content/sources.json';

export interface ContentFileRow {
  lang: string;
  file: string;
  reviewed: string;
  /** The date the content must be re-reviewed by (12 months after `reviewed`). */
  due: string;
  status: 'current' | 'due soon' | 'overdue';
  citations: number;
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string;
  citedIn: string[];
  citations: number;
}

const files = import.meta.glob<Record<string, unknown>>('../../content/*/*.json', { eager: true, import: 'default' });

/** Every string inside a `sources` array, anywhere in a content file. */
function citedIds(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) citedIds(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) found.push(...child.filter((id): id is string => typeof id === 'string'));
      else citedIds(child, found);
    }
  }
  return found;
}

function addMonths(iso: string, months: number): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}

const today = new Date();

export const contentFiles: ContentFileRow[] = Object.entries(files)
  .map(([path, content]) => {
    const [, lang, file] = /content\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    const reviewed = String(content.reviewed ?? '');
    const due = addMonths(reviewed, 12);
    const warnFrom = addMonths(reviewed, 11);
    const status: ContentFileRow['status'] = today >= due ? 'overdue' : today >= warnFrom ? 'due soon' : 'current';
    return { lang, file, reviewed, due: due.toISOString().slice(0, 10), status, citations: citedIds(content).length };
  })
  .sort((a, b) => a.file.localeCompare(b.file) || a.lang.localeCompare(b.lang));

const citing = new Map<string, { files: Set<string>; count: number }>();
for (const [path, content] of Object.entries(files)) {
  const name = path.replace('../../content/', '');
  for (const id of citedIds(content)) {
    const entry = citing.get(id) ?? { files: new Set<string>(), count: 0 };
    entry.files.add(name);
    entry.count += 1;
    citing.set(id, entry);
  }
}

export const sourcesReviewed: string = sourcesFile.reviewed;

export const sources: SourceRow[] = sourcesFile.sources.map((source) => ({
  ...source,
  citedIn: [...(citing.get(source.id)?.files ?? [])].sort(),
  citations: citing.get(source.id)?.count ?? 0,
}));
