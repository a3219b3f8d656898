// Set-up shared by the bench's one-off tools (ab.js, profile.js, timeline.js): bench pages by id,
// served with a build's files, and tabs opened the bench's way (viewport, harness, CPU throttling).
// run.js keeps its own loop: it also records errors and frames, and is the measurement of record.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { harness, probe } from './harness.js';
import { benchPages, prerenderWidgets } from './pages.js';
import { peerPages } from './peers.js';
import { startServer } from './server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

export const VIEWPORT = { width: 412, height: 915 };

/** The bench pages with these ids (every one must exist), and the peers' directory to serve. */
export async function findPages(root, ids) {
  const peers = await peerPages(root);
  const all = benchPages(root, { peers: peers.pages, prerendered: await prerenderWidgets(root) });
  const pages = ids.map((id) => all.find((page) => page.id === id));
  const missing = ids.filter((_, i) => !pages[i]);
  if (missing.length) throw new Error(`no bench page ${missing.join(', ')} (ids: ${all.map((page) => page.id).join(', ')})`);
  return { pages, peersDir: peers.dir };
}

/** Serves one page with the files of `cdn` (default dist/cdn, or $CDN) under /cdn/. */
export function servePage(root, page, peersDir, cdn = process.env.CDN ?? join(root, 'dist/cdn')) {
  return startServer({ pages: new Map([[page.path, page.html]]), mounts: { '/cdn/': cdn, '/peers/': peersDir } });
}

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context and tab with the bench's harness and CPU throttling, not yet navigated. */
export async function openTab(browser, page, throttle = 4) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(`(${harness})(${JSON.stringify(page.tags)}, ${JSON.stringify({ prerendered: !!page.prerendered })});(${probe})();`);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
  return { context, tab, cdp };
}

/** Starts a trace; the returned function ends it and resolves to its events. */
export async function startTrace(cdp, categories = 'devtools.timeline,v8,blink.user_timing,loading') {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** One page by id, served, and a browser to load it in (profile.js, timeline.js). */
export async function serveOnePage(root, id) {
  const {
    pages: [page],
    peersDir,
  } = await findPages(root, [id]);
  return { page, server: await servePage(root, page, peersDir), browser: await launchChromium() };
}
