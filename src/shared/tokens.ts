/**
 * The design tokens, in one table: the CSS, the docs and the contrast test all read it.
 * `--kw-<name>` themes the light look and `--kw-dark-<name>` the dark look, so a clinic's
 * light brand colour never lands on a dark surface by accident. What each token is for lives in
 * token-descriptions.ts, which only the docs read, so the prose does not ship in every widget.
 */
export interface ColorToken {
  name: string;
  light: string;
  dark: string;
}

export const COLOR_TOKENS: readonly ColorToken[] = [
  { name: 'accent', light: '#0b57a4', dark: '#8ab4f8' },
  { name: 'on-accent', light: '#ffffff', dark: '#0b1a2e' },
  { name: 'text', light: '#1b1f24', dark: '#eef1f4' },
  { name: 'muted', light: '#525a64', dark: '#b6bec8' },
  { name: 'surface', light: '#ffffff', dark: '#15181c' },
  { name: 'surface-alt', light: '#f2f4f7', dark: '#1f2329' },
  { name: 'border', light: '#6f7782', dark: '#8b95a1' },
  { name: 'danger', light: '#b3261e', dark: '#ffb4ab' },
  { name: 'danger-surface', light: '#fdecea', dark: '#3b1512' },
  { name: 'highlight', light: '#fff1a8', dark: '#5c4d00' },
  { name: 'focus-ring', light: '#0b57a4', dark: '#8ab4f8' },
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
}

export const OTHER_TOKENS: readonly SizeToken[] = [
  { name: 'font-family', value: 'inherit' },
  { name: 'font-size', value: '1rem' },
  { name: 'line-height', value: '1.5' },
  { name: 'letter-spacing', value: 'normal' },
  { name: 'word-spacing', value: 'normal' },
  { name: 'radius', value: '8px' },
  { name: 'space', value: '1rem' },
  { name: 'max-width', value: '48rem' },
];

/**
 * Brand colours keep their contrast at run time, in CSS (issue 14), whatever a clinic sets:
 * - `--_kw-accent-fill` is the clinic's colour as given: the fill of buttons.
 * - `--_kw-on-accent` (text on that fill) is black or white, whichever contrasts more. In the
 *   xyz-d65 space `y` is the WCAG relative luminance, so the switch sits exactly where both give
 *   the same ratio (Y = 0.179) and the chosen one always reaches at least 4.58:1.
 * - `--_kw-accent` (links, secondary buttons, borders, progress) is the fill scaled in XYZ to a
 *   luminance of at most 0.149 in light themes (4.6:1 on every light surface, down to
 *   danger-surface's 0.868) or mixed with white to at least 0.256 in dark themes (4.6:1 on
 *   surface-alt's 0.017). Scaling or mixing with white keeps the hue; a colour that already
 *   passes is unchanged.
 * The targets assume the default surfaces; a clinic that also moves `--kw-surface*` checks its
 * pairs with the embed-code builder. `contrast-color()` is not used: its algorithm is left to the
 * browser, which may change, while this one is WCAG 2's. Without relative colour syntax the
 * tokens fall back to the colours as given, as before.
 */
const ON_ACCENT_SWITCH = 0.17913;
const LIGHT_ACCENT_MAX_Y = 0.149;
const DARK_ACCENT_MIN_Y = 0.256;
const D65_WHITE = [0.95047, 1, 1.08883] as const;
const RELATIVE_COLOUR_TEST = 'color: color(from red xyz-d65 x y z)';

function onAccentFrom(fill: string): string {
  const white = `clamp(0, (${ON_ACCENT_SWITCH} - y) * 100000, 1)`;
  return `color(from ${fill} xyz-d65 calc(${white} * ${D65_WHITE[0]}) ${white} calc(${white} * ${D65_WHITE[2]}))`;
}

function darkenedTo(fill: string, maxY: number): string {
  const scale = `min(1, ${maxY} / y)`;
  return `color(from ${fill} xyz-d65 calc(x * ${scale}) calc(y * ${scale}) calc(z * ${scale}))`;
}

function lightenedTo(fill: string, minY: number): string {
  const mix = `max(0, (${minY} - y) / (1 - y))`;
  return `color(from ${fill} xyz-d65 calc(x + ${mix} * (${D65_WHITE[0]} - x)) calc(y + ${mix} * (1 - y)) calc(z + ${mix} * (${D65_WHITE[2]} - z)))`;
}

function colorDeclarations(theme: 'light' | 'dark'): string {
  const prefix = theme === 'light' ? '--kw-' : '--kw-dark-';
  return COLOR_TOKENS.map((t) =>
    t.name === 'accent'
      ? `--_kw-accent-fill: var(${prefix}accent, ${t[theme]});--_kw-accent: var(--_kw-accent-fill);`
      : `--_kw-${t.name}: var(${prefix}${t.name}, ${t[theme]});`,
  ).join('');
}

function derivedAccentDeclarations(theme: 'light' | 'dark'): string {
  const prefix = theme === 'light' ? '--kw-' : '--kw-dark-';
  const fill = 'var(--_kw-accent-fill)';
  const text = theme === 'light' ? darkenedTo(fill, LIGHT_ACCENT_MAX_Y) : lightenedTo(fill, DARK_ACCENT_MIN_Y);
  return `--_kw-accent: ${text};--_kw-on-accent: var(${prefix}on-accent, ${onAccentFrom(fill)});`;
}

/** The CSS that maps public tokens to the private `--_kw-*` variables the styles use. */
export function tokenCss(): string {
  const other = OTHER_TOKENS.map((t) => `--_kw-${t.name}: var(--kw-${t.name}, ${t.value});`).join('');
  const dark = `:host([theme='dark'])`;
  const autoDark = `@media (prefers-color-scheme: dark){:host(:not([theme='light']))`;
  // Paper is white: print always uses the light set, whatever the theme or the OS. The two
  // selectors match every host at the specificity of the dark ones, and come later.
  const anyHost = `:host([theme]),:host(:not([theme]))`;
  return (
    `:host{${other}${colorDeclarations('light')}color-scheme:light}` +
    `${dark}{${colorDeclarations('dark')}color-scheme:dark}` +
    `${autoDark}{${colorDeclarations('dark')}color-scheme:dark}}` +
    `@supports (${RELATIVE_COLOUR_TEST}){` +
    `:host{${derivedAccentDeclarations('light')}}` +
    `${dark}{${derivedAccentDeclarations('dark')}}` +
    `${autoDark}{${derivedAccentDeclarations('dark')}}}}` +
    `@media print{${anyHost}{${colorDeclarations('light')}--_kw-surface:#fff;color-scheme:light}` +
    `@supports (${RELATIVE_COLOUR_TEST}){${anyHost}{${derivedAccentDeclarations('light')}}}}`
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
