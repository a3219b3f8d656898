/**
 * The FAQ search, driven as a patient would: type, read the count, open a match with the
 * keyboard, find nothing, clear. Each story ends with axe and the console check, as every story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../src/ketamine-faq/define.js';
import { elementIn, recordEvents, shadow } from './shadow.js';

const meta: Meta = {
  title: 'Interactions/ketamine-faq',
  component: 'ketamine-faq',
  tags: ['!autodocs'],
  parameters: { docs: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** The search text the FAQ has applied (it applies once typing pauses). */
const queryOf = (faq: unknown): string | null => (faq as { query: string | null }).query;

/** Items the filter left visible. */
const visibleItems = (faq: HTMLElement) => [...faq.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].filter((item) => !item.hidden);

export const Search: Story = {
  name: 'Search, open a match, no match, clear',
  render: () => html`<ketamine-faq searchable></ketamine-faq>`,
  play: async ({ canvasElement, step }) => {
    const faq = await elementIn(canvasElement, 'ketamine-faq');
    const ui = shadow(faq);
    const toggles = recordEvents<{ id: string; open: boolean }>(faq, 'faq-toggle');
    const total = visibleItems(faq).length;
    const search = ui.getByRole('searchbox', { name: 'Search the questions' });

    await step('type a word: the list narrows and the count is announced', async () => {
      await userEvent.type(search, 'drive');
      // The search applies once typing pauses: wait for the whole word, not a prefix.
      await waitFor(() => expect(queryOf(faq)).toBe('drive'));
      await waitFor(() => expect(ui.getByRole('status')).toHaveTextContent(/^\d+ questions? match/), { timeout: 3000 });
      const shown = visibleItems(faq);
      await expect(shown.length).toBeGreaterThan(0);
      await expect(shown.length).toBeLessThan(total);
      const count = Number(/\d+/.exec(ui.getByRole('status').textContent ?? '')?.[0]);
      await expect(count).toBe(shown.length);
      for (const item of shown) await expect(item.textContent?.toLowerCase()).toContain('drive');
      await expect(faq.shadowRoot!.querySelectorAll('mark[part="match"]').length).toBeGreaterThan(0);
    });

    await step('open the first match with the keyboard', async () => {
      const button = visibleItems(faq)[0].querySelector<HTMLButtonElement>('button[part="question-button"]')!;
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      button.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
      const answer = faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      await expect(answer.hasAttribute('hidden')).toBe(false);
      await expect(toggles.at(-1)).toEqual({ id: button.dataset.id, open: true });
    });

    await step('a word that matches nothing says so and offers to clear', async () => {
      // Select the word typed before and type over it, as a person would.
      const before = (search as HTMLInputElement).value.length;
      await userEvent.type(search, 'xylophone', { initialSelectionStart: 0, initialSelectionEnd: before });
      await waitFor(() => expect(queryOf(faq)).toBe('xylophone'));
      await waitFor(() => expect(ui.getByRole('status')).toHaveTextContent('No questions match'), { timeout: 3000 });
      await expect(visibleItems(faq)).toHaveLength(0);
      await userEvent.click(ui.getByRole('button', { name: 'Clear search' }));
      await waitFor(() => expect(visibleItems(faq)).toHaveLength(total));
      await expect(search).toHaveValue('');
    });
  },
};

export const SpanishSearch: Story = {
  name: 'Spanish search ignores accents',
  render: () => html`<ketamine-faq searchable lang="es"></ketamine-faq>`,
  play: async ({ canvasElement }) => {
    const faq = await elementIn(canvasElement, 'ketamine-faq');
    // Spanish is a separate chunk: wait for it.
    await waitFor(() => expect(faq.shadowRoot!.querySelector('input[type="search"]')).not.toBeNull(), { timeout: 10000 });
    const ui = shadow(faq);
    // "presion" without the accent finds "presión".
    await userEvent.type(ui.getByRole('searchbox'), 'presion');
    await waitFor(() => expect(queryOf(faq)).toBe('presion'));
    await waitFor(() => expect(ui.getByRole('status')).toHaveTextContent(/\d/), { timeout: 3000 });
    const marks = [...faq.shadowRoot!.querySelectorAll('mark[part="match"]')].map((mark) => mark.textContent?.toLowerCase());
    await expect(marks).toContain('presión');
  },
};
