#!/usr/bin/env node
// A/B check of an optimisation: loads bench pages from one or more copies of dist/cdn/ (every
// page × copy pair is one variant) in alternating order (4× CPU throttle, as the bench) and prints, per copy, the median time to
// "content rendered" and the main-thread script and style+layout time before it (from a trace).
// A tool for deciding whether a change helps, not a measurement for the README.
//
//   cp -r dist/cdn /tmp/cdn-before; …change, npm run build…
//   node bench/ab.js ketamine-faq /tmp/cdn-before dist/cdn [--runs 9]
//   node bench/ab.js ketamine-faq,ketamine-faq-preload dist/cdn
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { harness, probe } from './harness.js';
import { benchPages, prerenderWidgets } from './pages.js';
import { peerPages } from './peers.js';
import { startServer } from './server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '9' } } });
const [ids, ...dirs] = positionals;
const peers = await peerPages(root);
const all = benchPages(root, { peers: peers.pages, prerendered: await prerenderWidgets(root) });
const pages = (ids ?? '').split(',').map((id) => all.find((p) => p.id === id));
if (!pages.length || pages.some((page) => !page) || !dirs.length) throw new Error('usage: node bench/ab.js <page-id>[,<page-id>…] <cdn-dir> [<cdn-dir> …]');
const variants = pages.flatMap((page) => dirs.map((dir) => ({ page, dir, label: pages.length > 1 ? `${page.id} ${dir}` : dir })));
const servers = await Promise.all(
  variants.map(({ page, dir }) => startServer({ pages: new Map([[page.path, page.html]]), mounts: { '/cdn/': dir, '/peers/': peers.dir } })),
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
const results = variants.map(() => ({ rendered: [], firstViewport: [], hydrated: [], longTasks: [], script: [], layout: [] }));
const RUNS = Number(args.runs);
try {
  for (let run = 0; run < RUNS; run++) {
    for (let k = 0; k < variants.length; k++) {
      const i = run % 2 ? variants.length - 1 - k : k;
      const { page } = variants[i];
      const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
      await context.addInitScript(`(${harness})(${JSON.stringify(page.tags)}, ${JSON.stringify({ prerendered: !!page.prerendered })});(${probe})();`);
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const events = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing,loading', transferMode: 'ReportEvents' });
      await tab.goto(servers[i].origin + page.path, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__bench.rendered != null || window.__bench.error);
      // A pre-rendered page: also until it has hydrated, and its long tasks until 500 ms after (as the bench).
      if (page.prerendered && !page.scriptless) {
        await tab.waitForFunction(() => window.__bench.hydrated != null || window.__bench.error);
        await tab.waitForTimeout(500);
      }
      const { rendered, firstViewport, hydrated, longTasks } = await tab.evaluate(() => ({
        rendered: window.__bench.rendered,
        firstViewport: window.__bench.firstViewport?.rendered,
        hydrated: window.__bench.hydrated,
        longTasks: window.__bench.longTasks.reduce((sum, task) => sum + task.d, 0),
      }));
      await cdp.send('Tracing.end');
      await done;
      const nav = events.find((e) => e.name === 'navigationStart');
      const mark = events.find((e) => e.name === 'content-rendered')?.ts ?? Infinity;
      const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= mark);
      const total = (names) => main.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.dur / 1000, 0);
      results[i].rendered.push(rendered);
      results[i].firstViewport.push(firstViewport ?? NaN);
      results[i].hydrated.push(hydrated ?? NaN);
      results[i].longTasks.push(longTasks);
      results[i].script.push(total(['v8.evaluateModule', 'v8.callFunction']));
      results[i].layout.push(total(['Layout', 'UpdateLayoutTree']));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0);
variants.forEach(({ label }, i) =>
  console.log(
    `${label.padEnd(32)} rendered ${median(results[i].rendered)} ms (first viewport ${median(results[i].firstViewport)} ms)  script ${median(results[i].script)} ms  style+layout ${median(results[i].layout)} ms` +
      (variants[i].page.prerendered && !variants[i].page.scriptless
        ? `  hydrated ${median(results[i].hydrated)} ms  long tasks ${median(results[i].longTasks)} ms`
        : ''),
  ),
);
