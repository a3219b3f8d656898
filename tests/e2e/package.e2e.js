// Node-only checks of what ships: the npm tarball's contents and the generated reference in docs/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from './harness.js';
import { ROOT } from './server.js';
import { builtTags } from './widgets.js';
import { GENERATED, updateDoc } from '../../scripts/readme-api.js';

/** Top-level entries a published tarball may hold (issue 7; issue 18: the `ketamine-widgets` CLI in bin/); content/REVIEW.md tells a clinic's reviewer which passage backs each claim. */
const ALLOWED = [
  /^dist\//,
  /^bin\/ketamine-widgets\.js$/,
  /^content\/[\w./-]+\.json$/,
  /^content\/REVIEW\.md$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^package\.json$/,
];

export function packageTests() {
  test('npm pack: only dist, content (JSON and REVIEW.md), README, LICENSE, CHANGELOG, custom-elements.json, package.json', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    const files = pack.files.map((file) => file.path);
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], 'files outside the allowed list');
    // Nothing from tests, stories or sources leaks in through dist/ (e.g. types of test fixtures).
    assert.deepEqual(
      files.filter((file) => /(^|\/)(tests?|stories|__\w+__)\/|\.test\.|\.stories\./.test(file)),
      [],
      'test or story files',
    );
    for (const required of [
      'README.md',
      'LICENSE',
      'package.json',
      'custom-elements.json',
      'dist/index.js',
      'dist/cdn/ketamine-widgets.js',
      'dist/cdn/integrity.json',
      'dist/types/src/index.d.ts',
      'content/sources.json',
    ]) {
      assert.ok(files.includes(required), `${required} is in the package`);
    }
    for (const tag of builtTags()) {
      for (const file of [`dist/${tag}.js`, `dist/cdn/${tag}.js`, `dist/types/src/${tag}/define.d.ts`])
        assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  test('every npm entry imports in Node (SSR, tests) without touching window or document', () => {
    const entries = ['index', 'logic', ...builtTags()].map((name) => `./dist/${name}.js`);
    const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry);
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM global appeared');
      const { estimateCost } = await import('./dist/index.js');
      if (estimateCost({ plan: 'iv', price: 450 }).induction.sessions !== 6) throw new Error('estimateCost in Node');`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  });

  test('ketamine-widgets/logic registers no element and pulls in no Lit', () => {
    // Every module dist/logic.js reaches, by its static and dynamic relative imports.
    const seen = new Set();
    const bare = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // Import statements start a line in this unminified build; comments may quote imports.
      for (const [, fromStatement, dynamic] of code.matchAll(/^(?:import|export)\b[^'"]*?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const specifier = fromStatement ?? dynamic;
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
        else bare.add(specifier);
      }
    };
    visit(join(ROOT, 'dist/logic.js'));
    assert.deepEqual([...bare], [], 'packages imported by dist/logic.js');
    let bytes = 0;
    for (const file of seen) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /customElements|defineElement|LitElement|lit-html/, `${file} registers or renders elements`);
      bytes += gzipSync(code).length;
    }
    console.log(`    dist/logic.js: ${seen.size} module(s), ${bytes} bytes gzip`);
    assert.ok(bytes < 8 * 1024, `logic is ${bytes} bytes gzip`);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const file of seen) {
      const rel = `./${file.slice(ROOT.length).replace(/^\//, '')}`;
      assert.ok(!pkg.sideEffects.includes(rel), `${rel} is not listed as having side effects`);
    }
    const script = `const logic = await import('./dist/logic.js');
      if (globalThis.customElements) throw new Error('customElements appeared');
      if (logic.estimateCost({ plan: 'iv', price: 450 }).induction.sessions !== 6) throw new Error('estimateCost');
      const quiz = JSON.parse((await import('node:fs')).readFileSync('content/en/quiz.json', 'utf8'));
      if (!['discuss', 'review', 'unlikely'].includes(logic.evaluateCandidacy(quiz, {}).outcome)) throw new Error('evaluateCandidacy');`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  });

  test('"sideEffects" keeps what must run on import: the four registrations and the zod setup', () => {
    // A module wrongly listed as side-effect-free loses its bare `import './x.js'` in our own
    // build too: the CDN files would define no element, and zod would run without `jitless`.
    const npm = readdirSync(join(ROOT, 'dist/chunks'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(ROOT, 'dist/chunks', file), 'utf8'));
    for (const tag of builtTags())
      assert.ok(
        npm.some((code) => code.includes(`defineElement("${tag}"`)),
        `dist/chunks registers <${tag}>`,
      );
    assert.ok(
      npm.some((code) => /jitless:\s*true/.test(code)),
      'zod jitless setup in dist/chunks',
    );
    const cdn = readFileSync(join(ROOT, 'dist/cdn/ketamine-widgets.js'), 'utf8');
    for (const tag of builtTags()) assert.ok(cdn.includes(`\`${tag}\``) || cdn.includes(`"${tag}"`), `dist/cdn/ketamine-widgets.js registers <${tag}>`);
  });

  test('docs/elements.md reference (and the token and source tables) are generated from the current build', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    for (const file of Object.keys(GENERATED)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      assert.ok(text === updateDoc(file, text, manifest), `${file} is stale: run \`npm run build && node scripts/readme-api.js\``);
    }
    const reference = readFileSync(join(ROOT, 'docs/elements.md'), 'utf8');
    for (const tag of builtTags()) assert.ok(reference.includes(`### \`<${tag}>\``), `docs/elements.md documents <${tag}>`);
  });
}
