import { expect } from '@open-wc/testing';
import { COLOR_TOKENS, contrastRatio } from './tokens.js';

const token = (name: string, theme: 'light' | 'dark') => COLOR_TOKENS.find((t) => t.name === name)![theme];

// Foreground/background pairs the styles actually use, with the WCAG ratio each needs.
const PAIRS: [string, string, number][] = [
  ['text', 'surface', 4.5],
  ['text', 'surface-alt', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surface-alt', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'surface-alt', 4.5],
  ['on-accent', 'accent', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'danger-surface', 4.5],
  ['text', 'danger-surface', 4.5],
  ['text', 'highlight', 4.5],
  ['border', 'surface', 3],
  ['focus-ring', 'surface', 3],
];

describe('design tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${theme}: ${fg} on ${bg} reaches ${min}:1`, () => {
        expect(contrastRatio(token(fg, theme), token(bg, theme))).to.be.at.least(min);
      });
    }
  }

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });
});
