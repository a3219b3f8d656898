#!/usr/bin/env node
// `npm run docs:snippets` (issue 17.1): rewrites the embed snippets in README.md and docs/*.md from
// dist/cdn/integrity.json of the current build, so what a clinic pastes has the real hashes and
// chunk names of this version. A region is
//
//   <!-- snippet:NAME -->
//   …generated, do not edit…
//   <!-- /snippet:NAME -->
//
// `--check` (part of `npm test`) changes nothing and fails when a region differs from the build,
// or when any README/docs text names a hash, chunk file or version the build does not have, or
// has a `sha384-…` placeholder in an html code block. Prints "N passed, N failed" last.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const integrityFile = join(root, 'dist/cdn/integrity.json');
if (!existsSync(integrityFile)) {
  console.log('  ✗ dist/cdn/integrity.json exists (run `npm run build` first)\n\n0 passed, 1 failed');
  process.exit(1);
}
const integrity = JSON.parse(readFileSync(integrityFile, 'utf8'));
const { version, files, graph } = integrity;
// Pre-rendered HTML under a strict CSP (docs/ssr.md): the style-src hashes the build computed.
const styleHashesFile = join(root, 'dist/ssr-style-hashes.json');
const styleHashes = existsSync(styleHashesFile) ? JSON.parse(readFileSync(styleHashesFile, 'utf8')) : null;
const base = `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`;

/** Every file `file` can fetch, on start-up and on demand, itself excluded. */
function reachable(file) {
  const seen = new Set();
  const visit = (name) => {
    for (const next of [...(graph[name]?.imports ?? []), ...(graph[name]?.lazy ?? [])]) {
      if (next === file || seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(file);
  return [...seen].sort();
}

/** The English FAQ answers chunk `file` fetches right after the first render (the only chunk an English, attributes-only page loads). */
const answersChunks = (file) => (graph[file]?.lazy ?? []).filter((chunk) => /(?:^|\/)en-faq-answers-[\w-]+\.js$/.test(chunk));

const element = `<ketamine-faq clinic-name="Lakeside Mind Clinic" phone="(555) 010-2345"
  booking-url="https://lakeside.example/book">
  Our answers to common questions about ketamine therapy are loading. Call (555) 010-2345.
</ketamine-faq>`;

const fence = (body) => `\`\`\`html\n${body}\n\`\`\``;
const importMap = (list) =>
  `<script type="importmap">\n${JSON.stringify({ integrity: Object.fromEntries(list.map((file) => [base + file, files[file]])) }, null, 2)}\n</script>`;
const sriScript = (file) =>
  `<script type="module" blocking="render"\n  src="${base}${file}"\n  integrity="${files[file]}"\n  crossorigin="anonymous"></script>`;

const SNIPPETS = {
  // The front door: one tag, one element, nothing else to get wrong.
  'cdn-simple': () => fence(`<script type="module" src="${base}ketamine-widgets.js"></script>\n\n${element}`),
  // The same with Subresource Integrity: English and attributes only load one other file, the FAQ's
  // answers (fetched right after its first render, issue 18), which a one-line import map covers.
  'cdn-sri': () => fence(`${importMap(answersChunks('ketamine-widgets.js'))}\n${sriScript('ketamine-widgets.js')}\n\n${element}`),
  // Spanish or clinic overrides: the lazy chunks, covered by an import map before the script.
  'cdn-importmap': () =>
    fence(`${importMap(reachable('ketamine-widgets.js').filter((file) => !file.endsWith('.es.js')))}\n${sriScript('ketamine-widgets.js')}`),
  // Pre-rendered HTML (docs/ssr.md, issue 18): the hydrate script as a plain module, deferred (never
  // render-blocking: the content is already painted), with its hash. `async` is also safe (the
  // script defines nothing until the parser is done); deferred is shown as the simpler default.
  'cdn-hydrate': () =>
    fence(
      `<script type="module"\n  src="${base}ketamine-widgets.hydrate.js"\n  integrity="${files['ketamine-widgets.hydrate.js']}"\n  crossorigin="anonymous"></script>`,
    ),
  // The style-src a strict page needs for pre-rendered shadow roots: one hash per <style> text
  // renderToString can emit (dist/ssr-style-hashes.json, written by scripts/build-ssr.js).
  'ssr-style-src': () => {
    if (!styleHashes) throw new Error('dist/ssr-style-hashes.json is missing (run `npm run build` first)');
    const lines = Object.entries(styleHashes.elements).map(([tag, list]) => `#   <${tag}>: ${list.join(' ')}`);
    return `\`\`\`sh\n# ketamine-widgets@${version}: pre-rendered <ketamine-faq> and <side-effects-list>\n${lines.join('\n')}\nContent-Security-Policy: default-src 'self'; script-src 'self' https://cdn.jsdelivr.net; style-src 'self' ${styleHashes.styleSrc}; require-trusted-types-for 'script'; trusted-types ketamine-widgets\n\`\`\``;
  },
  // Page builders that drop type="module": a classic script.
  'cdn-loader': () => fence(`<script src="${base}loader.js"\n  integrity="${files['loader.js']}"\n  crossorigin="anonymous"></script>\n\n${element}`),
};

const docs = [
  'README.md',
  ...(existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : []),
];
const REGION = /(<!-- snippet:([\w-]+) -->)([\s\S]*?)(<!-- \/snippet:\2 -->)/g;

let passed = 0;
let failed = 0;
const report = (ok, line) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${line}`);
};

const hashes = new Set(Object.values(files));
const styleHashSet = new Set(styleHashes ? styleHashes.styleSrc.split(' ').map((hash) => hash.slice(1, -1)) : []);
for (const doc of docs) {
  const path = join(root, doc);
  const text = readFileSync(path, 'utf8');
  let regions = 0;
  const updated = text.replace(REGION, (whole, open, name, body, close) => {
    regions++;
    const make = SNIPPETS[name];
    if (!make) {
      report(false, `${doc}: unknown snippet region "${name}" (known: ${Object.keys(SNIPPETS).join(', ')})`);
      return whole;
    }
    const fresh = `\n${make()}\n`;
    if (check) report(body === fresh, `${doc}: snippet "${name}" matches the build${body === fresh ? '' : ' (run `npm run docs:snippets`)'}`);
    return `${open}${fresh}${close}`;
  });
  if (!check && updated !== text) {
    writeFileSync(path, updated);
    console.log(`  updated ${doc} (${regions} region(s))`);
  }
  if (!check) continue;

  // Anything outside the regions must be true of this build too.
  const stale = [];
  for (const [hash] of text.matchAll(/sha384-[A-Za-z0-9+/]{64}/g)) if (!hashes.has(hash)) stale.push(`unknown hash ${hash.slice(0, 20)}…`);
  for (const [hash] of text.matchAll(/sha256-[A-Za-z0-9+/]{43}=/g)) if (!styleHashSet.has(hash)) stale.push(`unknown style hash ${hash.slice(0, 20)}…`);
  for (const [, file] of text.matchAll(/\b((?:chunks|shared)\/[\w-]+-[\w-]{8}\.js)\b/g)) if (!files[file]) stale.push(`chunk ${file} is not in this build`);
  for (const [, other] of text.matchAll(/ketamine-widgets@(\d+\.\d+\.\d+[\w.-]*)/g))
    if (other !== version) stale.push(`version ${other} (this build is ${version})`);
  for (const [block] of text.matchAll(/```html\n[\s\S]*?```/g))
    if (/sha384-(?![A-Za-z0-9+/]{64})/.test(block)) stale.push('an html code block has a sha384 placeholder');
  report(
    stale.length === 0,
    `${doc}: hashes, chunk names and versions match the build${stale.length ? `:\n      ${[...new Set(stale)].join('\n      ')}` : ''}`,
  );
}
if (check) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
