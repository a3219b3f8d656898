import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import { progressFromAnswers } from './quiz-state.js';
import { restoreProgress, serialiseProgress } from './stored-progress.js';

const quiz = en as QuizContent;

describe('stored progress', () => {
  it('round-trips step and answers, with ids only', () => {
    const progress = progressFromAnswers(quiz, { age: 'age-18-to-64', goals: ['depression', 'ocd'] }, 2);
    const raw = serialiseProgress(progress, quiz);
    expect(raw).to.equal('{"v":2,"step":2,"answers":[["age",["age-18-to-64"]],["goals",["depression","ocd"]]]}');
    const restored = restoreProgress(raw, quiz)!;
    expect(restored.step).to.equal(2);
    expect([...restored.answers]).to.deep.equal([...progress.answers]);
  });

  it('never stores the self-harm answer, whatever it is, and asks it again on restore', () => {
    for (const option of ['yes-now', 'yes-sometimes', 'no']) {
      const progress = progressFromAnswers(quiz, { age: 'age-18-to-64', goals: ['depression'], 'self-harm': option, antidepressants: 'one' }, 4);
      const raw = serialiseProgress(progress, quiz);
      expect(raw).to.equal('{"v":2,"step":4,"answers":[["age",["age-18-to-64"]],["goals",["depression"]],["antidepressants",["one"]]]}');
      expect(raw).not.to.contain('self-harm');
      const restored = restoreProgress(raw, quiz)!;
      expect(restored.step, 'back on the self-harm question').to.equal(2);
      expect(restored.answers.has('self-harm')).to.equal(false);
      expect(restored.answers.get('antidepressants')).to.deep.equal(['one']);
      expect(restored.crisisSeen.size).to.equal(0);
    }
  });

  const bad: [string, string | null][] = [
    ['nothing', null],
    ['empty', ''],
    ['not JSON', '{oops'],
    ['an array', '[]'],
    ['another version (1: before the self-harm answer was left out)', '{"v":1,"step":0,"answers":[]}'],
    ['an unknown question', '{"v":2,"step":0,"answers":[["nope",["x"]]]}'],
    ['an unknown option', '{"v":2,"step":1,"answers":[["age",["teen"]]]}'],
    ['a step past an unanswered question', '{"v":2,"step":5,"answers":[["age",["under-18"]]]}'],
    ['a stored self-harm answer', '{"v":2,"step":3,"answers":[["age",["under-18"]],["goals",["other"]],["self-harm",["no"]]]}'],
    ['a negative step', '{"v":2,"step":-1,"answers":[]}'],
    ['a duplicate question', '{"v":2,"step":0,"answers":[["age",["under-18"]],["age",["age-65-plus"]]]}'],
    ['a __proto__ entry', '{"v":2,"step":0,"answers":[["__proto__",["x"]]]}'],
    ['something huge', `{"v":2,"step":0,"answers":[],"pad":"${'x'.repeat(9000)}"}`],
  ];
  for (const [name, raw] of bad) {
    it(`ignores ${name}`, () => {
      expect(restoreProgress(raw, quiz)).to.equal(null);
    });
  }
});
