/**
 * The FAQ content (`content/<lang>/faq.json`) and the clinic override for `<ketamine-faq>`.
 * Every patient-facing word of the element lives here, UI strings included, so Spanish and
 * clinic wording reach all of it.
 */
import * as z from 'zod/mini';
import { defineKind } from '../kind.js';
import { FAQ_CATEGORY_IDS } from '../vocabulary/faq.js';
import { documentHeader, hideList, id, label, sourceIds, text, uniqueById, version } from './primitives.js';

export { FAQ_CATEGORY_IDS };

export const faqCategoryId = z.enum(FAQ_CATEGORY_IDS, 'must be one of: basics, forms, conditions, sessions, schedule, safety, cost, providers');

const question = () => text(300);
/** An answer; a blank line starts a new paragraph. */
const answer = () => text(3000);

/** One bundled question: every answer makes claims, so every one names its sources. */
export const faqItemSchema = z.strictObject({
  id: id(),
  question: question(),
  answer: answer(),
  sources: sourceIds(),
});

/** A clinic's own question (parking, payment plans…) may have no source from our list. */
export const faqClinicItemSchema = z.strictObject({
  id: id(),
  question: question(),
  answer: answer(),
  sources: z.optional(sourceIds()),
});

export const faqUiSchema = z.strictObject({
  /** Accessible name of the whole FAQ region. */
  regionLabel: label(),
  searchLabel: label(),
  searchHint: text(300),
  clearSearch: label(),
  expandAll: label(),
  collapseAll: label(),
  /** Live-region message for exactly one match. */
  matchesOne: label(),
  /** Live-region message for several matches; `{count}` is filled in. */
  matchesOther: label(),
  /** Shown and announced when nothing matches; `{query}` is filled in. */
  noMatches: text(300),
  /** Shown in an answer's place when the answers could not be loaded (a blocked or failed chunk). */
  answerUnavailable: text(300),
});

export const faqCategorySchema = z.strictObject({
  id: faqCategoryId,
  title: label(),
  items: uniqueById(faqItemSchema).check(z.minLength(1, 'a category needs at least one question')),
});

/** Reports a question id used twice anywhere in the document, at its own path. */
function uniqueItemIdsAcrossCategories(
  categories: readonly { items?: readonly { id: string }[] }[],
  ctx: z.core.$RefinementCtx<unknown>,
  key: 'categories',
): void {
  const seen = new Set<string>();
  categories.forEach((category, categoryIndex) => {
    (category.items ?? []).forEach((item, itemIndex) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [key, categoryIndex, 'items', itemIndex, 'id'], input: item.id });
      }
      seen.add(item.id);
    });
  });
}

export const faqContentSchema = z
  .strictObject({
    ...documentHeader(),
    ui: faqUiSchema,
    categories: uniqueById(faqCategorySchema, FAQ_CATEGORY_IDS.length).check(z.minLength(1)),
  })
  .check(z.superRefine((content, ctx) => uniqueItemIdsAcrossCategories(content.categories, ctx, 'categories')));

export type FaqCategoryId = (typeof FAQ_CATEGORY_IDS)[number];
export type FaqItem = z.infer<typeof faqItemSchema>;
export type FaqClinicItem = z.infer<typeof faqClinicItemSchema>;
export type FaqUi = z.infer<typeof faqUiSchema>;
export type FaqCategory = z.infer<typeof faqCategorySchema>;
export type FaqContent = z.infer<typeof faqContentSchema>;
/** What the element renders: bundled items plus clinic items, whose sources are optional. */
export type FaqEntry = FaqItem | FaqClinicItem;

/**
 * A clinic override: the partial shape of the content file. Questions in `categories[].items`
 * are appended to that category, `title` renames it, `hide` removes questions by id, and `ui`
 * replaces individual UI strings.
 */
export const faqOverrideSchema = z
  .strictObject({
    version: version(),
    ui: z.optional(z.partial(faqUiSchema)),
    categories: z.optional(
      uniqueById(
        z.strictObject({
          id: faqCategoryId,
          title: z.optional(label()),
          items: z.optional(uniqueById(faqClinicItemSchema, 50)),
        }),
        FAQ_CATEGORY_IDS.length,
      ),
    ),
    hide: z.optional(hideList()),
  })
  .check(z.superRefine((override, ctx) => uniqueItemIdsAcrossCategories(override.categories ?? [], ctx, 'categories')));

export type FaqOverride = z.infer<typeof faqOverrideSchema>;

export const faqKind = defineKind({
  name: 'faq',
  file: 'faq.json',
  schema: faqContentSchema,
  readable: (content) =>
    content.categories.flatMap((category) => category.items.map((item) => ({ id: item.id, text: `${item.question} ${item.answer}` }))),
});

/** A category as the element renders it: bundled questions plus any clinic questions. */
export interface FaqDocumentCategory {
  id: FaqCategoryId;
  title: string;
  items: readonly FaqEntry[];
}

/** The content the element works with: bundled content with a clinic override applied. */
export type FaqDocument = Omit<FaqContent, 'categories'> & { categories: readonly FaqDocumentCategory[] };
