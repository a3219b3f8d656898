// Subresource Integrity end to end: integrity.json matches the files, the README's snippet
// (entry `integrity` + import map `integrity` section) loads, and a tampered lazy chunk is refused.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { skip, test } from './harness.js';
import { assertClean, openPage } from './browser.js';
import { CDN_DIR } from './server.js';
import { builtTags, waitForWidgets } from './widgets.js';

const readIntegrity = () => JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));

/** The lazy chunk requests a Spanish page made. */
const chunkRequests = (session) => session.requests.map((url) => new URL(url).pathname).filter((path) => /^\/cdn[\w-]*\/(chunks|shared)\//.test(path));

export function sriTests(ctx) {
  test('integrity.json: a sha384 for every file in dist/cdn/, and each matches', () => {
    const { algorithm, files, version } = readIntegrity();
    assert.equal(algorithm, 'sha384');
    assert.equal(version, JSON.parse(readFileSync(join(CDN_DIR, '../../package.json'), 'utf8')).version);
    assert.ok(files['ketamine-widgets.js'], 'the all-in-one file is listed');
    for (const [file, hash] of Object.entries(files)) {
      const digest = `sha384-${createHash('sha384')
        .update(readFileSync(join(CDN_DIR, file)))
        .digest('base64')}`;
      assert.equal(hash, digest, file);
    }
    for (const tag of builtTags()) assert.ok(files[`${tag}.js`], `${tag}.js is listed`);
  });

  test('SRI page: entry integrity + import map integrity load every element in Spanish', async () => {
    const tags = builtTags();
    if (!tags.length) skip('no element has landed yet');
    const session = await openPage(ctx.browser, ctx.server, '/pages/sri.html');
    try {
      await waitForWidgets(session.page, tags);
      const langs = await session.page.evaluate((tags) => tags.map((tag) => document.querySelector(tag).shadowRoot.textContent), tags);
      // The shared footer says "not medical advice" in the page's language.
      for (const [index, text] of langs.entries()) assert.doesNotMatch(text, /not medical advice/i, `<${tags[index]}> is still English`);
      assert.ok(chunkRequests(session).length > 0, 'the Spanish chunks were fetched (and verified)');
      await assertClean(session);
    } finally {
      await session.close();
    }
  });

  test('SRI page with tampered chunks: the chunk is refused, elements fall back to English', async () => {
    const tags = builtTags();
    if (!tags.length) skip('no element has landed yet');
    const session = await openPage(ctx.browser, ctx.server, '/pages/sri-tampered.html');
    try {
      await waitForWidgets(session.page, tags);
      await session.page.waitForFunction((tags) => tags.every((tag) => /not medical advice/i.test(document.querySelector(tag).shadowRoot.textContent)), tags, {
        timeout: 5000,
      });
      const refused = session.console.filter((m) => m.type === 'error' && /integrity/i.test(m.text));
      assert.ok(refused.length > 0, 'Chromium reports the integrity failure');
      await assertClean(session, { expectedConsoleErrors: [/integrity/i, /could not load "es" content/, /Failed to fetch dynamically imported module/] });
    } finally {
      await session.close();
    }
  });
}
