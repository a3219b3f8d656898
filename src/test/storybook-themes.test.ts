// The example clinic brands in Storybook's Theme toolbar must keep the same contrast the default
// tokens keep (src/shared/tokens.test.ts): designers copy them as a starting point.
import { expect } from '@open-wc/testing';
import { contrastRatio } from '../shared/tokens.js';
import { CONTRAST_PAIRS, STORY_THEMES, resolvedColors, type ThemeName } from '../../.storybook/themes.js';

describe('Storybook example themes', () => {
  for (const name of Object.keys(STORY_THEMES) as ThemeName[]) {
    for (const look of ['light', 'dark'] as const) {
      const colors = resolvedColors(STORY_THEMES[name], look);
      for (const [fg, bg, min] of CONTRAST_PAIRS) {
        it(`${name}, ${look}: ${fg} on ${bg} reaches ${min}:1`, () => {
          expect(contrastRatio(colors[fg], colors[bg])).to.be.at.least(min);
        });
      }
    }
  }
});
