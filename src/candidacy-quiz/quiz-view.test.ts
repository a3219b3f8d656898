// The quiz's view model, without a DOM: what each state shows, and what a crisis answer changes.
import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import es from '../../content/es/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import { REASSURING_ANSWERS } from './test/quiz-answers.js';
import { goForward, progressFromAnswers, withAnswer } from './quiz-state.js';
import { deriveQuizView, type QuestionView, type ResultView } from './quiz-view.js';

const quizEn = en as QuizContent;
const quizEs = es as QuizContent;
const TOTAL = quizEn.questions.length;
const result = (quiz: QuizContent, answers: Record<string, string | string[]>) =>
  deriveQuizView(quiz, progressFromAnswers(quiz, answers, 'result')) as ResultView;

describe('quiz view', () => {
  it('a question says which step it is, in each language', () => {
    const view = deriveQuizView(quizEn, progressFromAnswers(quizEn, { age: 'age-18-to-64', goals: ['depression'] }, 2)) as QuestionView;
    expect([view.kind, view.progressText, view.question.id]).to.deep.equal(['question', `Question 3 of ${TOTAL}`, 'self-harm']);
    const viewEs = deriveQuizView(quizEs, progressFromAnswers(quizEs, {}, 0)) as QuestionView;
    expect(viewEs.progressText).to.equal(`Pregunta 1 de ${TOTAL}`);
  });

  it('a self-harm answer shows nothing until Next; then the panel; later questions keep a reminder', () => {
    const at = progressFromAnswers(quizEn, { age: 'age-18-to-64', goals: ['depression'] }, 2);
    const chosen = withAnswer(at, 'self-harm', ['yes-sometimes']);
    const before = deriveQuizView(quizEn, chosen) as QuestionView;
    expect([before.crisisPanel, before.crisisReminder]).to.deep.equal([false, false]);
    const committed = goForward(chosen, quizEn);
    const panel = deriveQuizView(quizEn, committed) as QuestionView;
    expect([panel.index, panel.crisisPanel, panel.crisisReminder]).to.deep.equal([2, true, false]);
    const later = deriveQuizView(quizEn, goForward(committed, quizEn)) as QuestionView;
    expect([later.index, later.crisisPanel, later.crisisReminder]).to.deep.equal([3, false, true]);
  });

  it('support-first: crisis help is the outcome, warnings stay listed, topics wait', () => {
    for (const quiz of [quizEn, quizEs]) {
      const view = result(quiz, { ...REASSURING_ANSWERS, 'self-harm': 'yes-now', pregnancy: 'yes' });
      expect(view.result.outcome).to.equal('support-first');
      expect([view.title, view.body]).to.deep.equal([quiz.outcomes['support-first'].title, quiz.outcomes['support-first'].body]);
      expect(view.crisisHelp).to.equal(true);
      expect(view.concerns.map((reason) => reason.id)).to.deep.equal(['pregnancy']);
      expect(view.topics).to.deep.equal([]);
      expect(view.sources).to.include.members(['lifeline-988', 'spravato-label']);
    }
  });

  it('discuss lists the topics, with no crisis help', () => {
    const view = result(quizEn, REASSURING_ANSWERS);
    expect([view.result.outcome, view.title, view.crisisHelp]).to.deep.equal(['discuss', 'Topics to talk about with a clinician', false]);
    expect(view.topics.map((reason) => reason.id)).to.deep.equal(['approved-uses', 'treatment-resistant']);
    expect(view.sources).not.to.include('lifeline-988');
    expect(view.summary).to.have.length(TOTAL);
  });
});
