/**
 * The embed-code builder (issue 7, `demo/embed-builder.ts`), inside Storybook so it ships with
 * the static build (`storybook-static/`): a designer picks an element, the clinic's details and
 * brand colours, sees the live element and copies a ready snippet. Nothing leaves the browser.
 *
 * The snippet's integrity hashes come from `dist/cdn/integrity.json` when `npm run build` ran
 * before Storybook was built; otherwise the builder shows a placeholder and says so.
 *
 * The pre-rendered mode (issue 18) has no pre-renderer here (it is a worker bundle that
 * scripts/build-site.js writes beside site/builder.html): it shows the CLI command and clinic.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import builderCss from '../demo/embed.css?inline';
import { renderEmbedBuilder } from '../demo/embed-builder.js';
import type { IntegrityFile, StyleHashesFile } from '../demo/embed-snippet.js';
import '../src/index.js';

const built = import.meta.glob<IntegrityFile>('../dist/cdn/integrity.json', { eager: true, import: 'default' });
const integrity = Object.values(built)[0] ?? null;
const builtStyleHashes = import.meta.glob<StyleHashesFile>('../dist/ssr-style-hashes.json', { eager: true, import: 'default' });
const styleHashes = Object.values(builtStyleHashes)[0] ?? null;

const meta: Meta = {
  title: 'Embed-code builder',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
  render: () => {
    const page = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = builderCss;
    const heading = document.createElement('h1');
    heading.textContent = 'Embed-code builder';
    const intro = document.createElement('p');
    intro.textContent =
      'Choose a widget and the clinic’s details, check the preview, then copy the code into a Custom HTML block (WordPress), a Code block (Squarespace), Embed code (Wix) or any HTML page. Nothing you type is sent anywhere.';
    const builder = document.createElement('div');
    builder.id = 'builder';
    page.append(style, heading, intro, builder);
    renderEmbedBuilder(builder, { integrity, styleHashes });
    return page;
  },
};
export default meta;

type Story = StoryObj;

export const Builder: Story = {
  name: 'Embed-code builder',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const snippet = () => canvasElement.querySelector<HTMLTextAreaElement>('textarea.snippet')?.value ?? '';
    await step('the clinic name reaches the snippet and the live preview', async () => {
      const name = canvas.getByLabelText('Clinic name');
      await userEvent.clear(name);
      await userEvent.type(name, 'Harbor Psychiatry');
      await waitFor(() => expect(snippet()).toContain('clinic-name="Harbor Psychiatry"'));
      await expect(canvasElement.querySelector('.preview-slot ketamine-faq')).toHaveAttribute('clinic-name', 'Harbor Psychiatry');
    });
    await step('another element', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Element'), 'cost-estimator');
      await waitFor(() => expect(snippet()).toContain('<cost-estimator'));
      await expect(canvasElement.querySelector('.preview-slot cost-estimator')).not.toBeNull();
    });
    await step('pre-rendered mode without a pre-renderer: the CLI command and its clinic.json', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: /^Pre-rendered/ }));
      await waitFor(() => expect(snippet()).toContain('type="module" async src="https://cdn.jsdelivr.net/npm/ketamine-widgets@'));
      await expect(snippet()).toContain('ketamine-widgets.hydrate.js');
      await expect(canvasElement.querySelector('.render-command')?.textContent).toMatch(
        /^npx ketamine-widgets@\S+ render cost --lang en --config clinic.json > cost\.html$/,
      );
      const clinicJson = canvas.getByLabelText('clinic.json') as HTMLTextAreaElement;
      await expect(JSON.parse(clinicJson.value)).toMatchObject({ 'clinic-name': 'Harbor Psychiatry' });
    });
  },
};
