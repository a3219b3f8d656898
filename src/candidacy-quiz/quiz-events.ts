/**
 * What `<candidacy-quiz>` tells the page. Its events bubble and are composed, so every script on
 * the page (tag managers, pixels, session replay) can read them: by default they say nothing about
 * a patient's health beyond the outcome category, and never whether a self-harm answer was given
 * (THREAT-MODEL L1). Everything else only when the clinic sets `include-answers`.
 */
import type { CandidacyOutcome, CandidacyResult, RuleOutcome } from './evaluate-candidacy.js';

/** Answers by question id: an option id, or option ids for a multiple-choice question. */
export type QuizAnswerRecord = Record<string, string | string[]>;

/** Detail of `quiz-step`. `answers` only with `include-answers`. */
export interface QuizStepDetail {
  /** 0-based index of the question now shown. */
  index: number;
  total: number;
  answers?: QuizAnswerRecord;
}

/**
 * Detail of `quiz-complete`. By default only `outcome`, and never `support-first`: after a
 * self-harm answer the default detail carries the outcome the other answers lead to, so the page
 * cannot tell. With `include-answers`: the outcome shown (`support-first` included), the matched
 * rule ids, the crisis flag and the answers.
 */
export type QuizCompleteDetail = { outcome: RuleOutcome } | { outcome: CandidacyOutcome; reasons: string[]; crisis: boolean; answers: QuizAnswerRecord };

export function stepDetail(index: number, total: number, answers: QuizAnswerRecord | null): QuizStepDetail {
  return answers ? { index, total, answers } : { index, total };
}

/** `answers` is null unless the clinic set `include-answers`. */
export function completeDetail(result: CandidacyResult, answers: QuizAnswerRecord | null): QuizCompleteDetail {
  if (!answers) return { outcome: result.ruleOutcome };
  return { outcome: result.outcome, reasons: result.reasons.map((reason) => reason.id), crisis: result.crisis, answers };
}
