/**
 * The project's default render (.storybook/render.ts), used by any story without a `render`:
 * args named like attributes set attributes, camelCase args set properties, `--kw-*` args set
 * custom properties. This keeps it honest: the controls of such a story change the live element.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../../src/side-effects-list/define.js';
import { elementIn } from './shadow.js';

const meta: Meta = {
  title: 'Interactions/Default render',
  component: 'side-effects-list',
  tags: ['!autodocs'],
};
export default meta;

export const ArgsReachTheElement: StoryObj = {
  name: 'Args reach the element',
  args: {
    'group-by': 'severity',
    compact: true,
    route: '',
    clinicName: 'Harbor Psychiatry',
    '--kw-accent': '#7a1f5c',
  },
  play: async ({ canvasElement }) => {
    const element = await elementIn(canvasElement, 'side-effects-list');
    await expect(element).toHaveAttribute('group-by', 'severity');
    await expect(element).toHaveAttribute('compact', '');
    await expect(element.hasAttribute('route')).toBe(false);
    await expect((element as unknown as { clinicName: string }).clinicName).toBe('Harbor Psychiatry');
    await expect(element.style.getPropertyValue('--kw-accent')).toBe('#7a1f5c');
    await expect(element.shadowRoot!.querySelector('details')).not.toBeNull();
  },
};
