/** Data for the Design tokens page, from the token table the CSS and the contrast tests read. */
import { COLOR_TOKENS, OTHER_TOKENS, contrastRatio } from '../../src/shared/tokens.js';
import { CONTRAST_PAIRS, STORY_THEMES, resolvedColors } from '../../.storybook/themes.js';

export { COLOR_TOKENS, OTHER_TOKENS };

export const BRANDS = (['lakeside', 'harbor'] as const).map((id) => ({ id, ...STORY_THEMES[id] }));

export interface ContrastRow {
  foreground: string;
  background: string;
  minimum: number;
  ratios: { theme: string; look: 'light' | 'dark'; ratio: number }[];
}

/** Every foreground/background pair the styles use, with its ratio in each theme and look. */
export const contrastRows: ContrastRow[] = CONTRAST_PAIRS.map(([foreground, background, minimum]) => ({
  foreground,
  background,
  minimum,
  ratios: (['light', 'lakeside', 'harbor'] as const).flatMap((id) =>
    (['light', 'dark'] as const).map((look) => {
      const colors = resolvedColors(STORY_THEMES[id], look);
      return { theme: id === 'light' ? 'default' : id, look, ratio: contrastRatio(colors[foreground], colors[background]) };
    }),
  ),
}));
