/**
 * The run-time validator for clinic overrides of `<candidacy-quiz>`. Loaded with a dynamic
 * `import()` only when a page sets an override, so zod is never downloaded otherwise.
 * Question and option ids are checked against the bundled quiz (the same in every language).
 */
import en from '../../content/en/quiz.json';
import { validatorFor } from '../content/validate.js';
import { quizOverrideSchemaFor, type QuizContent, type QuizOverride } from '../content/schemas/quiz.js';
import type { OverrideValidator } from '../content/override.js';

export const validateQuizOverride: OverrideValidator<QuizOverride> = validatorFor(quizOverrideSchemaFor(en as QuizContent));
