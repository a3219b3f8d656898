import { html, nothing, type TemplateResult } from 'lit';

/**
 * Heading levels that fit the host page. `heading-level` (2–6, default 2) is the level of an
 * element's top headings; each element's inner headings sit `depth` levels below it. HTML stops
 * at h6, so a deeper heading (heading-level 5 or 6 in an element with three tiers) becomes
 * `role="heading" aria-level="7|8"`, which ARIA allows: the outline keeps its shape rather than
 * flattening two tiers onto one level.
 */
export const DEFAULT_HEADING_LEVEL = 2;

/** The deepest level an element ever renders: heading-level 6 plus two tiers. */
export const DEEPEST_HEADING_LEVEL = 8;

/** A heading level from 2 to 6, or null when the value is anything else. */
export function validHeadingLevel(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6 ? value : null;
}

/** The level of a heading `depth` tiers below the element's top level. */
export function headingLevelAt(base: number, depth: number): number {
  return Math.min(base + depth, DEEPEST_HEADING_LEVEL);
}

/** `heading-level=""` means "not set" (THREAT-MODEL L6); anything else is checked in willUpdate. */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): number | null => (value === null || value.trim() === '' ? null : Number(value)),
  toAttribute: (value: number | null): string | null => (value === null ? null : String(value)),
};

export interface HeadingAttributes {
  id?: string;
  part?: string;
  /** Extra classes; `depth-<n>` is always added so sizes follow the tier, not the tag. */
  class?: string;
  tabindex?: string;
}

/**
 * A heading at `level`, with the class `depth-<depth>` for its look. One plain template per tag
 * (no static-html join per render): these are stamped once per side effect and per question.
 */
export function renderHeading(level: number, depth: number, content: unknown, attrs: HeadingAttributes = {}): TemplateResult {
  const cls = attrs.class ? `depth-${depth} ${attrs.class}` : `depth-${depth}`;
  const id = attrs.id ?? nothing;
  const part = attrs.part ?? nothing;
  const tabindex = attrs.tabindex ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${String(level)} class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</div>`;
  }
}
