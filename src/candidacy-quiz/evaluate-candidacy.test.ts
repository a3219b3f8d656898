// evaluateCandidacy against the bundled quiz: every option of every question, every rule,
// combinations, missing answers and refused input. Expectations are written out by hand so a
// content change that alters an outcome has to change this table too.
import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import es from '../../content/es/quiz.json';
import '../content/zod-setup.js';
import { quizContentSchema, type CandidacyOutcome, type QuizContent } from '../content/schemas/quiz.js';
import { evaluateCandidacy, type QuizAnswers } from './evaluate-candidacy.js';
import { REASSURING_ANSWERS } from './test/quiz-answers.js';

const quizEn = quizContentSchema.parse(en) as QuizContent;
const quizEs = quizContentSchema.parse(es) as QuizContent;

type Expected = { outcome: CandidacyOutcome; reasons: string[]; crisis?: boolean };

/** questionId → optionId → what that one answer alone leads to. */
const EACH_ANSWER: Record<string, Record<string, Expected>> = {
  age: {
    'under-18': { outcome: 'unlikely', reasons: ['under-18'] },
    'age-18-to-64': { outcome: 'discuss', reasons: [] },
    'age-65-plus': { outcome: 'discuss', reasons: ['older-adults'] },
  },
  goals: {
    depression: { outcome: 'discuss', reasons: ['approved-uses'] },
    anxiety: { outcome: 'discuss', reasons: ['anxiety-ocd'] },
    ptsd: { outcome: 'discuss', reasons: ['ptsd'] },
    ocd: { outcome: 'discuss', reasons: ['anxiety-ocd'] },
    'chronic-pain': { outcome: 'discuss', reasons: ['chronic-pain'] },
    other: { outcome: 'discuss', reasons: [] },
  },
  'self-harm': {
    'yes-now': { outcome: 'support-first', reasons: [], crisis: true },
    'yes-sometimes': { outcome: 'support-first', reasons: [], crisis: true },
    no: { outcome: 'discuss', reasons: [] },
  },
  antidepressants: {
    none: { outcome: 'discuss', reasons: ['other-treatments-first'] },
    one: { outcome: 'discuss', reasons: ['other-treatments-first'] },
    'two-plus': { outcome: 'discuss', reasons: ['treatment-resistant'] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
    'not-for-depression': { outcome: 'discuss', reasons: [] },
  },
  'current-care': {
    yes: { outcome: 'discuss', reasons: [] },
    no: { outcome: 'discuss', reasons: ['care-team'] },
  },
  pregnancy: {
    yes: { outcome: 'review', reasons: ['pregnancy'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  'blood-pressure': {
    yes: { outcome: 'review', reasons: ['blood-pressure'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['blood-pressure-check'] },
  },
  'heart-and-brain': {
    'heart-vessel': { outcome: 'review', reasons: ['heart-vessel'] },
    'aneurysm-avm': { outcome: 'unlikely', reasons: ['aneurysm-avm'] },
    'brain-bleed': { outcome: 'unlikely', reasons: ['brain-bleed'] },
    'stroke-clot': { outcome: 'review', reasons: ['stroke-clot'] },
    none: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  liver: {
    yes: { outcome: 'review', reasons: ['liver'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  allergy: {
    yes: { outcome: 'unlikely', reasons: ['allergy'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  'psychosis-mania': {
    yes: { outcome: 'review', reasons: ['psychosis-mania'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  'substance-use': {
    yes: { outcome: 'review', reasons: ['substance-use'] },
    no: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  medicines: {
    benzodiazepines: { outcome: 'review', reasons: ['sedating-medicines'] },
    opioids: { outcome: 'review', reasons: ['sedating-medicines'] },
    'sleep-aids': { outcome: 'review', reasons: ['sedating-medicines'] },
    stimulants: { outcome: 'review', reasons: ['bp-raising-medicines'] },
    maoi: { outcome: 'review', reasons: ['bp-raising-medicines'] },
    none: { outcome: 'discuss', reasons: [] },
    'not-sure': { outcome: 'discuss', reasons: ['unsure-answers'] },
  },
  'ride-home': {
    yes: { outcome: 'discuss', reasons: [] },
    no: { outcome: 'discuss', reasons: ['ride-home'] },
    'not-sure': { outcome: 'discuss', reasons: ['ride-home'] },
  },
};

const LABEL_CONTRAINDICATIONS = ['aneurysm-avm', 'brain-bleed', 'allergy'];
const LABEL_WARNINGS = [
  'psychosis-mania',
  'blood-pressure',
  'heart-vessel',
  'stroke-clot',
  'liver',
  'pregnancy',
  'substance-use',
  'sedating-medicines',
  'bp-raising-medicines',
];

const ids = (answers: QuizAnswers, quiz = quizEn) => evaluateCandidacy(quiz, answers).reasons.map((reason) => reason.id);

describe('evaluateCandidacy', () => {
  describe('each answer alone', () => {
    it('the table covers every option of every question, and nothing else', () => {
      const inContent = quizEn.questions.map((question) => `${question.id}: ${question.options.map((option) => option.id).join(',')}`);
      const inTable = Object.entries(EACH_ANSWER).map(([questionId, options]) => `${questionId}: ${Object.keys(options).join(',')}`);
      expect(inTable).to.deep.equal(inContent);
    });

    for (const [questionId, options] of Object.entries(EACH_ANSWER)) {
      for (const [optionId, expected] of Object.entries(options)) {
        it(`${questionId} = ${optionId} → ${expected.outcome}${expected.reasons.length ? ` (${expected.reasons.join(', ')})` : ''}`, () => {
          const question = quizEn.questions.find((q) => q.id === questionId)!;
          const value = question.type === 'multiple' ? [optionId] : optionId;
          for (const quiz of [quizEn, quizEs]) {
            const result = evaluateCandidacy(quiz, { [questionId]: value });
            expect(result.outcome).to.equal(expected.outcome);
            expect(result.reasons.map((reason) => reason.id)).to.deep.equal(expected.reasons);
            expect(result.crisis).to.equal(expected.crisis ?? false);
            for (const reason of result.reasons) expect(reason.questionIds).to.deep.equal([questionId]);
          }
        });
      }
    }
  });

  describe('rules', () => {
    it('every rule is reached by some answer in the table', () => {
      const reached = new Set(Object.values(EACH_ANSWER).flatMap((options) => Object.values(options).flatMap((expected) => expected.reasons)));
      expect([...reached].sort()).to.deep.equal(quizEn.rules.map((rule) => rule.id).sort());
    });

    it('the label contraindications (and under 18) lead to unlikely; the label warnings to review', () => {
      const outcomeOf = (id: string) => quizEn.rules.find((rule) => rule.id === id)!.outcome;
      for (const id of [...LABEL_CONTRAINDICATIONS, 'under-18']) expect(outcomeOf(id), id).to.equal('unlikely');
      for (const id of LABEL_WARNINGS) expect(outcomeOf(id), id).to.equal('review');
      const unlikely = quizEn.rules.filter((rule) => rule.outcome === 'unlikely').map((rule) => rule.id);
      expect(unlikely.sort()).to.deep.equal([...LABEL_CONTRAINDICATIONS, 'under-18'].sort());
    });

    it('carries the rule text and sources into the reason', () => {
      const [reason] = evaluateCandidacy(quizEn, { pregnancy: 'yes' }).reasons;
      const rule = quizEn.rules.find((entry) => entry.id === 'pregnancy')!;
      expect(reason).to.deep.equal({
        id: 'pregnancy',
        outcome: 'review',
        title: rule.title,
        explanation: rule.explanation,
        sources: rule.sources,
        questionIds: ['pregnancy'],
      });
    });
  });

  describe('combinations', () => {
    const cases: { name: string; answers: QuizAnswers; outcome: CandidacyOutcome; reasons: string[]; crisis: boolean }[] = [
      {
        name: 'the most serious rule decides; reasons are most serious first, then in rule order',
        answers: { pregnancy: 'yes', allergy: 'yes', 'ride-home': 'no', age: 'under-18' },
        outcome: 'unlikely',
        reasons: ['under-18', 'allergy', 'pregnancy', 'ride-home'],
        crisis: false,
      },
      {
        name: 'several warnings are all listed',
        answers: { 'psychosis-mania': 'yes', 'blood-pressure': 'yes', 'heart-and-brain': ['heart-vessel'], 'substance-use': 'yes' },
        outcome: 'review',
        reasons: ['psychosis-mania', 'blood-pressure', 'heart-vessel', 'substance-use'],
        crisis: false,
      },
      {
        name: 'a multiple answer can set several rules',
        answers: { 'heart-and-brain': ['heart-vessel', 'aneurysm-avm', 'brain-bleed'] },
        outcome: 'unlikely',
        reasons: ['aneurysm-avm', 'brain-bleed', 'heart-vessel'],
        crisis: false,
      },
      {
        name: 'a self-harm answer makes the outcome support-first, over review',
        answers: { 'self-harm': 'yes-now', 'blood-pressure': 'yes' },
        outcome: 'support-first',
        reasons: ['blood-pressure'],
        crisis: true,
      },
      {
        name: 'a self-harm answer makes the outcome support-first, over unlikely',
        answers: { 'self-harm': 'yes-sometimes', allergy: 'yes' },
        outcome: 'support-first',
        reasons: ['allergy'],
        crisis: true,
      },
      {
        name: 'a self-harm answer with otherwise reassuring answers is support-first, never discuss',
        answers: { ...REASSURING_ANSWERS, 'self-harm': 'yes-now' },
        outcome: 'support-first',
        reasons: ['approved-uses', 'treatment-resistant'],
        crisis: true,
      },
      {
        name: 'medicines of both kinds list both rules once',
        answers: { medicines: ['benzodiazepines', 'opioids', 'maoi'] },
        outcome: 'review',
        reasons: ['sedating-medicines', 'bp-raising-medicines'],
        crisis: false,
      },
      {
        name: 'goals with two options of one rule list the rule once',
        answers: { goals: ['anxiety', 'ocd', 'depression'] },
        outcome: 'discuss',
        reasons: ['approved-uses', 'anxiety-ocd'],
        crisis: false,
      },
      {
        name: 'a full set of reassuring answers',
        answers: REASSURING_ANSWERS,
        outcome: 'discuss',
        reasons: ['approved-uses', 'treatment-resistant'],
        crisis: false,
      },
    ];
    for (const entry of cases) {
      it(entry.name, () => {
        const result = evaluateCandidacy(quizEn, entry.answers);
        expect({ outcome: result.outcome, reasons: result.reasons.map((reason) => reason.id), crisis: result.crisis }).to.deep.equal({
          outcome: entry.outcome,
          reasons: entry.reasons,
          crisis: entry.crisis,
        });
      });
    }

    it('ruleOutcome is the outcome the other answers give, with or without a self-harm answer', () => {
      expect(evaluateCandidacy(quizEn, { 'self-harm': 'yes-now', allergy: 'yes' }).ruleOutcome).to.equal('unlikely');
      expect(evaluateCandidacy(quizEn, { 'self-harm': 'yes-now' }).ruleOutcome).to.equal('discuss');
      expect(evaluateCandidacy(quizEn, { pregnancy: 'yes' }).ruleOutcome).to.equal('review');
    });

    it('lists every question behind a shared reason, in quiz order', () => {
      const result = evaluateCandidacy(quizEn, { allergy: 'not-sure', pregnancy: 'not-sure', antidepressants: 'not-sure' });
      expect(result.reasons.map((reason) => [reason.id, reason.questionIds])).to.deep.equal([['unsure-answers', ['antidepressants', 'pregnancy', 'allergy']]]);
    });
  });

  describe('missing answers', () => {
    it('no answers: discuss, no reasons, no crisis', () => {
      expect(evaluateCandidacy(quizEn, {})).to.deep.equal({ outcome: 'discuss', ruleOutcome: 'discuss', reasons: [], crisis: false });
    });

    it('undefined and empty answers add no flags', () => {
      expect(evaluateCandidacy(quizEn, { pregnancy: undefined, 'heart-and-brain': [] })).to.deep.equal({
        outcome: 'discuss',
        ruleOutcome: 'discuss',
        reasons: [],
        crisis: false,
      });
    });

    it('a partly answered quiz is evaluated on what was answered', () => {
      expect(ids({ age: 'age-65-plus', 'blood-pressure': 'yes' })).to.deep.equal(['blood-pressure', 'older-adults']);
    });

    it('accepts a Map as well as an object', () => {
      const result = evaluateCandidacy(quizEn, new Map([['allergy', 'yes']]));
      expect(result.outcome).to.equal('unlikely');
    });
  });

  describe('refused input', () => {
    const refused: { name: string; answers: unknown; error: typeof RangeError | typeof TypeError; message: string }[] = [
      { name: 'unknown question id', answers: { mood: 'yes' }, error: RangeError, message: 'unknown question id "mood"' },
      { name: 'unknown option id', answers: { pregnancy: 'maybe' }, error: RangeError, message: 'unknown option id "maybe" for question "pregnancy"' },
      {
        name: 'unknown option id in a list',
        answers: { goals: ['depression', 'insomnia'] },
        error: RangeError,
        message: 'unknown option id "insomnia" for question "goals"',
      },
      { name: 'an own __proto__ key from JSON', answers: JSON.parse('{"__proto__": "yes"}'), error: RangeError, message: 'unknown question id "__proto__"' },
      { name: 'an id that names an inherited member', answers: { constructor: 'yes' }, error: RangeError, message: 'unknown question id "constructor"' },
      {
        name: 'two answers to a single-choice question',
        answers: { pregnancy: ['yes', 'no'] },
        error: RangeError,
        message: 'question "pregnancy" takes one answer, got 2',
      },
      {
        name: 'an exclusive option with others',
        answers: { 'heart-and-brain': ['none', 'brain-bleed'] },
        error: RangeError,
        message: 'option "none" of question "heart-and-brain" cannot be combined with other options',
      },
      {
        name: 'a number as an answer',
        answers: { pregnancy: 1 },
        error: TypeError,
        message: 'answer to question "pregnancy" must be an option id or an array of option ids',
      },
      { name: 'null answers', answers: null, error: TypeError, message: 'answers must be an object' },
      { name: 'an array as answers', answers: ['yes'], error: TypeError, message: 'answers must be an object' },
    ];
    for (const entry of refused) {
      it(`throws ${entry.error.name} for ${entry.name}`, () => {
        expect(() => evaluateCandidacy(quizEn, entry.answers as QuizAnswers)).to.throw(entry.error, entry.message);
      });
    }

    it('never reads inherited properties as answers', () => {
      (Object.prototype as Record<string, unknown>).allergy = 'yes';
      try {
        expect(evaluateCandidacy(quizEn, {}).outcome).to.equal('discuss');
      } finally {
        delete (Object.prototype as Record<string, unknown>).allergy;
      }
    });
  });
});
