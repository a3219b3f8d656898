#!/usr/bin/env node
// `npm run build`:
//   dist/*.js            ES modules for npm users (lit and zod stay dependencies), one entry per element,
//                        and dist/logic.js: estimateCost and evaluateCandidacy without elements or Lit
//   dist/ssr.js          `ketamine-widgets/ssr` (Node): renderToString, see docs/ssr.md
//   dist/types/          .d.ts files, including HTMLElementTagNameMap entries
//   dist/cdn/ketamine-widgets.js   the self-contained script-tag file (Lit bundled, minified);
//                                  Spanish content and the override validator are lazy chunks beside it
//   dist/cdn/<tag>.js    per-element script-tag entries, each self-contained but for its lazy chunks
//   dist/cdn/ketamine-widgets.hydrate.js  the same with Lit's hydrate support, for pages pre-rendered
//                                  by `ketamine-widgets/ssr` (docs/ssr.md)
//   dist/cdn/<tag>.hydrate.js  per element with hydrate support, self-contained the same way
//   dist/cdn/*.es.js     the same script-tag files with Spanish bundled and English lazy
//   custom-elements.json from the JSDoc in src/
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { build } from 'vite';
import { cdnLoaderSource } from './cdn-loader.js';
import { elementTags } from './elements.js';
import { buildSsr } from './build-ssr.js';

const root = new URL('..', import.meta.url).pathname;
const configFile = join(root, 'vite.config.ts');
const tags = elementTags(root);
const perElement = Object.fromEntries(tags.map((tag) => [tag, join(root, 'src', tag, 'define.ts')]));

rmSync(join(root, 'dist'), { recursive: true, force: true });

const common = { configFile, logLevel: 'warn' };

// The script-tag files run on pages we do not control (THREAT-MODEL section 2.4).
//
// E4: a page element whose id (or name) matches a global Lit reads turns that global into the
// element. Lit then dies at load: `litHtmlVersions.push` (and the other two *Versions) "is not a
// function", and so is calling the `*PolyfillSupport`/`litElementHydrateSupport` hooks; a
// clobbered `ShadyCSS` makes Lit fall back to <style> elements, which `style-src 'self'` blocks.
// The banner runs first in every chunk and shadows each clobbered name with what Lit expects
// (assigning on the global object hides the element's named property). A real polyfill's
// function or ShadyCSS object is left alone. tests/e2e/pages/clobbering.html covers every name.
const CLOBBER_GUARD =
  '(()=>{try{const g=globalThis;' +
  'for(const k of["litHtmlVersions","litElementVersions","reactiveElementVersions"])Array.isArray(g[k])||(g[k]=[]);' +
  'for(const k of["reactiveElementPolyfillSupport","litHtmlPolyfillSupport","litElementPolyfillSupport","litElementHydrateSupport"])g[k]==null||typeof g[k]=="function"||(g[k]=void 0);' +
  'g.ShadyCSS==null||typeof g.ShadyCSS.nativeShadow=="boolean"||(g.ShadyCSS=void 0);' +
  'g.litPropertyMetadata==null||g.litPropertyMetadata instanceof WeakMap||(g.litPropertyMetadata=new WeakMap)' +
  '}catch{}})();';

// E1/E7: Lit creates a Trusted Types policy named "lit-html" when its module runs. A page that
// allows only our policy name would refuse it, and a second copy of the bundle would throw on a
// duplicate name. In the script-tag build, lit-html asks src/shared/trusted-types.ts instead,
// which creates the page-wide "ketamine-widgets" policy once and shares it through a global symbol.
const TRUSTED_TYPES_MODULE = join(root, 'src/shared/trusted-types.ts');

function cdnHardening() {
  return {
    name: 'ketamine-widgets:cdn-hardening',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const litPolicy = 's.createPolicy("lit-html",{createHTML:t=>t})';
      if (!code.includes(litPolicy)) this.error('lit-html changed: update the Trusted Types patch in scripts/build.js');
      const patched = code.replace(litPolicy, '__kwLitHtmlPolicy()');
      return { code: `import { litHtmlPolicy as __kwLitHtmlPolicy } from ${JSON.stringify(TRUSTED_TYPES_MODULE)};\n${patched}`, map: null };
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
    lib: { entry: { index: join(root, 'src/index.ts'), logic: join(root, 'src/logic.ts'), ...perElement }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// 1b. dist/ssr.js: `ketamine-widgets/ssr`, pre-rendering in Node (issue 18).
await buildSsr();

// Chunk names say what a chunk is, so the size budgets (budgets.json) and the SRI list can name
// them: `es-faq` (Spanish content), `zod` (the validator's library, whole-library build),
// `faq-override-with-zod` (a per-element file's validator and zod in one chunk), otherwise the
// module that starts the chunk (`faq-override` …).
function chunkName(chunk) {
  // `faq.json?questions` is `en-faq` (the content the first frame renders), `faq.json?answers` is `en-faq-answers`.
  const content = chunk.facadeModuleId?.match(/content[\\/](en|es)[\\/]([\w-]+)\.json(?:\?(answers))?/);
  if (content) return `${content[1]}-${content[2]}${content[3] ? `-${content[3]}` : ''}`;
  // A per-element file's override validator carries zod in the same chunk (nothing else there
  // uses zod); its own name gives it its own size budget, apart from the whole library's.
  const withZod = chunk.moduleIds.some((id) => /node_modules[\\/]zod[\\/]/.test(id));
  if (chunk.facadeModuleId) return withZod ? `${chunk.name}-with-zod` : chunk.name;
  if (withZod) return 'zod';
  return chunk.name;
}

/**
 * Spanish-first script-tag files (`*.es.js`): every `content/en/<file>.json` import becomes
 * `content/es/<file>.json` and the lazy Spanish import becomes the lazy English one, so a Spanish
 * page renders its first frame in Spanish, with no placeholder and no layout shift while a
 * language chunk loads. `BundledContent` tells the languages apart by each file's `lang` field.
 */
function primaryLanguage(lang) {
  return {
    name: 'ketamine-widgets:primary-language',
    enforce: 'pre',
    resolveId(source, importer, options) {
      const match = /^(.*[\\/]content[\\/])(en|es)([\\/][\w-]+\.json(?:\?\w+)?)$/.exec(source);
      if (!match || lang === 'en') return null;
      const swapped = `${match[1]}${match[2] === 'en' ? lang : 'en'}${match[3]}`;
      return this.resolve(swapped, importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * Per-element hydrate entries (issue 18): `hydrate:<tag>` is a module importing Lit's hydrate
 * support, the wait for the parser, KwElement's hydration, then the element, in that order, as src/hydrate.ts does for
 * the whole library. Generated here rather than four files in src/ that only say "import these".
 */
const HYDRATE_ENTRY = /[\\/]src[\\/]([\w-]+)[\\/]hydrate-entry\.virtual\.js$/;
function perElementHydrateEntries() {
  return {
    name: 'ketamine-widgets:per-element-hydrate',
    enforce: 'pre',
    resolveId: (source) => (HYDRATE_ENTRY.test(source) ? source : null),
    load(id) {
      const tag = HYDRATE_ENTRY.exec(id)?.[1];
      if (!tag) return null;
      return [
        "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
        `import ${JSON.stringify(join(root, 'src/shared/define-after-parsing.ts'))};`,
        `import ${JSON.stringify(join(root, 'src/shared/install-hydration.ts'))};`,
        `import ${JSON.stringify(perElement[tag])};`,
      ].join('\n');
    },
  };
}
const perElementHydrate = Object.fromEntries(tags.map((tag) => [`${tag}.hydrate`, join(root, 'src', tag, 'hydrate-entry.virtual.js')]));

// 2. CDN, one file: everything but the lazy chunks in ketamine-widgets.js. `allow-extension` lets
// a lazy chunk import what it shares with the entry (the English content an override is merged
// into) from the entry itself, instead of splitting it into a chunk the entry must fetch first.
const cdn = (entry, chunkDir, lang = 'en') => ({
  ...common,
  plugins: [cdnHardening(), primaryLanguage(lang)],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Only chunks that hold Lit need the guard before their code: a chunk is evaluated after
        // the chunks it imports, so the guard in Lit's own chunk runs before any Lit module does.
        banner: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) ? CLOBBER_GUARD : '',
        entryFileNames: lang === 'en' ? '[name].js' : `[name].${lang}.js`,
        chunkFileNames: (chunk) => `${chunkDir}/${chunkName(chunk)}-[hash].js`,
      },
    },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});
// What each CDN file imports (paths relative to dist/cdn/), from the bundler's own output, so the
// embed-code builder and `npm run docs:snippets` list only the chunks a snippet can fetch.
const graph = {};
const recordGraph = (result) => {
  for (const output of [result].flat()) {
    for (const item of output.output) {
      if (item.type !== 'chunk') continue;
      graph[item.fileName] = { imports: [...item.imports].sort(), lazy: [...item.dynamicImports].sort() };
    }
  }
};
for (const lang of ['en', 'es']) {
  recordGraph(await build(cdn({ 'ketamine-widgets': join(root, 'src/index.ts') }, 'chunks', lang)));

  // 2b. CDN, pre-rendered pages (issue 18): the same file with Lit's hydrate support evaluated
  // before Lit, so the elements adopt the server's declarative shadow DOM. Same hardening.
  recordGraph(await build(cdn({ 'ketamine-widgets.hydrate': join(root, 'src/hydrate.ts') }, 'chunks', lang)));

  // 3. CDN, per element: a clinic that shows only the FAQ pays only for the FAQ. One build per
  // element, so each file holds its own Lit and shared code and only its lazy chunks are apart
  // (issue 18): sharing one Lit chunk between the four files cost the FAQ 2.2 KB gzip (export and
  // import glue, five gzip streams instead of one) and a second round of fetching before its
  // first render. A page with two or more elements loads `ketamine-widgets.js` instead.
  for (const tag of tags) recordGraph(await build(cdn({ [tag]: perElement[tag] }, 'shared', lang)));

  // 3b. CDN, per element for pre-rendered pages: the hydrate support costs ~2.0 KB gzip, against
  // ~35 KB for loading the whole-library hydrate file to hydrate one FAQ. Builds of their own,
  // so the plain per-element files never carry the hydrate support.
  for (const tag of tags) {
    const config = cdn({ [`${tag}.hydrate`]: perElementHydrate[`${tag}.hydrate`] }, 'shared', lang);
    recordGraph(await build({ ...config, plugins: [perElementHydrateEntries(), ...config.plugins] }));
  }
}

// 4. Types and the custom elements manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync(
  'npx',
  ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/*.stories.ts'],
  { cwd: root, stdio: 'inherit' },
);

// 5. Subresource Integrity (issue 7): the sha384 of every script-tag file, entries and lazy chunks,
// in dist/cdn/integrity.json. The README snippet, the embed-code builder and an import map's
// `integrity` section (which is what covers the lazy chunks) read it. Keys are paths relative to
// dist/cdn/ with forward slashes, e.g. "ketamine-widgets.js", "chunks/es-….js". `graph` says, for
// each file, what it imports at start-up (`imports`) and on demand (`lazy`: Spanish, overrides).
const cdnDir = join(root, 'dist/cdn');
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(cdnDir, file)))
    .digest('base64')}`;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The classic-script loader (issue 17.4) carries the hashes of the files it inserts, so it is
// written before integrity.json hashes it in turn.
const loaderFiles = { en: 'ketamine-widgets.js', es: 'ketamine-widgets.es.js' };
writeFileSync(
  join(cdnDir, 'loader.js'),
  cdnLoaderSource({ version, files: Object.fromEntries(Object.entries(loaderFiles).map(([lang, file]) => [lang, { file, integrity: sri(file) }])) }),
);
graph['loader.js'] = { imports: [], lazy: Object.values(loaderFiles) };
const cdnFiles = readdirSync(cdnDir, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .sort();
const integrity = {
  package: name,
  version,
  algorithm: 'sha384',
  files: Object.fromEntries(cdnFiles.map((file) => [file.split(sep).join('/'), sri(file)])),
  graph: Object.fromEntries(
    Object.keys(graph)
      .sort()
      .map((file) => [file, graph[file]]),
  ),
};
writeFileSync(join(cdnDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

console.log(`built ${tags.length} element(s): ${tags.join(', ') || '(none yet)'}`);
