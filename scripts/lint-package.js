#!/usr/bin/env node
// `npm run lint:package` (issue 17.7): publint and attw (are the types wrong?) on the packed
// package, quietly. On success each prints one line; on failure, or when publint has a warning
// or suggestion, its full output is printed. Also checks that package.json "sideEffects" lists
// every built file that registers an element (assumes `npm run build` has run): a bundler drops
// `import 'ketamine-widgets/ketamine-faq.js'` from an app if that file is declared side-effect free.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let failed = 0;

function run(label, command, args, { failOn = () => false } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', shell: false });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const bad = result.status !== 0 || failOn(output);
  if (bad) {
    failed++;
    console.log(`  ✗ ${label}\n${output}`);
  } else {
    console.log(`  ✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

// publint exits 0 on suggestions and warnings: treat them as failures, so nobody learns to ignore them.
run('publint', 'npx', ['publint', '--strict'], { failOn: (output) => /Suggestions:|Warnings:/.test(output) });
run('attw --pack . --profile esm-only', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']);

// sideEffects (issue 17.7). Bundlers drop a module listed as side-effect free when nothing is
// imported from it, which would silently break three things: an app's
// `import 'ketamine-widgets/ketamine-faq.js'` (registers the element), the jitless zod setup (a
// strict CSP reports zod's `new Function` probe without it), and this repository's own builds
// (scripts/build.js bundles src/index.ts, whose `import './<tag>/define.js'` lines are bare).
// So every module imported bare anywhere in the repository, every package entry, and every built
// file that registers an element or configures zod must match a "sideEffects" glob.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { sideEffects } = pkg;
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '.*')}$`,
  );
const patterns = Array.isArray(sideEffects) ? sideEffects.map(globToRegExp) : [];
const listed = (file) => patterns.some((pattern) => pattern.test(file));
const posix = (path) => path.split(sep).join('/');
const walk = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true })
        .map((file) => posix(join(dir, file)))
        .filter((file) => !file.includes('node_modules/'))
    : [];

const needed = new Set();
// Entries that exist to be free of effects (issue 16.7: `ketamine-widgets/logic` registers nothing).
const PURE_ENTRIES = new Set(['dist/logic.js']);
// Entries an app imports for their effect.
for (const target of Object.values(pkg.exports)) {
  if (typeof target === 'object' && target.import && !PURE_ENTRIES.has(target.import.replace(/^\.\//, ''))) needed.add(target.import.replace(/^\.\//, ''));
}
// Built files that register elements or configure zod.
for (const file of walk('dist').filter((file) => file.endsWith('.js') && !file.startsWith('dist/cdn/'))) {
  if (/customElements\.define\(|\bdefineElement\(|jitless/.test(readFileSync(join(root, file), 'utf8'))) needed.add(file);
}
// Source modules imported bare (`import './x.js';`), tests excepted (they are never bundled for users).
for (const file of ['src', 'demo', 'stories', '.storybook'].flatMap(walk).filter((file) => /\.(ts|js)$/.test(file) && !/\.test\.ts$/.test(file))) {
  for (const [, specifier] of readFileSync(join(root, file), 'utf8').matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const target = posix(join(dirname(file), specifier)).replace(/\.js$/, '');
    const source = ['.ts', '.js', '/index.ts'].map((ext) => target + ext).find((candidate) => existsSync(join(root, candidate)));
    if (source) needed.add(source);
  }
}
const missing = [...needed].filter((file) => !listed(file)).sort();
const builtChecked = [...needed].some((file) => file.startsWith('dist/chunks/'));
if (!Array.isArray(sideEffects) || !builtChecked || missing.length) {
  failed++;
  console.log(
    `  ✗ package.json "sideEffects" lists every module with effects${missing.length ? `; missing:\n      ${missing.join('\n      ')}` : builtChecked ? '' : ' (no built chunk found: run `npm run build`)'}`,
  );
} else {
  console.log(`  ✓ package.json "sideEffects" covers the ${needed.size} entries, chunks and source modules with effects`);
}
process.exit(failed ? 1 : 0);
