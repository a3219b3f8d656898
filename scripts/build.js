#!/usr/bin/env node
// `npm run build`:
//   dist/*.js            ES modules for npm users (lit and zod stay dependencies), one entry per element
//   dist/types/          .d.ts files, including HTMLElementTagNameMap entries
//   dist/cdn/ketamine-widgets.js   the self-contained script-tag file (Lit bundled, minified);
//                                  Spanish content and the override validator are lazy chunks beside it
//   dist/cdn/<tag>.js    per-element script-tag entries sharing one Lit chunk
//   custom-elements.json from the JSDoc in src/
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { elementTags } from './elements.js';

const root = new URL('..', import.meta.url).pathname;
const configFile = join(root, 'vite.config.ts');
const tags = elementTags(root);
const perElement = Object.fromEntries(tags.map((tag) => [tag, join(root, 'src', tag, 'define.ts')]));

rmSync(join(root, 'dist'), { recursive: true, force: true });

const common = { configFile, logLevel: 'warn' };

// 1. npm: readable ES modules, dependencies external.
await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: { entry: { index: join(root, 'src/index.ts'), ...perElement }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// 2. CDN, one file: everything but the lazy chunks in ketamine-widgets.js.
const cdn = (entry, chunkDir) => ({
  ...common,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      output: { minify: true, entryFileNames: '[name].js', chunkFileNames: `${chunkDir}/[name]-[hash].js` },
    },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build(cdn({ 'ketamine-widgets': join(root, 'src/index.ts') }, 'chunks'));

// 3. CDN, per element: a clinic that shows only the FAQ pays only for the FAQ.
if (tags.length) await build(cdn(perElement, 'shared'));

// 4. Types and the custom elements manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/*.stories.ts'], { cwd: root, stdio: 'inherit' });

console.log(`built ${tags.length} element(s): ${tags.join(', ') || '(none yet)'}`);
