/**
 * The quiz's decision, as a pure function of validated content and answers: no DOM, no I/O.
 * Everything it decides comes from the content's rules, so clinicians can review the logic
 * as data and tests can cover every rule.
 */
import type { CandidacyOutcome, QuizContent, QuizQuestion, RuleOutcome } from '../content/schemas/quiz.js';

// CandidacyOutcome is 'discuss' | 'review' | 'unlikely' | 'support-first' (documented where it is defined):
/*
 * - `support-first`: a self-harm answer was given. Crisis help first; ketamine questions can wait.
 *   Always the outcome when `crisis` is true, whatever else was answered.
 * - `unlikely`: one of the SPRAVATO label's three contraindications, or under 18.
 * - `review`: a label warning (psychosis or mania, blood pressure, heart, stroke, liver, pregnancy,
 *   substance use, interacting medicines); a clinician must look at it closely.
 * - `discuss`: none of those. Topics to talk about with a clinician, never a green light.
 */
export type { CandidacyOutcome, RuleOutcome } from '../content/schemas/quiz.js';

/** `{ questionId: optionId }` for single-choice questions, `{ questionId: optionId[] }` for multiple. */
export type QuizAnswers = Readonly<Record<string, string | readonly string[] | undefined>>;

/** One matched rule: why the outcome is what it is, or a topic to bring to a clinician. */
export interface CandidacyReason {
  /** The rule id, stable across languages. */
  id: string;
  /** The rule's own level: `discuss` reasons are topics; `review` and `unlikely` reasons set the outcome. */
  outcome: RuleOutcome;
  title: string;
  explanation: string;
  sources: readonly string[];
  /** The questions whose answers triggered the rule, in quiz order. */
  questionIds: readonly string[];
}

export interface CandidacyResult {
  /** `support-first` whenever `crisis` is true; otherwise the most serious matched rule's outcome. */
  outcome: CandidacyOutcome;
  /** The most serious matched rule's outcome, as if no self-harm answer had been given (`discuss` when none). */
  ruleOutcome: RuleOutcome;
  /** Matched rules, most serious first, then in the content's rule order. */
  reasons: CandidacyReason[];
  /** A self-harm answer was given: crisis help comes first and the outcome is `support-first`. */
  crisis: boolean;
}

const SEVERITY: Readonly<Record<RuleOutcome, number>> = { discuss: 0, review: 1, unlikely: 2 };

/**
 * Evaluates answers against the quiz's rules. A rule matches when any of its `when` flags is set
 * by a chosen option. The outcome is `support-first` when an answer sets the quiz's crisis flag
 * (safety before any talk of treatment); otherwise the most serious matched rule, `discuss` when none.
 * Unanswered questions (absent, `undefined` or `[]`) add no flags.
 *
 * @throws {RangeError} an unknown question or option id, or a contradictory answer (two options for a
 *   single-choice question, an exclusive option combined with others).
 * @throws {TypeError} answers that are not an object, or an answer that is not an id or an array of ids.
 */
export function evaluateCandidacy(quiz: QuizContent, answers: QuizAnswers | ReadonlyMap<string, string | readonly string[] | undefined>): CandidacyResult {
  const flagQuestions = collectFlags(quiz, answers);
  const order = new Map(quiz.questions.map((question, index) => [question.id, index]));
  const matched: { reason: CandidacyReason; index: number }[] = [];
  quiz.rules.forEach((rule, index) => {
    const questionIds = new Set<string>();
    for (const flag of rule.when) for (const questionId of flagQuestions.get(flag) ?? []) questionIds.add(questionId);
    if (!questionIds.size) return;
    matched.push({
      index,
      reason: {
        id: rule.id,
        outcome: rule.outcome,
        title: rule.title,
        explanation: rule.explanation,
        sources: [...(rule.sources ?? [])],
        questionIds: [...questionIds].sort((a, b) => order.get(a)! - order.get(b)!),
      },
    });
  });
  matched.sort((a, b) => SEVERITY[b.reason.outcome] - SEVERITY[a.reason.outcome] || a.index - b.index);
  const reasons = matched.map((entry) => entry.reason);
  const ruleOutcome = reasons.reduce<RuleOutcome>((worst, reason) => (SEVERITY[reason.outcome] > SEVERITY[worst] ? reason.outcome : worst), 'discuss');
  const crisis = flagQuestions.has(quiz.crisisFlag);
  return { outcome: crisis ? 'support-first' : ruleOutcome, ruleOutcome, reasons, crisis };
}

/** The option ids of one answer, checked against its question; [] when unanswered. */
export function answerOptionIds(question: QuizQuestion, value: unknown): string[] {
  if (value === undefined) return [];
  let ids: string[];
  if (typeof value === 'string') ids = [value];
  else if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) ids = [...new Set(value as string[])];
  else throw new TypeError(`answer to question "${question.id}" must be an option id or an array of option ids`);
  for (const optionId of ids) {
    if (!question.options.some((option) => option.id === optionId)) {
      throw new RangeError(`unknown option id "${optionId.slice(0, 64)}" for question "${question.id}"`);
    }
  }
  if (question.type === 'single' && ids.length > 1) {
    throw new RangeError(`question "${question.id}" takes one answer, got ${ids.length}`);
  }
  const exclusive = question.options.find((option) => option.exclusive && ids.includes(option.id));
  if (exclusive && ids.length > 1) {
    throw new RangeError(`option "${exclusive.id}" of question "${question.id}" cannot be combined with other options`);
  }
  return ids;
}

/** flag → ids of the questions whose answers set it. */
function collectFlags(quiz: QuizContent, answers: unknown): Map<string, string[]> {
  const entries = answerEntries(answers);
  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  const flags = new Map<string, string[]>();
  for (const [questionId, value] of entries) {
    const question = questions.get(questionId);
    if (!question) throw new RangeError(`unknown question id "${questionId.slice(0, 64)}"`);
    for (const optionId of answerOptionIds(question, value)) {
      const option = question.options.find((candidate) => candidate.id === optionId)!;
      for (const flag of option.flags) {
        const list = flags.get(flag) ?? [];
        if (!list.includes(questionId)) list.push(questionId);
        flags.set(flag, list);
      }
    }
  }
  return flags;
}

/** Own entries only, from a plain object or a Map: inherited keys are never read as answers. */
function answerEntries(answers: unknown): [string, unknown][] {
  if (answers instanceof Map) return [...answers.entries()].map(([key, value]) => [String(key), value]);
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) throw new TypeError('answers must be an object');
  return Object.keys(answers).map((key) => [key, (answers as Record<string, unknown>)[key]]);
}
