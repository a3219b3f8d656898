#!/usr/bin/env node
// Regenerates docs/screenshot-demo.png (the README screenshot) from the demo page:
// starts Vite on 127.0.0.1, opens /demo/ in headless Chromium, captures the top of the page.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const server = await createServer({ root, configFile: `${root}vite.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await page.goto(`http://127.0.0.1:${port}/demo/${process.argv[2] ?? ''}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => Promise.all(['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'].map((t) => customElements.whenDefined(t))));
  await page.waitForTimeout(500);
  const out = process.argv[3] ?? `${root}docs/screenshot-demo.png`;
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
