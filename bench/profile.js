#!/usr/bin/env node
// Where a bench page spends its main-thread time: loads one page with the bench's throttling,
// records a CPU profile until the page's `content-rendered` mark, and prints self time per
// function (top 40) and per script. A tool for finding what to speed up, not a measurement.
//
//   node bench/profile.js [page-id, default ketamine-faq] [--throttle 4] [--until rendered|hydrated]
import { parseArgs } from 'node:util';
import { openTab, serveOnePage } from './tools.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { throttle: { type: 'string', default: '4' }, runs: { type: 'string', default: '3' }, until: { type: 'string', default: 'rendered' } },
});
const id = positionals[0] ?? 'ketamine-faq';
const { page, server, browser } = await serveOnePage(root, id);
const byFunction = new Map();
const byUrl = new Map();
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const { context, tab, cdp } = await openTab(browser, page, args.throttle);
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
