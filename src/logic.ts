/**
 * `import { estimateCost, evaluateCandidacy } from 'ketamine-widgets/logic'`: the pure logic of
 * the estimator and the quiz, without the elements. Registers no element and pulls in no Lit
 * (tests/e2e/package.e2e.js checks the built file), so a server or an app that draws its own UI
 * pays only for the arithmetic and the rules.
 */
export { estimateCost } from './cost-estimator/estimate-cost.js';
export type { CostEstimate, CostInputs, CostLine, CoverageInput, MaintenanceInput, MoneyRange, PlanId, PriceInput } from './cost-estimator/estimate-cost.js';

export { evaluateCandidacy } from './candidacy-quiz/evaluate-candidacy.js';
export type { CandidacyOutcome, CandidacyReason, CandidacyResult, QuizAnswers } from './candidacy-quiz/evaluate-candidacy.js';
