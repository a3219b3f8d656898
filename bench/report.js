// Medians (min–max) per page and metric, ratios to the floor, and the Markdown table.
import { INTERACTIONS } from './interactions.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function stat(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (!numbers.length) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  // p90: nearest rank.
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)];
  return { median: median(numbers), min: sorted[0], max: sorted[sorted.length - 1], p90, n: numbers.length };
}

export const METRICS = [
  { key: 'jsGzip', label: 'JS transferred (gzip)', unit: 'KB', scale: 1 / 1024, digits: 1 },
  { key: 'jsParsed', label: 'JS parsed', unit: 'KB', scale: 1 / 1024, digits: 1 },
  { key: 'rendered', label: 'content rendered', unit: 'ms', digits: 0 },
  { key: 'painted', label: 'content painted', unit: 'ms', digits: 0 },
  { key: 'firstViewportRendered', label: 'first viewport rendered', unit: 'ms', digits: 0 },
  { key: 'firstViewportPainted', label: 'first viewport painted', unit: 'ms', digits: 0 },
  { key: 'fcp', label: 'FCP', unit: 'ms', digits: 0 },
  { key: 'hydrated', label: 'hydrated (pre-rendered pages)', unit: 'ms', digits: 0 },
  { key: 'longTaskTotal', label: 'long tasks (total)', unit: 'ms', digits: 0 },
  { key: 'cls', label: 'CLS', unit: '', digits: 3 },
  { key: 'heapUsed', label: 'JS heap after load', unit: 'MB', scale: 1 / 1048576, digits: 2 },
];

export function summarize(pages, loads) {
  const summary = {};
  for (const page of pages) {
    const mine = loads.filter((load) => load.page === page.id);
    const ok = mine.filter((load) => !load.error);
    const entry = { label: page.label, loads: mine.length, failedLoads: mine.length - ok.length, metrics: {}, interactions: {} };
    for (const metric of METRICS) entry.metrics[metric.key] = stat(ok.map((load) => load[metric.key]));
    entry.flashLoads = ok.filter((load) => load.flash).length;
    entry.flashKinds = [...new Set(ok.flatMap((load) => (load.flashes ?? []).map((f) => `${f.tag}: ${f.kind}`)))];
    entry.clsZeroLoads = ok.filter((load) => load.cls === 0).length;
    // Which widgets were in the first viewport (the same in every load of a page, or listed together).
    entry.firstViewportTags = [...new Set(ok.flatMap((load) => load.firstViewport?.tags ?? []))];
    entry.errors = [...new Set(mine.flatMap((load) => [load.error, ...(load.errors ?? [])].filter(Boolean)))].slice(0, 5);
    for (const name of page.interactions) {
      const results = ok.map((load) => load.interactions?.[name]).filter(Boolean);
      entry.interactions[name] = {
        latency: stat(results.map((result) => result.latency)),
        nextFrame: results.filter((result) => result.visibleInNextFrame === true).length,
        nextFrameChecked: results.filter((result) => result.visibleInNextFrame !== null && result.visibleInNextFrame !== undefined).length,
        keystrokesKept: results.some((result) => 'keystrokesKept' in result) ? results.filter((result) => result.keystrokesKept).length : undefined,
        runs: results.length,
        errors: [...new Set(results.map((result) => result.error).filter(Boolean))],
      };
    }
    summary[page.id] = entry;
  }
  // Ratios to the floor's medians.
  const floor = summary.floor;
  for (const entry of Object.values(summary)) {
    entry.ratio = {};
    for (const metric of METRICS) {
      const mine = entry.metrics[metric.key]?.median;
      const base = floor?.metrics[metric.key]?.median;
      entry.ratio[metric.key] = mine != null && base ? mine / base : null;
    }
    const floorOpen = floor?.interactions['faq-open']?.latency?.median;
    for (const result of Object.values(entry.interactions)) {
      result.ratio = result.latency && floorOpen ? result.latency.median / floorOpen : null;
    }
  }
  return summary;
}

const cell = (s, metric, ratio) => {
  if (!s) return '–';
  const scale = metric.scale ?? 1;
  const f = (value) => (value * scale).toFixed(metric.digits);
  const range = s.min === s.max ? '' : ` (${f(s.min)}–${f(s.max)})`;
  const r = ratio == null ? (s.median === 0 ? '' : ' · ×∞') : ` · ×${ratio.toFixed(2)}`;
  return `${f(s.median)}${range}${r}`;
};

export function renderMarkdown(pages, summary, env) {
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Headless Chromium ${env.chromium}, ${env.cpuThrottle}× CPU throttling (CDP \`Emulation.setCPUThrottlingRate\`), ` +
      `${env.viewport.width}×${env.viewport.height} viewport, ${env.loads} cold loads per page in alternating order, ` +
      `files served gzip-compressed from 127.0.0.1. Run ${env.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${env.cpu} ` +
      `(load average ${env.loadAverageAtStart} at start, ${env.loadAverageAtEnd} at end). Peers: ${env.peers}.`,
    '',
  );
  lines.push("Each cell: median (min–max) · ratio to the floor's median. Produced by `npm run bench` (bench/run.js); raw loads in `results.json`.", '');
  lines.push(
    'How each figure is measured (bench/harness.js is injected identically into every page, the floor included):',
    '',
    '- **JS transferred / parsed**: `encodedBodySize` (gzip) and `decodedBodySize` of every `.js` response (Resource Timing).',
    "- **content rendered**: navigation start → the page's `content-rendered` mark, set after `DOMContentLoaded`, `customElements.whenDefined` for every widget tag, every widget's `updateComplete` with its content in the shadow root (its footer rendered), and a forced layout of every widget. The floor sets it at `DOMContentLoaded` plus a forced layout of its `<details>`.",
    '- **what counts as content**: every question, heading, control and the footer, laid out. Like the floor\'s closed `<details>`, whose contents the browser does not lay out, closed FAQ answers are hidden until opened or found (`hidden="until-found"`); the FAQ attaches their text a few at a time in idle time after the first frame (an opened, linked or printed one at once). `<side-effects-list>` items below the first screen skip layout until scrolled near (`content-visibility: auto`). Long tasks are counted until 500 ms after the content is painted, so they include that idle-time work.',
    '- **content painted**: the first frame that shows that content: FCP when the content was laid out before the first paint (a render-blocking script), else the frame after the mark.',
    "- **first viewport rendered / painted** (issue 18): the same two points for the widgets whose box intersects the first viewport in the finished layout, each widget timed when it shows its content (laid out); the latest of those, and the frame that shows it. Widgets below the first viewport render after the first paint (when approached or in idle time), so they count in content rendered and not here. The floor's figures are its content rendered and painted.",
    '- **long tasks**: sum of the durations of all `longtask` entries until the page is measured. **CLS**: sum of all `layout-shift` values without recent input during load.',
    "- **pre-rendered pages** (issue 18): the widgets' HTML comes from `renderToString` (dist/ssr.js, declarative shadow DOM) and `ketamine-widgets.hydrate.js` loads `async` (one page: deferred, the module default). Content rendered is taken the floor's way, at `DOMContentLoaded` plus a forced layout, for every widget whose shadow root already holds its footer; the cost estimator and quiz (pre-rendered as a light-DOM fallback only) count once the script has rendered them. **hydrated**: every widget defined and its `updateComplete` resolved; the page is measured 500 ms after both, so its long tasks include hydration. A frame painted while the parser is still inside a pre-rendered widget is progressive rendering, as on the floor, and is not a flash.",
    '- **JS heap**: `Runtime.getHeapUsage` after a forced garbage collection, once the page has rendered.',
    '- **flash**: a frame log records, in every animation frame, each widget\'s state as that frame paints it. A load flashes when a widget inside the first viewport was painted un-upgraded (light DOM shown, or an empty box) or as a placeholder before a later frame painted its content, or changed height after its first rendered frame while its bottom edge was inside the first viewport. A change of height entirely below the first viewport moves nothing a reader sees; it is listed under "Flashes and errors seen" as not seen, not counted.',
    '',
  );
  lines.push(`| page | ${METRICS.map((m) => `${m.label}${m.unit ? ` (${m.unit})` : ''}`).join(' | ')} | loads with a flash | loads with CLS 0 |`);
  lines.push(`|---|${METRICS.map(() => '---').join('|')}|---|---|`);
  for (const page of pages) {
    const entry = summary[page.id];
    const ok = entry.loads - entry.failedLoads;
    lines.push(
      `| ${page.label.replace(/</g, '&lt;')} | ${METRICS.map((m) => cell(entry.metrics[m.key], m, entry.ratio[m.key])).join(' | ')} | ${entry.flashLoads}/${ok} | ${entry.clsZeroLoads}/${ok} |`,
    );
  }
  lines.push('', '## Interactions', '');
  lines.push(
    'Latency: from the event that completes the interaction (`click`, or `input` for a field) to the first task after the next animation frame, i.e. the next frame painted with the result. Ratio to opening a native `<details>` on the floor.',
    '',
  );
  lines.push('| page | interaction | latency (ms) | result visible in the next frame | notes |');
  lines.push('|---|---|---|---|---|');
  for (const page of pages) {
    for (const [name, result] of Object.entries(summary[page.id].interactions)) {
      const notes = [];
      if (result.keystrokesKept !== undefined) notes.push(`every keystroke kept in ${result.keystrokesKept}/${result.runs}`);
      if (result.errors.length) notes.push(`errors: ${result.errors.join('; ')}`);
      const next = result.nextFrameChecked ? `${result.nextFrame}/${result.nextFrameChecked}` : '–';
      lines.push(
        `| ${page.label.replace(/</g, '&lt;')} | ${INTERACTIONS[name].label} | ${cell(result.latency, { digits: 1 }, result.ratio)} | ${next} | ${notes.join('; ')} |`,
      );
    }
  }
  lines.push(...restatedTargets(summary, env));
  const problems = pages.filter((page) => summary[page.id].errors.length || summary[page.id].flashKinds.length);
  if (problems.length) {
    lines.push('', '## Flashes and errors seen', '');
    for (const page of problems) {
      const entry = summary[page.id];
      for (const kind of entry.flashKinds) lines.push(`- ${page.id}: ${kind}`);
      for (const error of entry.errors) lines.push(`- ${page.id}: ${error.replace(/\n/g, ' ').slice(0, 200)}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

/** Issue 18's restated targets against this run, each a ratio to figures from the same run. */
export function restatedTargets(summary, env) {
  const ratio = (id, key) => summary[id]?.ratio[key];
  const med = (id, key) => summary[id]?.metrics[key]?.median;
  const x = (value) => (value == null ? '–' : `×${value.toFixed(2)}`);
  const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);
  const verdict = (ok) => (ok == null ? 'not measured' : ok ? 'yes' : 'no');
  const ok = (id) => (summary[id] ? summary[id].loads - summary[id].failedLoads : 0);
  const rows = [];
  const pre = 'ketamine-faq-prerendered';
  if (summary[pre]) {
    const r = ratio(pre, 'painted');
    const e = summary[pre];
    rows.push([
      'pre-rendered FAQ: content painted ≤ ×1.10 of the floor, CLS 0, no flash in any load',
      `${ms(med(pre, 'painted'))}, ${x(r)}; CLS 0 in ${e.clsZeroLoads}/${ok(pre)}; flash in ${e.flashLoads}/${ok(pre)}; the same HTML with no script ${x(ratio(`${pre}-noscript`, 'painted'))}`,
      verdict(r != null && r <= 1.1 && e.clsZeroLoads === ok(pre) && e.flashLoads === 0),
    ]);
    const lion = med('peer-lion', 'longTaskTotal');
    const mine = med(pre, 'longTaskTotal');
    rows.push([
      "pre-rendered FAQ: long tasks (hydration) ≤ Lion's accordion",
      `${ms(mine)} (hydrated at ${ms(med(pre, 'hydrated'))}; the same HTML with no script ${ms(med(`${pre}-noscript`, 'longTaskTotal'))}, its own parse and layout); Lion ${lion == null ? `not measured (${env.peers})` : ms(lion)}; script-only FAQ ${ms(med('ketamine-faq', 'longTaskTotal'))}; bare Lit reference ${ms(med('reference-bare-lit', 'longTaskTotal'))}; floor ${ms(med('floor', 'longTaskTotal'))}`,
      lion == null ? 'not measured' : verdict(mine <= lion),
    ]);
  }
  if (summary['clinic-prerendered'] || summary[pre]) {
    const r = ratio('clinic-prerendered', 'fcp');
    rows.push([
      "the clinic page's own first paint (FCP): pre-rendered path ≤ ×1.10 of the floor's",
      `recommended embed (blocking="render"): all four ${x(ratio('clinic', 'fcp'))}, FAQ alone ${x(ratio('ketamine-faq', 'fcp'))}; pre-rendered: all four ${x(r)}, FAQ alone ${x(ratio(pre, 'fcp'))}`,
      verdict(r == null ? null : r <= 1.1 && (ratio(pre, 'fcp') ?? 0) <= 1.1),
    ]);
  }
  const bare = med('reference-bare-lit', 'rendered');
  const faq = med('ketamine-faq', 'rendered');
  rows.push([
    'script-only FAQ (blocking="render"): content rendered ≤ ×1.05 of the bare Lit reference',
    `${ms(faq)}, ${x(ratio('ketamine-faq', 'rendered'))} of the floor, ${x(faq && bare ? faq / bare : null)} of the bare Lit element (${ms(bare)})`,
    verdict(faq && bare ? faq / bare <= 1.05 : null),
  ]);
  // Judged on what a reader sees without scrolling: the widgets below it render after the first
  // paint (issue 18's design); the time until every widget has rendered is printed beside it.
  const firstViewport = ratio('clinic', 'firstViewportRendered');
  const seenTags = summary.clinic?.firstViewportTags;
  rows.push([
    'clinic page with all four, script only: first viewport rendered ≤ ×2.0 (widgets below it render after the first paint)',
    `first viewport (${seenTags?.length ? seenTags.join(', ') : '–'}) ${ms(med('clinic', 'firstViewportRendered'))}, ${x(firstViewport)}; painted ${x(ratio('clinic', 'firstViewportPainted'))}; every widget rendered ${ms(med('clinic', 'rendered'))}, ${x(ratio('clinic', 'rendered'))}`,
    verdict(firstViewport == null ? null : firstViewport <= 2),
  ]);
  const open = summary['ketamine-faq']?.interactions['faq-open'];
  rows.push([
    'open an FAQ item ≤ ×1.2 of native',
    `${open?.latency ? `${open.latency.median.toFixed(1)} ms` : '–'}, ${x(open?.ratio)}`,
    verdict(open?.ratio == null ? null : open.ratio <= 1.2),
  ]);
  for (const [id, name] of [
    ['candidacy-quiz', 'quiz-answer'],
    ['cost-estimator', 'estimator-change'],
  ]) {
    const latency = summary[id]?.interactions[name]?.latency;
    rows.push([
      `${INTERACTIONS[name].label} (${id} alone): p90 < 50 ms`,
      latency ? `p90 ${latency.p90.toFixed(1)} ms (median ${latency.median.toFixed(1)}, n ${latency.n})` : '–',
      verdict(latency ? latency.p90 < 50 : null),
    ]);
  }
  return [
    '',
    '## Issue 18: restated targets (this run)',
    '',
    'Every figure from this run; ratios to the floor measured in the same run. Byte targets are checked by `npm run test:size` (tests/size-budget.js), not here.',
    '',
    '| target | this run | met? |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.map((c) => c.replace(/</g, '&lt;').replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
}
