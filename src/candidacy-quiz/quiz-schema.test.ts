// The quiz content and override schemas: bundled content passes; dangling references,
// duplicates and unknown keys are refused at their exact path.
import { expect } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import es from '../../content/es/quiz.json';
import '../content/zod-setup.js';
import { quizContentSchema, quizOverrideSchema, quizKind, type QuizContent } from '../content/schemas/quiz.js';
import { formatPath } from '../content/override.js';
import { validateQuizOverride } from './quiz-override.js';

const clone = (): QuizContent => JSON.parse(JSON.stringify(en));
function problems(data: unknown): string[] {
  const result = quizContentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('quiz content schema', () => {
  it('accepts the bundled English and Spanish quizzes, with the same ids', () => {
    expect(problems(en)).to.deep.equal([]);
    expect(problems(es)).to.deep.equal([]);
    const shape = (quiz: QuizContent) => [
      quiz.crisisFlag,
      quiz.questions.map((q) => [q.id, q.type, q.options.map((o) => [o.id, o.flags])]),
      quiz.rules.map((r) => [r.id, r.when, r.outcome]),
    ];
    expect(shape(es as QuizContent)).to.deep.equal(shape(en as QuizContent));
  });

  it('is registered as the "quiz" kind, reading quiz.json, with readable passages', () => {
    expect(quizKind.name).to.equal('quiz');
    expect(quizKind.file).to.equal('quiz.json');
    const ids = quizKind.readable(en as QuizContent).map((item) => item.id);
    expect(ids).to.include.members(['ui.intro', 'notDiagnosis', 'crisis', 'questions.self-harm', 'rules.pregnancy', 'outcomes.unlikely']);
  });

  it('refuses a rule naming a flag no option sets', () => {
    const quiz = clone();
    quiz.rules[2].when = ['brain-bleed', 'tumour'];
    expect(problems(quiz)).to.deep.equal(['rules[2].when[1]: flag "tumour" is not set by any option']);
  });

  it('refuses a crisis flag no option sets', () => {
    const quiz = clone();
    quiz.crisisFlag = 'danger';
    expect(problems(quiz)).to.deep.equal(['crisisFlag: flag "danger" is not set by any option']);
  });

  it('refuses duplicate question, option and rule ids', () => {
    const quiz = clone();
    quiz.questions[3].id = quiz.questions[1].id;
    quiz.questions[0].options[2].id = quiz.questions[0].options[0].id;
    quiz.rules[5].id = quiz.rules[4].id;
    expect(problems(quiz)).to.have.members([
      'questions[3].id: duplicate id "goals"',
      'questions[0].options[2].id: duplicate id "under-18"',
      'rules[5].id: duplicate id "psychosis-mania"',
    ]);
  });

  it('refuses fewer than 8 or more than 16 questions', () => {
    const few = clone();
    few.questions = few.questions.slice(0, 7);
    // Rules then name flags that no remaining option sets: reported too, at their own paths.
    expect(problems(few)[0]).to.equal('questions: must have at least 8 questions');
    const many = clone();
    const extra = (n: number) => ({ ...many.questions[0], id: `extra-${n}` });
    many.questions = [...many.questions, ...Array.from({ length: 17 - many.questions.length }, (_, n) => extra(n))];
    expect(problems(many)).to.deep.equal(['questions: must have at most 16 items']);
  });

  it('refuses an exclusive option in a single-choice question', () => {
    const quiz = clone();
    quiz.questions[0].options[0].exclusive = true;
    expect(problems(quiz)).to.deep.equal(['questions[0].options[0].exclusive: only options of a "multiple" question can be exclusive']);
  });

  it('refuses unknown keys, unknown versions and unbounded text', () => {
    expect(problems({ ...clone(), onclick: 'x' })).to.deep.equal([': Unrecognized key: "onclick"']);
    expect(problems({ ...clone(), version: 2 })).to.deep.equal(['version: unsupported content version: this library reads version 1']);
    const quiz = clone();
    quiz.questions[4].prompt = 'x'.repeat(301);
    expect(problems(quiz)).to.deep.equal(['questions[4].prompt: must be at most 300 characters']);
  });

  it('requires sources on every rule that states a fact; only the procedural unsure-answers rule has none', () => {
    const quiz = clone();
    quiz.rules[0].sources = [];
    expect(problems(quiz)).to.deep.equal(['rules[0].sources: every claim needs at least one source id']);
    for (const bundled of [en, es] as QuizContent[]) {
      expect(bundled.rules.filter((rule) => !rule.sources).map((rule) => rule.id)).to.deep.equal(['unsure-answers']);
    }
  });

  it('has the four outcomes, and no rule leads to support-first (only the crisis flag does)', () => {
    for (const bundled of [en, es] as QuizContent[]) {
      expect(Object.keys(bundled.outcomes)).to.deep.equal(['support-first', 'unlikely', 'review', 'discuss']);
      expect(bundled.rules.some((rule) => rule.id === 'crisis-support')).to.equal(false);
    }
    const quiz = clone() as unknown as { rules: { outcome: string }[] };
    quiz.rules[0].outcome = 'support-first';
    expect(problems(quiz)[0]).to.match(/^rules\[0\]\.outcome: /);
  });
});

describe('quiz override schema', () => {
  it('accepts wording changes and a clinic note', () => {
    const result = validateQuizOverride({
      ui: { heading: 'Is ketamine care worth asking about?' },
      questions: [{ id: 'ride-home', prompt: 'Can someone drive you home?', options: [{ id: 'not-sure', label: 'Maybe' }] }],
      outcomes: { discuss: { title: 'Let us talk' } },
      clinicNote: 'We offer free 15-minute phone calls.',
    });
    expect(result.ok).to.equal(true);
  });

  const refused: [string, unknown, string, string][] = [
    ['an unknown question id', { questions: [{ id: 'mood', prompt: 'x' }] }, 'questions[0].id', 'unknown question id "mood"'],
    [
      'an unknown option id',
      { questions: [{ id: 'age', options: [{ id: 'teen', label: 'x' }] }] },
      'questions[0].options[0].id',
      'unknown option id "teen" in question "age"',
    ],
    ['removing the crisis panel', { crisis: null }, '', 'Unrecognized key: "crisis"'],
    ['changing the not-a-diagnosis line', { notDiagnosis: { text: 'You qualify!' } }, '', 'Unrecognized key: "notDiagnosis"'],
    ['changing the privacy note', { ui: { privacyNote: 'We keep your data.' } }, 'ui', 'Unrecognized key: "privacyNote"'],
    ['changing the remember note', { ui: { rememberNote: 'We keep your data.' } }, 'ui', 'Unrecognized key: "rememberNote"'],
    ['changing the rules', { rules: [] }, '', 'Unrecognized key: "rules"'],
    ['an empty prompt', { questions: [{ id: 'age', prompt: '' }] }, 'questions[0].prompt', 'must not be empty'],
    ['a duplicate question', { questions: [{ id: 'age' }, { id: 'age' }] }, 'questions[1].id', 'duplicate id "age"'],
    ['an unknown version', { version: 99 }, 'version', 'unsupported content version: this library reads version 1'],
  ];
  for (const [name, data, path, message] of refused) {
    it(`refuses ${name} at ${path || '(root)'}`, () => {
      expect(validateQuizOverride(data)).to.deep.equal({ ok: false, path, message });
    });
  }

  it('the plain override schema has no knowledge of ids (the bound one does)', () => {
    expect(quizOverrideSchema.safeParse({ questions: [{ id: 'mood' }] }).success).to.equal(true);
  });
});
