#!/usr/bin/env node
// `npm run bench`: loads every bench page in headless Chromium many times, in alternating order,
// with 4× CPU throttling, and reports medians (min–max) against the zero-JS floor.
//
//   node bench/run.js [--loads 15] [--throttle 4] [--pages floor,ketamine-faq] [--out bench] [--cdn dist/cdn]
//
// Needs a build (`npm run build`); serves dist/cdn/ and the pages from 127.0.0.1 with gzip.
// Writes bench/results.json (every load, the summary and the environment; git-ignored) and bench/RESULTS.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { harness, probe } from './harness.js';
import { INTERACTIONS } from './interactions.js';
import { benchPages, prerenderWidgets } from './pages.js';
import { peerPages } from './peers.js';
import { startServer } from './server.js';
import { renderMarkdown, summarize } from './report.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: process.env.BENCH_LOADS ?? '15' },
    throttle: { type: 'string', default: '4' },
    pages: { type: 'string' },
    out: { type: 'string', default: join(root, 'bench') },
    cdn: { type: 'string', default: join(root, 'dist/cdn') },
    quiet: { type: 'boolean', default: false },
  },
});
const LOADS = Number(args.loads);
const THROTTLE = Number(args.throttle);
const VIEWPORT = { width: 412, height: 915 }; // a mid-range phone's CSS viewport

if (!existsSync(join(args.cdn, 'ketamine-widgets.js'))) {
  console.error(`bench: ${join(args.cdn, 'ketamine-widgets.js')} is missing; run \`npm run build\` first`);
  process.exit(1);
}

const peers = await peerPages(root);
const prerendered = await prerenderWidgets(root);
if (!prerendered) console.warn('bench: dist/ssr.js is missing, so the pre-rendered pages are skipped (run `npm run build`)');
let pages = benchPages(root, { peers: peers.pages, prerendered });
if (args.pages) {
  const wanted = new Set(args.pages.split(','));
  pages = pages.filter((page) => wanted.has(page.id) || page.id === 'floor');
}
// A page whose element is not built yet is skipped, not failed.
pages = pages.filter((page) => {
  const missing = page.tags.filter((tag) => !existsSync(join(root, 'src', tag, 'define.ts')) && !peers.tags.has(tag));
  if (missing.length) console.warn(`bench: skipping ${page.id} (not built yet: ${missing.join(', ')})`);
  return !missing.length;
});

const server = await startServer({
  pages: new Map(pages.map((page) => [page.path, page.html])),
  mounts: { '/cdn/': args.cdn, '/peers/': peers.dir },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});

const startedAt = new Date();
const loadAvgStart = loadavg();
const loads = [];
try {
  for (let round = 0; round < LOADS; round++) {
    // Alternate: each round starts one page later, and odd rounds run backwards.
    const order = pages.map((_, i) => pages[(i + round) % pages.length]);
    if (round % 2) order.reverse();
    for (const page of order) {
      const result = await loadOnce(page);
      loads.push({ page: page.id, round, ...result });
      if (!args.quiet) {
        const flag = result.error ? ` ERROR ${result.error}` : '';
        console.log(
          `round ${round + 1}/${LOADS} ${page.id.padEnd(18)} rendered ${fmt(result.rendered)} ms (first viewport ${fmt(result.firstViewportRendered)})  fcp ${fmt(result.fcp)}  cls ${result.cls?.toFixed(3)}  js ${fmt(result.jsGzip / 1024, 1)} KB${result.flash ? '  FLASH' : ''}${flag}`,
        );
      }
    }
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const environment = {
  chromium: browser.version(),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  loadAverageAtStart: loadAvgStart.map((n) => n.toFixed(2)).join(' '),
  loadAverageAtEnd: loadavg()
    .map((n) => n.toFixed(2))
    .join(' '),
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  loads: LOADS,
  cpuThrottle: THROTTLE,
  viewport: VIEWPORT,
  peers: peers.note,
};
const summary = summarize(pages, loads);
mkdirSync(args.out, { recursive: true });
writeFileSync(join(args.out, 'results.json'), `${JSON.stringify({ environment, summary, loads }, null, 2)}\n`);
const markdown = renderMarkdown(pages, summary, environment);
writeFileSync(join(args.out, 'RESULTS.md'), markdown);
console.log(`\n${markdown}`);
console.log(`wrote ${join(args.out, 'results.json')} and RESULTS.md`);

function fmt(value, digits = 0) {
  return value == null || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

async function loadOnce(page) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(`(${harness})(${JSON.stringify(page.tags)}, ${JSON.stringify({ prerendered: !!page.prerendered })});(${probe})();`);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await tab.goto(server.origin + page.path, { waitUntil: 'load', timeout: 60000 });
    // A pre-rendered page is measured once it has also hydrated, so its long tasks include hydration
    // (one without a script never hydrates).
    await tab.waitForFunction(
      (waitForHydration) => (window.__bench.renderedPainted != null && (!waitForHydration || window.__bench.hydrated != null)) || window.__bench.error,
      !!page.prerendered && !page.scriptless,
      { timeout: 60000 },
    );
    await tab.waitForTimeout(500); // late shifts and long tasks
    const measured = await tab.evaluate(() => {
      const B = window.__bench;
      B.stopFrames = true;
      const js = performance.getEntriesByType('resource').filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname));
      return {
        error: B.error,
        rendered: B.rendered,
        renderedPainted: B.renderedPainted,
        hydrated: B.hydrated,
        fcp: B.paints['first-contentful-paint'] ?? null,
        domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
        cls: B.shifts.reduce((sum, shift) => sum + shift.value, 0),
        shifts: B.shifts,
        longTaskTotal: B.longTasks.reduce((sum, task) => sum + task.d, 0),
        longTasks: B.longTasks.length,
        jsFiles: js.map((entry) => ({ url: new URL(entry.name).pathname, gzip: entry.encodedBodySize, parsed: entry.decodedBodySize })),
        jsGzip: js.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        jsParsed: js.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        items: B.items,
        heights: B.heights,
        firstViewport: B.firstViewport,
        paintedAt: B.paintedAt,
        frames: B.frames,
      };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const flash = analyzeFrames(measured.frames, { prerendered: !!page.prerendered });

    const interactions = {};
    if (!measured.error) {
      for (const name of page.interactions) {
        const spec = INTERACTIONS[name];
        const timed = async (action, eventName = spec.event) => {
          await tab.evaluate(([event, check]) => window.__probe.arm(event, check), [eventName, spec.check]);
          await action();
          return tab.evaluate(() => Promise.race([window.__probe.pending, new Promise((r) => setTimeout(() => r({ latency: null, timeout: true }), 5000))]));
        };
        try {
          interactions[name] = await spec.run(tab, timed);
        } catch (error) {
          interactions[name] = { latency: null, error: error.message.split('\n')[0] };
        }
      }
      // Event Timing entries (INP-style, only those ≥ 16 ms), for cross-checking the probe.
      interactions.eventTiming = (await tab.evaluate(() => window.__bench.events)).map((e) => `${e.name} ${Math.round(e.d)}`);
    }
    const { frames, ...rest } = measured;
    // The first frame that shows the content: the first paint when the content was already laid
    // out by then (a render-blocking script), else the frame after the content was laid out.
    const painted = measured.fcp != null && measured.rendered != null && measured.rendered <= measured.fcp ? measured.fcp : measured.renderedPainted;
    // The same for the widgets in the first viewport (issue 18; the floor: its content).
    const seen = measured.firstViewport;
    const firstViewportRendered = seen?.rendered ?? null;
    const seenPainted = seen?.indexes.length ? Math.max(...seen.indexes.map((index) => measured.paintedAt[index] ?? NaN)) : measured.renderedPainted;
    const firstViewportPainted =
      firstViewportRendered == null ? null : measured.fcp != null && firstViewportRendered <= measured.fcp ? measured.fcp : seenPainted;
    return {
      ...rest,
      painted,
      firstViewportRendered,
      firstViewportPainted,
      frameCount: frames.length,
      firstFrame: frames[0] ?? null,
      flash: flash.flash,
      flashes: flash.details,
      heapUsed: heap.usedSize,
      interactions,
      errors,
    };
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * A flash of un-upgraded content: a frame painted a widget that is inside the first viewport
 * while it was not defined yet ('u') or defined but not showing its content yet ('p'), before a
 * later frame painted it rendered ('r'). Light-DOM fallback counts when the un-upgraded box had
 * height; an empty box that later grew counts too. A rendered widget that later changes height
 * before the page is measured is reported as well (it shifts what follows).
 *
 * On a pre-rendered page, a frame painted while the HTML parser is still inside the widget shows
 * its pre-rendered HTML as far as it has arrived, as the floor shows its <details>: progressive
 * rendering, listed but not counted. Once the document is parsed, the same rules as above apply
 * (a light-DOM fallback replaced by the script's rendering is a flash).
 */
export function analyzeFrames(frames, { prerendered = false } = {}) {
  const details = [];
  if (!frames.length) return { flash: false, details };
  const count = Math.max(...frames.map((frame) => frame.els.length));
  for (let index = 0; index < count; index++) {
    let firstRendered = null;
    let before = null;
    let partial = null;
    for (const frame of frames) {
      const el = frame.els[index];
      if (!el) continue;
      if (prerendered && frame.parsing && el.s !== 'r' && firstRendered === null) {
        partial ??= { tag: el.tag, at: Math.round(frame.t), height: el.h };
        continue;
      }
      if (el.s === 'r') {
        if (firstRendered === null) firstRendered = el;
        else if (Math.abs(el.h - firstRendered.h) > 1) {
          // A change of height moves the widget's bottom edge and what follows it; a reader sees
          // that only when the edge is inside the first viewport. Below it, it is recorded, not a flash.
          const seen = el.top + Math.min(el.h, firstRendered.h) < frame.vh;
          details.push({
            tag: el.tag,
            kind: seen ? 'grew after first render' : 'grew below the first viewport after first render (not seen)',
            seen,
            from: firstRendered.h,
            to: el.h,
            at: Math.round(frame.t),
          });
          firstRendered = el;
        }
        continue;
      }
      if (firstRendered === null && el.top < frame.vh) before ??= { ...el, at: Math.round(frame.t) };
    }
    if (partial) {
      details.push({
        tag: partial.tag,
        kind: 'pre-rendered HTML painted while still being parsed (progressive, not counted)',
        seen: false,
        height: partial.height,
        at: partial.at,
      });
    }
    if (before) {
      details.push({
        tag: before.tag,
        kind: before.s === 'u' ? (before.h > 0 ? 'light DOM shown before upgrade' : 'painted empty before upgrade') : 'placeholder painted before content',
        height: before.h,
        at: before.at,
      });
    }
  }
  return { flash: details.some((detail) => detail.seen !== false), details };
}
