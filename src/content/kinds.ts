/**
 * Every kind of bundled content the library ships. `npm run content:check`, the build-time
 * validation plugin and the content tests all iterate this list. Each element's issue adds its kind.
 */
import type { ContentKind } from './kind.js';
import { commonKind } from './schemas/common.js';
import { costKind } from './schemas/cost.js';
import { faqKind } from './schemas/faq.js';
import { quizKind } from './schemas/quiz.js';
import { sideEffectsKind } from './schemas/side-effects.js';

export const CONTENT_KINDS: readonly ContentKind<any>[] = [commonKind, costKind, faqKind, quizKind, sideEffectsKind];
