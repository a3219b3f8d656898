#!/usr/bin/env node
// One load of a bench page with the bench's throttling, and its main-thread timeline until the
// page is measured: every top-level task over 2 ms, the marks and paints, in ms from navigation.
// A tool for seeing what runs before the first paint, not a measurement.
//
//   node bench/timeline.js [page-id, default ketamine-faq-prerendered] [--runs 1]
import { parseArgs } from 'node:util';
import { openTab, serveOnePage, startTrace } from './tools.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' } } });
const id = positionals[0] ?? 'ketamine-faq-prerendered';
const { page, server, browser } = await serveOnePage(root, id);
const MARKS = new Set(['navigationStart', 'domContentLoadedEventStart', 'firstContentfulPaint', 'content-rendered', 'hydrated', 'MarkDOMContent']);
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const { context, tab, cdp } = await openTab(browser, page);
    const stopTrace = await startTrace(cdp, 'toplevel,devtools.timeline,v8,blink.user_timing,loading');
    await tab.goto(server.origin + page.path, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        () => (window.__bench.rendered != null && (!window.__bench.prerendered || window.__bench.hydrated != null)) || window.__bench.error,
        null,
        { timeout: 10000 },
      )
      .catch(() => {});
    await tab.waitForTimeout(300);
    const bench = await tab.evaluate(() => ({ ...window.__bench }));
    const events = await stopTrace();
    // The renderer's main thread is where the HTML is parsed; time 0 is its navigation start.
    const parse = events.find((e) => e.name === 'ParseHTML');
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid) ?? events.find((e) => e.name === 'navigationStart');
    const at = (ts) => ((ts - nav.ts) / 1000).toFixed(1).padStart(7);
    const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ts >= nav.ts);
    const rows = [];
    for (const e of main) {
      if (e.ph === 'X' && /RunTask$/.test(e.name) && e.dur >= 2000) {
        const inner = main.filter((c) => c.ph === 'X' && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c !== e && !/RunTask$/.test(c.name));
        const top = new Map();
        // DEBUG=1: every child event over 1 ms, by name, as well.
        if (process.env.DEBUG) for (const c of inner) if (c.dur >= 1000) top.set(`[${c.name}]`, (top.get(`[${c.name}]`) ?? 0) + c.dur / 1000);
        for (const c of inner)
          if (
            [
              'ParseHTML',
              'ParseAuthorStyleSheet',
              'EvaluateScript',
              'v8.evaluateModule',
              'v8.compileModule',
              'FunctionCall',
              'Layout',
              'UpdateLayoutTree',
              'Paint',
              'TimerFire',
              'FireAnimationFrame',
              'EventDispatch',
              'v8.callFunction',
              'PrePaint',
              'Commit',
            ].includes(c.name)
          )
            top.set(c.name, (top.get(c.name) ?? 0) + c.dur / 1000);
        const url = inner.find((c) => c.args?.data?.url)?.args.data.url ?? '';
        rows.push([
          e.ts,
          `task ${(e.dur / 1000).toFixed(1)} ms  ${[...top].map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ')} ${url.replace(server.origin, '')}`,
        ]);
      } else if (
        MARKS.has(e.name) ||
        e.name === 'firstPaint' ||
        ((e.ph === 'R' || e.ph === 'I' || e.ph === 'n') && /^(firstPaint|firstContentfulPaint|content-rendered|hydrated)$/.test(e.name))
      ) {
        rows.push([e.ts, `** ${e.name}`]);
      }
    }
    console.log(`run ${run + 1}: ${JSON.stringify(bench)}`);
    for (const [ts, text] of rows.sort((a, b) => a[0] - b[0])) console.log(`${at(ts)}  ${text}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
