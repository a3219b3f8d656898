// Node-only checks of what ships: the npm tarball's contents and the README's generated API.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './harness.js';
import { ROOT } from './server.js';
import { builtTags } from './widgets.js';
import { updateReadme } from '../../scripts/readme-api.js';

/** Top-level entries a published tarball may hold (issue 7). */
const ALLOWED = [/^dist\//, /^content\/[\w./-]+\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^custom-elements\.json$/, /^package\.json$/];

export function packageTests() {
  test('npm pack: only dist, content, README, LICENSE, CHANGELOG, custom-elements.json, package.json', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = pack.files.map((file) => file.path);
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], 'files outside the allowed list');
    // Nothing from tests, stories or sources leaks in through dist/ (e.g. types of test fixtures).
    assert.deepEqual(files.filter((file) => /(^|\/)(tests?|stories|__\w+__)\/|\.test\.|\.stories\./.test(file)), [], 'test or story files');
    for (const required of ['README.md', 'LICENSE', 'package.json', 'custom-elements.json', 'dist/index.js', 'dist/cdn/ketamine-widgets.js', 'dist/cdn/integrity.json', 'dist/types/src/index.d.ts', 'content/sources.json']) {
      assert.ok(files.includes(required), `${required} is in the package`);
    }
    for (const tag of builtTags()) {
      for (const file of [`dist/${tag}.js`, `dist/cdn/${tag}.js`, `dist/types/src/${tag}/define.d.ts`]) assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  test('every npm entry imports in Node (SSR, tests) without touching window or document', () => {
    const entries = ['index', ...builtTags()].map((name) => `./dist/${name}.js`);
    const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry);
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM global appeared');
      const { estimateCost } = await import('./dist/index.js');
      if (estimateCost({ plan: 'iv', price: 450 }).induction.sessions !== 6) throw new Error('estimateCost in Node');`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  });

  test('README element reference is generated from the current custom-elements.json', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    assert.ok(readme === updateReadme(readme, manifest), 'README.md is stale: run `npm run build && node scripts/readme-api.js`');
    for (const tag of builtTags()) assert.ok(readme.includes(`### \`<${tag}>\``), `README documents <${tag}>`);
  });
}
