/// <reference path="./faq-parts.d.ts" />
/**
 * The validator for `<ketamine-faq>` clinic overrides. Imported lazily by the element, so zod is
 * downloaded only on pages that use an override.
 */
import bundledEnglish from '../../content/en/faq.json?questions';
import { faqOverrideSchema, type FaqContent, type FaqOverride } from '../content/schemas/faq.js';
import { validatorFor } from '../content/validate.js';
import { unknownIdProblems, type OverrideValidator } from '../content/override.js';
import { findIdClash, itemIds } from './faq-content.js';

const validateShape = validatorFor(faqOverrideSchema);
// Question ids are the same in every language (content:check enforces it), so English suffices.
const BUNDLED_IDS = itemIds(bundledEnglish as FaqContent);

export const validateFaqOverride: OverrideValidator<FaqOverride> = (data) => {
  const result = validateShape(data);
  if (!result.ok) return result;
  const clash = findIdClash(result.value, BUNDLED_IDS);
  if (clash) return clash;
  // `hide` may name a bundled question or one the override itself adds.
  const clinicIds = (result.value.categories ?? []).flatMap((category) => (category.items ?? []).map((item) => item.id));
  const known = new Set([...BUNDLED_IDS, ...clinicIds]);
  const problems = [...(result.problems ?? []), ...unknownIdProblems(result.value.hide, known, 'hide', 'question')];
  return problems.length ? { ...result, problems } : result;
};
