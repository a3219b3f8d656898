// Issue 17.3: the static site of `npm run build-site` (built here without Storybook, which is
// tested by its own suite). Its builder, demo and docs pages must work from a static host and
// opened from disk (file://), and the code its builder writes must work pasted into a page of
// another origin, with jsDelivr answered by the test CDN.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite } from '../../scripts/build-site.js';
import { skip, test } from './harness.js';
import { openPage } from './browser.js';
import { builtTags, waitForWidgets } from './widgets.js';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

/** Console errors and uncaught errors of a page, as one list. */
const problemsOf = (session) => [
  ...session.errors.map((error) => `uncaught: ${error}`),
  ...session.console.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text}`),
];

async function openFile(browser, path) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const session = { page, errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => session.errors.push(error.stack ?? String(error)));
  page.on('console', (message) => session.console.push({ type: message.type(), text: message.text() }));
  page.on('request', (request) => session.requests.push(request.url()));
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  session.close = () => context.close();
  return session;
}

/** Registers the tests; returns the clean-up (removes the built site). */
export function siteTests(ctx) {
  let siteDir;
  const site = async () => {
    if (builtTags().length < 4) skip('not all elements have landed');
    siteDir ??= await buildSite({ outDir: mkdtempSync(join(tmpdir(), 'kw-site-')), storybook: false });
    return siteDir;
  };

  test('static site opened from disk (file://): builder, demo and docs pages work with no error', async () => {
    const dir = await site();
    const builder = await openFile(ctx.browser, join(dir, 'builder.html'));
    try {
      await builder.page.waitForSelector('textarea.snippet');
      await waitForWidgets(builder.page, ['ketamine-faq']);
      assert.match(await builder.page.locator('textarea.snippet').inputValue(), /integrity="sha384-[A-Za-z0-9+/=]{64}"/, 'real hashes, with no fetch');
      assert.deepEqual(problemsOf(builder), []);
    } finally {
      await builder.close();
    }
    const demo = await openFile(ctx.browser, join(dir, 'demo.html'));
    try {
      await waitForWidgets(demo.page);
      assert.deepEqual(problemsOf(demo), []);
      assert.ok(
        demo.requests.every((url) => url.startsWith('file://')),
        'the demo fetches nothing from the network',
      );
    } finally {
      await demo.close();
    }
    const docs = await openFile(ctx.browser, join(dir, 'docs/README.html'));
    try {
      // A link between docs pages, to a heading id, resolves.
      const href = await docs.page.locator('a[href^="embedding.html#"]').first().getAttribute('href');
      await docs.page.goto(new URL(href, docs.page.url()).href);
      assert.equal(await docs.page.locator(`[id="${href.split('#')[1]}"]`).count(), 1, `${href} has its heading`);
      assert.deepEqual(problemsOf(docs), []);
    } finally {
      await docs.close();
    }
  });

  test('static site from a static host: the builder writes code that renders pasted on another origin', async () => {
    const dir = await site();
    for (const file of readdirSync(dir, { recursive: true })) {
      const path = join(dir, file);
      if (!TYPES[extname(path)]) continue;
      ctx.server.files.set(`site/${file.split(sep).join('/')}`, { type: TYPES[extname(path)], body: readFileSync(path) });
    }
    const builder = await openPage(ctx.browser, ctx.server, '/extra/site/builder.html');
    try {
      const { page } = builder;
      for (const [tag, lang] of [
        ['cost-estimator', 'en'],
        ['candidacy-quiz', 'es'],
      ]) {
        await page.locator('select[name="tag"]').selectOption(tag);
        await page.locator('select[name="lang"]').selectOption(lang);
        await page.locator('input[name="clinicName"]').fill('Harbor Psychiatry');
        const snippet = await page.locator('textarea.snippet').inputValue();
        const covered = [...snippet.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/ketamine-widgets@[^/]+\/dist\/cdn\/([\w./-]+\.js)/g)].map((match) => match[1]);

        const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title></head><body>\n${snippet.replaceAll('https://cdn.jsdelivr.net', ctx.server.origin)}</body></html>`;
        ctx.otherOrigin.files.set(`site-pasted-${tag}.html`, { type: 'text/html; charset=utf-8', body });
        const pasted = await openPage(ctx.browser, ctx.otherOrigin, `/extra/site-pasted-${tag}.html`);
        try {
          await waitForWidgets(pasted.page, [tag]);
          assert.match(await pasted.page.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent, tag), /Harbor Psychiatry/);
          assert.deepEqual(problemsOf(pasted), [], `pasted <${tag}> (${lang})`);
          const fetched = pasted.requests
            .filter((url) => url !== pasted.url)
            .map((url) => new URL(url).pathname.replace(/^\/npm\/ketamine-widgets@[^/]+\/dist\/cdn\//, ''));
          for (const file of fetched) assert.ok(covered.includes(file), `<${tag}> (${lang}) fetched ${file}, which the snippet has no hash for`);
        } finally {
          await pasted.close();
        }
      }
      assert.deepEqual(problemsOf(builder), []);
    } finally {
      await builder.close();
    }
  });

  return () => siteDir && rmSync(siteDir, { recursive: true, force: true });
}
