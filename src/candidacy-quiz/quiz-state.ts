/**
 * The quiz's progress as an immutable value: which step is shown and what was chosen. Pure
 * functions move it forward and back, apply a click, and turn it into and out of the small
 * string kept in sessionStorage when (and only when) a clinic opts in with `remember`.
 * No DOM and no storage access here.
 */
import type { QuizContent, QuizQuestion } from '../content/schemas/quiz.js';
import { answerOptionIds, type QuizAnswers } from './evaluate-candidacy.js';

export interface QuizProgress {
  /** 0 … questions.length - 1 for a question, questions.length for the result. */
  readonly step: number;
  /** question id → chosen option ids; a question with no choice has no entry. */
  readonly answers: ReadonlyMap<string, readonly string[]>;
}

export const INITIAL_PROGRESS: QuizProgress = Object.freeze({ step: 0, answers: new Map<string, readonly string[]>() });

const STORED_VERSION = 1;
/** A stored value larger than this is not ours: ignore it without parsing. */
const MAX_STORED_CHARS = 8 * 1024;

export function isResultStep(progress: QuizProgress, quiz: QuizContent): boolean {
  return progress.step >= quiz.questions.length;
}

export function chosen(progress: QuizProgress, questionId: string): readonly string[] {
  return progress.answers.get(questionId) ?? [];
}

export function isAnswered(progress: QuizProgress, questionId: string): boolean {
  return chosen(progress, questionId).length > 0;
}

/**
 * The choice after the patient checks or unchecks one option. Single choice: that option.
 * Multiple: toggled, where an exclusive option ("None of these") clears the others and any
 * other option clears the exclusive ones.
 */
export function toggleOption(question: QuizQuestion, current: readonly string[], optionId: string, checked: boolean): string[] {
  if (question.type === 'single') return checked ? [optionId] : current.filter((id) => id !== optionId);
  if (!checked) return current.filter((id) => id !== optionId);
  const option = question.options.find((candidate) => candidate.id === optionId);
  if (!option) return [...current];
  if (option.exclusive) return [optionId];
  const exclusive = new Set(question.options.filter((candidate) => candidate.exclusive).map((candidate) => candidate.id));
  const kept = current.filter((id) => id !== optionId && !exclusive.has(id));
  // Keep the content's option order, whatever order the clicks came in.
  const next = new Set([...kept, optionId]);
  return question.options.map((candidate) => candidate.id).filter((id) => next.has(id));
}

export function withAnswer(progress: QuizProgress, questionId: string, optionIds: readonly string[]): QuizProgress {
  const answers = new Map(progress.answers);
  if (optionIds.length) answers.set(questionId, [...optionIds]);
  else answers.delete(questionId);
  return { step: progress.step, answers };
}

/** The next step, when the current question is answered; otherwise unchanged. */
export function goForward(progress: QuizProgress, quiz: QuizContent): QuizProgress {
  const question = quiz.questions[progress.step];
  if (!question || !isAnswered(progress, question.id)) return progress;
  return { step: progress.step + 1, answers: progress.answers };
}

/** The previous step, keeping every answer. */
export function goBack(progress: QuizProgress): QuizProgress {
  return progress.step > 0 ? { step: progress.step - 1, answers: progress.answers } : progress;
}

/** The answers as `evaluateCandidacy` and the `include-answers` event detail take them, in quiz order. */
export function answersRecord(progress: QuizProgress, quiz: QuizContent): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const question of quiz.questions) {
    const ids = progress.answers.get(question.id);
    if (ids?.length) record[question.id] = question.type === 'single' ? ids[0] : [...ids];
  }
  return record;
}

/**
 * Progress from answers given by code (demos, stories): validated like any answers, so unknown ids
 * throw. Without a step, the first unanswered question, or the result when all are answered.
 * A step past an unanswered question is pulled back to it.
 */
export function progressFromAnswers(quiz: QuizContent, answers: QuizAnswers, step?: number | 'result'): QuizProgress {
  const map = new Map<string, readonly string[]>();
  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  for (const questionId of Object.keys(answers)) {
    const question = questions.get(questionId);
    if (!question) throw new RangeError(`unknown question id "${questionId.slice(0, 64)}"`);
    const ids = answerOptionIds(question, answers[questionId]);
    if (ids.length) map.set(questionId, ids);
  }
  const firstOpen = quiz.questions.findIndex((question) => !map.has(question.id));
  const furthest = firstOpen === -1 ? quiz.questions.length : firstOpen;
  let target = step === 'result' || step === undefined ? furthest : step;
  if (!Number.isInteger(target) || target < 0) throw new RangeError(`step must be a whole number from 0, or "result"`);
  target = Math.min(target, furthest);
  return { step: target, answers: map };
}

/** The string kept in sessionStorage with `remember`: option ids only, never text. */
export function serialiseProgress(progress: QuizProgress): string {
  return JSON.stringify({ v: STORED_VERSION, step: progress.step, answers: [...progress.answers.entries()] });
}

/**
 * Progress read back from sessionStorage, or null when the value is missing, not ours, from
 * another version of the quiz, or refers to ids the quiz does not have. Never throws.
 */
export function restoreProgress(raw: string | null | undefined, quiz: QuizContent): QuizProgress | null {
  if (typeof raw !== 'string' || !raw || raw.length > MAX_STORED_CHARS) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    const { v, step, answers } = data as { v?: unknown; step?: unknown; answers?: unknown };
    if (v !== STORED_VERSION || !Array.isArray(answers) || typeof step !== 'number') return null;
    const record: Record<string, string[]> = {};
    for (const entry of answers) {
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return null;
      if (Object.prototype.hasOwnProperty.call(record, entry[0])) return null;
      Object.defineProperty(record, entry[0], { value: entry[1], enumerable: true, configurable: true, writable: true });
    }
    const progress = progressFromAnswers(quiz, record, step);
    return progress.step === step ? progress : null;
  } catch {
    return null;
  }
}
