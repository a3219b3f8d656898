/**
 * The self-check, run to each outcome by clicking answers and Next as a patient would, plus the
 * crisis help. Every run checks that focus moves to each new question and that the events carry
 * the outcome only.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../../src/candidacy-quiz/define.js';
import { elementIn, recordEvents, shadow, type LitLike } from './shadow.js';

const meta: Meta = {
  title: 'Interactions/candidacy-quiz',
  component: 'candidacy-quiz',
  tags: ['!autodocs'],
  parameters: { docs: { disable: true } },
  render: () => html`<candidacy-quiz clinic-name="Lakeside Clinic" phone="(555) 010-2345"></candidacy-quiz>`,
};
export default meta;

type Story = StoryObj;

/** Answers by visible label, in question order. Arrays are "choose all that apply". */
const NOTHING_RULES_IT_OUT: readonly (string | string[])[] = [
  '18 to 64',
  ['Depression'],
  'No',
  'Two or more',
  'Yes',
  'No',
  'No',
  ['None of these'],
  'No',
  'No',
  'No',
  'No',
  ['None of these'],
  'Yes',
];

function withAnswer(index: number, answer: string | string[]): (string | string[])[] {
  const answers = [...NOTHING_RULES_IT_OUT];
  answers[index] = answer;
  return answers;
}

interface QuizEvent {
  outcome?: string;
  answers?: unknown;
}

/** Chooses the answer(s) on the current question and presses Next (or See my result). */
async function answer(quiz: LitLike, labels: string | string[]): Promise<void> {
  const ui = shadow(quiz);
  const legend = quiz.shadowRoot!.querySelector('legend')!.textContent;
  for (const label of Array.isArray(labels) ? labels : [labels]) {
    await userEvent.click(ui.getByRole(Array.isArray(labels) ? 'checkbox' : 'radio', { name: label }));
  }
  await userEvent.click(ui.getByRole('button', { name: /^(Next|See my result)$/ }));
  await quiz.updateComplete;
  // Focus moves to the next question's group, named "Question n of N" and the question (or to the result heading).
  await waitFor(() => expect(quiz.shadowRoot!.activeElement?.matches('fieldset, #result-heading')).toBe(true));
  if (quiz.shadowRoot!.querySelector('legend')) await expect(quiz.shadowRoot!.querySelector('legend')!.textContent).not.toBe(legend);
}

async function run(
  canvasElement: HTMLElement,
  answers: readonly (string | string[])[],
): Promise<{ quiz: LitLike; completes: QuizEvent[]; steps: QuizEvent[] }> {
  const quiz = await elementIn(canvasElement, 'candidacy-quiz');
  const completes = recordEvents<QuizEvent>(quiz, 'quiz-complete');
  const steps = recordEvents<QuizEvent>(quiz, 'quiz-step');
  for (const labels of answers) await answer(quiz, labels);
  await waitFor(() => expect(quiz.shadowRoot!.querySelector('[part="result"]')).not.toBeNull());
  return { quiz, completes, steps };
}

async function expectOutcome(quiz: LitLike, completes: QuizEvent[], outcome: string, title: RegExp): Promise<void> {
  await expect(shadow(quiz).getByRole('heading', { name: title })).toBeInTheDocument();
  await expect(completes.at(-1)?.outcome).toBe(outcome);
  // The outcome only, unless the clinic opts in with include-answers.
  for (const detail of completes) await expect(Object.keys(detail)).toEqual(['outcome']);
  await expect(quiz.shadowRoot!.querySelector('[part="not-diagnosis"]')?.textContent).toMatch(/\S/);
}

export const OutcomeDiscuss: Story = {
  name: 'Run to "discuss"',
  play: async ({ canvasElement }) => {
    const { quiz, completes, steps } = await run(canvasElement, NOTHING_RULES_IT_OUT);
    await expectOutcome(quiz, completes, 'discuss', /Topics to talk about with a clinician/);
    for (const detail of steps) await expect(detail).not.toHaveProperty('answers');
  },
};

export const OutcomeReview: Story = {
  name: 'Run to "review" (blood pressure not under control)',
  play: async ({ canvasElement }) => {
    const { quiz, completes } = await run(canvasElement, withAnswer(6, 'Yes'));
    await expectOutcome(quiz, completes, 'review', /careful review/);
    await expect(quiz.shadowRoot!.querySelector('[part="reasons"]')?.textContent).toMatch(/blood pressure/i);
  },
};

export const OutcomeUnlikely: Story = {
  name: 'Run to "unlikely" (allergy to ketamine)',
  play: async ({ canvasElement }) => {
    const { quiz, completes } = await run(canvasElement, withAnswer(9, 'Yes'));
    await expectOutcome(quiz, completes, 'unlikely', /unlikely to be offered/);
  },
};

export const Crisis: Story = {
  name: 'Crisis help comes first',
  play: async ({ canvasElement, step }) => {
    const quiz = await elementIn(canvasElement, 'candidacy-quiz');
    const ui = shadow(quiz);
    const completes = recordEvents<QuizEvent>(quiz, 'quiz-complete');

    await step('answer the first two questions', async () => {
      await answer(quiz, NOTHING_RULES_IT_OUT[0]);
      await answer(quiz, NOTHING_RULES_IT_OUT[1]);
    });

    await step('choosing "Yes, right now" alone shows nothing; Next shows the crisis panel first and focuses it', async () => {
      await userEvent.click(ui.getByRole('radio', { name: 'Yes, right now' }));
      await expect(quiz.shadowRoot!.querySelector('[part~="crisis"]')).toBeNull();
      await userEvent.click(ui.getByRole('button', { name: 'Next' }));
      const panel = await waitFor(() => ui.getByRole('region', { name: 'Please get help now' }));
      const inPanel = within(panel);
      await expect(panel).toHaveTextContent('988');
      await expect(inPanel.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
      await expect(inPanel.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
      await expect(inPanel.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
      await expect(inPanel.getByRole('link', { name: /Call Lakeside Clinic/ })).toHaveAttribute('href', expect.stringMatching(/^tel:/));
      // Before anything else: the panel comes before the question. Announced once, by focus, not as an alert too.
      await expect(panel.compareDocumentPosition(quiz.shadowRoot!.querySelector('fieldset')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await waitFor(() => expect(quiz.shadowRoot!.activeElement).toBe(panel));
      await expect(ui.queryByRole('alert')).toBeNull();
    });

    await step('the patient can continue; the result is "Please get support first", and the page is not told why', async () => {
      await userEvent.click(ui.getByRole('button', { name: /continue/i }));
      await waitFor(() => expect(quiz.shadowRoot!.querySelector('legend')?.textContent).toMatch(/antidepressant/i));
      for (const labels of NOTHING_RULES_IT_OUT.slice(3)) await answer(quiz, labels);
      // The default event carries the outcome of the other answers, never support-first.
      await expectOutcome(quiz, completes, 'discuss', /Please get support first/);
      const outcome = quiz.shadowRoot!.querySelector('[part~="outcome"]')!;
      await expect(within(outcome as HTMLElement).getAllByRole('link')[0]).toHaveAccessibleName(/Call Lakeside Clinic/);
      await expect(outcome).toHaveTextContent('988');
      await expect(quiz.shadowRoot!.querySelector('[part="result"]')).not.toHaveTextContent(/Nothing here rules it out/);
      await expect(ui.queryByRole('alert')).toBeNull();
    });
  },
};

export const NextNeedsAnAnswerAndBackKeepsIt: Story = {
  name: 'Next needs an answer; Back keeps it',
  play: async ({ canvasElement }) => {
    const quiz = await elementIn(canvasElement, 'candidacy-quiz');
    const ui = shadow(quiz);
    const next = ui.getByRole('button', { name: 'Next' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toHaveAccessibleDescription('Choose an answer to go on.');
    await userEvent.click(next);
    await expect(quiz.shadowRoot!.querySelector('[part="progress-text"]')).toHaveTextContent('Question 1 of');

    await answer(quiz, '65 or older');
    await userEvent.click(ui.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(ui.getByRole('radio', { name: '65 or older' })).toBeChecked());
  },
};
