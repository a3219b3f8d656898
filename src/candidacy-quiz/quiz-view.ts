/**
 * The view model of `<candidacy-quiz>`: what one render shows, derived from validated content
 * and the progress. Pure (no DOM), so which panels, lists and sources appear for each state is
 * tested without an element; the element only stamps it.
 */
import type { QuizContent, QuizQuestion } from '../content/schemas/quiz.js';
import { fillTemplate } from '../shared/template.js';
import { evaluateCandidacy, type CandidacyReason, type CandidacyResult } from './evaluate-candidacy.js';
import { answersRecord, chosen, crisisPanelOpen, isResultStep, setsCrisis, type QuizProgress } from './quiz-state.js';

export interface QuestionView {
  kind: 'question';
  question: QuizQuestion;
  index: number;
  total: number;
  /** "Question 3 of 14": shown above the question and part of the question group's name. */
  progressText: string;
  selected: ReadonlySet<string>;
  answered: boolean;
  last: boolean;
  /** This question's self-harm answer was committed with Next: the crisis panel comes first. */
  crisisPanel: boolean;
  /** A self-harm answer was committed on another question: a short crisis line stays on top. */
  crisisReminder: boolean;
}

export interface ResultView {
  kind: 'result';
  result: CandidacyResult;
  title: string;
  body: string;
  /** The crisis help is the outcome itself (`support-first`): clinic phone and 988 first. */
  crisisHelp: boolean;
  /** `review` and `unlikely` reasons: answers a clinician must look at closely. */
  concerns: CandidacyReason[];
  /** `discuss` reasons. None with `support-first`: ketamine questions can wait, and a topic such as
   * the approval for suicidal thoughts could read as "this is for you" to a person in crisis. */
  topics: CandidacyReason[];
  summary: { question: string; answer: string }[];
  sources: string[];
}

export type QuizView = QuestionView | ResultView;

export function deriveQuizView(quiz: QuizContent, progress: QuizProgress): QuizView {
  return isResultStep(progress, quiz) ? resultView(quiz, progress) : questionView(quiz, progress);
}

function questionView(quiz: QuizContent, progress: QuizProgress): QuestionView {
  const question = quiz.questions[progress.step];
  const selected = new Set(chosen(progress, question.id));
  const total = quiz.questions.length;
  const crisisPanel = crisisPanelOpen(progress, quiz);
  const crisisReminder =
    !crisisPanel &&
    quiz.questions.some((other) => other.id !== question.id && progress.crisisSeen.has(other.id) && setsCrisis(quiz, other, chosen(progress, other.id)));
  return {
    kind: 'question',
    question,
    index: progress.step,
    total,
    progressText: fillTemplate(quiz.ui.progress, { current: progress.step + 1, total }),
    selected,
    answered: selected.size > 0,
    last: progress.step === total - 1,
    crisisPanel,
    crisisReminder,
  };
}

function resultView(quiz: QuizContent, progress: QuizProgress): ResultView {
  const result = evaluateCandidacy(quiz, answersRecord(progress, quiz));
  const outcome = quiz.outcomes[result.outcome];
  const concerns = result.reasons.filter((reason) => reason.outcome !== 'discuss');
  const topics = result.crisis ? [] : result.reasons.filter((reason) => reason.outcome === 'discuss');
  const summary = quiz.questions.map((question) => {
    const ids = new Set(chosen(progress, question.id));
    const labels = question.options.filter((option) => ids.has(option.id)).map((option) => option.label);
    return { question: question.prompt, answer: labels.length ? labels.join('; ') : quiz.ui.notAnswered };
  });
  const sources = new Set<string>(result.crisis ? quiz.crisis.sources : []);
  for (const id of outcome.sources) sources.add(id);
  for (const reason of [...concerns, ...topics]) for (const id of reason.sources) sources.add(id);
  for (const id of quiz.notDiagnosis.sources) sources.add(id);
  return { kind: 'result', result, title: outcome.title, body: outcome.body, crisisHelp: result.crisis, concerns, topics, summary, sources: [...sources] };
}
