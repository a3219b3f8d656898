// Event details: outcome only by default, never a sign of a self-harm answer; more only with include-answers.
import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import { evaluateCandidacy } from './evaluate-candidacy.js';
import { completeDetail, stepDetail } from './quiz-events.js';

const quiz = en as QuizContent;

describe('quiz events', () => {
  it('quiz-step carries the index and total only, unless answers are included', () => {
    expect(stepDetail(2, 14, null)).to.deep.equal({ index: 2, total: 14 });
    expect(stepDetail(2, 14, { age: 'under-18' })).to.deep.equal({ index: 2, total: 14, answers: { age: 'under-18' } });
  });

  it('quiz-complete by default: the outcome only, and a self-harm answer cannot be told apart', () => {
    const plain = evaluateCandidacy(quiz, { allergy: 'yes' });
    const crisis = evaluateCandidacy(quiz, { allergy: 'yes', 'self-harm': 'yes-now' });
    expect(crisis.outcome).to.equal('support-first');
    expect(completeDetail(plain, null)).to.deep.equal({ outcome: 'unlikely' });
    expect(completeDetail(crisis, null)).to.deep.equal(completeDetail(plain, null));
    expect(completeDetail(evaluateCandidacy(quiz, { 'self-harm': 'yes-sometimes' }), null)).to.deep.equal({ outcome: 'discuss' });
  });

  it('quiz-complete with include-answers: the outcome shown, reasons, crisis and answers', () => {
    const answers = { allergy: 'yes', 'self-harm': 'yes-now' };
    expect(completeDetail(evaluateCandidacy(quiz, answers), answers)).to.deep.equal({ outcome: 'support-first', reasons: ['allergy'], crisis: true, answers });
  });
});
