#!/usr/bin/env node
// Serves the static Storybook (storybook-static/, from `npm run build-storybook`) on 127.0.0.1,
// opens it in headless Chromium (/usr/bin/chromium or CHROME_PATH; nothing is downloaded) and
// saves a screenshot for the README.
//
//   node scripts/screenshot-storybook.js [storybook path] [output.png]
//   node scripts/screenshot-storybook.js /story/elements-ketamine-faq--brand docs/screenshot-storybook.png
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const storyPath = process.argv[2] ?? '/story/elements-ketamine-faq--default';
const output = resolve(root, process.argv[3] ?? 'docs/screenshot-storybook.png');
const width = Number(process.env.SHOT_WIDTH ?? 1440);
const height = Number(process.env.SHOT_HEIGHT ?? 900);

if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = normalize(join(staticDir, decodeURIComponent(url.pathname)));
  if (!file.startsWith(staticDir)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Anything not from 127.0.0.1 is refused: the screenshot must not depend on the network.
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  await page.goto(`http://127.0.0.1:${port}/?path=${storyPath}`, { waitUntil: 'load' });
  const preview = page.frameLocator('#storybook-preview-iframe');
  await preview.locator('#storybook-root > *, #storybook-docs .sbdocs-content').filter({ visible: true }).first().waitFor({ timeout: 60000 });
  // Let the elements render, fonts settle and the addon panel fill in.
  await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 1500));
  await page.screenshot({ path: output });
  console.log(`saved ${output} (${width}×${height}) from ?path=${storyPath}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
  server.close();
}
