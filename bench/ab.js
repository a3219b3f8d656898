#!/usr/bin/env node
// A/B check of an optimisation: loads bench pages from one or more copies of dist/cdn/ (every
// page × copy pair is one variant) in alternating order (4× CPU throttle, as the bench) and prints, per copy, the median time to
// "content rendered" and the main-thread script and style+layout time before it (from a trace).
// A tool for deciding whether a change helps, not a measurement for the README.
//
//   cp -r dist/cdn /tmp/cdn-before; …change, npm run build…
//   node bench/ab.js ketamine-faq /tmp/cdn-before dist/cdn [--runs 9]
//   node bench/ab.js ketamine-faq,ketamine-faq-nonblocking dist/cdn
import { parseArgs } from 'node:util';
import { findPages, launchChromium, openTab, servePage, startTrace } from './tools.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '9' } } });
const [ids, ...dirs] = positionals;
if (!ids || !dirs.length) throw new Error('usage: node bench/ab.js <page-id>[,<page-id>…] <cdn-dir> [<cdn-dir> …]');
const { pages, peersDir } = await findPages(root, ids.split(','));
const variants = pages.flatMap((page) => dirs.map((dir) => ({ page, dir, label: pages.length > 1 ? `${page.id} ${dir}` : dir })));
const servers = await Promise.all(variants.map(({ page, dir }) => servePage(root, page, peersDir, dir)));
const browser = await launchChromium();
const results = variants.map(() => ({ rendered: [], firstViewport: [], hydrated: [], longTasks: [], script: [], layout: [] }));
const RUNS = Number(args.runs);
try {
  for (let run = 0; run < RUNS; run++) {
    for (let k = 0; k < variants.length; k++) {
      const i = run % 2 ? variants.length - 1 - k : k;
      const { page } = variants[i];
      const { context, tab, cdp } = await openTab(browser, page);
      const stopTrace = await startTrace(cdp);
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
      const events = await stopTrace();
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
