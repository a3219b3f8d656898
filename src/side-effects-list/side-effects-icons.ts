/** The side-effects list's icons: 16×16 shapes in `currentColor`, decorative (the text beside each says the same). */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Severity } from '../content/vocabulary/side-effects.js';

/** Severity is shown by shape and text, never by colour alone. */
export const SEVERITY_ICONS: Record<Severity, SVGTemplateResult> = {
  common: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="8" cy="8" r="2.5" fill="currentColor"/>`,
  'less-common': svg`<path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  serious: svg`<path d="M8 1.5 15 14H1Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M8 6v3.6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.6" r="1" fill="currentColor"/>`,
};
export const HELP_ICON = svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M8 4.2v4.6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.4" r="1" fill="currentColor"/>`;
export const STOP_ICON = svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M3.6 12.4 12.4 3.6" stroke="currentColor" stroke-width="1.8"/>`;

/** An icon, hidden from assistive technology. */
export const icon = (shape: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shape}</svg>`;
