/**
 * `import 'ketamine-widgets'` registers every element and exports their classes and the pure
 * logic modules (`estimateCost`, `evaluateCandidacy`). `import 'ketamine-widgets/<tag>.js'`
 * registers one element only.
 */
import './ketamine-faq/define.js';
import './side-effects-list/define.js';
import './cost-estimator/define.js';
import './candidacy-quiz/define.js';

export { defineElement } from './shared/define.js';
export type { ContentErrorDetail, KwEventMap } from './shared/events.js';
export type { Theme } from './shared/kw-element.js';
// The clinic override each element's `content` property (and `src`, and inline JSON) accepts.
export type { FaqOverride } from './content/schemas/faq.js';
export type { SideEffectsOverride } from './content/schemas/side-effects.js';
export type { CostOverride } from './content/schemas/cost.js';
export type { QuizOverride } from './content/schemas/quiz.js';

export { KetamineFaq } from './ketamine-faq/ketamine-faq.js';
export type { FaqToggleDetail } from './ketamine-faq/ketamine-faq.js';
export { SideEffectsList } from './side-effects-list/side-effects-list.js';

export { CostEstimator } from './cost-estimator/cost-estimator.js';
export type { EstimateChangeDetail } from './cost-estimator/cost-estimator.js';
export { estimateCost } from './cost-estimator/estimate-cost.js';
export type { CostEstimate, CostInputs, CostLine, CoverageInput, MaintenanceInput, MoneyRange, PlanId, PriceInput } from './cost-estimator/estimate-cost.js';

export { CandidacyQuiz } from './candidacy-quiz/candidacy-quiz.js';
export type { QuizStepDetail, QuizCompleteDetail } from './candidacy-quiz/candidacy-quiz.js';
export { evaluateCandidacy } from './candidacy-quiz/evaluate-candidacy.js';
export type { CandidacyOutcome, CandidacyReason, CandidacyResult, QuizAnswers, RuleOutcome } from './candidacy-quiz/evaluate-candidacy.js';
