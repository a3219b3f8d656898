/**
 * The quiz's bundled content, and applying a validated clinic override to it. The merge is pure:
 * new objects, one level at a time, Map lookups (THREAT-MODEL C4). A clinic changes wording only
 * (prompts, hints, option labels, outcome titles and bodies, interface strings) and adds a note;
 * ids, flags and rules, and so every answer's meaning, stay ours.
 */
import en from '../../content/en/quiz.json';
import { BundledContent } from '../content/bundled.js';
import type { QuizContent, QuizOverride } from '../content/schemas/quiz.js';

/** English is in the main chunk; Spanish loads on first use. Shared by every instance. */
export const quizContent = new BundledContent<QuizContent>(en as QuizContent, () => import('../../content/es/quiz.json'));

/**
 * A quiz in memory, whichever language: ids, flags and rules are the same in every language
 * (content:check enforces it), so answers can be checked before a language chunk arrives.
 * (The Spanish-first script-tag build swaps which language is bundled.)
 */
export const bundledQuiz = (): QuizContent => (quizContent.peek('en') ?? quizContent.peek('es'))!;

/** Wording changes by id and a clinic note. */
export function mergeQuizOverride(bundled: QuizContent, override: QuizOverride): QuizContent {
  const questionOverrides = new Map((override.questions ?? []).map((entry) => [entry.id, entry]));
  const questions = bundled.questions.map((question) => {
    const change = questionOverrides.get(question.id);
    if (!change) return question;
    const labels = new Map((change.options ?? []).map((option) => [option.id, option.label]));
    return {
      ...question,
      prompt: change.prompt ?? question.prompt,
      hint: change.hint ?? question.hint,
      options: question.options.map((option) => (labels.has(option.id) ? { ...option, label: labels.get(option.id)! } : option)),
    };
  });
  const outcomes = { ...bundled.outcomes };
  for (const key of ['discuss', 'review', 'unlikely'] as const) {
    const change = override.outcomes?.[key];
    if (change)
      outcomes[key] = { ...bundled.outcomes[key], title: change.title ?? bundled.outcomes[key].title, body: change.body ?? bundled.outcomes[key].body };
  }
  const ui = { ...bundled.ui };
  if (override.ui) {
    for (const key of Object.keys(override.ui) as (keyof typeof override.ui)[]) {
      const value = override.ui[key];
      if (typeof value === 'string') ui[key] = value;
    }
  }
  return { ...bundled, ui, questions, outcomes, clinicNote: override.clinicNote ?? bundled.clinicNote };
}
