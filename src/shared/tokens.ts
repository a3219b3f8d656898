/**
 * The design tokens, in one table: the CSS, the docs and the contrast test all read it.
 * `--kw-<name>` themes the light look and `--kw-dark-<name>` the dark look, so a clinic's
 * light brand colour never lands on a dark surface by accident.
 */
export interface ColorToken {
  name: string;
  light: string;
  dark: string;
  description: string;
}

export const COLOR_TOKENS: readonly ColorToken[] = [
  { name: 'accent', light: '#0b57a4', dark: '#8ab4f8', description: 'Links, buttons, progress and focus accents.' },
  { name: 'on-accent', light: '#ffffff', dark: '#0b1a2e', description: 'Text on an accent background.' },
  { name: 'text', light: '#1b1f24', dark: '#eef1f4', description: 'Body text.' },
  { name: 'muted', light: '#525a64', dark: '#b6bec8', description: 'Secondary text: dates, hints, citations.' },
  { name: 'surface', light: '#ffffff', dark: '#15181c', description: 'Background of the widget.' },
  { name: 'surface-alt', light: '#f2f4f7', dark: '#1f2329', description: 'Background of panels, footers and table headers.' },
  { name: 'border', light: '#6f7782', dark: '#8b95a1', description: 'Borders of controls and panels (3:1 against the surface).' },
  { name: 'danger', light: '#b3261e', dark: '#ffb4ab', description: 'Errors and serious warnings.' },
  { name: 'danger-surface', light: '#fdecea', dark: '#3b1512', description: 'Background of the crisis and "get help now" panels.' },
  { name: 'highlight', light: '#fff1a8', dark: '#5c4d00', description: 'Background of search matches.' },
  { name: 'focus-ring', light: '#0b57a4', dark: '#8ab4f8', description: 'Keyboard focus outline.' },
];

/**
 * Foreground/background token pairs the styles actually use, with the WCAG ratio each needs
 * (4.5:1 for text, 3:1 for borders and the focus ring). Tested for the defaults in both themes,
 * for every Storybook brand, and shown on the Design tokens page.
 */
export const CONTRAST_PAIRS: readonly (readonly [foreground: string, background: string, minimum: number])[] = [
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

export interface SizeToken {
  name: string;
  value: string;
  description: string;
}

export const OTHER_TOKENS: readonly SizeToken[] = [
  { name: 'font-family', value: 'inherit', description: 'Font of the widget; inherits the page font.' },
  { name: 'font-size', value: '1rem', description: 'Base font size.' },
  { name: 'line-height', value: '1.5', description: 'Base line height.' },
  { name: 'letter-spacing', value: 'normal', description: 'Letter spacing of the text.' },
  { name: 'word-spacing', value: 'normal', description: 'Word spacing of the text.' },
  { name: 'radius', value: '8px', description: 'Corner radius of panels and controls.' },
  { name: 'space', value: '1rem', description: 'Base spacing unit.' },
  { name: 'max-width', value: '48rem', description: 'Largest width the widget grows to.' },
];

/** The CSS that maps public tokens to the private `--_kw-*` variables the styles use. */
export function tokenCss(): string {
  const light = COLOR_TOKENS.map((t) => `--_kw-${t.name}: var(--kw-${t.name}, ${t.light});`).join('');
  const dark = COLOR_TOKENS.map((t) => `--_kw-${t.name}: var(--kw-dark-${t.name}, ${t.dark});`).join('');
  const other = OTHER_TOKENS.map((t) => `--_kw-${t.name}: var(--kw-${t.name}, ${t.value});`).join('');
  return (
    `:host{${other}${light}color-scheme:light}` +
    `:host([theme='dark']){${dark}color-scheme:dark}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${dark}color-scheme:dark}}`
  );
}

/** WCAG relative luminance of a #rgb/#rrggbb colour. */
export function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  const channels = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
