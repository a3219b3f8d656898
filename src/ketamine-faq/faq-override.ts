/**
 * The validator for `<ketamine-faq>` clinic overrides. Imported lazily by the element, so zod is
 * downloaded only on pages that use an override.
 */
import bundledEnglish from '../../content/en/faq.json';
import { faqOverrideSchema, type FaqContent, type FaqOverride } from '../content/schemas/faq.js';
import { validatorFor } from '../content/validate.js';
import type { OverrideValidator } from '../content/override.js';
import { findIdClash, itemIds } from './faq-content.js';

const validateShape = validatorFor(faqOverrideSchema);
// Question ids are the same in every language (content:check enforces it), so English suffices.
const BUNDLED_IDS = itemIds(bundledEnglish as FaqContent);

export const validateFaqOverride: OverrideValidator<FaqOverride> = (data) => {
  const result = validateShape(data);
  if (!result.ok) return result;
  return findIdClash(result.value, BUNDLED_IDS) ?? result;
};
