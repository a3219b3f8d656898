// The embed-code builder end to end, with no dev server: demo/embed.ts is bundled by Vite's
// build API (in memory) and served with its page. The copied snippet is pasted into a blank page whose jsDelivr
// requests are answered from dist/cdn/ (they never leave the machine; the SRI hashes are checked
// by Chromium), and that page must render the same widget as the builder's preview.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { minifyLiterals } from '../../scripts/minify-literals.js';
import { skip, test } from './harness.js';
import { openPage } from './browser.js';
import { CDN_DIR, ROOT } from './server.js';
import { builtTags, waitForWidgets } from './widgets.js';

async function serveBuilder(server) {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    // As the site's builder is built (scripts/build-site.js): the preview's template text is
    // minified like the pasted CDN file's, so the two widgets have the same text nodes.
    plugins: [minifyLiterals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: join(ROOT, 'demo/embed.ts'), formats: ['es'], fileName: 'embed' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const bundle = [output].flat()[0].output[0];
  const page = readFileSync(join(ROOT, 'demo/embed.html'), 'utf8').replace('src="./embed.ts"', 'src="./embed.js"');
  const js = 'text/javascript; charset=utf-8';
  server.files.set('demo/embed.html', { type: 'text/html; charset=utf-8', body: page });
  server.files.set('demo/embed.js', { type: js, body: bundle.code });
  for (const css of ['demo.css', 'embed.css']) server.files.set(`demo/${css}`, { type: 'text/css', body: readFileSync(join(ROOT, 'demo', css)) });
  server.files.set('dist/cdn/integrity.json', { type: 'application/json', body: readFileSync(join(CDN_DIR, 'integrity.json')) });
}

/** What "the same widget" means: same tag, attributes, text and accent colour. */
async function describeWidget(page, selector) {
  // An FAQ attaches its closed answers in idle time after its first render: describe it once all are there.
  await page.waitForFunction(
    (selector) => ![...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part~="answer"]') ?? [])].some((answer) => !answer.childElementCount),
    selector,
    { timeout: 10_000 },
  );
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const link = el.shadowRoot.querySelector('a[href], button');
    return {
      tag: el.localName,
      attributes: [...el.attributes]
        .filter((a) => a.name !== 'style')
        .map((a) => `${a.name}=${a.value}`)
        .sort(),
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      accent: getComputedStyle(el).getPropertyValue('--kw-accent').trim(),
      darkAccent: getComputedStyle(el).getPropertyValue('--kw-dark-accent').trim(),
      linkColour: link ? getComputedStyle(link).color : null,
    };
  }, selector);
}

/** Requests allowed: our server, and jsDelivr (answered from dist/cdn/ by the route below). */
function assertQuiet(session, label) {
  const origin = new URL(session.url).origin;
  const stray = session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('https://cdn.jsdelivr.net/npm/ketamine-widgets@'));
  const errors = session.console.filter((m) => m.type === 'error').map((m) => m.text);
  assert.deepEqual({ stray, errors, uncaught: session.errors }, { stray: [], errors: [], uncaught: [] }, label);
}

export function embedBuilderTests(ctx) {
  test('embed builder: contrast warning suggests a passing shade; the copied snippet renders the same widget', async () => {
    const tags = builtTags();
    if (!tags.length) skip('no element has landed yet');
    await serveBuilder(ctx.server);
    const builder = await openPage(ctx.browser, ctx.server, '/extra/demo/embed.html', {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    try {
      const { page } = builder;
      await page.waitForSelector('textarea.snippet');
      // A light brand colour fails on white: the builder warns and offers the nearest passing shade.
      await page.locator('input[name="accent"]').fill('#ff9900');
      await page.locator('[data-warning="accent"]').waitFor();
      await page.locator('[data-use-shade="accent"]').click();
      assert.equal(await page.locator('[data-warning="accent"]').count(), 0, 'the suggested shade passes');
      const accent = await page.locator('input[name="accent"]').inputValue();
      assert.notEqual(accent, '#ff9900');

      for (const tag of tags) {
        await page.locator('select[name="tag"]').selectOption(tag);
        await page.locator('input[name="clinicName"]').fill('Clínica "Río" <Norte> & Co');
        if (tag === 'cost-estimator') {
          await page.locator('input[name="price-iv"]').fill('500');
          await page.locator('input[name="price-spravato"]').fill('850');
        }
        await waitForWidgets(page, [tag]);
        await page.locator('button.copy').click();
        await page
          .locator('.copy-status')
          .filter({ hasText: /Copied/ })
          .waitFor();
        const snippet = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(snippet, await page.locator('textarea.snippet').inputValue(), 'the clipboard holds the shown code');
        assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/, 'a real SRI hash');
        assert.match(snippet, /clinic-name="Clínica &quot;Río&quot; &lt;Norte&gt; &amp; Co"/, 'attribute values are HTML-escaped');
        const preview = await describeWidget(page, `.preview-slot ${tag}`);

        // Paste into a blank page.
        ctx.server.files.set(`pasted-${tag}.html`, {
          type: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title></head><body>\n${snippet}</body></html>`,
        });
        const pasted = await openPage(ctx.browser, ctx.server, `/extra/pasted-${tag}.html`, {
          beforeGoto: (blank) =>
            blank.route('https://cdn.jsdelivr.net/npm/ketamine-widgets@*/dist/cdn/**', (route) => {
              const file = new URL(route.request().url()).pathname.replace(/^\/npm\/ketamine-widgets@[^/]+\/dist\/cdn\//, '');
              route.fulfill({
                status: 200,
                contentType: 'text/javascript',
                headers: { 'access-control-allow-origin': '*' },
                body: readFileSync(join(CDN_DIR, file)),
              });
            }),
        });
        try {
          await waitForWidgets(pasted.page, [tag]);
          assert.deepEqual(await describeWidget(pasted.page, tag), preview, `<${tag}> pasted = preview`);
          assertQuiet(pasted, `pasted <${tag}>`);
          // Issue 17: the map lists only what this snippet fetches, and covers all of it.
          const covered = new Set([...snippet.matchAll(/"(https:\/\/cdn\.jsdelivr\.net\/[^"]+\.js)"/g)].map((match) => match[1]));
          const fetched = new Set(pasted.requests.filter((url) => url.startsWith('https://cdn.jsdelivr.net/')));
          assert.deepEqual(
            [...fetched].filter((url) => !covered.has(url)),
            [],
            `<${tag}>: every fetched file has its hash in the snippet`,
          );
          assert.deepEqual(
            [...covered].filter((url) => !fetched.has(url) && !/\/(en|es)-[\w-]+\.js$/.test(url)),
            [],
            `<${tag}>: no hash for a file the snippet never loads (other than the other language)`,
          );
        } finally {
          await pasted.close();
        }
      }
      assertQuiet(builder, 'builder page');
      assert.ok(
        builder.requests.every((url) => new URL(url).pathname.startsWith('/extra/')),
        'the builder loads only its own files',
      );
    } finally {
      await builder.close();
    }
  });
}
