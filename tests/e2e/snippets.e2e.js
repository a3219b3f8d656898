// Issue 17: the snippets a clinic copies from the README and docs/embedding.md, pasted as they are
// into a blank page on a second origin (another port), with jsDelivr's host swapped for the test
// CDN's. Every element must render with no console error and no uncaught error, and the page must
// fetch only what the snippet's hashes cover.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { skip, test } from './harness.js';
import { openPage } from './browser.js';
import { CDN_DIR, ROOT } from './server.js';
import { builtTags, waitForWidgets } from './widgets.js';

const JSDELIVR = 'https://cdn.jsdelivr.net';
const WIDGETS = readFileSync(join(ROOT, 'tests/e2e/pages/widgets.html'), 'utf8');
const readIntegrity = () => JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));

/** The html code block inside `<!-- snippet:name -->` of a README/docs file, as a reader copies it. */
export function readSnippet(doc, name) {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  const region = text.match(new RegExp(`<!-- snippet:${name} -->([\\s\\S]*?)<!-- /snippet:${name} -->`));
  assert.ok(region, `${doc} has a snippet:${name} region`);
  const code = region[1].match(/```html\n([\s\S]*?)```/);
  assert.ok(code, `${doc} snippet:${name} is an html code block`);
  return code[1];
}

/** The snippet plus the other three elements (attributes only), on a blank page of the second origin. */
function pastePage(ctx, name, snippet, { lang = 'en', headers = {}, withOthers = true } = {}) {
  const cdnOrigin = ctx.server.origin;
  const others = withOthers ? WIDGETS.replace(/<ketamine-faq[^>]*><\/ketamine-faq>/, '') : '';
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>pasted ${name}</title></head><body>\n<h1>A clinic page</h1>\n${snippet.replaceAll(JSDELIVR, cdnOrigin)}\n${others}</body></html>`;
  ctx.otherOrigin.files.set(`${name}.html`, { type: 'text/html; charset=utf-8', body, headers });
  return `/extra/${name}.html`;
}

/** No console error, no uncaught error, no request but the page and the CDN files listed. */
function assertPastedClean(session, ctx, { allowed }) {
  const pageOrigin = new URL(session.url).origin;
  assert.notEqual(pageOrigin, ctx.server.origin, 'the page and the CDN are different origins');
  const fetched = [];
  const stray = [];
  for (const url of session.requests) {
    const { origin, pathname } = new URL(url);
    if (url === session.url) continue;
    const cdnFile = pathname.match(/^\/npm\/ketamine-widgets@[^/]+\/dist\/cdn\/(.+)$/)?.[1];
    if (origin === ctx.server.origin && cdnFile) fetched.push(cdnFile);
    else stray.push(url);
  }
  const errors = session.console.filter((m) => m.type === 'error').map((m) => m.text);
  assert.deepEqual({ errors, uncaught: session.errors, stray }, { errors: [], uncaught: [], stray: [] });
  for (const file of fetched) assert.ok(allowed.includes(file), `fetched ${file}, which the snippet's hashes do not cover`);
  return fetched;
}

/** The FAQ's answers chunk in `lang` that `entry` fetches right after a FAQ's first render (issue 18). */
const answersChunks = (entry, lang) => readIntegrity().graph[entry].lazy.filter((file) => new RegExp(`^chunks/${lang}-faq-answers-[\\w-]{8}\\.js$`).test(file));

export function snippetTests(ctx) {
  test("README first snippet (one module script) pasted on another origin: all elements render, no chunk fetched but the FAQ's answers", async () => {
    const tags = builtTags();
    if (tags.length < 4) skip('not all elements have landed');
    const snippet = readSnippet('README.md', 'cdn-simple');
    assert.doesNotMatch(snippet, /…|sha384-(?![A-Za-z0-9+/]{64})/, 'no placeholder');
    const session = await openPage(ctx.browser, ctx.otherOrigin, pastePage(ctx, 'readme-simple', snippet));
    try {
      await waitForWidgets(session.page, tags);
      assert.deepEqual(
        assertPastedClean(session, ctx, { allowed: ['ketamine-widgets.js', ...answersChunks('ketamine-widgets.js', 'en')] }).sort(),
        ['ketamine-widgets.js', ...answersChunks('ketamine-widgets.js', 'en')].sort(),
      );
    } finally {
      await session.close();
    }
  });

  test("README SRI snippet: its hashes (the file, and the FAQ's answers in the import map) cover everything an English, attributes-only page loads", async () => {
    const tags = builtTags();
    if (tags.length < 4) skip('not all elements have landed');
    const snippet = readSnippet('README.md', 'cdn-sri');
    assert.match(snippet, new RegExp(`integrity="${readIntegrity().files['ketamine-widgets.js'].replace(/[+/]/g, '\\$&')}"`), 'the hash of this build');
    const session = await openPage(ctx.browser, ctx.otherOrigin, pastePage(ctx, 'readme-sri', snippet));
    try {
      await waitForWidgets(session.page, tags);
      const map = JSON.parse(snippet.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1]);
      const covered = Object.keys(map.integrity).map((url) => url.replace(/^.*\/dist\/cdn\//, ''));
      assert.deepEqual(
        covered.map((file) => file.replace(/-[\w-]{8}\.js$/, '')),
        ['chunks/en-faq-answers'],
        'the map covers the FAQ answers chunk only',
      );
      // The answers arrive right after the first render: wait for them, then nothing else was fetched.
      await session.page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('.answer-body').length > 0, null, {
        timeout: 10_000,
      });
      assert.deepEqual(
        assertPastedClean(session, ctx, { allowed: ['ketamine-widgets.js', ...covered] }).sort(),
        ['ketamine-widgets.js', ...covered].sort(),
        'no other lazy chunk on the default English path',
      );
    } finally {
      await session.close();
    }
  });

  test('docs import map snippet: a Spanish page with an override loads checked chunks and renders in Spanish', async () => {
    const tags = builtTags();
    if (tags.length < 4) skip('not all elements have landed');
    const snippet = readSnippet('docs/embedding.md', 'cdn-importmap');
    const map = JSON.parse(snippet.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1]);
    const covered = Object.keys(map.integrity).map((url) => url.replace(/^.*\/dist\/cdn\//, ''));
    const override = `<ketamine-faq id="override">\n  <script type="application/json">{ "hide": ["insurance"] }</script>\n</ketamine-faq>`;
    const session = await openPage(ctx.browser, ctx.otherOrigin, pastePage(ctx, 'docs-importmap', `${snippet}\n${override}`, { lang: 'es' }));
    try {
      await waitForWidgets(session.page, tags);
      // The override applied (its validator is a lazy chunk): the insurance question is gone.
      await session.page.waitForFunction(
        () => {
          const text = document.querySelector('#override').shadowRoot.textContent;
          return /ketamina/.test(text) && !text.includes('¿Mi seguro médico pagará');
        },
        null,
        { timeout: 10_000 },
      );
      await session.page.waitForFunction((tags) => tags.every((tag) => !/not medical advice/i.test(document.querySelector(tag).shadowRoot.textContent)), tags, {
        timeout: 10_000,
      });
      const fetched = assertPastedClean(session, ctx, { allowed: ['ketamine-widgets.js', ...covered] });
      assert.ok(
        fetched.some((file) => /chunks\/es-/.test(file)),
        'Spanish chunks were fetched (and checked)',
      );
      assert.ok(
        fetched.some((file) => /override/.test(file)),
        'the override validator was fetched (and checked)',
      );
    } finally {
      await session.close();
    }
  });

  test('classic loader (docs snippet): <script src=loader.js> without type=module renders every element', async () => {
    const tags = builtTags();
    if (tags.length < 4) skip('not all elements have landed');
    const snippet = readSnippet('docs/embedding.md', 'cdn-loader');
    assert.doesNotMatch(snippet, /type="module"/, 'a classic script tag');
    const session = await openPage(ctx.browser, ctx.otherOrigin, pastePage(ctx, 'docs-loader', snippet));
    try {
      await waitForWidgets(session.page, tags);
      // The FAQ's answers chunk is fetched right after the first render (covered only by an import map, as documented).
      assert.deepEqual(
        assertPastedClean(session, ctx, { allowed: ['loader.js', 'ketamine-widgets.js', ...answersChunks('ketamine-widgets.js', 'en')] }).sort(),
        ['ketamine-widgets.js', 'loader.js', ...answersChunks('ketamine-widgets.js', 'en')].sort(),
      );
      const inserted = await session.page.evaluate(() => {
        const script = document.querySelector('script[type="module"]');
        return { integrity: script?.integrity, afterLoader: script?.previousElementSibling?.src.endsWith('loader.js') };
      });
      assert.deepEqual(inserted, { integrity: readIntegrity().files['ketamine-widgets.js'], afterLoader: true });
    } finally {
      await session.close();
    }
  });

  test('classic loader under the strict CSP with Trusted Types (and data-lang="es")', async () => {
    const tags = builtTags();
    if (tags.length < 4) skip('not all elements have landed');
    const cdn = ctx.server.origin;
    const policy = `default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; connect-src 'none'; require-trusted-types-for 'script'; trusted-types ketamine-widgets`;
    const snippet = readSnippet('docs/embedding.md', 'cdn-loader')
      .replace('<script src=', '<script data-lang="es" src=')
      .replace('<ketamine-faq ', '<ketamine-faq structured-data ');
    const session = await openPage(
      ctx.browser,
      ctx.otherOrigin,
      pastePage(ctx, 'loader-csp', snippet, { lang: 'es', headers: { 'content-security-policy': policy } }),
    );
    try {
      await waitForWidgets(session.page, tags);
      const violations = await session.page.evaluate(() => globalThis.__kwViolations);
      assert.deepEqual(violations, [], 'no CSP violation');
      // `structured-data` loads its code as a lazy chunk (W6-lazy), which only an import map's integrity
      // section covers (docs/embedding.md, "How the lazy chunks are covered"): exactly that chunk, nothing else.
      const structuredData = Object.keys(readIntegrity().files).filter((file) => /^chunks\/faq-structured-data-[\w-]{8}\.js$/.test(file));
      assertPastedClean(session, ctx, {
        allowed: ['loader.js', 'ketamine-widgets.es.js', ...structuredData, ...answersChunks('ketamine-widgets.es.js', 'es')],
      });
      // The FAQ's JSON-LD (structured-data) went through the shared policy.
      await session.page.waitForFunction(() => document.querySelector('script[type="application/ld+json"]')?.textContent.includes('FAQPage'), null, {
        timeout: 5000,
      });
      assert.doesNotMatch(
        await session.page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.textContent),
        /not medical advice/i,
        'Spanish-first file',
      );
    } finally {
      await session.close();
    }
  });
}
