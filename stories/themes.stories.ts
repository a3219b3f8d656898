/**
 * All four elements together, once per toolbar theme, language, direction and narrow viewport,
 * so axe checks every element's contrast in both example brands and the dark theme, and the
 * reflow check covers every element at 320 px and at 200 % zoom. The toolbar values are set per
 * story with `globals`, exactly as a designer would pick them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/candidacy-quiz/define.js';
import '../src/cost-estimator/define.js';
import '../src/ketamine-faq/define.js';
import '../src/side-effects-list/define.js';

const clinic = {
  name: 'Lakeside Mind Clinic',
  phone: '(555) 010-2345',
  booking: 'https://lakeside.example/book',
};

const meta: Meta = {
  title: 'Themes/All elements',
  tags: ['!autodocs'],
  // Each element sits in its own <section>, as on the demo clinic page: an element's <footer>
  // directly in <body> would be a page-level contentinfo landmark (see the README of this issue).
  render: () =>
    html`<main style="display: grid; gap: 2rem; max-width: 60rem">
      <section aria-label="Questions">
        <ketamine-faq searchable clinic-name=${clinic.name} phone=${clinic.phone} booking-url=${clinic.booking}></ketamine-faq>
      </section>
      <section aria-label="Side effects">
        <side-effects-list compact clinic-name=${clinic.name} phone=${clinic.phone}></side-effects-list>
      </section>
      <section aria-label="Cost">
        <cost-estimator
          treatment="spravato"
          prices='{"iv": 475, "spravato": {"low": 600, "high": 900}}'
          consultation-fee="250"
          clinic-name=${clinic.name}
          booking-url=${clinic.booking}
        ></cost-estimator>
      </section>
      <section aria-label="Self-check">
        <candidacy-quiz clinic-name=${clinic.name} phone=${clinic.phone}></candidacy-quiz>
      </section>
    </main>`,
};
export default meta;

type Story = StoryObj;

export const Light: Story = { globals: { theme: 'light' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Lakeside: Story = { name: 'Brand: Lakeside (teal)', globals: { theme: 'lakeside' } };
export const Harbor: Story = { name: 'Brand: Harbor (plum)', globals: { theme: 'harbor' } };
export const SpanishRtl: Story = { name: 'Spanish, right to left', globals: { lang: 'es', dir: 'rtl' } };
export const Narrow320: Story = { name: 'Narrow 320', globals: { viewport: { value: 'narrow320', isRotated: false } } };
export const Zoom200: Story = { name: '200 % zoom (640 px)', globals: { viewport: { value: 'zoom200', isRotated: false }, theme: 'dark' } };
