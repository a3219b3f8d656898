/**
 * The quiz's progress as an immutable value: which step is shown, what was chosen, and whether
 * the crisis panel has been shown for a self-harm answer. Pure functions move it forward and
 * back, apply a click, and turn it into and out of the small string kept in sessionStorage when
 * (and only when) a clinic opts in with `remember`. No DOM and no storage access here.
 *
 * Crisis timing: choosing a self-harm answer changes nothing on screen (arrow keys move the
 * choice through every radio, so reacting to a change would open the panel for a patient on the
 * way to "No"). The panel opens when the answer is committed with Next, once; Next again (or the
 * panel's own Continue) moves on.
 */
import type { QuizContent, QuizQuestion } from '../content/schemas/quiz.js';
import { answerOptionIds, type QuizAnswers } from './evaluate-candidacy.js';

export interface QuizProgress {
  /** 0 … questions.length - 1 for a question, questions.length for the result. */
  readonly step: number;
  /** question id → chosen option ids; a question with no choice has no entry. */
  readonly answers: ReadonlyMap<string, readonly string[]>;
  /** Questions whose self-harm answer was committed with Next: their crisis panel is shown. */
  readonly crisisSeen: ReadonlySet<string>;
}

export const INITIAL_PROGRESS: QuizProgress = Object.freeze({
  step: 0,
  answers: new Map<string, readonly string[]>(),
  crisisSeen: new Set<string>(),
});

/** 2: questions added (liver, medicines) and the self-harm answer no longer stored. Older values are ignored. */
const STORED_VERSION = 2;
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

/** True when one of the chosen options sets the quiz's crisis flag. */
export function setsCrisis(quiz: QuizContent, question: QuizQuestion, optionIds: readonly string[]): boolean {
  return question.options.some((option) => optionIds.includes(option.id) && option.flags.includes(quiz.crisisFlag));
}

/** Questions with an option that sets the crisis flag (the self-harm question): never stored. */
export function crisisQuestionIds(quiz: QuizContent): Set<string> {
  return new Set(quiz.questions.filter((question) => question.options.some((option) => option.flags.includes(quiz.crisisFlag))).map((question) => question.id));
}

/** The crisis panel shows on this step: its self-harm answer was committed and is still chosen. */
export function crisisPanelOpen(progress: QuizProgress, quiz: QuizContent): boolean {
  const question = quiz.questions[progress.step];
  return !!question && progress.crisisSeen.has(question.id) && setsCrisis(quiz, question, chosen(progress, question.id));
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

/** A changed answer closes that question's crisis panel: it opens again only when the new answer is committed. */
export function withAnswer(progress: QuizProgress, questionId: string, optionIds: readonly string[]): QuizProgress {
  const answers = new Map(progress.answers);
  if (optionIds.length) answers.set(questionId, [...optionIds]);
  else answers.delete(questionId);
  const crisisSeen = new Set(progress.crisisSeen);
  crisisSeen.delete(questionId);
  return { step: progress.step, answers, crisisSeen };
}

/**
 * What Next does. Unanswered: nothing (the same progress). A self-harm answer not yet committed:
 * the same step with its crisis panel open. Otherwise the next step (or the result).
 */
export function goForward(progress: QuizProgress, quiz: QuizContent): QuizProgress {
  const question = quiz.questions[progress.step];
  if (!question || !isAnswered(progress, question.id)) return progress;
  if (setsCrisis(quiz, question, chosen(progress, question.id)) && !progress.crisisSeen.has(question.id)) {
    return { ...progress, crisisSeen: new Set([...progress.crisisSeen, question.id]) };
  }
  return { ...progress, step: progress.step + 1 };
}

/** The previous step, keeping every answer. */
export function goBack(progress: QuizProgress): QuizProgress {
  return progress.step > 0 ? { ...progress, step: progress.step - 1 } : progress;
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
 * A step past an unanswered question is pulled back to it. Self-harm answers count as committed,
 * so their crisis panel shows.
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
  const crisisSeen = new Set(quiz.questions.filter((question) => setsCrisis(quiz, question, map.get(question.id) ?? [])).map((question) => question.id));
  return { step: target, answers: map, crisisSeen };
}

/**
 * The string kept in sessionStorage with `remember`: the step and option ids, never text, and
 * never the self-harm question's answer (whatever it was), so it is asked again after a reload.
 */
export function serialiseProgress(progress: QuizProgress, quiz: QuizContent): string {
  const unstored = crisisQuestionIds(quiz);
  const answers = [...progress.answers.entries()].filter(([questionId]) => !unstored.has(questionId));
  return JSON.stringify({ v: STORED_VERSION, step: progress.step, answers });
}

/**
 * Progress read back from sessionStorage, or null when the value is missing, not ours, from
 * another version of the quiz, or refers to ids the quiz does not have. Never throws. A step past
 * the self-harm question comes back on that question, to ask it again.
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
    const unstored = crisisQuestionIds(quiz);
    if (Object.keys(record).some((questionId) => unstored.has(questionId))) return null;
    const progress = progressFromAnswers(quiz, record, step);
    if (progress.step === step) return progress;
    return unstored.has(quiz.questions[progress.step]?.id ?? '') ? progress : null;
  } catch {
    return null;
  }
}
