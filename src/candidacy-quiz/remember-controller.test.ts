import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import { REASSURING_ANSWERS } from './test/quiz-answers.js';
import { INITIAL_PROGRESS, progressFromAnswers, type QuizProgress } from './quiz-state.js';
import { RememberController, STORAGE_KEY, type RememberState } from './remember-controller.js';
import { fakeHost } from '../shared/test/fake-host.js';

const quiz = en as QuizContent;

/** A controller whose host state the test sets, and an "update" that runs hostUpdated. */
function setUp(id = '') {
  const host = fakeHost({ id });
  let state: RememberState | null = null;
  const controller = new RememberController(host, () => state);
  const update = (next: Partial<RememberState> & { progress: QuizProgress }) => {
    state = { enabled: true, quiz, ...next };
    for (const each of host.controllers) each.hostUpdated?.();
  };
  return { host, controller, update };
}

const answered = (answers: Record<string, string | string[]>, step?: number) => progressFromAnswers(quiz, answers, step);

describe('RememberController', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps option ids (never text) in sessionStorage after an update, and restores them', () => {
    const { controller, update } = setUp();
    update({ progress: answered({ age: 'age-18-to-64', goals: ['depression', 'ocd'] }) });
    const stored = sessionStorage.getItem(STORAGE_KEY)!;
    expect(JSON.parse(stored)).to.deep.equal({
      v: 2,
      step: 2,
      answers: [
        ['age', ['age-18-to-64']],
        ['goals', ['depression', 'ocd']],
      ],
    });
    expect(stored).not.to.contain('Depression');
    const restored = setUp().controller.restore(quiz)!;
    expect(restored.step).to.equal(2);
    expect([...restored.answers.keys()]).to.deep.equal(['age', 'goals']);
    expect(controller.key).to.equal(STORAGE_KEY);
  });

  it('never stores the self-harm question or its answer, whatever it was', () => {
    for (const answer of ['yes-now', 'yes-sometimes', 'no']) {
      sessionStorage.clear();
      const { update } = setUp();
      update({ progress: answered({ ...REASSURING_ANSWERS, 'self-harm': answer }, 5) });
      const everything = Object.keys(sessionStorage)
        .map((key) => `${key}=${sessionStorage.getItem(key)}`)
        .join();
      expect(everything).to.contain('"step":5');
      expect(everything, answer).not.to.match(/self-harm|yes-now|yes-sometimes/);
    }
  });

  it('clears storage when progress is back at the start (Start over), and on forget', () => {
    const { controller, update } = setUp();
    update({ progress: answered({ age: 'age-18-to-64' }) });
    expect(sessionStorage.getItem(STORAGE_KEY)).to.be.a('string');
    update({ progress: INITIAL_PROGRESS });
    expect(sessionStorage.length).to.equal(0);
    update({ progress: answered({ age: 'age-65-plus' }) });
    controller.forget();
    expect(sessionStorage.length).to.equal(0);
  });

  it('stores nothing unless enabled, or while the host has no content yet', () => {
    const { update, host } = setUp();
    update({ enabled: false, progress: answered({ age: 'age-18-to-64' }) });
    for (const each of host.controllers) each.hostUpdated?.();
    expect(sessionStorage.length).to.equal(0);
    const second = setUp();
    for (const each of second.host.controllers) each.hostUpdated?.(); // state is null: no content yet
    expect(sessionStorage.length).to.equal(0);
  });

  it('writes unchanged progress only once', () => {
    const { update } = setUp();
    const progress = answered({ age: 'age-18-to-64' });
    let writes = 0;
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes++;
      return original.call(this, key, value);
    };
    try {
      update({ progress });
      update({ progress });
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(writes).to.equal(1);
  });

  it('keeps one entry per quiz id', () => {
    setUp('first').update({ progress: answered({ age: 'age-18-to-64' }) });
    setUp('second').update({ progress: answered({ age: 'age-65-plus' }) });
    expect(Object.keys(sessionStorage).sort()).to.deep.equal([`${STORAGE_KEY}#first`, `${STORAGE_KEY}#second`]);
    expect(setUp('second').controller.restore(quiz)!.answers.get('age')).to.deep.equal(['age-65-plus']);
  });

  it('survives storage that throws, and ignores stored values that are not valid', () => {
    const { controller, update } = setUp();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => update({ progress: answered({ age: 'age-18-to-64' }) })).not.to.throw();
    } finally {
      Storage.prototype.setItem = original;
    }
    sessionStorage.setItem(STORAGE_KEY, '{"v":2,"step":3,"answers":[["age",["teen"]]]}');
    expect(controller.restore(quiz)).to.equal(null);
  });
});
