/**
 * What each design token in tokens.ts is for, by name: read by the docs only (docs/theming.md via
 * scripts/readme-api.js, the Storybook Design tokens page), never by an element, so this prose is
 * not in the widgets' bundles. tokens.test.ts checks every token has one.
 */
export const TOKEN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  accent: 'Brand colour: fills buttons; links, borders and progress use it darkened (light theme) or lightened (dark) just enough for 4.5:1.',
  'on-accent':
    'Text on an accent background. Leave it unset: black or white is then chosen from the accent for 4.5:1 (the values here apply only where a browser lacks relative colours).',
  text: 'Body text.',
  muted: 'Secondary text: dates, hints, citations.',
  surface: 'Background of the widget.',
  'surface-alt': 'Background of panels, footers and table headers.',
  border: 'Borders of controls and panels (3:1 against the surface).',
  danger: 'Errors and serious warnings.',
  'danger-surface': 'Background of the crisis and "get help now" panels.',
  highlight: 'Background of search matches.',
  'focus-ring': 'Keyboard focus outline.',
  'font-family': 'Font of the widget; inherits the page font.',
  'font-size': 'Base font size.',
  'line-height': 'Base line height.',
  'letter-spacing': 'Letter spacing of the text.',
  'word-spacing': 'Word spacing of the text.',
  radius: 'Corner radius of panels and controls.',
  space: 'Base spacing unit.',
  'max-width': 'Largest width the widget grows to.',
};
