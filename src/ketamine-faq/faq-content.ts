/// <reference path="./faq-parts.d.ts" />
/**
 * The FAQ's bundled content, and applying a clinic override to it. The merge is pure and builds
 * new objects: no deep merge, and id lookups go through Map/Set so ids such as "constructor"
 * never reach inherited members (THREAT-MODEL C4).
 */
import en from '../../content/en/faq.json?questions';
import { BundledContent } from '../content/bundled.js';
import type { Lang } from '../content/lang.js';
import type { FaqContent, FaqDocument, FaqDocumentCategory, FaqOverride, FaqUi } from '../content/schemas/faq.js';
import type { Validation } from '../content/override.js';
import { LazyModule } from '../shared/lazy-module.js';
import type { renderCitations } from '../shared/citations.js';
import { installCitations } from './faq-citations.js';

/**
 * The questions: English in the main chunk, Spanish loaded on first use. In the browser build a
 * bundled item has no `answer` or `sources` until `withAnswers` fills them in (see `faqAnswers`);
 * the server build's questions carry their answers (scripts/faq-split.js).
 */
export const faqContent = new BundledContent<FaqDocument>(en as FaqContent, () => import('../../content/es/faq.json?questions'));

/** The answers of one language's bundled questions, by question id. */
export type FaqAnswers = Readonly<Record<string, { answer: string; sources: string[] }>>;

// The Spanish-first build swaps every en/es content import (scripts/build.js), so which file each
// import holds is told by the questions' own language: the first is the primary language's answers.
const primaryLang: Lang = (en as { lang?: unknown }).lang === 'es' ? 'es' : 'en';
// Each answers module also re-exports the source lists' renderer (scripts/faq-split.js).
const withCitations = (answers: Promise<{ default: { answers: FaqAnswers }; renderCitations: typeof renderCitations }>): Promise<FaqAnswers> =>
  answers.then((module) => {
    installCitations(module.renderCitations);
    return module.default.answers;
  });
const primaryAnswers = new LazyModule(() => withCitations(import('../../content/en/faq.json?answers')));
const otherAnswers = new LazyModule(() => withCitations(import('../../content/es/faq.json?answers')));

/**
 * The answers to the bundled questions in `lang`: a lazy chunk (issue 18, bytes), so the first
 * load holds only the questions the first frame shows. The element starts loading it when it
 * connects, in parallel with its first render. The source lists' renderer (and every source)
 * comes with them (faq-citations.ts).
 */
export function faqAnswers(lang: Lang): LazyModule<FaqAnswers> {
  return lang === primaryLang ? primaryAnswers : otherAnswers;
}

/**
 * The document with every bundled question's answer and sources: from `answers`, or, while they
 * load (null), an empty answer; `unavailable` (the content's own words) when they failed to load.
 * Clinic questions carry their own answers and are left as they are. Returns `content` itself
 * when nothing is missing (the server build, or a document already filled).
 */
export function withAnswers(content: FaqDocument, answers: FaqAnswers | null, unavailable: string): FaqDocument {
  const missing = (item: { answer?: string }) => typeof item.answer !== 'string';
  if (!content.categories.some((category) => category.items.some(missing))) return content;
  const byId = answers ? new Map(Object.entries(answers)) : null;
  return {
    ...content,
    categories: content.categories.map((category) => ({
      ...category,
      items: category.items.map((item) => {
        if (!missing(item)) return item;
        const found = byId?.get(item.id);
        return { ...item, answer: found?.answer ?? (byId ? unavailable : ''), sources: found?.sources ?? [] };
      }),
    })),
  };
}

const UI_KEYS: readonly (keyof FaqUi)[] = [
  'regionLabel',
  'searchLabel',
  'searchHint',
  'clearSearch',
  'expandAll',
  'collapseAll',
  'matchesOne',
  'matchesOther',
  'noMatches',
  'answerUnavailable',
];

/** Every question id in the content. */
export function itemIds(content: Pick<FaqDocument, 'categories'>): Set<string> {
  return new Set(content.categories.flatMap((category) => category.items.map((item) => item.id)));
}

/**
 * A clinic question whose id is already a bundled question is refused, naming its path:
 * two questions with one id would share a deep link and an element id.
 */
export function findIdClash(override: FaqOverride, bundledIds: ReadonlySet<string>): Validation<never> | null {
  const categories = override.categories ?? [];
  for (let categoryIndex = 0; categoryIndex < categories.length; categoryIndex++) {
    const items = categories[categoryIndex].items ?? [];
    for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
      const id = items[itemIndex].id;
      if (bundledIds.has(id)) {
        return {
          ok: false,
          path: `categories[${categoryIndex}].items[${itemIndex}].id`,
          message: `"${id}" is already a bundled question; give the clinic question its own id (and hide the bundled one to replace it)`,
        };
      }
    }
  }
  return null;
}

/** Bundled content with clinic questions appended, titles and UI strings replaced, and hidden ids removed. */
export function mergeFaqOverride(bundled: FaqContent | FaqDocument, override: FaqOverride): FaqDocument {
  const hidden = new Set(override.hide ?? []);
  const bundledIds = itemIds(bundled);
  const extras = new Map((override.categories ?? []).map((category) => [category.id, category]));

  const ui: FaqUi = { ...bundled.ui };
  if (override.ui) {
    for (const key of UI_KEYS) {
      const value = override.ui[key];
      if (typeof value === 'string') ui[key] = value;
    }
  }

  const categories = bundled.categories.map((category): FaqDocumentCategory => {
    const extra = extras.get(category.id);
    const clinicItems = (extra?.items ?? []).filter((item) => !bundledIds.has(item.id));
    return {
      id: category.id,
      title: extra?.title ?? category.title,
      items: [...category.items, ...clinicItems].filter((item) => !hidden.has(item.id)),
    };
  });

  return { version: bundled.version, reviewed: bundled.reviewed, lang: bundled.lang, ui, categories };
}
