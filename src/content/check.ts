/**
 * The bundled-content audit behind `npm run content:check`, the build plugin and the content
 * test. Pure: it receives parsed JSON and a date, and returns what is wrong.
 */
import './zod-setup.js';
import { CONTENT_KINDS } from './kinds.js';
import { readingGrade, type ReadabilityLang } from './readability.js';
import { sourcesFileSchema } from './schemas/sources.js';
import { formatPath } from './override.js';

export const LANGS: readonly ReadabilityLang[] = ['en', 'es'];
export const MAX_GRADE = 9;
export const TARGET_GRADE = 8;
export const STALE_MONTHS = 12;
export const WARN_MONTHS = 11;
/** Passages shorter than this are labels, where a grade means nothing. */
const MIN_WORDS_TO_SCORE = 12;

export interface ContentFiles {
  sources: unknown;
  /** files[lang][fileName] = parsed JSON, or undefined when missing. */
  files: Record<string, Record<string, unknown>>;
  /** The text of content/REVIEW.md (the human review record), or undefined when missing. */
  review: string | undefined;
}

export const REVIEW_FILE = 'content/REVIEW.md';

export interface GradeRow {
  file: string;
  id: string;
  lang: ReadabilityLang;
  grade: number;
  words: number;
}

export interface CheckReport {
  errors: string[];
  warnings: string[];
  grades: GradeRow[];
}

export function checkContent(input: ContentFiles, today: Date): CheckReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const grades: GradeRow[] = [];

  const sources = sourcesFileSchema.safeParse(input.sources);
  const sourceIds = new Set<string>();
  /** Source id → the items citing it, as `file:item` keys (see `citingItems`). */
  const citations = new Map<string, Set<string>>();
  if (!sources.success) {
    for (const issue of sources.error.issues) errors.push(`content/sources.json: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  } else {
    for (const [index, source] of sources.data.sources.entries()) {
      if (sourceIds.has(source.id)) errors.push(`content/sources.json: sources[${index}].id: duplicate id "${source.id}"`);
      sourceIds.add(source.id);
    }
    checkReviewed('content/sources.json', sources.data.reviewed, today, errors, warnings);
  }

  for (const kind of CONTENT_KINDS) {
    const idsByLang = new Map<string, string[]>();
    for (const lang of LANGS) {
      const fileLabel = `content/${lang}/${kind.file}`;
      const data = input.files[lang]?.[kind.file];
      if (data === undefined) {
        errors.push(`${fileLabel}: missing`);
        continue;
      }
      const parsed = kind.schema.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 20)) {
          errors.push(`${fileLabel}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
        }
        continue;
      }
      const content = parsed.data as { reviewed: string; lang?: string };
      if (content.lang !== undefined && content.lang !== lang) errors.push(`${fileLabel}: lang: is "${content.lang}", expected "${lang}"`);
      checkReviewed(fileLabel, content.reviewed, today, errors, warnings);
      for (const ref of collectSourceRefs(content)) {
        if (sources.success && !sourceIds.has(ref.id)) errors.push(`${fileLabel}: ${ref.path}: unknown source id "${ref.id}"`);
      }
      for (const { source, item } of citingItems(content, kind.file.replace(/\.json$/, ''))) {
        if (!citations.has(source)) citations.set(source, new Set());
        citations.get(source)!.add(item);
      }
      idsByLang.set(lang, collectIds(content));
      for (const item of kind.readable(parsed.data)) {
        const words = item.text.split(/\s+/).filter(Boolean).length;
        if (words < MIN_WORDS_TO_SCORE) continue;
        const grade = readingGrade(item.text, lang);
        grades.push({ file: fileLabel, id: item.id, lang, grade, words });
        if (grade > MAX_GRADE) errors.push(`${fileLabel}: ${item.id}: reading grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
      }
    }
    const en = idsByLang.get('en');
    const es = idsByLang.get('es');
    if (en && es) {
      const esSet = new Set(es);
      const enSet = new Set(en);
      const missing = en.filter((id) => !esSet.has(id));
      const extra = es.filter((id) => !enSet.has(id));
      if (missing.length) errors.push(`content/es/${kind.file}: missing ids present in English: ${missing.join(', ')}`);
      if (extra.length) errors.push(`content/es/${kind.file}: ids not present in English: ${extra.join(', ')}`);
    }
  }

  checkReviewRecord(input.review, citations, sources.success ? sourceIds : null, today, errors, warnings);

  grades.sort((a, b) => b.grade - a.grade);
  return { errors, warnings, grades };
}

/** One `## <source-id>` section of content/REVIEW.md. */
export interface ReviewEntry {
  /** The ISO date on the section's `Opened:` line, or null when there is none. */
  opened: string | null;
  /** The `file:item` keys listed as `` - `faq:off-label` `` lines. */
  items: Set<string>;
}

/**
 * Reads content/REVIEW.md: each `## <source-id>` heading starts a source's section; in it an
 * `Opened: YYYY-MM-DD` line says when the source was checked, and each line starting with
 * `` - `file:item` `` names an item the section backs with a passage. Everything else is prose.
 */
export function parseReviewRecord(markdown: string): Map<string, ReviewEntry> {
  const entries = new Map<string, ReviewEntry>();
  let current: ReviewEntry | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+([a-z][a-z0-9-]*)\s*$/.exec(line);
    if (heading) {
      current = { opened: null, items: new Set() };
      entries.set(heading[1], current);
      continue;
    }
    if (/^#{1,2}\s/.test(line)) {
      current = null; // any other level-1/2 heading ends a source section
      continue;
    }
    if (!current) continue;
    const opened = /^Opened:\s*(\d{4}-\d{2}-\d{2})\b/.exec(line);
    if (opened && current.opened === null) current.opened = opened[1];
    const item = /^\s*[-*]\s+`([a-z][a-z0-9-]*:[^`\s]+)`/.exec(line);
    if (item) current.items.add(item[1]);
  }
  return entries;
}

/**
 * A machine cannot tell whether a source backs a claim, so a person keeps REVIEW.md. This checks
 * that the record is there and complete: every cited source has a section with the date it was
 * opened (errors), and each section lists exactly the items that cite it (warnings, so a new
 * citation shows up here until someone writes its passage).
 */
function checkReviewRecord(
  markdown: string | undefined,
  citations: ReadonlyMap<string, ReadonlySet<string>>,
  sourceIds: ReadonlySet<string> | null,
  today: Date,
  errors: string[],
  warnings: string[],
): void {
  if (markdown === undefined) {
    errors.push(`${REVIEW_FILE}: missing; it records, for each cited source, when it was opened and the passage behind each citing item`);
    return;
  }
  const entries = parseReviewRecord(markdown);
  for (const [source, items] of [...citations].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = entries.get(source);
    if (!entry) {
      errors.push(`${REVIEW_FILE}: no "## ${source}" section for cited source "${source}" (cited by ${[...items].sort().join(', ')})`);
      continue;
    }
    for (const item of [...items].sort()) {
      if (!entry.items.has(item)) warnings.push(`${REVIEW_FILE}: ## ${source}: no passage listed for \`${item}\`, which cites it`);
    }
    for (const item of [...entry.items].sort()) {
      if (!items.has(item)) warnings.push(`${REVIEW_FILE}: ## ${source}: lists \`${item}\`, which no longer cites it`);
    }
  }
  for (const [source, entry] of entries) {
    if (sourceIds && !sourceIds.has(source)) errors.push(`${REVIEW_FILE}: ## ${source}: no such id in content/sources.json`);
    if (entry.opened === null) errors.push(`${REVIEW_FILE}: ## ${source}: needs an "Opened: YYYY-MM-DD" line`);
    else if (Number.isNaN(Date.parse(`${entry.opened}T00:00:00Z`))) errors.push(`${REVIEW_FILE}: ## ${source}: Opened: ${entry.opened} is not a real date`);
    else if (monthsSince(entry.opened, today) < 0) errors.push(`${REVIEW_FILE}: ## ${source}: Opened: ${entry.opened} is in the future`);
  }
}

/**
 * Every (source, item) citation in a document. An item is named `file:<id>` after the nearest
 * object with an `id`, plus the keys below it (`cost:iv.price`), or by its key path when no
 * object above it has an id (`side-effects:labels.timing.during`).
 */
export function citingItems(value: unknown, file: string): { source: string; item: string }[] {
  const found: { source: string; item: string }[] = [];
  const walk = (node: unknown, path: string[], nearest: string[] | null): void => {
    if (Array.isArray(node)) {
      for (const entry of node) walk(entry, path, nearest);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const here = typeof (node as { id?: unknown }).id === 'string' ? [(node as { id: string }).id] : nearest;
    for (const [key, entry] of Object.entries(node)) {
      if (key === 'sources' && Array.isArray(entry)) {
        const item = `${file}:${(here ?? path).join('.') || '(root)'}`;
        for (const source of entry) found.push({ source: String(source), item });
      } else if (key !== 'id') {
        walk(entry, [...path, key], here ? [...here, key] : null);
      }
    }
  };
  walk(value, [], null);
  return found;
}

/** Months between the review date and today, fractional. */
export function monthsSince(iso: string, today: Date): number {
  const reviewed = new Date(`${iso}T00:00:00Z`);
  const months = (today.getUTCFullYear() - reviewed.getUTCFullYear()) * 12 + (today.getUTCMonth() - reviewed.getUTCMonth());
  const dayFraction = (today.getUTCDate() - reviewed.getUTCDate()) / 31;
  return months + dayFraction;
}

function checkReviewed(file: string, iso: string, today: Date, errors: string[], warnings: string[]): void {
  const months = monthsSince(iso, today);
  if (months < 0) errors.push(`${file}: reviewed: ${iso} is in the future`);
  else if (months > STALE_MONTHS) errors.push(`${file}: reviewed: ${iso} is more than ${STALE_MONTHS} months old; review the content and update the date`);
  else if (months >= WARN_MONTHS) warnings.push(`${file}: reviewed: ${iso} is ${Math.floor(months)} months old; review due within a month`);
}

/** Every `sources: [...]` array in a validated (trusted, bundled) document, with its path. */
function collectSourceRefs(value: unknown, path: (string | number)[] = []): { path: string; id: string }[] {
  const refs: { path: string; id: string }[] = [];
  if (Array.isArray(value)) {
    value.forEach((entry, index) => refs.push(...collectSourceRefs(entry, [...path, index])));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(entry)) {
        entry.forEach((id, index) => refs.push({ path: formatPath([...path, key, index]), id: String(id) }));
      } else {
        refs.push(...collectSourceRefs(entry, [...path, key]));
      }
    }
  }
  return refs;
}

/** Every `id` in a document, qualified by its path without indices, for en/es parity. */
function collectIds(value: unknown, path: string[] = []): string[] {
  const ids: string[] = [];
  if (Array.isArray(value)) {
    for (const entry of value) ids.push(...collectIds(entry, path));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'id' && typeof entry === 'string') ids.push([...path, entry].join('/'));
      else if (key !== 'sources') ids.push(...collectIds(entry, [...path, key]));
    }
  }
  return ids;
}

/** The worst ten passages as a Markdown-style table for the console. */
export function gradeTable(rows: readonly GradeRow[], limit = 10): string {
  const lines = ['| grade | lang | file | id | words |', '|---:|---|---|---|---:|'];
  for (const row of rows.slice(0, limit)) {
    lines.push(`| ${row.grade.toFixed(1)} | ${row.lang} | ${row.file} | ${row.id} | ${row.words} |`);
  }
  return lines.join('\n');
}
