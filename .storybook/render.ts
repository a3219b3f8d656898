/**
 * The default story render, used by any story without its own `render`: it creates
 * `component` and applies the args the way a page would, using `custom-elements.json` to tell
 * attributes from properties:
 *
 * - an attribute arg (`clinic-name`, `searchable`) sets the attribute: `true` → present,
 *   `false`/empty → absent, objects → JSON (e.g. the estimator's `prices`);
 * - a CSS custom property arg (`--kw-accent`) goes on the element's inline style;
 * - an event arg (`onFaqToggle`, an action) listens for that event;
 * - a named slot arg with text becomes a `<span slot="…">`;
 * - anything else is set as a property (`content`).
 *
 * So every control in the docs changes the live element.
 */
import type { ArgsStoryFn } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import { declarationFor } from './manifest.js';

export const renderFromArgs: ArgsStoryFn<WebComponentsRenderer> = (args, context) => {
  const tag = context.component as string | undefined;
  if (!tag) throw new Error(`story ${context.id} has no component and no render`);
  const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  const declaration = declarationFor(tag);
  const attributes = new Set((declaration?.attributes ?? []).map((attribute) => attribute.name));
  const slots = new Set((declaration?.slots ?? []).map((slot) => slot.name).filter(Boolean));

  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const argType = context.argTypes[key];
    if (key.startsWith('--')) {
      if (value !== '' && value !== null) element.style.setProperty(key, String(value));
    } else if (typeof value === 'function' && argType?.action) {
      const eventName = typeof argType.action === 'string' ? argType.action : (argType.action.name ?? key);
      element.addEventListener(eventName, value as EventListener);
    } else if (attributes.has(key) || key.includes('-')) {
      if (value === false || value === null || value === '') element.removeAttribute(key);
      else element.setAttribute(key, value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
    } else if (slots.has(key)) {
      if (typeof value === 'string' && value) {
        const span = document.createElement('span');
        span.slot = key;
        span.textContent = value;
        element.append(span);
      }
    } else {
      element[key] = value;
    }
  }
  return element;
};
