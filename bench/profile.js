#!/usr/bin/env node
// Where a bench page spends its main-thread time: loads one page with the bench's throttling,
// records a CPU profile until the page's `content-rendered` mark, and prints self time per
// function (top 40) and per script. A tool for finding what to speed up, not a measurement.
//
//   node bench/profile.js [page-id, default ketamine-faq] [--throttle 4] [--until rendered|hydrated]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { harness, probe } from './harness.js';
import { benchPages, prerenderWidgets } from './pages.js';
import { peerPages } from './peers.js';
import { startServer } from './server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { throttle: { type: 'string', default: '4' }, runs: { type: 'string', default: '3' }, until: { type: 'string', default: 'rendered' } },
});
const id = positionals[0] ?? 'ketamine-faq';
const peers = await peerPages(root);
const page = benchPages(root, { peers: peers.pages, prerendered: await prerenderWidgets(root) }).find((p) => p.id === id);
if (!page) throw new Error(`no bench page ${id}`);
const server = await startServer({
  pages: new Map([[page.path, page.html]]),
  mounts: { '/cdn/': process.env.CDN ?? join(root, 'dist/cdn'), '/peers/': peers.dir },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
const byFunction = new Map();
const byUrl = new Map();
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    await context.addInitScript(`(${harness})(${JSON.stringify(page.tags)}, ${JSON.stringify({ prerendered: !!page.prerendered })});(${probe})();`);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.throttle) });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(server.origin + page.path, { waitUntil: 'load' });
    // `--until hydrated`: a pre-rendered page's profile until it has hydrated, not until its HTML is laid out.
    await tab.waitForFunction((until) => window.__bench[until] != null || window.__bench.error, args.until);
    const rendered = await tab.evaluate((until) => window.__bench[until], args.until);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`run ${run + 1}: ${args.until} ${rendered?.toFixed(0)} ms`);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    profile.samples.forEach((sample, i) => dt.set(sample, (dt.get(sample) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    for (const [nodeId, ms] of dt) {
      const f = nodes.get(nodeId).callFrame;
      const file = f.url.split('/').pop() || '(native)';
      const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const runs = Number(args.runs);
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / runs).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`\nself time per script (mean of ${runs}):\n${top(byUrl, 15)}\n\nself time per function:\n${top(byFunction, 40)}`);
