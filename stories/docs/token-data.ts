/** Data for the Design tokens page, from the token table the CSS and the contrast tests read. */
import { TOKEN_DESCRIPTIONS } from '../../src/shared/token-descriptions.js';
import { COLOR_TOKENS as COLOR_VALUES, OTHER_TOKENS as OTHER_VALUES, contrastRatio } from '../../src/shared/tokens.js';
import { CONTRAST_PAIRS, STORY_THEMES, resolvedColors } from '../../.storybook/themes.js';

// The descriptions live apart from the values so they do not ship in the widgets (token-descriptions.ts).
export const COLOR_TOKENS = COLOR_VALUES.map((token) => ({ ...token, description: TOKEN_DESCRIPTIONS[token.name] }));
export const OTHER_TOKENS = OTHER_VALUES.map((token) => ({ ...token, description: TOKEN_DESCRIPTIONS[token.name] }));

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
