/**
 * The quiz's `remember` option: progress kept in `sessionStorage` (this tab only) and restored
 * after a reload, only when a clinic opts in. What is stored is `serialiseProgress`'s string: the
 * step and option ids, never text, and never the self-harm question's answer. Storage that is
 * missing, blocked or full is ignored: the quiz works the same without it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuizContent } from '../content/schemas/quiz.js';
import { INITIAL_PROGRESS, restoreProgress, serialiseProgress, type QuizProgress } from './quiz-state.js';

export const STORAGE_KEY = 'ketamine-widgets:candidacy-quiz';

/** What the controller reads after each update: null while there is nothing to keep (no content yet). */
export interface RememberState {
  enabled: boolean;
  progress: QuizProgress;
  quiz: QuizContent;
}

export class RememberController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { id: string };
  readonly #read: () => RememberState | null;
  /** The progress last written, so unchanged progress is not written again. */
  #stored: QuizProgress | undefined;

  constructor(host: ReactiveControllerHost & { id: string }, read: () => RememberState | null) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  /** One key per quiz `id` on the page, so two quizzes keep their own progress. */
  get key(): string {
    return this.#host.id ? `${STORAGE_KEY}#${this.#host.id.slice(0, 64)}` : STORAGE_KEY;
  }

  /** The stored progress for this quiz, or null (nothing stored, not ours, or storage unavailable). */
  restore(quiz: QuizContent): QuizProgress | null {
    const restored = restoreProgress(
      storage((store) => store.getItem(this.key)),
      quiz,
    );
    if (restored) this.#stored = restored;
    return restored;
  }

  /** Removes what is stored (remember turned off). */
  forget(): void {
    this.#stored = undefined;
    const key = this.key;
    storage((store) => store.removeItem(key));
  }

  hostUpdated(): void {
    const state = this.#read();
    if (!state?.enabled || state.progress === this.#stored) return;
    this.#stored = state.progress;
    const key = this.key;
    // Back at the start (Start over): nothing is kept.
    if (state.progress.step === INITIAL_PROGRESS.step && state.progress.answers.size === 0) storage((store) => store.removeItem(key));
    else storage((store) => store.setItem(key, serialiseProgress(state.progress, state.quiz)));
  }
}

/** sessionStorage access that never throws: it may be missing, blocked, or full. */
function storage<T>(use: (store: Storage) => T): T | null {
  try {
    const store = globalThis.sessionStorage;
    return store ? use(store) : null;
  } catch {
    return null;
  }
}
