/**
 * The estimator with insurance, driven as a patient would: a price, a percent plan, a copay
 * plan, then a bad value that must not break the estimate.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../src/cost-estimator/define.js';
import { clearField, elementIn, recordEvents, shadow } from './shadow.js';

const meta: Meta = {
  title: 'Interactions/cost-estimator',
  component: 'cost-estimator',
  tags: ['!autodocs'],
  parameters: { docs: { disable: true } },
};
export default meta;

type Story = StoryObj;

interface EstimateChange {
  plan: string;
  currency: string;
  totals: Record<string, unknown>;
}

/** The text of the totals row whose header matches `label`. */
function totalRow(estimator: HTMLElement, label: RegExp): string {
  const rows = [...estimator.shadowRoot!.querySelectorAll('tr')];
  const row = rows.find((tr) => label.test(tr.querySelector('th')?.textContent ?? ''));
  if (!row) throw new Error(`no row ${label}`);
  return row.querySelector('td')?.textContent?.trim() ?? '';
}

export const WithInsurance: Story = {
  name: 'IV course with insurance: percent, copay, bad value',
  render: () => html`<cost-estimator treatment="iv" clinic-name="Lakeside Clinic" booking-url="https://book.lakeside.example/new"></cost-estimator>`,
  play: async ({ canvasElement, step }) => {
    const estimator = await elementIn(canvasElement, 'cost-estimator');
    const ui = shadow(estimator);
    const changes = recordEvents<EstimateChange>(estimator, 'estimate-change');

    await step('enter the clinic price: six infusions at $500', async () => {
      const price = ui.getByLabelText(/Price per session/);
      clearField(price);
      await userEvent.type(price, '500');
      await waitFor(() => expect(totalRow(estimator, /^Total before insurance/)).toMatch(/\$3,000/));
    });

    await step('a plan that pays 80 %: the plan might pay $2,400, you might pay $600', async () => {
      await userEvent.selectOptions(ui.getByLabelText('Insurance coverage'), 'percent');
      const percent = await waitFor(() => ui.getByLabelText('Percent your plan pays'));
      await userEvent.type(percent, '80');
      await waitFor(() => expect(totalRow(estimator, /^You might pay/)).toMatch(/\$600/));
      await expect(totalRow(estimator, /^Your plan might pay/)).toMatch(/\$2,400/);
      await expect(changes.at(-1)?.plan).toBe('iv');
    });

    await step('a $40 copay per session: you might pay $240', async () => {
      await userEvent.selectOptions(ui.getByLabelText('Insurance coverage'), 'copay');
      const copay = await waitFor(() => ui.getByLabelText(/Your copay per session/));
      await userEvent.type(copay, '40');
      await waitFor(() => expect(totalRow(estimator, /^You might pay/)).toMatch(/\$240/));
    });

    await step('a bad value is marked, explained, and the last estimate stays', async () => {
      const copay = ui.getByLabelText(/Your copay per session/);
      const eventsBefore = changes.length;
      clearField(copay);
      await userEvent.type(copay, '-5');
      await waitFor(() => expect(copay).toHaveAttribute('aria-invalid', 'true'));
      const error = estimator.shadowRoot!.getElementById(`${copay.id}-error`)!;
      await expect(error.textContent?.trim()).not.toBe('');
      await expect(copay.getAttribute('aria-describedby')).toContain(error.id);
      await expect(totalRow(estimator, /^You might pay/)).toMatch(/\$240/);
      const text = estimator.shadowRoot!.textContent ?? '';
      await expect(text).not.toMatch(/NaN|Infinity|-\$/);
      await expect(changes.length).toBe(eventsBefore);
    });
  },
};
