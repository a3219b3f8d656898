import { expect } from '@open-wc/testing';
import { TOKEN_DESCRIPTIONS } from './token-descriptions.js';
import { COLOR_TOKENS, CONTRAST_PAIRS, OTHER_TOKENS, contrastRatio } from './tokens.js';

const token = (name: string, theme: 'light' | 'dark') => COLOR_TOKENS.find((t) => t.name === name)![theme];

describe('design tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [fg, bg, min] of CONTRAST_PAIRS) {
      it(`${theme}: ${fg} on ${bg} reaches ${min}:1`, () => {
        expect(contrastRatio(token(fg, theme), token(bg, theme))).to.be.at.least(min);
      });
    }
  }

  it('describes every token, and only tokens that exist (the docs read the descriptions)', () => {
    const names = [...COLOR_TOKENS, ...OTHER_TOKENS].map((t) => t.name);
    expect(Object.keys(TOKEN_DESCRIPTIONS).sort()).to.deep.equal([...names].sort());
    for (const name of names) expect(TOKEN_DESCRIPTIONS[name], name).to.be.a('string').and.not.be.empty;
  });

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });
});
