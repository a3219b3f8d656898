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

// The script-tag files run on pages we do not control (THREAT-MODEL section 2.4).
//
// E4: a page element with id="litHtmlVersions" (or the other two names) clobbers the global Lit
// pushes its version into, and Lit dies with "push is not a function". The banner runs first in
// every chunk and shadows a clobbered name with a real array.
const CLOBBER_GUARD =
  '(()=>{try{for(const k of["litHtmlVersions","litElementVersions","reactiveElementVersions"])Array.isArray(globalThis[k])||(globalThis[k]=[])}catch{}})();';

// E1/E7: Lit creates a Trusted Types policy named "lit-html" when its module runs. A page that
// allows only our policy name would refuse it, and a second copy of the bundle would throw on a
// duplicate name. Lit's policy becomes the page-wide "ketamine-widgets" policy, created once and
// shared through a global symbol (src/shared/trusted-types.ts reads the same symbol). Its
// createHTML is identity, as Lit's own; createScript accepts only JSON (the FAQ's JSON-LD).
export const SHARED_POLICY =
  '(globalThis[Symbol.for("ketamine-widgets.trusted-types")]??=TT.createPolicy("ketamine-widgets",{createHTML:t=>t,createScript:t=>(JSON.parse(t),t)}))';

function cdnHardening() {
  return {
    name: 'ketamine-widgets:cdn-hardening',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const litPolicy = 's.createPolicy("lit-html",{createHTML:t=>t})';
      if (!code.includes(litPolicy)) this.error('lit-html changed: update the Trusted Types patch in scripts/build.js');
      return { code: code.replace(litPolicy, SHARED_POLICY.replace('TT.', 's.')), map: null };
    },
  };
}

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
  plugins: [cdnHardening()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      output: { minify: true, banner: CLOBBER_GUARD, entryFileNames: '[name].js', chunkFileNames: `${chunkDir}/[name]-[hash].js` },
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
