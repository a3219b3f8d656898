import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import {
  INITIAL_PROGRESS,
  answersRecord,
  crisisPanelOpen,
  goBack,
  goForward,
  isResultStep,
  progressFromAnswers,
  restoreProgress,
  serialiseProgress,
  toggleOption,
  withAnswer,
} from './quiz-state.js';

const quiz = en as QuizContent;
const question = (id: string) => quiz.questions.find((q) => q.id === id)!;

describe('quiz state', () => {
  describe('toggleOption', () => {
    it('single choice: the chosen option replaces the previous one', () => {
      expect(toggleOption(question('pregnancy'), ['no'], 'yes', true)).to.deep.equal(['yes']);
    });

    it('multiple choice: toggles, keeping the content order', () => {
      const goals = question('goals');
      let ids = toggleOption(goals, [], 'ocd', true);
      ids = toggleOption(goals, ids, 'depression', true);
      expect(ids).to.deep.equal(['depression', 'ocd']);
      expect(toggleOption(goals, ids, 'ocd', false)).to.deep.equal(['depression']);
    });

    it('an exclusive option clears the others, and another option clears it', () => {
      const conditions = question('heart-and-brain');
      const withNone = toggleOption(conditions, ['heart-vessel', 'brain-bleed'], 'none', true);
      expect(withNone).to.deep.equal(['none']);
      expect(toggleOption(conditions, withNone, 'brain-bleed', true)).to.deep.equal(['brain-bleed']);
      expect(toggleOption(conditions, ['none'], 'not-sure', true)).to.deep.equal(['not-sure']);
    });
  });

  describe('navigation', () => {
    it('does not move forward until the question is answered', () => {
      expect(goForward(INITIAL_PROGRESS, quiz)).to.equal(INITIAL_PROGRESS);
      const answered = withAnswer(INITIAL_PROGRESS, 'age', ['age-18-to-64']);
      expect(goForward(answered, quiz).step).to.equal(1);
    });

    it('goes back keeping every answer, and not before the first question', () => {
      const there = goForward(withAnswer(INITIAL_PROGRESS, 'age', ['age-65-plus']), quiz);
      const back = goBack(there);
      expect(back.step).to.equal(0);
      expect(back.answers.get('age')).to.deep.equal(['age-65-plus']);
      expect(goBack(INITIAL_PROGRESS)).to.equal(INITIAL_PROGRESS);
    });

    it('withAnswer never changes the previous progress', () => {
      const before = withAnswer(INITIAL_PROGRESS, 'age', ['under-18']);
      withAnswer(before, 'age', []);
      expect(before.answers.get('age')).to.deep.equal(['under-18']);
      expect(INITIAL_PROGRESS.answers.size).to.equal(0);
    });

    it('Next on a self-harm answer opens the crisis panel once, on the same step; Next again moves on', () => {
      const atSelfHarm = progressFromAnswers(quiz, { age: 'age-18-to-64', goals: ['depression'] }, 2);
      for (const option of ['yes-now', 'yes-sometimes']) {
        const chosen = withAnswer(atSelfHarm, 'self-harm', [option]);
        expect(crisisPanelOpen(chosen, quiz), 'choosing alone shows nothing').to.equal(false);
        const committed = goForward(chosen, quiz);
        expect(committed.step).to.equal(2);
        expect(crisisPanelOpen(committed, quiz)).to.equal(true);
        const onwards = goForward(committed, quiz);
        expect(onwards.step).to.equal(3);
        expect(crisisPanelOpen(goBack(onwards), quiz), 'still shown when coming back to it').to.equal(true);
      }
      const no = goForward(withAnswer(atSelfHarm, 'self-harm', ['no']), quiz);
      expect([no.step, crisisPanelOpen(no, quiz)]).to.deep.equal([3, false]);
    });

    it('changing a committed self-harm answer closes the panel; a new self-harm answer needs Next again', () => {
      const open = goForward(withAnswer(progressFromAnswers(quiz, { age: 'age-18-to-64', goals: ['depression'] }, 2), 'self-harm', ['yes-now']), quiz);
      const toNo = withAnswer(open, 'self-harm', ['no']);
      expect(crisisPanelOpen(toNo, quiz)).to.equal(false);
      const backToYes = withAnswer(toNo, 'self-harm', ['yes-sometimes']);
      expect(crisisPanelOpen(backToYes, quiz)).to.equal(false);
      expect(goForward(backToYes, quiz).step).to.equal(2);
    });

    it('reaches the result after the last question', () => {
      const all = progressFromAnswers(quiz, Object.fromEntries(quiz.questions.map((q) => [q.id, q.type === 'single' ? q.options[1].id : [q.options[0].id]])));
      expect(isResultStep(all, quiz)).to.equal(true);
    });
  });

  describe('progressFromAnswers', () => {
    it('defaults to the first unanswered question and caps the step there', () => {
      const answers = { age: 'age-18-to-64', goals: ['depression'] };
      expect(progressFromAnswers(quiz, answers).step).to.equal(2);
      expect(progressFromAnswers(quiz, answers, 'result').step).to.equal(2);
      expect(progressFromAnswers(quiz, answers, 1).step).to.equal(1);
    });

    it('refuses unknown ids and bad steps', () => {
      expect(() => progressFromAnswers(quiz, { nope: 'x' })).to.throw(RangeError, 'unknown question id "nope"');
      expect(() => progressFromAnswers(quiz, { age: 'x' })).to.throw(RangeError, 'unknown option id "x"');
      expect(() => progressFromAnswers(quiz, {}, -1)).to.throw(RangeError);
      expect(() => progressFromAnswers(quiz, {}, 1.5)).to.throw(RangeError);
    });

    it('answersRecord gives ids in quiz order, single as a string and multiple as an array', () => {
      const progress = progressFromAnswers(quiz, { goals: ['ptsd', 'anxiety'], age: 'age-65-plus' });
      expect(answersRecord(progress, quiz)).to.deep.equal({ age: 'age-65-plus', goals: ['ptsd', 'anxiety'] });
      expect(Object.keys(answersRecord(progress, quiz))).to.deep.equal(['age', 'goals']);
    });
  });

  describe('serialise and restore', () => {
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
});
