/**
 * The quiz's progress as the small string kept in sessionStorage when (and only when) a clinic
 * opts in with `remember`, and back. Pure: no DOM and no storage access here. Loaded with the
 * remember controller, as a lazy chunk: quizzes without `remember` never download it.
 */
import type { QuizContent } from '../content/schemas/quiz.js';
import { crisisQuestionIds, progressFromAnswers, type QuizProgress } from './quiz-state.js';

/** 2: questions added (liver, medicines) and the self-harm answer no longer stored. Older values are ignored. */
const STORED_VERSION = 2;
/** A stored value larger than this is not ours: ignore it without parsing. */
const MAX_STORED_CHARS = 8 * 1024;

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
