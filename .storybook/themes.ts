/**
 * The Storybook toolbar themes. `light` and `dark` are the library's own defaults (the element's
 * `theme` attribute picks them); the two clinics are example brands a designer can start from.
 * A brand sets `--kw-<name>` for the light look and `--kw-dark-<name>` for the dark look, exactly
 * as a clinic would in its own stylesheet. Every brand keeps the contrast pairs that
 * `src/shared/tokens.test.ts` checks for the defaults (4.5:1 for text, 3:1 for borders and focus);
 * `src/test/storybook-themes.test.ts` checks the same pairs here, and the "Themes" stories run axe on
 * all four elements in each brand.
 */
import { COLOR_TOKENS, CONTRAST_PAIRS } from '../src/shared/tokens.js';

/** The contrast pairs every theme must keep: one list, in src/shared/tokens.ts. */
export { CONTRAST_PAIRS };

export type ThemeName = 'light' | 'dark' | 'lakeside' | 'harbor';

export interface StoryTheme {
  title: string;
  /** The `theme` attribute the decorator sets on each element; null keeps the story's own. */
  elementTheme: 'light' | 'dark' | null;
  /** Colour overrides, light and dark look. Tokens not named keep the library default. */
  light: Readonly<Record<string, string>>;
  dark: Readonly<Record<string, string>>;
  /** Non-colour tokens (`font-family`, `radius`…). */
  other: Readonly<Record<string, string>>;
}

export const STORY_THEMES: Readonly<Record<ThemeName, StoryTheme>> = {
  light: { title: 'Light (default)', elementTheme: null, light: {}, dark: {}, other: {} },
  dark: { title: 'Dark', elementTheme: 'dark', light: {}, dark: {}, other: {} },
  lakeside: {
    title: 'Brand: Lakeside Mind Clinic (teal)',
    elementTheme: null,
    light: {
      accent: '#0f6b5c',
      'on-accent': '#ffffff',
      'focus-ring': '#0f6b5c',
      text: '#1d2623',
      muted: '#4d5a55',
      surface: '#fbfaf6',
      'surface-alt': '#eef3f0',
      border: '#6b7a74',
    },
    dark: {
      accent: '#7fd8c4',
      'on-accent': '#06231d',
      'focus-ring': '#7fd8c4',
      text: '#e9f2ef',
      muted: '#b3c7c0',
      surface: '#10201c',
      'surface-alt': '#183029',
      border: '#7f9a91',
    },
    other: { 'font-family': '"Segoe UI", "Helvetica Neue", Arial, sans-serif', radius: '12px' },
  },
  harbor: {
    title: 'Brand: Harbor Psychiatry (plum)',
    elementTheme: null,
    light: {
      accent: '#7a1f5c',
      'on-accent': '#ffffff',
      'focus-ring': '#7a1f5c',
      text: '#241a21',
      muted: '#5c4d57',
      surface: '#ffffff',
      'surface-alt': '#f7f0f4',
      border: '#7d6b77',
      highlight: '#ffe7a3',
    },
    dark: {
      accent: '#f0a6d3',
      'on-accent': '#2a0a1f',
      'focus-ring': '#f0a6d3',
      text: '#f5eef2',
      muted: '#c9b8c3',
      surface: '#1c1419',
      'surface-alt': '#2a1f26',
      border: '#9c8896',
    },
    other: { 'font-family': 'Georgia, "Times New Roman", serif', radius: '4px' },
  },
};

/** The full colour table of a theme in one look, defaults filled in. */
export function resolvedColors(theme: StoryTheme, look: 'light' | 'dark'): Record<string, string> {
  return Object.fromEntries(COLOR_TOKENS.map((token) => [token.name, theme[look][token.name] ?? token[look]]));
}

/** The custom properties a clinic stylesheet would set for this theme. */
export function themeCustomProperties(theme: StoryTheme): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme.light)) properties[`--kw-${name}`] = value;
  for (const [name, value] of Object.entries(theme.dark)) properties[`--kw-dark-${name}`] = value;
  for (const [name, value] of Object.entries(theme.other)) properties[`--kw-${name}`] = value;
  return properties;
}

/** The same custom properties as CSS text, for the docs and the embed snippet. */
export function themeCss(theme: StoryTheme, selector = 'ketamine-faq, side-effects-list, cost-estimator, candidacy-quiz'): string {
  const lines = Object.entries(themeCustomProperties(theme)).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
