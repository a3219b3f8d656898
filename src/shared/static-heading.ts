/**
 * A heading tag for a `lit/static-html` template, for an element that stamps its heading inside
 * one larger template (the FAQ's question: heading, button and panel stamped together) rather than
 * through `renderHeading`. Apart from heading.ts, which every element imports, so that only the
 * elements using it bundle lit/static-html.
 */
import { nothing } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const DEEP_TAG = literal`div`;

/** The tag and, past h6, the ARIA role and level of a heading at `level`. */
export interface StaticHeadingTag {
  tag: StaticValue;
  role: 'heading' | typeof nothing;
  ariaLevel: string | typeof nothing;
}

const made = new Map<number, StaticHeadingTag>();

/**
 * h2–h6; deeper (heading-level 6 plus one) is a `div role=heading aria-level=7`. The same object
 * for the same level, so a `guard` given it holds until the level changes.
 */
export function staticHeadingTag(level: number): StaticHeadingTag {
  let heading = made.get(level);
  if (!heading) {
    const tag = TAGS[level];
    heading = tag ? { tag, role: nothing, ariaLevel: nothing } : { tag: DEEP_TAG, role: 'heading', ariaLevel: String(level) };
    made.set(level, heading);
  }
  return heading;
}
