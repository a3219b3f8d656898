/**
 * The FAQ's bundled content, and applying a clinic override to it. The merge is pure and builds
 * new objects: no deep merge, and id lookups go through Map/Set so ids such as "constructor"
 * never reach inherited members (THREAT-MODEL C4).
 */
import en from '../../content/en/faq.json';
import { BundledContent } from '../content/bundled.js';
import type { FaqContent, FaqDocument, FaqDocumentCategory, FaqOverride, FaqUi } from '../content/schemas/faq.js';
import type { Validation } from '../content/override.js';

/** English in the main chunk, Spanish loaded on first use. */
export const faqContent = new BundledContent<FaqDocument>(en as FaqContent, () => import('../../content/es/faq.json'));

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
