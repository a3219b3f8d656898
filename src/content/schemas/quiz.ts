/**
 * Content of `<candidacy-quiz>`: questions whose options carry flags, rules (as data) that map
 * flags to an outcome with an explanation and its sources, the crisis panel, outcome wording and
 * every interface string a patient reads. The rules are what `evaluateCandidacy` runs.
 *
 * Rule semantics: a rule matches when the answers set ANY of its `when` flags. The outcome is
 * `support-first` whenever an answer sets the `crisisFlag` (a self-harm answer); otherwise the
 * most serious matched rule (`unlikely` > `review` > `discuss`), `discuss` by default.
 */
import * as z from 'zod/mini';
import { defineKind, type ReadableItem } from '../kind.js';
import { documentHeader, id, label, sourceIds, text, uniqueById, version } from './primitives.js';

/**
 * The four results, least to most urgent:
 * - `discuss`: no answer matched a label warning or contraindication; topics to talk about with a clinician (never a green light).
 * - `review`: an answer matched a label warning (or a common study exclusion); a clinician must look at it closely.
 * - `unlikely`: one of the label's three contraindications, or under 18.
 * - `support-first`: a self-harm answer. Crisis help (the clinic, 988, 911) comes first; ketamine questions can wait.
 */
export const CANDIDACY_OUTCOMES = ['discuss', 'review', 'unlikely', 'support-first'] as const;
export type CandidacyOutcome = (typeof CANDIDACY_OUTCOMES)[number];
/** The outcomes a rule can lead to; `support-first` comes only from the crisis flag. */
export const RULE_OUTCOMES = ['discuss', 'review', 'unlikely'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export const MIN_QUESTIONS = 8;
export const MAX_QUESTIONS = 16;
export const MAX_OPTIONS = 10;

const flagList = () => z.array(id()).check(z.maxLength(10, 'must have at most 10 flags'));

export const quizOptionSchema = z.strictObject({
  id: id(),
  label: text(300),
  /** Flags this option sets when chosen; rules read them. */
  flags: flagList(),
  /** In a `multiple` question: choosing this option clears the others ("None of these"). */
  exclusive: z.optional(z.boolean()),
});

export const quizQuestionSchema = z.strictObject({
  id: id(),
  type: z.enum(['single', 'multiple']),
  prompt: text(300),
  hint: z.optional(text(600)),
  options: uniqueById(quizOptionSchema, MAX_OPTIONS).check(z.minLength(2, 'must have at least 2 options')),
  sources: z.optional(sourceIds()),
});

export const quizRuleSchema = z.strictObject({
  id: id(),
  /** The rule matches when any of these flags is set. */
  when: z.array(id()).check(z.minLength(1, 'must name at least one flag'), z.maxLength(20)),
  outcome: z.enum(RULE_OUTCOMES),
  title: label(),
  explanation: text(1000),
  /** Required for every rule that states a fact; only a procedural note (e.g. "answers you did not know") may leave it out. */
  sources: z.optional(sourceIds()),
});

const outcomeTextSchema = z.strictObject({ title: label(), body: text(1000), sources: sourceIds() });

/** Interface strings. `{current}`, `{total}` are filled literally (never as a template language). */
export const quizUiSchema = z.strictObject({
  heading: label(),
  intro: text(600),
  privacyNote: text(400),
  /** Replaces `privacyNote` when the clinic opts in to `remember`. */
  rememberNote: text(400),
  progress: label(),
  progressLabel: label(),
  chooseOne: label(),
  chooseAny: label(),
  back: label(),
  next: label(),
  seeResult: label(),
  nextDisabled: label(),
  startOver: label(),
  print: label(),
  reasonsHeading: label(),
  topicsHeading: label(),
  summaryHeading: label(),
  summaryHint: text(400),
  notAnswered: label(),
  clinicNoteHeading: label(),
});

export const quizCrisisSchema = z.strictObject({
  heading: label(),
  body: text(600),
  call988: label(),
  text988: label(),
  lifelineNote: text(400),
  veterans: text(300),
  emergency: text(300),
  call911: label(),
  /** `{clinic}` and `{phone}` are filled in; shown only when the clinic set `phone`. */
  callClinic: label(),
  yourClinic: label(),
  notEmergencyCare: text(600),
  continue: label(),
  continueNote: text(300),
  sources: sourceIds(),
});

export const quizContentSchema = z
  .strictObject({
    ...documentHeader(),
    ui: quizUiSchema,
    crisis: quizCrisisSchema,
    /** `line` sits directly under every outcome heading; `text` (examples of what needs review) follows the lists. */
    notDiagnosis: z.strictObject({ line: text(300), text: text(800), sources: sourceIds() }),
    /** The flag (set by self-harm answers) that shows the crisis panel. */
    crisisFlag: id(),
    questions: uniqueById(quizQuestionSchema, MAX_QUESTIONS).check(
      z.minLength(MIN_QUESTIONS, `must have at least ${MIN_QUESTIONS} questions`),
    ),
    rules: uniqueById(quizRuleSchema, 60),
    outcomes: z.strictObject({
      'support-first': outcomeTextSchema,
      unlikely: outcomeTextSchema,
      review: outcomeTextSchema,
      discuss: outcomeTextSchema,
    }),
    /** A clinic's own note on the result screen (from an override; bundled content has none). */
    clinicNote: z.optional(text(1000)),
  })
  .check(
    z.superRefine((quiz, ctx) => {
      // Runs after the shape checks; guard anyway so a half-valid value cannot throw here.
      if (!Array.isArray(quiz.questions) || !Array.isArray(quiz.rules)) return;
      const setFlags = new Set<string>();
      quiz.questions.forEach((question, q) => {
        if (!Array.isArray(question?.options)) return;
        question.options.forEach((option, o) => {
          if (Array.isArray(option?.flags)) for (const flag of option.flags) setFlags.add(flag);
          if (option?.exclusive && question.type !== 'multiple') {
            ctx.addIssue({ code: 'custom', message: 'only options of a "multiple" question can be exclusive', path: ['questions', q, 'options', o, 'exclusive'], input: option.exclusive });
          }
        });
      });
      quiz.rules.forEach((rule, r) => {
        if (!Array.isArray(rule?.when)) return;
        rule.when.forEach((flag, f) => {
          if (!setFlags.has(flag)) {
            ctx.addIssue({ code: 'custom', message: `flag "${flag}" is not set by any option`, path: ['rules', r, 'when', f], input: flag });
          }
        });
      });
      if (typeof quiz.crisisFlag === 'string' && !setFlags.has(quiz.crisisFlag)) {
        ctx.addIssue({ code: 'custom', message: `flag "${quiz.crisisFlag}" is not set by any option`, path: ['crisisFlag'], input: quiz.crisisFlag });
      }
    }),
  );

export type QuizContent = z.infer<typeof quizContentSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizRule = z.infer<typeof quizRuleSchema>;
export type QuizUi = z.infer<typeof quizUiSchema>;
export type QuizCrisis = z.infer<typeof quizCrisisSchema>;

const optionalText = (max: number) => z.optional(text(max));

/**
 * What a clinic may change: interface wording (not the privacy notes), question and option
 * wording by id, outcome titles and bodies (not `support-first`, which is crisis help), and a note
 * of its own on the result screen. The crisis panel, the not-a-diagnosis line, the rules and the
 * flags cannot be changed or removed.
 */
export const quizOverrideSchema = z.strictObject({
  version: version(),
  ui: z.optional(z.partial(z.omit(quizUiSchema, { privacyNote: true, rememberNote: true }))),
  questions: z.optional(
    uniqueById(
      z.strictObject({
        id: id(),
        prompt: optionalText(300),
        hint: optionalText(600),
        options: z.optional(uniqueById(z.strictObject({ id: id(), label: text(300) }), MAX_OPTIONS)),
      }),
      MAX_QUESTIONS,
    ),
  ),
  outcomes: z.optional(
    z.strictObject({
      discuss: z.optional(z.strictObject({ title: z.optional(label()), body: optionalText(1000) })),
      review: z.optional(z.strictObject({ title: z.optional(label()), body: optionalText(1000) })),
      unlikely: z.optional(z.strictObject({ title: z.optional(label()), body: optionalText(1000) })),
    }),
  ),
  clinicNote: optionalText(1000),
});

export type QuizOverride = z.infer<typeof quizOverrideSchema>;

/**
 * The override schema bound to a quiz's ids: a question or option id the quiz does not have is
 * refused at its exact path (`questions[0].options[1].id`), instead of being silently ignored.
 */
export function quizOverrideSchemaFor(quiz: QuizContent) {
  const questions = new Map(quiz.questions.map((question) => [question.id, new Set(question.options.map((option) => option.id))]));
  return quizOverrideSchema.check(
    z.superRefine((override, ctx) => {
      if (!Array.isArray(override.questions)) return;
      override.questions.forEach((entry, q) => {
        const options = questions.get(entry.id);
        if (!options) {
          ctx.addIssue({ code: 'custom', message: `unknown question id "${entry.id}"`, path: ['questions', q, 'id'], input: entry.id });
          return;
        }
        entry.options?.forEach((option, o) => {
          if (!options.has(option.id)) {
            ctx.addIssue({ code: 'custom', message: `unknown option id "${option.id}" in question "${entry.id}"`, path: ['questions', q, 'options', o, 'id'], input: option.id });
          }
        });
      });
    }),
  );
}

function quizReadable(quiz: QuizContent): ReadableItem[] {
  const items: ReadableItem[] = [
    { id: 'ui.intro', text: quiz.ui.intro },
    { id: 'ui.privacyNote', text: quiz.ui.privacyNote },
    { id: 'ui.rememberNote', text: quiz.ui.rememberNote },
    { id: 'ui.summaryHint', text: quiz.ui.summaryHint },
    { id: 'notDiagnosis.line', text: quiz.notDiagnosis.line },
    { id: 'notDiagnosis', text: quiz.notDiagnosis.text },
    { id: 'crisis', text: [quiz.crisis.body, quiz.crisis.lifelineNote, quiz.crisis.veterans, quiz.crisis.emergency].join(' ') },
    { id: 'crisis.notEmergencyCare', text: quiz.crisis.notEmergencyCare },
    { id: 'crisis.continueNote', text: quiz.crisis.continueNote },
  ];
  for (const question of quiz.questions) {
    items.push({ id: `questions.${question.id}`, text: [question.prompt, question.hint ?? ''].join(' ').trim() });
  }
  for (const rule of quiz.rules) items.push({ id: `rules.${rule.id}`, text: rule.explanation });
  for (const outcome of CANDIDACY_OUTCOMES) items.push({ id: `outcomes.${outcome}`, text: quiz.outcomes[outcome].body });
  if (quiz.clinicNote) items.push({ id: 'clinicNote', text: quiz.clinicNote });
  return items;
}

export const quizKind = defineKind({ name: 'quiz', file: 'quiz.json', schema: quizContentSchema, readable: quizReadable });
