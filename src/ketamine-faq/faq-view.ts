/**
 * The FAQ view model: which categories and questions are shown, which match the search, and
 * the words patients read about it. Pure: no DOM, no element.
 */
import { FAQ_CATEGORY_IDS } from '../content/vocabulary/faq.js';
import type { FaqCategoryId, FaqDocument, FaqEntry, FaqUi } from '../content/schemas/faq.js';
import { pluralRules } from '../shared/intl.js';
import { fillTemplate } from '../shared/template.js';
import type { FaqPageEntry } from './faq-json-ld.js';
import { foldText, highlight, matchesAll, searchTerms, type FoldedText, type Segment } from './faq-search.js';

/** A question's element id is `faq-<content id>`; `#faq-<id>` links to it. */
export const ITEM_ID_PREFIX = 'faq-';

/** A question's text folded for searching. */
export interface FoldedItem {
  question: FoldedText;
  paragraphs: readonly FoldedText[];
}

/** A shown question; its text is folded for searching on first use, then kept. */
export interface IndexedItem {
  entry: FaqEntry;
  category: FaqCategoryId;
  paragraphs: readonly string[];
  folded(): FoldedItem;
}

export interface IndexedCategory {
  id: FaqCategoryId;
  title: string;
  items: readonly IndexedItem[];
}

export interface ViewItem {
  id: string;
  /** Whether the item passes the search (everything passes without a query). */
  visible: boolean;
  question: readonly Segment[];
  paragraphs: readonly (readonly Segment[])[];
  sources: readonly string[];
}

export interface ViewCategory {
  id: FaqCategoryId;
  title: string;
  items: readonly ViewItem[];
  visibleCount: number;
}

export interface FaqView {
  categories: readonly ViewCategory[];
  /** Whether a search query is in effect. */
  searching: boolean;
  visibleCount: number;
}

/**
 * `category="safety, cost"` → the known ids in the given order (null: all), the unknown words, and
 * the console message naming them (null when every word is known).
 */
export function parseCategoryList(value: string | null | undefined): { ids: FaqCategoryId[] | null; unknown: string[]; error: string | null } {
  const words = (value ?? '')
    .split(/[\s,]+/)
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (!words.length) return { ids: null, unknown: [], error: null };
  const ids: FaqCategoryId[] = [];
  const unknown: string[] = [];
  for (const word of words.slice(0, 20)) {
    const known = FAQ_CATEGORY_IDS.find((id) => id === word);
    if (!known) unknown.push(word);
    else if (!ids.includes(known)) ids.push(known);
  }
  const shown = ids.length ? `showing ${ids.join(', ')}` : 'showing all categories';
  const named = unknown.map((word) => `"${word.slice(0, 30)}"`).join(', ');
  const error = unknown.length ? `unknown ${unknown.length === 1 ? 'category' : 'categories'} ${named}; ${shown}` : null;
  return { ids: ids.length ? ids : null, unknown, error };
}

/** An answer's paragraphs: a blank line separates them. */
export function splitParagraphs(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * The categories to show, in the order asked for (or the content's order), each with its
 * questions folded for search. Empty categories are left out.
 */
export function indexCategories(content: FaqDocument, wanted: readonly FaqCategoryId[] | null): IndexedCategory[] {
  const byId = new Map(content.categories.map((category) => [category.id, category]));
  const order = wanted ?? content.categories.map((category) => category.id);
  const shown: IndexedCategory[] = [];
  for (const id of order) {
    const category = byId.get(id);
    if (!category || !category.items.length) continue;
    shown.push({
      id,
      title: category.title,
      items: category.items.map((entry) => {
        const paragraphs = splitParagraphs(entry.answer);
        // Folding every character costs more than the whole first render, and most readers never
        // search: it waits for the search box (prepareSearch) or the first query, then is kept.
        let folded: FoldedItem | undefined;
        const fold = () => (folded ??= { question: foldText(entry.question), paragraphs: paragraphs.map(foldText) });
        return { entry, category: id, paragraphs, folded: fold };
      }),
    });
  }
  return shown;
}

/** Folds every shown question for searching now (on focus of the search box, before the first keystroke). */
export function prepareSearch(categories: readonly IndexedCategory[]): void {
  for (const category of categories) for (const item of category.items) item.folded();
}

/** Applies a search query: which items are visible, and their text split into highlighted runs. */
export function filterFaq(categories: readonly IndexedCategory[], query: string | null | undefined): FaqView {
  const terms = searchTerms(query);
  let visibleCount = 0;
  const view = categories.map((category) => {
    let categoryCount = 0;
    const items = category.items.map((item): ViewItem => {
      const visible = !terms.length || matchesAll([item.folded().question, ...item.folded().paragraphs], terms);
      if (visible) categoryCount++;
      return {
        id: item.entry.id,
        visible,
        question: visible && terms.length ? highlight(item.entry.question, item.folded().question, terms) : [{ text: item.entry.question, match: false }],
        paragraphs: item.paragraphs.map((paragraph, index) =>
          visible && terms.length ? highlight(paragraph, item.folded().paragraphs[index], terms) : [{ text: paragraph, match: false }],
        ),
        sources: item.entry.sources ?? [],
      };
    });
    visibleCount += categoryCount;
    return { id: category.id, title: category.title, items, visibleCount: categoryCount };
  });
  return { categories: view, searching: terms.length > 0, visibleCount };
}

/** Every shown item, in order. */
export function shownItems(categories: readonly IndexedCategory[]): IndexedItem[] {
  return categories.flatMap((category) => category.items);
}

/** The shown questions as schema.org FAQPage entries: the answer's paragraphs joined by a blank line. */
export function faqPageEntries(categories: readonly IndexedCategory[]): FaqPageEntry[] {
  return shownItems(categories).map((item) => ({ id: item.entry.id, question: item.entry.question, answer: item.paragraphs.join('\n\n') }));
}

/** The ids of the questions the search leaves visible, in order. */
export function visibleIds(view: FaqView): string[] {
  return view.categories.flatMap((category) => category.items.filter((item) => item.visible).map((item) => item.id));
}

/** The match count shown under the search box: empty without a query. */
export function searchStatus(view: FaqView, ui: FaqUi, query: string, locale: string): string {
  return view.searching ? matchMessage(ui, view.visibleCount, query, locale) : '';
}

/** The live-region message for a search result, in the content's words. */
export function matchMessage(ui: FaqUi, count: number, query: string, locale: string): string {
  if (count === 0) return fillTemplate(ui.noMatches, { query: query.trim().slice(0, 80) });
  let plural = 'other';
  try {
    plural = pluralRules(locale).select(count);
  } catch {
    plural = count === 1 ? 'one' : 'other';
  }
  return fillTemplate(plural === 'one' ? ui.matchesOne : ui.matchesOther, { count });
}
