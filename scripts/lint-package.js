#!/usr/bin/env node
// `npm run lint:package` (issue 17.7): publint and attw (are the types wrong?) on the packed
// package, quietly. On success each prints one line; on failure, or when publint has a warning
// or suggestion, its full output is printed. Also checks that package.json "sideEffects" lists
// every built file that registers an element (assumes `npm run build` has run): a bundler drops
// `import 'ketamine-widgets/ketamine-faq.js'` from an app if that file is declared side-effect free.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

// sideEffects: every dist file that calls customElements.define or defineElement must match a glob.
const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const globToRegExp = (glob) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
const patterns = Array.isArray(sideEffects) ? sideEffects.map(globToRegExp) : [];
const files = readdirSync(join(root, 'dist'), { recursive: true })
  .map((file) => relative(root, join(root, 'dist', file)).split(sep).join('/'))
  .filter((file) => file.endsWith('.js'));
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The entries an app imports for their effect (`import 'ketamine-widgets/ketamine-faq.js'`) and the
// chunks whose code registers the elements.
const entries = Object.values(exports).flatMap((target) => (typeof target === 'object' && target.import ? [target.import.replace(/^\.\//, '')] : []));
const registering = [
  ...entries,
  ...files.filter((file) => !entries.includes(file) && /customElements\.define\(|\bdefineElement\(/.test(readFileSync(join(root, file), 'utf8'))),
];
const missing = registering.filter((file) => !patterns.some((pattern) => pattern.test(file)));
if (!Array.isArray(sideEffects) || !registering.length || missing.length) {
  failed++;
  console.log(`  ✗ package.json "sideEffects" lists every file that registers an element${missing.length ? `; missing:\n      ${missing.join('\n      ')}` : ' (none found: run `npm run build`)'}`);
} else {
  console.log(`  ✓ package.json "sideEffects" covers the ${registering.length} entries and chunks that register elements`);
}
process.exit(failed ? 1 : 0);
