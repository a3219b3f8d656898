/**
 * Content of `<side-effects-list>`: what patients may feel, how often, when, and when to get help.
 * Every string a patient reads is here (headings, labels, frequency wording templates), so
 * Spanish and clinic overrides reach every word. Frequencies are numbers (percent of people in
 * SPRAVATO studies, with the placebo percent where the label lists it) tied to a study
 * population; the words ("about 4 in 10 people") are derived from them, never typed by hand.
 */
import * as z from 'zod/mini';
import { defineKind, type ReadableItem } from '../kind.js';
import { documentHeader, hideList, id, label, sourceIds, text, uniqueById, version } from './primitives.js';
import { ROUTES, SEVERITIES, TIMINGS } from '../vocabulary/side-effects.js';

const timing = z.enum(TIMINGS);
const severity = z.enum(SEVERITIES);
const route = z.enum(ROUTES);

/** A percentage of people in a study: finite, 0–100. */
const percent = () => z.number().check(z.gte(0, 'must be at least 0'), z.lte(100, 'must be at most 100'));

/** A number the crisis and emergency buttons dial or text: digits only. */
const dialNumber = () => z.string().check(z.regex(/^[0-9]{3,15}$/, 'must be 3 to 15 digits'));

/** An array of enum values where each appears at most once. */
function uniqueValues<T extends z.ZodMiniType<string>>(item: T, max: number) {
  return z.array(item).check(
    z.minLength(1, 'must have at least one entry'),
    z.maxLength(max, `must have at most ${max} entries`),
    z.superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', message: `duplicate value "${value}"`, path: [index], input: value });
      });
    }),
  );
}

/** A study population the frequencies come from, e.g. adults with treatment-resistant depression. */
export const studySchema = z.strictObject({
  id: id(),
  population: text(300),
  sources: sourceIds(),
});

export const frequencySchema = z.strictObject({
  /** Percent of people on SPRAVATO (esketamine) who reported it. */
  percent: percent(),
  /** Percent on the placebo spray, only where the label lists it. */
  placeboPercent: z.optional(percent()),
  /** Id of the study population in `studies`. */
  study: id(),
});

export const sideEffectSchema = z.strictObject({
  id: id(),
  name: label(),
  description: text(1200),
  timing,
  severity,
  /** Forms of ketamine the effect is reported for. */
  routes: uniqueValues(route, ROUTES.length),
  frequency: z.optional(frequencySchema),
  /** What the clinic does about it. */
  clinicAction: z.optional(text(800)),
  /** Set only by a clinic override (`notes`), never in bundled content. */
  clinicNote: z.optional(text(1000)),
  sources: sourceIds(),
});

/** A heading for a group of side effects, with an optional short introduction. */
const groupTextSchema = z.strictObject({
  heading: label(),
  intro: z.optional(text(800)),
  sources: z.optional(sourceIds()),
});

const severityTextSchema = z.strictObject({
  /** Short badge text shown beside the icon, e.g. "Serious". */
  label: label(),
  heading: label(),
  intro: z.optional(text(800)),
});

const routeInfoSchema = z.strictObject({
  id: route,
  label: label(),
  /** Shown when the list is filtered to this route. */
  note: text(800),
  sources: sourceIds(),
});

const listItemSchema = z.strictObject({
  id: id(),
  text: text(600),
  sources: sourceIds(),
});

const cautionListSchema = z.strictObject({
  heading: label(),
  intro: text(800),
  items: uniqueById(listItemSchema, 30).check(z.minLength(1, 'must have at least one item')),
});

const contactActionSchema = z.strictObject({
  kind: z.enum(['call', 'text']),
  label: label(),
  number: dialNumber(),
});

const helpStepSchema = z.strictObject({
  id: id(),
  /** May contain `{clinic}`: the clinic's name, or the fallback name. */
  heading: label(),
  items: z.array(text(300)).check(z.minLength(1, 'must have at least one item'), z.maxLength(10)),
  note: z.optional(text(600)),
  actions: z.optional(z.array(contactActionSchema).check(z.maxLength(4))),
  /** Adds a button calling the clinic's `phone`, when the clinic set one. */
  callsClinic: z.optional(z.boolean()),
  sources: z.optional(sourceIds()),
});

const labelsSchema = z.strictObject({
  timing: z.strictObject({ during: groupTextSchema, 'hours-after': groupTextSchema, 'long-term': groupTextSchema }),
  severity: z.strictObject({ common: severityTextSchema, 'less-common': severityTextSchema, serious: severityTextSchema }),
  when: label(),
  reportedFor: label(),
  clinicAction: label(),
  howOften: label(),
  /** Heading of a clinic's note; may contain `{clinic}`. */
  clinicNoteHeading: label(),
  /** Used for `{clinic}` when the clinic set no `clinic-name`. */
  clinicFallbackName: label(),
  /** Label of the call button in the help block; may contain `{clinic}`. */
  callClinic: label(),
  /** Shown when a route filter is active; contains `{route}`. */
  showingRoute: label(),
  noEffects: text(400),
  /** Above the summary layout's short list: what it shows and how to see the rest. */
  summaryNote: text(400),
  /** The button that shows every side effect; `{count}` is filled in. */
  showAll: label(),
  /** The same button once everything is shown. */
  showFewer: label(),
  /** The word that joins the last two items of a list ("and" / "y"). */
  listAnd: label(),
});

const frequencyTextSchema = z.strictObject({
  /** `{count}` is filled in. */
  aboutInTen: label(),
  aboutInHundred: label(),
  underOneInHundred: label(),
  none: label(),
  /** `{population}`, `{esketamine}` and `{placebo}` are filled in. */
  sentenceWithPlacebo: text(400),
  sentence: text(400),
  esketamineBar: label(),
  placeboBar: label(),
  /** Text alternative of each bar: `{group}` and `{percent}`. */
  barText: label(),
});

export const sideEffectsContentSchema = z
  .strictObject({
    ...documentHeader(),
    labels: labelsSchema,
    effectsSection: z.strictObject({
      heading: label(),
      intro: text(800),
      /** Says where the numbers come from: SPRAVATO studies, never IV-ketamine rates. */
      frequencyNote: text(800),
      sources: sourceIds(),
    }),
    frequency: frequencyTextSchema,
    studies: uniqueById(studySchema, 10),
    routes: uniqueById(routeInfoSchema, ROUTES.length),
    effects: uniqueById(sideEffectSchema, 80),
    cautions: z.strictObject({
      heading: label(),
      /** The label's only contraindications. */
      contraindications: cautionListSchema,
      /** Warnings and common clinic exclusions that need a clinician's judgement. */
      reviewNeeded: cautionListSchema,
      sources: sourceIds(),
    }),
    help: z.strictObject({
      heading: label(),
      intro: z.optional(text(600)),
      steps: uniqueById(helpStepSchema, 5).check(z.minLength(1, 'must have at least one step')),
      sources: z.optional(sourceIds()),
    }),
    /** Set only by a clinic override (`clinicNote`), never in bundled content. */
    clinicNote: z.optional(text(1000)),
  })
  .check(
    z.superRefine((content, ctx) => {
      const studies = new Set(content.studies.map((study) => study.id));
      content.effects.forEach((effect, index) => {
        if (effect.frequency && !studies.has(effect.frequency.study)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown study "${effect.frequency.study}"`,
            path: ['effects', index, 'frequency', 'study'],
            input: effect.frequency.study,
          });
        }
      });
      const routes = new Set(content.routes.map((info) => info.id));
      for (const missing of ROUTES.filter((value) => !routes.has(value))) {
        ctx.addIssue({ code: 'custom', message: `missing route "${missing}"`, path: ['routes'], input: content.routes });
      }
    }),
  );

export type SideEffectsContent = z.infer<typeof sideEffectsContentSchema>;
export type SideEffect = z.infer<typeof sideEffectSchema>;
export type Frequency = z.infer<typeof frequencySchema>;
export type Study = z.infer<typeof studySchema>;
export type SideEffectsLabels = SideEffectsContent['labels'];
export type FrequencyText = SideEffectsContent['frequency'];
export type RouteInfo = SideEffectsContent['routes'][number];
export type CautionItem = SideEffectsContent['cautions']['contraindications']['items'][number];
export type HelpStep = SideEffectsContent['help']['steps'][number];

/**
 * A clinic override: hide side effects by id, add a note for the whole list, and add notes to
 * single side effects. Contraindications and the "Get help now" block cannot be hidden.
 */
export const sideEffectsOverrideSchema = z.strictObject({
  version: version(),
  hide: z.optional(hideList()),
  clinicNote: z.optional(text(1000)),
  notes: z.optional(uniqueById(z.strictObject({ id: id(), text: text(1000) }), 80)),
});

export type SideEffectsOverride = z.infer<typeof sideEffectsOverrideSchema>;

function readable(content: SideEffectsContent): ReadableItem[] {
  const items: ReadableItem[] = [
    { id: 'effectsSection.intro', text: content.effectsSection.intro },
    { id: 'effectsSection.frequencyNote', text: content.effectsSection.frequencyNote },
  ];
  for (const key of TIMINGS) {
    const intro = content.labels.timing[key].intro;
    if (intro) items.push({ id: `labels.timing.${key}.intro`, text: intro });
  }
  for (const key of SEVERITIES) {
    const intro = content.labels.severity[key].intro;
    if (intro) items.push({ id: `labels.severity.${key}.intro`, text: intro });
  }
  items.push({ id: 'labels.summaryNote', text: content.labels.summaryNote });
  for (const info of content.routes) items.push({ id: `routes.${info.id}.note`, text: info.note });
  for (const effect of content.effects) {
    items.push({ id: `effects.${effect.id}.description`, text: effect.description });
    if (effect.clinicAction) items.push({ id: `effects.${effect.id}.clinicAction`, text: effect.clinicAction });
  }
  for (const list of ['contraindications', 'reviewNeeded'] as const) {
    const section = content.cautions[list];
    items.push({ id: `cautions.${list}.intro`, text: section.intro });
    for (const item of section.items) items.push({ id: `cautions.${list}.${item.id}`, text: item.text });
  }
  if (content.help.intro) items.push({ id: 'help.intro', text: content.help.intro });
  for (const step of content.help.steps) {
    items.push({ id: `help.${step.id}`, text: `${step.heading} ${step.items.join('. ')}.` });
    if (step.note) items.push({ id: `help.${step.id}.note`, text: step.note });
  }
  return items;
}

export const sideEffectsKind = defineKind({
  name: 'side-effects',
  file: 'side-effects.json',
  schema: sideEffectsContentSchema,
  readable,
});
