#!/usr/bin/env node
// `npm run examples` (issue 17.6): each small framework project under examples/ (React 19, Vue 3,
// Svelte 5, Angular) installs ketamine-widgets from this checkout (`file:../..`, so run `npm run build`
// first), type-checks, builds, and its built page is opened in Chromium: the FAQ renders, the
// object prop reached the element (the override hides the insurance question), and opening a
// question runs the app's `faq-toggle` listener; where there is an estimator, its object `prices` shows. .ci/run calls it after `npm test`.
// examples/static-site (issue 18) has no framework: its build pre-renders the page with
// `ketamine-widgets/ssr`, so its page is checked with JavaScript off and then hydrated; so is
// examples/eleventy's (Eleventy 3, a paired shortcode calling renderToString).
//
//   node scripts/examples.js [name…] [--no-install]
//
// Prints one line per step and "N passed, N failed" last (counted by .ci/run). Exit 1 on a failure.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const examplesDir = join(root, 'examples');
const args = process.argv.slice(2);
const install = !args.includes('--no-install');
const only = args.filter((arg) => !arg.startsWith('--'));
const examples = readdirSync(examplesDir)
  .filter((name) => existsSync(join(examplesDir, name, 'package.json')))
  .filter((name) => !only.length || only.includes(name));

let passed = 0;
let failed = 0;
/** Examples whose build pre-renders the widgets: checked with JavaScript off, then hydrated. */
const PRE_RENDERED = new Set(['static-site', 'eleventy']);
const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function step(label, cwd, command, commandArgs) {
  const started = Date.now();
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.status === 0) {
    passed++;
    console.log(`  ✓ ${label} (${seconds(started)})`);
    return true;
  }
  failed++;
  console.log(`  ✗ ${label} (${seconds(started)})\n${`${result.stdout ?? ''}${result.stderr ?? ''}`.trim().replace(/^/gm, '      ')}`);
  return false;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A static server for one built app (Angular writes to dist/browser/). */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    let file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function runInBrowser(browser, name, distDir) {
  const started = Date.now();
  const server = await serve(distDir);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
  try {
    await page.goto(`${server.origin}/`);
    const faq = page.locator('ketamine-faq');
    await page.waitForFunction(() => document.querySelector('ketamine-faq')?.shadowRoot?.textContent.includes('What is ketamine therapy?'), null, {
      timeout: 15_000,
    });
    // The object prop: content = { hide: ['insurance'] } removed that question.
    await page.waitForFunction(() => !document.querySelector('ketamine-faq').shadowRoot.textContent.includes('Will my insurance pay'), null, {
      timeout: 10_000,
    });
    await faq.locator('button[aria-expanded="false"], details:not([open]) > summary').first().click();
    await page
      .locator('#last-toggle')
      .filter({ hasText: /opened/ })
      .waitFor({ timeout: 5_000 });
    // An example with an estimator passes its prices as an object (React 19's `prices={{ iv: 450 }}`).
    if (await page.locator('cost-estimator').count()) {
      await page.waitForFunction(() => /\$450\b/.test(document.querySelector('cost-estimator').shadowRoot?.textContent ?? ''), null, { timeout: 10_000 });
    }
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
    console.log(`  ✓ ${name}: the built app renders the FAQ, passes the object prop and hears faq-toggle (${seconds(started)})`);
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${name}: the built app in Chromium\n${String(error?.message ?? error).replace(/^/gm, '      ')}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`,
    );
  } finally {
    await page.close();
    await server.close();
  }
}

/** Pass or fail one browser check, closing what it opened. */
async function browserCheck(label, started, run) {
  try {
    await run();
    passed++;
    console.log(`  ✓ ${label} (${seconds(started)})`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${label}\n${String(error?.message ?? error).replace(/^/gm, '      ')}`);
  }
}

/**
 * examples/static-site and examples/eleventy: (a) with JavaScript off, as a crawler or a reader with scripts blocked sees
 * it, the pre-rendered content is in the page and visible; (b) with JavaScript, the hydrate script
 * adopts it without a console error and opening a question fires `faq-toggle`.
 */
async function runStaticSiteInBrowser(browser, name, distDir) {
  const server = await serve(distDir);
  const effects = JSON.parse(readFileSync(join(root, 'content/en/side-effects.json'), 'utf8')).effects.map((effect) => effect.name);
  try {
    await browserCheck(
      `${name}: without JavaScript the FAQ answers, ${effects.length} side effects, disclaimer, crisis line and FAQPage JSON-LD are readable`,
      Date.now(),
      async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await page.goto(`${server.origin}/`);
          const report = await page.evaluate(() => {
            const visible = (element) => !!element && element.checkVisibility() && element.getBoundingClientRect().height > 0;
            const faq = document.querySelector('ketamine-faq').shadowRoot;
            const list = document.querySelector('side-effects-list').shadowRoot;
            const answers = [...(faq?.querySelectorAll('.answer-body') ?? [])];
            const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent));
            return {
              scriptingOff: !customElements.get('ketamine-faq'),
              answers: answers.length,
              answersVisible: answers.filter(visible).length,
              firstAnswer: answers[0]?.innerText ?? '',
              effectsShown: [...(list?.querySelectorAll('.effect .effect-name') ?? [])].filter(visible).map((effect) => effect.textContent.trim()),
              disclaimers: [faq, list].map(
                (root) => visible(root?.querySelector('[part="disclaimer"]')) && root.querySelector('[part="disclaimer"]').textContent,
              ),
              crisisLines: [faq, list].map(
                (root) => visible(root?.querySelector('[part="crisis-line"]')) && root.querySelector('[part="crisis-line"]').textContent,
              ),
              faqPage: jsonLd.find((data) => data['@type'] === 'FAQPage'),
            };
          });
          const problems = [];
          if (!report.scriptingOff) problems.push('the page ran a script');
          if (report.answers < 30 || report.answersVisible !== report.answers)
            problems.push(`${report.answersVisible} of ${report.answers} FAQ answers visible`);
          if (report.firstAnswer.length < 50) problems.push(`first answer: "${report.firstAnswer}"`);
          const missing = effects.filter((effect) => !report.effectsShown.includes(effect));
          if (missing.length || report.effectsShown.length !== effects.length)
            problems.push(`side effects shown: ${report.effectsShown.length} of ${effects.length}; missing: ${missing.join(', ')}`);
          for (const text of report.disclaimers) if (!/not medical advice/.test(text || '')) problems.push(`disclaimer: ${text}`);
          for (const text of report.crisisLines) if (!/988/.test(text || '')) problems.push(`crisis line: ${text}`);
          const questions = report.faqPage?.mainEntity ?? [];
          if (questions.length !== report.answers || !questions.every((item) => item.acceptedAnswer?.text))
            problems.push(`FAQPage JSON-LD: ${questions.length} questions`);
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          await context.close();
        }
      },
    );

    await browserCheck(`${name}: with JavaScript the page hydrates without console errors and opening a question fires faq-toggle`, Date.now(), async () => {
      const context = await browser.newContext();
      const problems = [];
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console.${message.type()}: ${message.text()}`));
        // The server's node, taken just before the script defines the element, to tell hydration
        // (node kept) from a re-render (node replaced). The deferred script runs before `load`.
        await page.addInitScript(() => {
          const define = CustomElementRegistry.prototype.define;
          CustomElementRegistry.prototype.define = function (name, ...rest) {
            if (name === 'ketamine-faq') window.__serverNode = document.querySelector('ketamine-faq')?.shadowRoot?.querySelector('.question-button');
            return define.call(this, name, ...rest);
          };
        });
        await page.goto(`${server.origin}/`);
        await page.evaluate(async () => {
          for (const tag of ['ketamine-faq', 'side-effects-list']) {
            await customElements.whenDefined(tag);
            await document.querySelector(tag).updateComplete;
          }
          window.__toggles = [];
          document.addEventListener('faq-toggle', (event) => window.__toggles.push(event.detail));
        });
        await page.locator('ketamine-faq .question-button').first().click();
        await page.waitForFunction(() => window.__toggles.length > 0, null, { timeout: 5_000 });
        const state = await page.evaluate(() => ({
          adopted: !!window.__serverNode && document.querySelector('ketamine-faq').shadowRoot.contains(window.__serverNode),
          expanded: window.__serverNode?.getAttribute('aria-expanded'),
          toggles: window.__toggles,
        }));
        if (!state.adopted) problems.push('the FAQ was rendered again, not hydrated');
        if (state.expanded !== 'true') problems.push(`aria-expanded="${state.expanded}" after the click`);
        if (JSON.stringify(state.toggles) !== JSON.stringify([{ id: 'what-is-ketamine-therapy', open: true }]))
          problems.push(`faq-toggle: ${JSON.stringify(state.toggles)}`);
        if (problems.length) throw new Error(problems.join('\n'));
      } finally {
        await context.close();
      }
    });
  } finally {
    await server.close();
  }
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.log('  ✗ dist/ exists (run `npm run build` first)\n\n0 passed, 1 failed');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  for (const name of examples) {
    const cwd = join(examplesDir, name);
    console.log(`examples/${name}`);
    // `npm install --no-save`, not `npm ci`: the lock file records the linked root package's own
    // package.json (version, dependencies), so `npm ci` refuses to run after any change there.
    // This installs what the lock says and leaves the lock and package.json as they are.
    if (install && !step(`${name}: npm install --no-save`, cwd, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'])) continue;
    // The static-site and Eleventy examples are plain JavaScript: nothing to type-check.
    if (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.check) step(`${name}: type check (npm run check)`, cwd, 'npm', ['run', 'check']);
    if (!step(`${name}: build (npm run build)`, cwd, 'npm', ['run', 'build'])) continue;
    const distDir = [join(cwd, 'dist/browser'), join(cwd, 'dist')].find((dir) => existsSync(join(dir, 'index.html')));
    if (distDir && PRE_RENDERED.has(name)) await runStaticSiteInBrowser(browser, name, distDir);
    else if (distDir) await runInBrowser(browser, name, distDir);
    else {
      failed++;
      console.log(`  ✗ ${name}: the build wrote no index.html`);
    }
  }
} finally {
  await browser.close();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
