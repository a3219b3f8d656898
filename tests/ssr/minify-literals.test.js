// scripts/minify-literals.js: the build-time minifier of Lit template text (issues 16 and 18). It
// runs in every build, server and client alike, so what it must never change is checked here; the
// e2e hydration tests (tests/e2e/ssr.e2e.js) check that server and client still agree.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, literalEdits, minifyCss, minifyHtml } from '../../scripts/minify-literals.js';

const HOLE = '\uE000';

test('CSS: comments and indentation go, what changes meaning stays', () => {
  const css = `
    /* a comment, with { braces } */
    :host {
      display: block;
      margin: 0 0 calc(var(--s) * 0.5 + 1px - 2px);
    }
    a :is(.x, .y) > b ,
    c + d {
      content: ' a  { b } ';
      background: url( "x y.png" ) no-repeat;
      padding: calc(1px) calc(2px);
      color: red !important;
    }
    @media screen and (min-width: 20rem) {
      p { margin: 0; }
    }
  `;
  assert.equal(
    minifyCss(css),
    ':host{display:block;margin:0 0 calc(var(--s) * 0.5 + 1px - 2px)}' +
      'a :is(.x,.y)>b,c + d{content:\' a  { b } \';background:url( "x y.png" ) no-repeat;padding:calc(1px) calc(2px);color:red!important}' +
      '@media screen and (min-width:20rem){p{margin:0}}',
  );
});

test('CSS: a ${} keeps the spaces that separate it from its neighbours', () => {
  assert.equal(minifyCss(`\n  .a {\n    margin: ${HOLE} ${HOLE};\n    ${HOLE}\n  }\n`), `.a{margin:${HOLE} ${HOLE};${HOLE}}`);
});

test('HTML: indentation beside a block tag goes; between inline content it becomes one space', () => {
  const html = `<section class="a">
      <h2>${HOLE}</h2>
      <p>
        <span>${HOLE}</span>
        <strong>b</strong> <em>c</em>
      </p>
      ${HOLE}
      ${HOLE}
    </section>`;
  assert.equal(minifyHtml(html), `<section class="a"><h2>${HOLE}</h2><p><span>${HOLE}</span> <strong>b</strong> <em>c</em></p>${HOLE} ${HOLE}</section>`);
});

test('HTML: attribute values, <pre>, <textarea> and comments are copied; <style> is minified as CSS', () => {
  const html = `<div
      title="two
        lines"
      class=${HOLE}
    ><pre>  a
   b</pre><textarea>
  x</textarea><!--  keep
  --><style>
      .a { color: red; }
    </style><input
      value=${HOLE}
    /></div
  >`;
  assert.equal(
    minifyHtml(html),
    `<div title="two
        lines" class=${HOLE}><pre>  a
   b</pre><textarea>
  x</textarea><!--  keep
  --><style>.a{color:red}</style><input value=${HOLE} /></div>`,
  );
});

test('HTML: a tag named by a ${} (static html) is treated as inline, so one space stays', () => {
  assert.equal(
    minifyHtml(`<${HOLE} class="q">\n  <button>x</button>\n</${HOLE}>\n<div></div>`),
    `<${HOLE} class="q"> <button>x</button> </${HOLE}><div></div>`,
  );
});

test('SVG: whitespace between shapes goes, text content is kept', () => {
  assert.equal(minifyHtml('<g>\n  <circle r="1"/>\n  <text>\n  a\n</text>\n</g>', { svg: true }), '<g><circle r="1"/><text> a </text></g>');
});

test("only Lit's css, html and svg tags are rewritten, aliases included, and every ${} stays", () => {
  const code = [
    "import { css, html as litHtml } from 'lit';",
    "import { html as staticHtml } from 'lit/static-html.js';",
    "import type { svg } from 'lit';",
    'const html = (s: TemplateStringsArray) => s;',
    'export const a = litHtml`<div>\n  ${1}\n</div>`;',
    'export const b = staticHtml`<p>\n  ${2}\n</p>`;',
    'export const c = css`a {\n  color: red;\n}`;',
    'export const d = html`<div>\n  keep\n</div>`;',
    'export const e = svg`<g>\n</g>`;',
  ].join('\n');
  const { code: out } = applyEdits(code, literalEdits(code, 'x.ts'), 'x.ts');
  assert.match(out, /litHtml`<div>\$\{1\}<\/div>`/);
  assert.match(out, /staticHtml`<p>\$\{2\}<\/p>`/);
  assert.match(out, /css`a\{color:red\}`/);
  assert.match(out, /html`<div>\n {2}keep\n<\/div>`/, 'a local function named html is not Lit');
  assert.match(out, /svg`<g>\n<\/g>`/, 'a type-only import is not a tag');
});

test('an unterminated tag fails the build with the file and line', () => {
  assert.throws(() => literalEdits("import { html } from 'lit';\n\nhtml`<div class=${1}`;", 'y.ts'), /y\.ts:3: html`` literal: unterminated tag <div/);
});

test('the source map points code after a minified literal back to where it was written', () => {
  const code = "import { css } from 'lit';\nexport const s = css`\n  a {\n    b: c;\n  }\n`;\nexport const after = 1;\n";
  const { code: out, map } = applyEdits(code, literalEdits(code, 'z.ts'), 'z.ts');
  const generated = out.split('\n').findIndex((line) => line.includes('after'));
  const column = out.split('\n')[generated].indexOf('after');
  assert.deepEqual(originalPosition(map.mappings, generated, column), [6, code.split('\n')[6].indexOf('after')]);
});

/** [line, column] (from 0) of the segment at a generated position, decoding a v3 `mappings`. */
function originalPosition(mappings, line, column) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  let found = null;
  mappings.split(';').forEach((segments, index) => {
    state[0] = 0;
    for (const segment of segments ? segments.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (!(digit & 32)) {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((delta, i) => (state[i] += delta));
      if (index === line && state[0] === column) found = [state[2], state[3]];
    }
  });
  return found;
}
