import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import type { QuizContent, QuizOverride } from '../content/schemas/quiz.js';
import { bundledQuiz, mergeQuizOverride } from './quiz-content.js';

const quiz = en as QuizContent;

describe('mergeQuizOverride', () => {
  it('changes wording by id and adds a clinic note, without touching the bundled content', () => {
    const before = JSON.stringify(quiz);
    const override: QuizOverride = {
      version: 1,
      questions: [{ id: 'age', prompt: 'Your age?', options: [{ id: 'age-65-plus', label: '65 or more' }] }],
      outcomes: { discuss: { title: 'Let us talk' } },
      ui: { next: 'Onward' },
      clinicNote: 'Call us.',
    };
    const merged = mergeQuizOverride(quiz, override);
    const age = merged.questions.find((question) => question.id === 'age')!;
    expect(age.prompt).to.equal('Your age?');
    expect(age.options.map((option) => option.label).at(-1)).to.equal('65 or more');
    expect(age.options.map((option) => option.flags)).to.deep.equal(quiz.questions[0].options.map((option) => option.flags));
    expect(merged.outcomes.discuss.title).to.equal('Let us talk');
    expect(merged.outcomes.discuss.body).to.equal(quiz.outcomes.discuss.body);
    expect(merged.ui.next).to.equal('Onward');
    expect(merged.clinicNote).to.equal('Call us.');
    // Untouched questions are the same objects; the bundled content is unchanged.
    expect(merged.questions[1]).to.equal(quiz.questions[1]);
    expect(JSON.stringify(quiz)).to.equal(before);
  });

  it('never changes ids, flags, rules or the crisis help', () => {
    const merged = mergeQuizOverride(quiz, { version: 1, questions: [{ id: 'self-harm', prompt: 'Changed' }] });
    expect(merged.crisisFlag).to.equal(quiz.crisisFlag);
    expect(merged.rules).to.equal(quiz.rules);
    expect(merged.crisis).to.equal(quiz.crisis);
    expect(merged.questions.map((question) => question.id)).to.deep.equal(quiz.questions.map((question) => question.id));
  });

  it('has a bundled quiz in memory whatever the language', () => {
    expect(bundledQuiz().questions.length).to.equal(quiz.questions.length);
  });
});
