#!/usr/bin/env node
// Size budgets on the built CDN files (run after `npm run build`; no browser needed).
//
// What is measured, gzip level 9 of each file as it is served:
// - every script-tag entry with what it statically imports: `ketamine-widgets.js` (self-contained,
//   English content included) and each per-element `dist/cdn/<tag>.js` plus the chunks it loads
//   from dist/cdn/shared/, each chunk counted once;
// - every lazy chunk (Spanish content, override validators) on its own.
// Budgets live in budgets.json at the top of the repository. Also checked: no entry pulls zod or
// Spanish content in statically (the validator and Spanish are paid for only when used), every
// lazy chunk has a budget, and every budget matches a built file.
//
// Prints one line per check with its margin and ends with "N passed, N failed", like
// @web/test-runner, so .ci/run counts it. Exit code 1 when anything fails.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'dist/cdn');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

let passed = 0;
let failed = 0;
const check = (ok, line) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${line}`);
};
const finish = () => {
  if (suggest) console.log(`\nSuggested budgets (measured + 5 %):\n${JSON.stringify({ ...budgets, gzip: suggestion }, null, 2)}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

if (!existsSync(join(cdn, 'ketamine-widgets.js'))) {
  check(false, 'dist/cdn/ketamine-widgets.js exists (run `npm run build` first)');
  finish();
}

const source = new Map();
const read = (file) => {
  if (!source.has(file)) source.set(file, readFileSync(file));
  return source.get(file);
};
const gzipSize = (file) => gzipSync(read(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

// Minified output quotes with backticks. Static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; dynamic `import("./x.js")`.
const STATIC_IMPORT =
  /(?<![\w$.])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+))?|\*)?\s*(?:from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /(?<![\w$.])import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

const importsOf = (file, pattern) => [...read(file).toString('utf8').matchAll(pattern)].map((match) => normalize(join(dirname(file), match[1])));

/** The file and everything it imports statically, each once. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of importsOf(file, STATIC_IMPORT)) visit(dep);
  };
  visit(entry);
  return [...seen];
}

/** Lazy chunks reachable from a set of files, with their own static closures. */
function lazyChunks(files) {
  const lazy = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    for (const dep of importsOf(file, DYNAMIC_IMPORT)) {
      for (const chunk of staticClosure(dep)) {
        if (!files.includes(chunk) && !lazy.has(chunk)) {
          lazy.add(chunk);
          queue.push(chunk);
        }
      }
    }
  }
  return [...lazy];
}

/**
 * `chunks/es-faq-Ab12Cd_x.js` → `es-faq`: budgets name a lazy chunk by what it is, without its
 * content hash or folder (the script-tag file's chunks/ and the per-element files' shared/ hold
 * the same chunks, and the English-first and Spanish-first builds each have a copy).
 */
const chunkKey = (file) =>
  basename(file)
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/\.js$/, '');

const ZOD = /\bZodError\b|\$ZodType|_zod\b|zod\.dev/;
// Every content file carries its language: `lang:"es"` (or with backticks) in minified output.
const SPANISH = /\blang:\s*["'`]es["'`]/;
const ENGLISH = /\blang:\s*["'`]en["'`]/;

// `--suggest`: print a budgets.json with every budget 5 % above what is built now (rounded
// down to 10 bytes), for setting budgets from measurement after an optimisation. It writes nothing.
const suggest = process.argv.includes('--suggest');
const suggestion = { entries: {}, lazy: {} };
const fivePercentAbove = (bytes) => Math.floor((bytes * 1.05) / 10) * 10;

const entryBudgets = budgets.gzip.entries;
const lazyBudgets = budgets.gzip.lazy;
const usedLazyKeys = new Set();
const missing = [];

const entries = readdirSync(cdn)
  .filter((name) => name.endsWith('.js') && statSync(join(cdn, name)).isFile())
  .sort((a, b) => (a === 'ketamine-widgets.js' ? -1 : b === 'ketamine-widgets.js' ? 1 : a.localeCompare(b)));

console.log('Entries (gzip -9, with their static imports, each chunk once):');
const lazyFiles = new Set();
for (const name of entries) {
  const files = staticClosure(join(cdn, name));
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const budget = entryBudgets[name];
  suggestion.entries[name] = fivePercentAbove(bytes);
  const parts = files.length > 1 ? ` = ${files.map((file) => `${relative(cdn, file)} ${kb(gzipSize(file))}`).join(' + ')}` : '';
  if (budget === undefined) {
    missing.push(`${name} (${kb(bytes)}${parts})`);
  } else {
    check(
      bytes <= budget,
      `${name}: ${kb(bytes)} of ${kb(budget)} budget, margin ${kb(budget - bytes)} (${(((budget - bytes) / budget) * 100).toFixed(1)} %)${parts}`,
    );
  }
  const text = files.map((file) => read(file).toString('utf8')).join('\n');
  check(!ZOD.test(text), `${name}: no zod loaded up front (validators are lazy chunks)`);
  if (name.endsWith('.es.js')) check(!ENGLISH.test(text), `${name}: no English content loaded up front`);
  else check(!SPANISH.test(text), `${name}: no Spanish content loaded up front`);
  for (const chunk of lazyChunks(files)) lazyFiles.add(chunk);
}

// Every copy of a lazy chunk must fit its budget, so the largest copy is the one checked.
console.log('\nLazy chunks (gzip -9, each on its own; the largest copy when builds share a name):');
const lazyByKey = new Map();
for (const file of [...lazyFiles].sort()) {
  const key = chunkKey(file);
  lazyByKey.set(key, [...(lazyByKey.get(key) ?? []), file]);
}
for (const [key, files] of lazyByKey) {
  const bytes = Math.max(...files.map(gzipSize));
  const budget = lazyBudgets[key];
  suggestion.lazy[key] = fivePercentAbove(bytes);
  const note = files.length > 1 ? ` (largest of ${files.length})` : '';
  if (budget === undefined) {
    missing.push(`${key} (${kb(bytes)}${note})`);
    continue;
  }
  usedLazyKeys.add(key);
  check(
    bytes <= budget,
    `${key}: ${kb(bytes)}${note} of ${kb(budget)} budget, margin ${kb(budget - bytes)} (${(((budget - bytes) / budget) * 100).toFixed(1)} %)`,
  );
}

// The issue 18 figures ("Restated targets"), each with a budget at measured + 5 % (the test fails
// on growth) and the issue's target printed beside it (a goal the bench reports; never a failure).
//
// "Code only": the first load of the whole library (ketamine-widgets.js) minus its bundled content
// JSON (the English content and content/sources.json). Method: gzip of the entry minus the gzip of
// each content module as the bundler compiled it, read from its lazy copy in dist/cdn/chunks/en-*.js
// (the Spanish-first build's English chunks: the same JSON modules, same Vite settings) and, for
// the sources, dist/cdn/shared/sources-*.js (the per-element build's chunk). Content and code share little, so the
// two gzip streams barely overlap. One-off cross-check (2026-11-30): ketamine-widgets.js rebuilt with
// the production settings and every content JSON replaced by `{}` was 47 334 B (the same rebuild
// without the stub: 70 786 B, 42 B under the real file), against 47 442 B by subtraction: 0.2 %
// apart, the subtraction slightly the larger. Each subtracted module is checked to be in the entry, so a renamed or moved content file
// fails here instead of silently inflating "code only".
console.log("\nIssue 18 figures (gzip -9; budget = measured + 5 %, the issue's target reported, not enforced):");
const figureBudgets = budgets.gzip.figures ?? {};
suggestion.figures = {};
const figure = (key, label, bytes, target, detail) => {
  const budget = figureBudgets[key];
  suggestion.figures[key] = Math.floor((bytes * 1.05) / 10) * 10;
  const off = bytes - target;
  const goal = `issue target ${kb(target)}: ${off > 0 ? `${kb(off)} (${((off / target) * 100).toFixed(1)} %) over` : `met, ${kb(-off)} under`}`;
  if (budget === undefined) {
    check(false, `${label}: ${kb(bytes)}, no budget in budgets.json gzip.figures.${key}; ${goal}${detail}`);
    return;
  }
  check(
    bytes <= budget,
    `${label}: ${kb(bytes)} of ${kb(budget)} budget, margin ${kb(budget - bytes)} (${(((budget - bytes) / budget) * 100).toFixed(1)} %); ${goal}${detail}`,
  );
};
{
  const entryFiles = staticClosure(join(cdn, 'ketamine-widgets.js'));
  const entryText = entryFiles.map((file) => read(file).toString('utf8')).join('\n');
  const entryBytes = entryFiles.reduce((sum, file) => sum + gzipSize(file), 0);
  const contentFiles = readdirSync(join(cdn, 'chunks'))
    // The FAQ's answers are a lazy chunk in every build (en-faq-answers): not first-load content.
    .filter((name) => /^en-[\w-]+-[\w-]{8}\.js$/.test(name) && !/^en-faq-answers-/.test(name))
    .sort()
    .map((name) => join(cdn, 'chunks', name))
    // content/sources.json is bundled content too (the sources every claim cites): its copy is the
    // chunk the FAQ's own build splits out (its answers and structured data both use it), the same
    // JSON module under the same settings. The check below fails if it ever goes missing.
    .concat(
      readdirSync(join(cdn, 'shared'))
        .filter((name) => /^sources-[\w-]{8}\.js$/.test(name))
        .map((name) => join(cdn, 'shared', name)),
    );
  // The longest string of each content module (minified output quotes with backticks) is in the entry verbatim.
  const notInEntry = contentFiles.filter((file) => {
    const strings =
      read(file)
        .toString('utf8')
        .match(/`[^`]*`/g) ?? [];
    const longest = strings.reduce((a, b) => (b.length > a.length ? b : a), '');
    return longest.length < 40 || !entryText.includes(longest);
  });
  check(
    contentFiles.some((file) => /[\\/]sources-[\w-]{8}\.js$/.test(file)) && contentFiles.length > 1 && !notInEntry.length,
    `the content modules subtracted for "code only" are bundled in ketamine-widgets.js (${contentFiles.map(chunkKey).join(', ') || 'none found'}${notInEntry.length ? `; not found in the entry: ${notInEntry.map(chunkKey).join(', ')}` : ''})`,
  );
  const contentBytes = contentFiles.reduce((sum, file) => sum + gzipSize(file), 0);
  figure(
    'code-only-whole-library',
    'code only, whole library (ketamine-widgets.js minus its bundled content JSON)',
    entryBytes - contentBytes,
    30 * 1024,
    ` = ${kb(entryBytes)} − content ${kb(contentBytes)} (${contentFiles.map((file) => `${chunkKey(file)} ${kb(gzipSize(file))}`).join(', ')})`,
  );
  const faqFiles = staticClosure(join(cdn, 'ketamine-faq.js'));
  figure(
    'faq-first-load',
    'FAQ first load, content included (ketamine-faq.js and its static imports)',
    faqFiles.reduce((sum, file) => sum + gzipSize(file), 0),
    27 * 1024,
    '',
  );
}

console.log('\nBudget file:');
check(
  !missing.length,
  `every built entry and lazy chunk has a budget in budgets.json${missing.length ? ` (missing:\n      ${missing.join('\n      ')})` : ''}`,
);
const stale = [
  ...Object.keys(figureBudgets).filter((key) => !(key in suggestion.figures)),
  ...Object.keys(entryBudgets).filter((name) => !entries.includes(name)),
  ...Object.keys(lazyBudgets).filter((key) => !usedLazyKeys.has(key)),
];
check(!stale.length, `every budget matches a built file${stale.length ? ` (no file for: ${stale.join(', ')})` : ''}`);

finish();
