/**
 * A small, strict reader for the markup a clinic pastes (issue 18): it finds this library's
 * elements in an HTML string and reads their attributes and inline JSON override, and leaves
 * everything else as the clinic wrote it. Pure; no DOM.
 *
 * It is not a general HTML parser: an element is recognised at the top level of the string (not
 * inside a comment), its attributes are read as the HTML tokenizer reads them, and its children
 * are kept verbatim except one `<script type="application/json">`, whose text is the override.
 */

/** The elements `renderToString` renders. */
export const ELEMENT_TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

export interface ParsedElement {
  kind: 'element';
  tag: ElementTag;
  /** Attributes in source order, names lower-cased, values decoded; the first of a repeated name wins. */
  attributes: [name: string, value: string][];
  /** The text of the inline `<script type="application/json">` child, if any. */
  overrideJson: string | null;
  /** Children other than the override script, verbatim. */
  otherChildren: string;
}

export interface PassThrough {
  kind: 'html';
  html: string;
}

export type MarkupPart = ParsedElement | PassThrough;

const OPEN_TAG = new RegExp(`<(${ELEMENT_TAGS.join('|')})(?=[\\s/>])`, 'gi');
const ATTRIBUTE = /\s*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
const JSON_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/i;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the character references a clinic is likely to write in an attribute value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Index just past the comment starting at `from`, or -1 if `from` is not inside a comment opener. */
function commentEnd(markup: string, from: number): number {
  const end = markup.indexOf('-->', from + 4);
  return end < 0 ? markup.length : end + 3;
}

/**
 * Splits `markup` into this library's elements and pass-through HTML. Throws a plain `Error`
 * naming the problem for markup it cannot read safely (an element that is never closed).
 */
export function parseMarkup(markup: string): MarkupPart[] {
  const parts: MarkupPart[] = [];
  let cursor = 0;
  let passStart = 0;
  while (cursor < markup.length) {
    const comment = markup.indexOf('<!--', cursor);
    OPEN_TAG.lastIndex = cursor;
    const open = OPEN_TAG.exec(markup);
    if (!open) break;
    if (comment >= 0 && comment < open.index) {
      cursor = commentEnd(markup, comment);
      continue;
    }
    const tag = open[1].toLowerCase() as ElementTag;
    const { attributes, end: tagEnd } = readAttributes(markup, open.index + open[0].length, tag);
    const close = new RegExp(`</${tag}\\s*>`, 'gi');
    close.lastIndex = tagEnd;
    const closing = close.exec(markup);
    if (!closing) throw new Error(`<${tag}> is not closed: write <${tag} …></${tag}>`);
    if (open.index > passStart) parts.push({ kind: 'html', html: markup.slice(passStart, open.index) });
    const inner = markup.slice(tagEnd, closing.index);
    const script = JSON_SCRIPT.exec(inner);
    const isOverride = script !== null && /\btype\s*=\s*(["']?)application\/json\1(?=[\s/>]|$)/i.test(script[1]);
    parts.push({
      kind: 'element',
      tag,
      attributes,
      overrideJson: isOverride ? script[2] : null,
      otherChildren: isOverride ? inner.slice(0, script.index) + inner.slice(script.index + script[0].length) : inner,
    });
    cursor = passStart = closing.index + closing[0].length;
  }
  if (passStart < markup.length) parts.push({ kind: 'html', html: markup.slice(passStart) });
  return parts;
}

function readAttributes(markup: string, from: number, tag: string): { attributes: [string, string][]; end: number } {
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  let position = from;
  for (;;) {
    while (/[\s/]/.test(markup[position] ?? '')) position++;
    if (position >= markup.length) throw new Error(`<${tag}> is not closed: its start tag has no ">"`);
    if (markup[position] === '>') return { attributes, end: position + 1 };
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(markup);
    if (!match) throw new Error(`<${tag}>: cannot read the attributes at "${markup.slice(position, position + 30)}"`);
    position = ATTRIBUTE.lastIndex;
    const name = match[1].toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    attributes.push([name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')]);
  }
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The text of the first `<script type="application/json" id="…">` with this id in `html` (the page
 * config, page-config.ts), or null. Like `getElementById`, the first in source order wins.
 */
export function jsonScriptText(html: string, id: string): string | null {
  for (const match of html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').matchAll(SCRIPT)) {
    let attributes: Record<string, string>;
    try {
      attributes = Object.fromEntries(readAttributes(`${match[1]}>`, 0, 'script').attributes);
    } catch {
      continue;
    }
    if (attributes.id === id && attributes.type?.trim().toLowerCase() === 'application/json') return match[2];
  }
  return null;
}

/** `&`, `"`, `<` and `>` escaped: safe inside a double-quoted attribute value and in text. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute names written back into HTML: the characters a clinic's attributes use, nothing else. */
export function isSafeAttributeName(name: string): boolean {
  return /^[a-z][a-z0-9_.:-]*$/.test(name) && !name.startsWith('on');
}
