/**
 * Applies the toolbar globals (theme, language, direction) to the story.
 *
 * - direction and language go on a wrapper (`dir`, `lang`): the elements inherit both, as they
 *   would from a clinic page;
 * - a brand's `--kw-*` tokens go on the wrapper too (custom properties inherit into shadow DOM);
 * - the `theme` and `lang` attributes are set on the story's elements themselves.
 *
 * The toolbar defaults (Light, English, left to right) leave a story as its author wrote it, so
 * the `Spanish` and `Dark` stories stay Spanish and dark. Any other value is applied to every
 * element in the story, and taken back when the toolbar returns to the default.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator } from '@storybook/web-components-vite';
import { STORY_THEMES, resolvedColors, themeCustomProperties, type ThemeName } from './themes.js';

export const ELEMENT_TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;

type Managed = 'theme' | 'lang';

interface AttributeState {
  /** What the story (or a control) set. */
  authored: string | null;
  /** What this decorator last left on the element; undefined until it has run once. */
  applied: string | null | undefined;
}

const states = new WeakMap<Element, Record<Managed, AttributeState>>();

/**
 * Sets `name` to the toolbar's value, or back to what the story set when the toolbar is at its
 * default. A change made since the last run (a control, a re-render with new args) counts as
 * the story's own value.
 */
function applyAttribute(element: Element, name: Managed, forced: string | null, fallback: string | null): void {
  let state = states.get(element);
  if (!state) {
    state = { theme: { authored: null, applied: undefined }, lang: { authored: null, applied: undefined } };
    states.set(element, state);
  }
  const entry = state[name];
  const current = element.getAttribute(name);
  if (entry.applied === undefined || current !== entry.applied) entry.authored = current;
  const value = forced ?? entry.authored ?? fallback;
  if (value === null) element.removeAttribute(name);
  else if (current !== value) element.setAttribute(name, value);
  entry.applied = value;
}

export const withGlobals: Decorator = (story, context) => {
  const themeName = (context.globals.theme ?? 'light') as ThemeName;
  const theme = STORY_THEMES[themeName] ?? STORY_THEMES.light;
  const lang = context.globals.lang === 'es' ? 'es' : 'en';
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const fullscreen = context.viewMode === 'story';

  // Elements without a `theme` become explicitly light under the default, so a designer whose
  // system is dark still sees what the canvas shows; a story's own `theme` is kept.
  const forcedTheme = theme.elementTheme;
  const forcedLang = lang === 'en' ? null : lang;
  const apply = (wrapper: Element | undefined) => {
    if (!wrapper) return;
    // Runs before the elements' first update (they update in a later microtask), so they render
    // once, already themed.
    for (const element of wrapper.querySelectorAll(ELEMENT_TAGS.join(','))) {
      applyAttribute(element, 'theme', forcedTheme, 'light');
      applyAttribute(element, 'lang', forcedLang, null);
    }
  };

  // The page behind the elements: dark under the Dark theme, or when the story asks for a dark
  // background (`parameters.backgrounds.default: 'dark'`, as the elements' Dark stories do).
  const darkPage = forcedTheme === 'dark' || (forcedTheme === null && context.parameters.backgrounds?.default === 'dark');
  const page = resolvedColors(theme, darkPage ? 'dark' : 'light');
  const style = {
    ...themeCustomProperties(theme),
    background: page.surface,
    color: page.text,
    padding: fullscreen ? '1rem' : '0',
    'min-height': fullscreen ? '100vh' : 'auto',
    'box-sizing': 'border-box',
    'font-family': 'system-ui, sans-serif',
  };
  const content = story() as unknown as TemplateResult;
  return html`<div class="kw-story" data-theme=${themeName} lang=${lang} dir=${dir} style=${styleMap(style)}>
    ${content}
    <span hidden ${ref((node) => queueMicrotask(() => apply(node?.parentElement ?? undefined)))}></span>
  </div>`;
};
