import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/candidacy-quiz/define.js';
import type { QuizAnswers } from '../src/candidacy-quiz/evaluate-candidacy.js';
import { REASSURING_ANSWERS } from '../src/candidacy-quiz/test/quiz-answers.js';

/** The controls every story shares; each maps to one attribute of the element. */
interface QuizArgs {
  lang: 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  remember: boolean;
  includeAnswers: boolean;
  clinicName: string;
  phone: string;
  bookingUrl: string;
}

const renderQuiz = (args: QuizArgs) =>
  html`<candidacy-quiz
    lang=${args.lang}
    theme=${args.theme}
    ?remember=${args.remember}
    ?include-answers=${args.includeAnswers}
    clinic-name=${args.clinicName || nothing}
    phone=${args.phone || nothing}
    booking-url=${args.bookingUrl || nothing}
  ></candidacy-quiz>`;

/** Reassuring answers to every question: the base of the state stories. */
const REASSURING: QuizAnswers = REASSURING_ANSWERS;

/**
 * Shows a quiz state through the element's public `startAt(answers, step)` method. Answers stay
 * in the element's memory, as a patient's would: never in attributes, the URL or storage.
 */
async function showState(canvasElement: HTMLElement, answers: QuizAnswers, step?: number | 'result'): Promise<void> {
  const el = canvasElement.querySelector('candidacy-quiz');
  if (!el) return;
  await el.updateComplete;
  el.startAt(answers, step);
  await el.updateComplete;
}

const meta: Meta<QuizArgs> = {
  title: 'Elements/candidacy-quiz',
  component: 'candidacy-quiz',
  render: renderQuiz,
  args: {
    lang: 'en',
    theme: 'auto',
    remember: false,
    includeAnswers: false,
    clinicName: 'Lakeside Clinic',
    phone: '(555) 010-2345',
    bookingUrl: 'https://book.lakeside.example/new',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A private self-check: one question at a time, a result with topics to discuss with a clinician, and crisis help first when a patient signals thoughts of self-harm. Answers never leave the browser. The state stories use the public `startAt(answers, step)` method.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<QuizArgs>;

export const Default: Story = {};

export const FirstQuestion: Story = { name: 'First question' };

export const MidWay: Story = {
  name: 'Mid-way',
  play: async ({ canvasElement }) => {
    const { age, goals, 'self-harm': selfHarm, antidepressants, 'current-care': currentCare, pregnancy } = REASSURING;
    await showState(canvasElement, { age, goals, 'self-harm': selfHarm, antidepressants, 'current-care': currentCare, pregnancy });
  },
};

export const OutcomeDiscuss: Story = {
  name: 'Outcome: topics to discuss',
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'ride-home': 'not-sure', age: 'age-65-plus' }, 'result'),
};

export const OutcomeReview: Story = {
  name: 'Outcome: careful review',
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'blood-pressure': 'yes', 'psychosis-mania': 'yes' }, 'result'),
};

export const OutcomeUnlikely: Story = {
  name: 'Outcome: unlikely to be offered',
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'heart-and-brain': ['aneurysm-avm'] }, 'result'),
};

export const CrisisPanel: Story = {
  name: 'Crisis panel (after Next on a self-harm answer)',
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'self-harm': 'yes-now' }, 2),
};

export const SupportFirst: Story = {
  name: 'Outcome: please get support first',
  parameters: {
    docs: {
      description: {
        story:
          'Any self-harm answer ends here (`support-first`): the clinic phone and 988 first, ketamine questions can wait. Answers that need review stay listed; topics to discuss do not. The default `quiz-complete` event does not reveal this outcome.',
      },
    },
  },
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'self-harm': 'yes-sometimes', 'blood-pressure': 'yes' }, 'result'),
};

export const SupportFirstSpanish: Story = {
  name: 'Outcome: please get support first (Spanish)',
  args: { lang: 'es' },
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'self-harm': 'yes-now' }, 'result'),
};

export const Spanish: Story = { args: { lang: 'es' } };

export const SpanishResult: Story = {
  name: 'Spanish result',
  args: { lang: 'es' },
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, pregnancy: 'yes' }, 'result'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'self-harm': 'yes-now' }, 2),
};

export const Brand: Story = {
  name: 'Brand',
  render: (args) =>
    html`<div class="brand-wrapper" style="--kw-accent:#6b2163;--kw-focus-ring:#6b2163;--kw-font-family:Georgia,serif;--kw-radius:2px;--kw-dark-accent:#f0a8e4">
      ${renderQuiz(args)}
    </div>`,
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, goals: ['depression', 'anxiety'] }, 1),
};

export const Narrow320: Story = {
  name: 'Narrow 320',
  render: (args) => html`<div style="width:320px;border:1px dashed #888">${renderQuiz(args)}</div>`,
  play: async ({ canvasElement }) => showState(canvasElement, { ...REASSURING, 'heart-and-brain': ['heart-vessel', 'stroke-clot'] }, 7),
};

export const InvalidOverride: Story = {
  name: 'Invalid override',
  // The refused override is logged on purpose: the story shows the notice and the bundled fallback.
  parameters: { consoleErrors: [/\[candidacy-quiz\] content \(script\)/] },
  render: (args) =>
    html`<candidacy-quiz lang=${args.lang} theme=${args.theme}>
      <script type="application/json">
        { "questions": [{ "id": "mood", "prompt": "How is your mood?" }], "crisis": { "heading": "" } }
      </script>
    </candidacy-quiz>`,
};

export const ClinicOverride: Story = {
  name: 'Clinic override',
  render: (args) =>
    html`<candidacy-quiz lang=${args.lang} theme=${args.theme} clinic-name=${args.clinicName} phone=${args.phone}>
      <script type="application/json">
        {
          "ui": { "heading": "Is ketamine care worth asking us about?" },
          "questions": [{ "id": "ride-home", "prompt": "Could a friend or family member drive you home after each visit?" }],
          "clinicNote": "Bring this summary to a free 15-minute phone call with our nurse. We will go over it with you."
        }
      </script>
    </candidacy-quiz>`,
  play: async ({ canvasElement }) => showState(canvasElement, REASSURING, 'result'),
};

export const Remember: Story = {
  name: 'Remember progress (opt-in)',
  args: { remember: true },
};
