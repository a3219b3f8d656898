import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/cost-estimator/define.js';

/** The controls every story shares; each maps to one attribute of the element. */
interface CostArgs {
  lang: 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  treatment: 'iv' | 'spravato' | 'im' | 'oral';
  prices: string;
  currency: string;
  locale: string;
  consultationFee: string;
  lockedPrices: boolean;
  hideInsurance: boolean;
  clinicName: string;
  phone: string;
  bookingUrl: string;
}

const renderCost = (args: CostArgs) =>
  html`<cost-estimator
    lang=${args.lang}
    theme=${args.theme}
    treatment=${args.treatment}
    prices=${args.prices || nothing}
    currency=${args.currency || nothing}
    locale=${args.locale || nothing}
    consultation-fee=${args.consultationFee || nothing}
    ?locked-prices=${args.lockedPrices}
    ?hide-insurance=${args.hideInsurance}
    clinic-name=${args.clinicName || nothing}
    phone=${args.phone || nothing}
    booking-url=${args.bookingUrl || nothing}
  ></cost-estimator>`;

/** Chooses an option of a select inside the element, as a patient would. */
async function choose(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const el = canvas.querySelector('cost-estimator')!;
  await el.updateComplete;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Enters a whole value into a number field, as a paste does. */
async function enter(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const el = canvas.querySelector('cost-estimator')!;
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const meta: Meta<CostArgs> = {
  title: 'Elements/cost-estimator',
  component: 'cost-estimator',
  render: renderCost,
  args: {
    lang: 'en',
    theme: 'auto',
    treatment: 'iv',
    prices: '',
    currency: '',
    locale: '',
    consultationFee: '',
    lockedPrices: false,
    hideInsurance: false,
    clinicName: '',
    phone: '',
    bookingUrl: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    treatment: { control: 'inline-radio', options: ['iv', 'spravato', 'im', 'oral'] },
    prices: { control: 'text', description: 'JSON map of plan id → price per session, e.g. {"iv": 450}' },
  },
};
export default meta;

type Story = StoryObj<CostArgs>;

const clinic = { clinicName: 'Lakeside Clinic', phone: '(555) 010-2345', bookingUrl: 'https://book.lakeside.example/new' };

export const Default: Story = {};

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark', prices: '{"iv": 450}' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const Brand: Story = {
  name: 'Brand',
  args: { prices: '{"iv": 475, "spravato": 650}', consultationFee: '250', ...clinic },
  render: (args) =>
    html`<div
      class="brand-wrapper"
      style="--kw-accent:#6b2163;--kw-focus-ring:#6b2163;--kw-surface-alt:#faf3f8;--kw-font-family:Georgia,serif;--kw-radius:2px;--kw-dark-accent:#f0a8e4"
    >
      ${renderCost(args)}
    </div>`,
};

export const Narrow320: Story = {
  name: 'Narrow 320',
  args: { treatment: 'spravato', prices: '{"spravato": {"low": 99999.99, "high": 100000}}', consultationFee: '99999.99' },
  render: (args) => html`<div style="width:320px;border:1px dashed #888">${renderCost(args)}</div>`,
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'maintenance', 'every-2-weeks');
    await choose(canvasElement, 'coverage', 'percent');
    await enter(canvasElement, 'percent', '50');
  },
};

export const InvalidOverride: Story = {
  name: 'Invalid override',
  // The refused override is logged on purpose: the story shows the notice and the bundled fallback.
  parameters: { consoleErrors: [/\[cost-estimator\] content \(script\)/] },
  render: (args) =>
    html`<cost-estimator lang=${args.lang} theme=${args.theme}>
      <script type="application/json">
        { "plans": [{ "id": "iv", "name": "" }], "hidePlans": ["oral"] }
      </script>
    </cost-estimator>`,
};

export const ClinicOverride: Story = {
  name: 'Clinic override',
  args: { prices: '{"iv": 450, "spravato": 650}' },
  render: (args) =>
    html`<cost-estimator lang=${args.lang} theme=${args.theme} prices=${args.prices}>
      <script type="application/json">
        {
          "hidePlans": ["im", "oral"],
          "plans": [{ "id": "iv", "session": "Our infusions take about 40 minutes in a private room. A nurse stays with you." }],
          "clinicNote": "We offer payment plans of 3 to 12 months. Ask at the front desk."
        }
      </script>
    </cost-estimator>`,
};

export const PlanIv: Story = { name: 'Plan: IV infusion', args: { treatment: 'iv' } };
export const PlanSpravato: Story = { name: 'Plan: SPRAVATO', args: { treatment: 'spravato' } };
export const PlanIm: Story = { name: 'Plan: IM injection (no published price)', args: { treatment: 'im' } };
export const PlanOral: Story = { name: 'Plan: oral (no published price)', args: { treatment: 'oral', prices: '{"oral": 150}' } };

export const ClinicPrices: Story = {
  name: 'Clinic prices',
  args: { prices: '{"iv": 450, "spravato": {"low": 600, "high": 900}, "im": 350, "oral": 150}', consultationFee: '250', ...clinic },
};

export const LockedPrices: Story = {
  name: 'Locked prices',
  args: { prices: '{"iv": 450, "spravato": 650, "im": 350}', consultationFee: '250', lockedPrices: true, ...clinic },
};

export const InsurancePercent: Story = {
  name: 'Insurance: percent',
  args: { treatment: 'spravato', prices: '{"spravato": 650}' },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'coverage', 'percent');
    await enter(canvasElement, 'percent', '80');
  },
};

export const InsuranceCopay: Story = {
  name: 'Insurance: copay',
  args: { treatment: 'spravato', prices: '{"spravato": 650}' },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'coverage', 'copay');
    await enter(canvasElement, 'copay', '40');
  },
};

export const WithMaintenance: Story = {
  name: 'Maintenance every 2 weeks',
  args: { prices: '{"iv": 450}' },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'maintenance', 'every-2-weeks');
  },
};

export const HideInsurance: Story = { name: 'Hide insurance', args: { prices: '{"iv": 450}', hideInsurance: true } };

export const SpanishMxn: Story = {
  name: 'Spanish with MXN',
  args: { lang: 'es', locale: 'es-MX', currency: 'MXN', prices: '{"iv": 8550, "spravato": 11500}', consultationFee: '1500' },
};

export const ErrorState: Story = {
  name: 'Error state',
  args: { prices: '{"iv": 450}' },
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'price', '-5');
  },
};

export const InvalidAttributes: Story = {
  name: 'Invalid attributes',
  // Each bad attribute is logged and replaced by its default: typical range, US dollars, IV.
  parameters: { consoleErrors: [/\[cost-estimator\] (prices\.iv|currency|treatment):/] },
  args: { prices: '{"iv": -450}', currency: 'US$', treatment: 'ketamine' as CostArgs['treatment'] },
};

export const WithCallToAction: Story = { name: 'With call to action', args: { prices: '{"iv": 450}', ...clinic } };
