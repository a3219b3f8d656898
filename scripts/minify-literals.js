// Build-time minification of the text inside our Lit template literals (issues 16 and 18: bytes).
//
// The JS minifier keeps template literal text as written, so the indentation, newlines and CSS
// comments of every `css`, `html` and `svg` literal in src/ shipped as they were: about 2.8 KB gzip
// of the whole-library file. This Vite plugin rewrites the literal text before TypeScript is
// stripped, in every build that ships (vite.config.ts: CDN, npm, SSR and hydrate builds alike).
//
// Server and client must stamp identical template strings: Lit's hydration compares a digest of
// them, so one build minified and another not would break every pre-rendered page. One plugin,
// in the shared config, applied to every build, keeps them identical. Tests run from source
// (wtr, esbuild) and never see it; the e2e, SSR and size tests run the build.
//
// Only tagged templates whose tag is the `css`, `html` or `svg` imported from Lit are touched,
// found with Vite's own parser (oxc), and only their literal text: each `${}` stays in place.
import { parseSync, Visitor } from 'vite';

/** The modules whose `css`, `html` and `svg` exports are Lit's template tags. */
const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit/static-html.js', 'lit-html/static.js']);
const TAG_KINDS = new Set(['css', 'html', 'svg']);

/** Stands in for each `${}` while a literal's parts are minified as one text. */
const HOLE = '\uE000';

/** Whitespace that may be dropped before or after these CSS characters (never around `:` before, `(` before or `)` after). */
const CSS_NO_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '>', '(']);
const CSS_NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);

/**
 * Minifies CSS text: comments go, whitespace runs become one space, and that space goes where
 * it sits next to `{ } ; , >` (and after `:` or `(`, before `)` or `!`). Kept: the space before
 * `:` (`a :is(b)` is a descendant selector), before `(` (`and (min-width…)`), after `)`
 * (`calc() calc()`), around `+ - * /` (calc), strings, `url()` and escapes as written, and a
 * space on each side of a `${}` unless punctuation above sits there.
 */
export function minifyCss(text) {
  let out = '';
  let space = false;
  const emit = (chunk) => {
    if (space && out && !CSS_NO_SPACE_AFTER.has(out.at(-1)) && !CSS_NO_SPACE_BEFORE.has(chunk[0])) out += ' ';
    space = false;
    if (chunk === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += chunk;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated CSS comment');
      space = true;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(text, i);
      emit(text.slice(i, end));
      i = end;
    } else if (c === '\\') {
      emit(text.slice(i, i + 2));
      i += 2;
    } else if (/^url\(/i.test(text.slice(i, i + 4)) && !/[\w-]/.test(text[i - 1] ?? '')) {
      const end = text.indexOf(')', i);
      if (end < 0) throw new Error('unterminated url(');
      emit(text.slice(i, end + 1));
      i = end + 1;
    } else {
      emit(c);
      i += 1;
    }
  }
  return out;
}

/** The index just after the string that opens at `start`, escapes included. */
function stringEnd(text, start) {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  if (i >= text.length) throw new Error(`unterminated ${quote}string`);
  return i + 1;
}

/**
 * Elements next to which a whitespace run renders nothing: it sits at the start or end of a
 * line box beside a block (or in a table or select, or beside something never rendered). Not
 * here, because a space beside them can be a visible gap: inline elements, button, label,
 * summary (inline-flex in our styles), select, input, img, svg and any element named by a `${}`.
 */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol optgroup option p script section style table tbody td template tfoot th thead tr ul'
  ).split(' '),
);
/** Inside these, whitespace is rendered or is the value: copied as written. `style` is minified as CSS. */
const RAW_TEXT_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style', 'title']);
/** SVG elements whose whitespace can render (text); every other SVG element is like a block. */
const SVG_TEXT_ELEMENTS = new Set(['text', 'tspan', 'textpath', 'a', 'foreignobject']);

const TAG_OPEN = /^<(\/?)([A-Za-z][^\s/>]*|\uE000)/;

/**
 * Minifies HTML (or SVG) template text for Lit. A whitespace run that holds a newline (indentation)
 * goes entirely where it touches a block element's tag, else becomes one space; a run without a
 * newline is kept as written (`</span> <strong>`). Inside a tag, runs become one space and the
 * space before `>` goes; attribute values, comments, `<pre>`, `<textarea>` and `<script>` are
 * copied as written; `<style>` text is minified as CSS.
 */
export function minifyHtml(text, { svg = false } = {}) {
  const isBlock = (name) => name !== null && (svg ? !SVG_TEXT_ELEMENTS.has(name) : BLOCK_ELEMENTS.has(name));
  let out = '';
  /** Whether the text before the current position ends with a block element's tag. */
  let afterBlock = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      let end = i;
      while (end < text.length && /\s/.test(text[end])) end += 1;
      const run = text.slice(i, end);
      const next = TAG_OPEN.exec(text.slice(end, end + 64));
      const beforeBlock = next !== null && isBlock(next[2] === HOLE ? null : next[2].toLowerCase());
      if (!run.includes('\n')) out += run;
      else if (!afterBlock && !beforeBlock) out += ' ';
      i = end;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unterminated HTML comment');
      out += text.slice(i, end + 3);
      i = end + 3;
      afterBlock = false;
      continue;
    }
    const open = c === '<' ? TAG_OPEN.exec(text.slice(i, i + 64)) : null;
    if (!open) {
      out += c === '\\' ? text.slice(i, i + 2) : c;
      i += c === '\\' ? 2 : 1;
      afterBlock = false;
      continue;
    }
    // A tag: its name, then attributes up to `>`.
    const closing = open[1] === '/';
    const name = open[2] === HOLE ? null : open[2].toLowerCase();
    out += open[0];
    i += open[0].length;
    let space = false;
    while (i < text.length && text[i] !== '>') {
      const t = text[i];
      if (/\s/.test(t)) {
        space = true;
        i += 1;
        continue;
      }
      if (space) out += ' ';
      space = false;
      if (t === '"' || t === "'") {
        const end = stringEnd(text, i);
        out += text.slice(i, end);
        i = end;
      } else {
        out += t;
        i += 1;
      }
    }
    if (i >= text.length) throw new Error(`unterminated tag <${open[1]}${name ?? '${}'}`);
    out += '>';
    i += 1;
    afterBlock = isBlock(name);
    if (!closing && name !== null && RAW_TEXT_ELEMENTS.has(name)) {
      const end = text.toLowerCase().indexOf(`</${name}`, i);
      if (end < 0) throw new Error(`unterminated <${name}>`);
      const inner = text.slice(i, end);
      out += name === 'style' && !inner.includes(HOLE) ? minifyCss(inner) : inner;
      i = end;
    }
  }
  return out;
}

/** One literal's new text per quasi, or null when it is left as written. */
function minifyQuasis(kind, raws) {
  const joined = raws.join(HOLE);
  if (raws.some((raw) => raw.includes(HOLE))) return null;
  const minified = kind === 'css' ? minifyCss(joined) : minifyHtml(joined, { svg: kind === 'svg' });
  const parts = minified.split(HOLE);
  if (parts.length !== raws.length) throw new Error('a ${} was lost while minifying');
  return parts;
}

/** Local names of Lit's `css`, `html` and `svg` imports in a module, with their kind. */
function litTags(program) {
  const tags = new Map();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type' || !LIT_MODULES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (TAG_KINDS.has(imported)) tags.set(specifier.local.name, imported);
    }
  }
  return tags;
}

/**
 * The edits that minify every Lit template literal in `code`: `{ start, end, text }` with
 * UTF-16 offsets into `code`, in order. Throws, naming the file and line, if a literal cannot be
 * minified safely (an unterminated tag, string or comment).
 */
export function literalEdits(code, filename) {
  const { program, errors } = parseSync(filename, code);
  if (errors.length) throw new Error(`${filename}: ${errors[0].message}`);
  const tags = litTags(program);
  if (!tags.size) return [];
  const edits = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      const kind = node.tag.type === 'Identifier' ? tags.get(node.tag.name) : undefined;
      if (!kind) return;
      const quasis = node.quasi.quasis;
      // A quasi spans its delimiters (` or }, then ` or ${); the raw text starts one past its start.
      const raws = quasis.map((quasi) => quasi.value.raw);
      if (quasis.some((quasi, index) => code.slice(quasi.start + 1, quasi.start + 1 + raws[index].length) !== raws[index])) {
        throw new Error(`${filename}:${lineOf(code, node.start)}: template text offsets do not match the source`);
      }
      let parts;
      try {
        parts = minifyQuasis(kind, raws);
      } catch (error) {
        throw new Error(`${filename}:${lineOf(code, node.start)}: ${kind}\`\` literal: ${error.message}`);
      }
      if (!parts) return;
      quasis.forEach((quasi, index) => {
        if (parts[index] !== raws[index]) edits.push({ start: quasi.start + 1, end: quasi.start + 1 + raws[index].length, text: parts[index] });
      });
    },
  }).visit(program);
  return edits.sort((a, b) => a.start - b.start);
}

function lineOf(code, offset) {
  return code.slice(0, offset).split('\n').length;
}

/** `code` with `edits` applied, and a source map back to `code` (a mapping at every word and symbol). */
export function applyEdits(code, edits, filename) {
  let out = '';
  const mappings = [];
  let line = [];
  let genColumn = 0;
  const original = lineStarts(code);
  const map = (offset) => {
    const [origLine, origColumn] = original(offset);
    line.push([genColumn, origLine, origColumn]);
  };
  const append = (text, from) => {
    // Map every word and every symbol to where it was, when the text is unchanged (from !== null).
    for (const match of text.matchAll(/\n|[\w$]+|[^\S\n]+|[^\s\w$]/g)) {
      if (match[0] === '\n') {
        mappings.push(line);
        line = [];
        genColumn = 0;
        out += '\n';
        continue;
      }
      if (from !== null && !/^\s/.test(match[0])) map(from + match.index);
      out += match[0];
      genColumn += match[0].length;
    }
  };
  let cursor = 0;
  for (const edit of edits) {
    append(code.slice(cursor, edit.start), cursor);
    map(edit.start);
    append(edit.text, null);
    cursor = edit.end;
  }
  append(code.slice(cursor), cursor);
  mappings.push(line);
  return { code: out, map: { version: 3, sources: [filename], sourcesContent: [code], names: [], mappings: encodeMappings(mappings) } };
}

/** A function from a UTF-16 offset to its [line, column], both from 0. */
function lineStarts(code) {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return [low, offset - starts[low]];
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    text += BASE64[digit];
  } while (rest);
  return text;
}

/** Source map v3 `mappings` from per-line [generatedColumn, originalLine, originalColumn] segments. */
function encodeMappings(lines) {
  let previousLine = 0;
  let previousColumn = 0;
  return lines
    .map((segments) => {
      let previousGenerated = 0;
      return segments
        .map(([generated, origLine, origColumn]) => {
          const text = vlq(generated - previousGenerated) + vlq(0) + vlq(origLine - previousLine) + vlq(origColumn - previousColumn);
          previousGenerated = generated;
          previousLine = origLine;
          previousColumn = origColumn;
          return text;
        })
        .join(',');
    })
    .join(';');
}

/** The Vite plugin: minifies the Lit template literals of src/**\/*.ts (not node_modules, not tests) in builds. */
export function minifyLiterals() {
  return {
    name: 'ketamine-widgets:minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/ },
      handler(code, id) {
        if (/[\\/]node_modules[\\/]|\.(test|stories)\.ts$/.test(id)) return null;
        let edits;
        try {
          edits = literalEdits(code, id);
        } catch (error) {
          this.error(error.message);
        }
        return edits.length ? applyEdits(code, edits, id) : null;
      },
    },
  };
}
