import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/side-effects-list/define.js';

interface SideEffectsArgs {
  groupBy: 'timing' | 'severity';
  route: '' | 'iv' | 'nasal' | 'im' | 'oral';
  show: string;
  layout: 'summary' | 'full';
  compact: boolean;
  lang: 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  clinicName: string;
  phone: string;
  bookingUrl: string;
}

const element = (args: SideEffectsArgs, override?: string) =>
  html`<side-effects-list
    lang=${args.lang}
    theme=${args.theme}
    group-by=${args.groupBy}
    route=${ifDefined(args.route || undefined)}
    show=${ifDefined(args.show || undefined)}
    layout=${ifDefined(args.layout === 'full' ? 'full' : undefined)}
    ?compact=${args.compact}
    clinic-name=${ifDefined(args.clinicName || undefined)}
    phone=${ifDefined(args.phone || undefined)}
    booking-url=${ifDefined(args.bookingUrl || undefined)}
    >${
      override
        ? html`<script type="application/json">
            ${override}
          </script>`
        : ''
    }</side-effects-list
  >`;

const meta: Meta<SideEffectsArgs> = {
  title: 'Elements/side-effects-list',
  component: 'side-effects-list',
  render: (args) => element(args),
  args: {
    groupBy: 'timing',
    route: '',
    show: '',
    layout: 'summary',
    compact: false,
    lang: 'en',
    theme: 'light',
    clinicName: 'Lakeside Clinic',
    phone: '(555) 010-2345',
    bookingUrl: 'https://book.lakeside.example/new',
  },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['timing', 'severity'], description: '`group-by` attribute' },
    route: { control: 'select', options: ['', 'iv', 'nasal', 'im', 'oral'], description: '`route` attribute (empty: every route)' },
    show: { control: 'text', description: '`show` attribute: effects, contraindications, help (empty: all)' },
    layout: {
      control: 'inline-radio',
      options: ['summary', 'full'],
      description:
        '`layout` attribute: `summary` (default) shows the serious and most common side effects, the rest behind "Show all"; `full` shows every side effect',
    },
    compact: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    clinicName: { control: 'text', description: '`clinic-name` attribute' },
    phone: { control: 'text' },
    bookingUrl: { control: 'text', description: '`booking-url` attribute' },
  },
};
export default meta;

type Story = StoryObj<SideEffectsArgs>;

/** The default since issue 17.5: the help block, the serious and the 1-in-5 side effects, the rest behind one "Show all" button. */
export const Default: Story = { name: 'Default (summary)' };

/** "Show all" pressed: every side effect, in its group; the button now says "Show fewer". */
export const SummaryShowAll: Story = {
  name: 'Summary, all shown',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('side-effects-list')!;
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!.click();
    await list.updateComplete;
    const button = list.shadowRoot!.querySelector('[part="show-all"]')!;
    if (button.getAttribute('aria-expanded') !== 'true') throw new Error('Show all did not expand');
  },
};

/** `layout="full"`: every side effect as a full card, as before issue 17.5 (about 11,700 px tall at 1280 px). */
export const Full: Story = { name: 'Full list', args: { layout: 'full' } };

export const ByTiming: Story = { name: 'By timing', args: { groupBy: 'timing' } };

export const BySeverity: Story = { name: 'By severity', args: { groupBy: 'severity' } };

export const RouteIv: Story = { name: 'Route: IV', args: { route: 'iv' } };

export const RouteNasal: Story = { name: 'Route: nasal spray', args: { route: 'nasal' } };

export const RouteIm: Story = { name: 'Route: IM', args: { route: 'im' } };

export const RouteOral: Story = { name: 'Route: oral', args: { route: 'oral' } };

export const Compact: Story = { name: 'Compact', args: { compact: true } };

/** `layout="full" compact`: every side effect, each a one-line disclosure. */
export const FullCompact: Story = { name: 'Full list, compact', args: { layout: 'full', compact: true } };

export const ContraindicationsOnly: Story = { name: 'Contraindications only', args: { show: 'contraindications' } };

export const HelpOnly: Story = { name: 'Help only', args: { show: 'help' } };

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es', clinicName: 'Clínica Lakeside' } };

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => html`<div style="background: #0b0d10; padding: 1rem">${element(args)}</div>`,
};

/** A clinic's brand through the public tokens, set by the host page (never through attributes). */
export const Brand: Story = {
  name: 'Brand',
  render: (args) =>
    html`<div style="--kw-accent: #7a1f5c; --kw-focus-ring: #7a1f5c; --kw-surface-alt: #f7eff4; --kw-radius: 2px; --kw-font-family: Georgia, serif">
      ${element(args)}
    </div>`,
};

export const Narrow320: Story = {
  name: 'Narrow 320',
  args: { compact: false },
  render: (args) => html`<div style="width: 320px; border: 1px dashed #888">${element(args)}</div>`,
};

/** An override naming a side effect that does not exist: a console error, a `content-error` event, and the bundled list. */
export const InvalidOverride: Story = {
  name: 'Invalid override',
  // The refused override is logged on purpose: the story shows the notice and the bundled fallback.
  parameters: { consoleErrors: [/\[side-effects-list\] content \(script\)/] },
  render: (args) => element(args, JSON.stringify({ hide: ['vertigo', 'not-a-side-effect'] })),
};

/** A valid override: two side effects hidden, a note for the whole list and one for nausea. */
export const ClinicOverride: Story = {
  name: 'Clinic override',
  render: (args) =>
    element(
      args,
      JSON.stringify({
        hide: ['vertigo', 'liver-problems'],
        clinicNote: 'A nurse stays with you for the whole visit.',
        notes: [{ id: 'nausea', text: 'Ask us about a nausea tablet before your session.' }],
      }),
    ),
};
