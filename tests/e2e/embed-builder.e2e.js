// The embed-code builder end to end, with no dev server: demo/embed.ts is bundled by Vite's
// build API (in memory) and served with its page. The copied snippet is pasted into a blank page whose jsDelivr
// requests are answered from dist/cdn/ (they never leave the machine; the SRI hashes are checked
// by Chromium), and that page must render the same widget as the builder's preview.
// Issue 18: the pre-rendered mode runs renderToString in a worker (demo/prerender-worker.ts, bundled
// by scripts/build-site.js); its HTML must be the bytes Node writes, work with JavaScript off and
// hydrate with it on.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { faqParts } from '../../scripts/faq-split.js';
import { minifyLiterals } from '../../scripts/minify-literals.js';
import { buildSite, bundlePrerenderWorker } from '../../scripts/build-site.js';
import { markupFor } from '../../bin/ketamine-widgets.js';
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
    plugins: [faqParts(), minifyLiterals()],
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
  server.files.set('dist/ssr-style-hashes.json', { type: 'application/json', body: readFileSync(join(ROOT, 'dist/ssr-style-hashes.json')) });
  server.files.set('demo/prerender-worker.js', { type: js, body: await bundlePrerenderWorker() });
}

/** jsDelivr requests of a pasted page, answered from dist/cdn/ (they never leave the machine). */
const routeCdn = (page) =>
  page.route('https://cdn.jsdelivr.net/npm/ketamine-widgets@*/dist/cdn/**', (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/npm\/ketamine-widgets@[^/]+\/dist\/cdn\//, '');
    route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(join(CDN_DIR, file)) });
  });

/** What "the same widget" means: same tag, attributes, text and accent colour. */
async function describeWidget(page, selector) {
  // An FAQ attaches its closed answers in idle time after its first render: describe it once all are there.
  // The builder replaces its preview on every change, and a new element below the viewport renders
  // after the next paint (issue 18): wait for its footer too.
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector)?.shadowRoot;
      return !!root?.querySelector('[part~="footer"]') && ![...root.querySelectorAll('[part~="answer"]')].some((answer) => !answer.childElementCount);
    },
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

/** Requests allowed: our server (and its blob: URLs), and jsDelivr (answered from dist/cdn/ by routeCdn). */
function assertQuiet(session, label) {
  const origin = new URL(session.url).origin;
  // blob: of the same origin is the pre-renderer's worker script, made in the page (no network).
  const stray = session.requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('https://cdn.jsdelivr.net/npm/ketamine-widgets@'),
  );
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
          beforeGoto: routeCdn,
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

  test('embed builder: pre-rendered mode emits renderToString HTML that works without JavaScript and hydrates under a strict CSP', async () => {
    const tags = builtTags().filter((tag) => tag === 'ketamine-faq' || tag === 'side-effects-list');
    if (!tags.length) skip('no pre-rendered element has landed yet');
    const { renderToString } = await import('../../dist/ssr.js');
    const integrity = JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));
    const styleHashes = JSON.parse(readFileSync(join(ROOT, 'dist/ssr-style-hashes.json'), 'utf8'));
    await serveBuilder(ctx.server);
    const builder = await openPage(ctx.browser, ctx.server, '/extra/demo/embed.html', { contextOptions: { viewport: { width: 320, height: 800 } } });
    try {
      const { page } = builder;
      await page.waitForSelector('textarea.snippet');
      // Keyboard: the mode is a radio group; arrow keys move the choice.
      await page.getByRole('radio', { name: 'Script only' }).focus();
      await page.keyboard.press('ArrowDown');
      assert.ok(
        await page.getByRole('radio', { name: /^Pre-rendered \(works without JavaScript, better for search\)$/ }).isChecked(),
        'arrow key picks Pre-rendered',
      );
      assert.equal(await page.locator('script[src$="prerender-worker.js"]').count(), 1, 'the pre-renderer loads only now');

      for (const tag of tags) {
        await page.locator('select[name="tag"]').selectOption(tag);
        await page.locator('input[name="clinicName"]').fill('Clínica "Río" <Norte> & Co');
        await page.locator('input[name="accent"]').fill('#1a5c8a');
        await page
          .locator('.render-status')
          .filter({ hasText: /Pre-rendered by renderToString/ })
          .waitFor({ timeout: 30_000 });
        const snippet = await page.locator('textarea.snippet').inputValue();

        // The same bytes as Node's renderToString / the CLI for the same clinic settings.
        const config = { 'clinic-name': 'Clínica "Río" <Norte> & Co', phone: '(555) 010-2345', 'booking-url': 'https://lakeside.example/book' };
        if (tag === 'ketamine-faq') config['structured-data'] = true;
        const expected = await renderToString(markupFor(tag, { lang: 'en', config }), { lang: 'en' });
        assert.ok(snippet.endsWith(`\n${expected}\n`), `<${tag}>: the snippet ends with renderToString's HTML (${snippet.length} vs ${expected.length} chars)`);
        if (tag === 'ketamine-faq') assert.match(expected, /application\/ld\+json/, 'FAQPage JSON-LD is in the HTML');
        const file = 'ketamine-widgets.hydrate.js';
        assert.ok(
          snippet.includes(
            `<script type="module" async src="https://cdn.jsdelivr.net/npm/ketamine-widgets@${integrity.version}/dist/cdn/${file}" integrity="${integrity.files[file]}" crossorigin="anonymous"></script>`,
          ),
          'the async hydrate script with its SRI hash',
        );
        const brandText = snippet.match(/^<style>([^<]*)<\/style>$/m)[1];
        const brandHash = `'sha256-${createHash('sha256').update(brandText, 'utf8').digest('base64')}'`;
        const sources = [...styleHashes.elements[tag], brandHash];
        assert.ok(snippet.includes(`style-src ${sources.join(' ')} -->`), 'the CSP note lists the element styles and the brand colours');
        assert.equal((await page.locator('.csp-note code').last().textContent()).trim(), sources.join(' '));

        // Pasted into a page under a strict CSP: with JavaScript off the content is there; with it on it hydrates.
        const csp = `default-src 'none'; script-src https://cdn.jsdelivr.net; style-src ${sources.join(' ')}; img-src 'self'; require-trusted-types-for 'script'; trusted-types ketamine-widgets`;
        ctx.server.files.set(`pasted-pre-${tag}.html`, {
          type: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': csp },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title></head><body><h1>Clinic</h1>\n${snippet}</body></html>`,
        });
        const off = await openPage(ctx.browser, ctx.server, `/extra/pasted-pre-${tag}.html`, { contextOptions: { javaScriptEnabled: false } });
        try {
          const report = await off.page.evaluate((tag) => {
            const root = document.querySelector(tag).shadowRoot;
            const visible = (element) => !!element && element.checkVisibility() && element.getBoundingClientRect().height > 0;
            return {
              defined: !!customElements.get(tag),
              shown: [...(root?.querySelectorAll('.answer-body, .effect .effect-name') ?? [])].filter(visible).length,
              disclaimer: root?.querySelector('[part="disclaimer"]')?.textContent ?? '',
              // Set only by the widget's CSS (a <style> in the shadow root, allowed by its hash).
              footerBorder: getComputedStyle(root.querySelector('[part="footer"]')).borderTopStyle,
            };
          }, tag);
          assert.equal(report.defined, false, 'scripting off');
          assert.ok(report.shown >= 20, `<${tag}> without JavaScript: ${report.shown} answers or side effects shown`);
          assert.match(report.disclaimer, /not medical advice/);
          assert.notEqual(report.footerBorder, 'none', 'the shadow-root styles applied under the CSP');
        } finally {
          await off.close();
        }
        const on = await openPage(ctx.browser, ctx.server, `/extra/pasted-pre-${tag}.html`, {
          beforeGoto: async (blank) => {
            await routeCdn(blank);
            await blank.addInitScript((tag) => {
              const define = CustomElementRegistry.prototype.define;
              CustomElementRegistry.prototype.define = function (name, ...rest) {
                if (name === tag) window.__serverNode = document.querySelector(tag)?.shadowRoot?.querySelector('section, .content');
                return define.call(this, name, ...rest);
              };
            }, tag);
          },
        });
        try {
          const hydrated = await on.page.evaluate(async (tag) => {
            await customElements.whenDefined(tag);
            const element = document.querySelector(tag);
            await element.updateComplete;
            await element.updateComplete;
            return !!window.__serverNode && element.shadowRoot.contains(window.__serverNode);
          }, tag);
          assert.ok(hydrated, `<${tag}>: the server's shadow root was adopted, not rendered again`);
          if (tag === 'ketamine-faq') {
            await on.page.locator('ketamine-faq .question-button').first().click();
            assert.equal(await on.page.locator('ketamine-faq .question-button').first().getAttribute('aria-expanded'), 'true', 'a question opens');
          }
          const problems = on.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => `${m.type}: ${m.text}`);
          assert.deepEqual({ problems, uncaught: on.errors }, { problems: [], uncaught: [] }, `pasted pre-rendered <${tag}>`);
          assert.deepEqual(await on.page.evaluate(() => globalThis.__kwViolations ?? []), [], 'no CSP violation (JS on)');
        } finally {
          await on.close();
        }
      }

      // Spanish: the Spanish-first hydrate file.
      await page.locator('select[name="lang"]').selectOption('es');
      await page
        .locator('.render-status')
        .filter({ hasText: /Pre-rendered by renderToString/ })
        .waitFor({ timeout: 30_000 });
      assert.match(await page.locator('textarea.snippet').inputValue(), /ketamine-widgets\.hydrate\.es\.js" integrity="sha384-/);

      // Accessible at 320 px: axe finds nothing, and nothing is wider than the viewport.
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      const axe = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(axe, [], 'axe violations in pre-rendered mode');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
      assertQuiet(builder, 'builder page (pre-rendered mode)');
    } finally {
      await builder.close();
    }
  });

  test('embed builder: the static site builder pre-renders opened from disk (file://), loading the worker only then', async () => {
    if (!builtTags().includes('ketamine-faq')) skip('the FAQ has not landed yet');
    const { renderToString } = await import('../../dist/ssr.js');
    const dir = await buildSite({ outDir: mkdtempSync(join(tmpdir(), 'kw-builder-site-')), storybook: false });
    const context = await ctx.browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const page = await context.newPage();
      const problems = [];
      const requests = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
      context.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(dir, 'builder.html')).href, { waitUntil: 'load' });
      await page.waitForSelector('textarea.snippet');
      assert.ok(!requests.some((url) => url.endsWith('prerender-worker.js')), 'the pre-renderer is not loaded in script mode');
      await page.getByRole('radio', { name: /^Pre-rendered/ }).check();
      await page
        .locator('.render-status')
        .filter({ hasText: /Pre-rendered by renderToString/ })
        .waitFor({ timeout: 30_000 });
      const snippet = await page.locator('textarea.snippet').inputValue();
      const expected = await renderToString(
        markupFor('faq', {
          lang: 'en',
          config: { 'clinic-name': 'Lakeside Mind Clinic', phone: '(555) 010-2345', 'booking-url': 'https://lakeside.example/book', 'structured-data': true },
        }),
        { lang: 'en' },
      );
      assert.ok(snippet.endsWith(`\n${expected}\n`), 'the same HTML as Node');
      assert.ok(
        requests.every((url) => url.startsWith('file://') || url.startsWith('blob:')),
        `no network: ${requests.filter((url) => !url.startsWith('file://'))}`,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
