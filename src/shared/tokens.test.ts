import { expect } from '@open-wc/testing';
import { COLOR_TOKENS, CONTRAST_PAIRS, contrastRatio } from './tokens.js';

const token = (name: string, theme: 'light' | 'dark') => COLOR_TOKENS.find((t) => t.name === name)![theme];

describe('design tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [fg, bg, min] of CONTRAST_PAIRS) {
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
