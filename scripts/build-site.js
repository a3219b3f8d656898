#!/usr/bin/env node
// `npm run build-site` (issue 17.3): one static site for clinics and designers, no npm needed.
//
//   site/index.html        start page
//   site/builder.html      the embed-code builder, with this version's hashes built in
//   site/prerender-worker.js  its pre-renderer (renderToString in a worker), loaded on demand
//   site/demo.html         the demo clinic page
//   site/docs/*.html       README.md and docs/*.md as pages (links between them rewritten)
//   site/storybook/        the Storybook catalogue (`storybook build`)
//
// The builder, demo and docs pages use classic scripts (one IIFE file each, no `import`) and
// relative links, so they work from any static host and opened from disk (file://), where
// Chromium refuses module scripts. Storybook's own build is ES modules: it needs a web server
// (any static host, or `npx http-server site`), which the start page says.
//
//   node scripts/build-site.js [--out DIR] [--no-storybook]
// Assumes `npm run build` has run (the builder needs dist/cdn/integrity.json).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { Marked } from 'marked';
import { build } from 'vite';
import { faqParts } from './faq-split.js';
import { minifyLiterals } from './minify-literals.js';

const root = new URL('..', import.meta.url).pathname;
const posix = (path) => path.split(sep).join('/');
/** Where repository files that are not pages of the site are linked to. */
const repositoryUrl = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .repository.url.replace(/^git\+/, '')
  .replace(/\.git$/, '');

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** JSON inside <script type="application/json">: `<` escaped so no `</script>` can end it. */
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One classic-script file (IIFE, every dynamic import inlined) for a page entry. */
async function bundle(entry) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // The elements on the site are minified like the shipped files (scripts/minify-literals.js).
    plugins: [faqParts(), minifyLiterals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, entry), formats: ['iife'], name: 'ketamineWidgetsSite' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunks = [output].flat()[0].output.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry}: expected one file, got ${chunks.length}`);
  return chunks[0].code;
}

/**
 * The embed-code builder's pre-renderer (issue 18): demo/prerender-worker.ts, which runs the
 * library's `renderToString` (src/ssr/) in a Web Worker, as one classic file. Lit is resolved with
 * the `node` export condition, as in dist/ssr.js: its server build (`isServer`, the DOM shim),
 * which needs no Node API; only @lit-labs/ssr-client's entry, whose server build base64-encodes
 * with Node's `Buffer`, is taken from its browser build (`btoa`, the same digest). The output is the
 * same bytes as Node's (tests/e2e/embed-builder.e2e.js compares them).
 *
 * Returns a classic script that sets `globalThis.ketamineWidgetsPrerenderWorker` to the worker's
 * source (demo/prerender-client.ts starts the worker from a Blob of it: works from file://).
 */
export async function bundlePrerenderWorker() {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Template strings minified exactly as in dist/ssr.js and the hydrate script, or hydration's digest differs.
    // A server renderer: every answer in its HTML (scripts/faq-split.js).
    plugins: [faqParts({ server: true }), minifyLiterals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: {
      conditions: ['node', 'module', 'production'],
      alias: [{ find: /^@lit-labs\/ssr-client$/, replacement: join(root, 'node_modules/@lit-labs/ssr-client/index.js') }],
    },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'demo/prerender-worker.ts'), formats: ['iife'], name: 'ketamineWidgetsPrerender' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunks = [output].flat()[0].output.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`demo/prerender-worker.ts: expected one file, got ${chunks.length}`);
  if (/\brequire\(|from\s*["']buffer["']/.test(chunks[0].code)) throw new Error('demo/prerender-worker.ts: the bundle needs a Node module');
  return `globalThis.ketamineWidgetsPrerenderWorker = ${JSON.stringify(chunks[0].code)};\n`;
}

/**
 * Markdown → HTML with GitHub's heading ids, so links such as `embedding.md#spanish-or-overrides-with-sri`
 * keep working. marked comes with @arethetypeswrong/cli (a dev dependency); its v9 API.
 */
function markdownToHtml(markdown) {
  const used = new Map();
  const slug = (raw) => {
    const base = raw
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
  const marked = new Marked({ gfm: true, async: false });
  marked.use({ renderer: { heading: (text, level, raw) => `<h${level} id="${slug(raw)}">${text}</h${level}>\n` } });
  return marked.parse(markdown);
}

const NAV = [
  ['index.html', 'Start'],
  ['builder.html', 'Embed-code builder'],
  ['demo.html', 'Demo clinic page'],
  ['docs/README.html', 'Documentation'],
  ['storybook/index.html', 'Storybook catalogue'],
];

function page({ title, depth = 0, body, head = '' }) {
  const up = '../'.repeat(depth);
  const nav = NAV.map(([href, label]) => `<a href="${up}${href}">${label}</a>`).join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · ketamine-widgets</title>
  <link rel="stylesheet" href="${up}site.css">
${head}</head>
<body>
  <header class="site-header">
    <nav aria-label="Site">
      ${nav}
    </nav>
  </header>
  <main>
${body}
  </main>
</body>
</html>
`;
}

export async function buildSite({ outDir = join(root, 'site'), storybook = true } = {}) {
  const integrityFile = join(root, 'dist/cdn/integrity.json');
  if (!existsSync(integrityFile)) throw new Error('dist/cdn/integrity.json is missing: run `npm run build` first');
  const integrity = JSON.parse(readFileSync(integrityFile, 'utf8'));
  const styleHashesFile = join(root, 'dist/ssr-style-hashes.json');
  const styleHashes = existsSync(styleHashesFile) ? JSON.parse(readFileSync(styleHashesFile, 'utf8')) : null;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'docs'), { recursive: true });

  // Styles: the demo's, plus the builder's; copied, not inlined, so a static host can cache them.
  writeFileSync(
    join(outDir, 'site.css'),
    `${readFileSync(join(root, 'demo/demo.css'), 'utf8')}\n${readFileSync(join(root, 'demo/embed.css'), 'utf8')}\n${readFileSync(join(root, 'demo/site.css'), 'utf8')}`,
  );

  // The builder: integrity.json and the CSP style hashes go in the page, so nothing is fetched
  // (file:// cannot fetch); its pre-renderer is a separate file, loaded only in pre-rendered mode.
  writeFileSync(join(outDir, 'builder.js'), await bundle('demo/site-builder.ts'));
  writeFileSync(join(outDir, 'prerender-worker.js'), await bundlePrerenderWorker());
  writeFileSync(
    join(outDir, 'builder.html'),
    page({
      title: 'Embed-code builder',
      head: `  <script type="application/json" id="ketamine-widgets-integrity">${jsonForScript(integrity)}</script>\n  <script type="application/json" id="ketamine-widgets-style-hashes">${jsonForScript(styleHashes)}</script>\n  <script defer src="builder.js"></script>\n`,
      body: `    <h1>Embed-code builder</h1>
    <p>Choose a widget and your clinic's details, check the preview, then copy the code into a Custom HTML block
    (WordPress), a Code block (Squarespace), Embed code (Wix) or any HTML page. Everything stays in this browser tab:
    nothing you type is sent anywhere. The code is for ketamine-widgets ${escapeHtml(integrity.version)}, with that version's
    integrity hashes.</p>
    <div id="builder"></div>`,
    }),
  );

  // The demo clinic page: its own markup, with one classic script instead of the module scripts.
  const demoHtml = readFileSync(join(root, 'demo/index.html'), 'utf8')
    .replace(/\s*<script type="module" src="[^"]+"><\/script>/g, '')
    .replace('<link rel="stylesheet" href="./demo.css" />', '<link rel="stylesheet" href="./site.css" />\n    <script defer src="demo.js"></script>')
    .replace('href="./embed.html"', 'href="./builder.html"');
  if (!demoHtml.includes('demo.js')) throw new Error('demo/index.html changed: update scripts/build-site.js');
  writeFileSync(join(outDir, 'demo.js'), await bundle('demo/site-demo.ts'));
  writeFileSync(join(outDir, 'demo.html'), demoHtml);

  // Docs: README.md and docs/*.md, links to each other turned into the .html pages.
  const docs = [
    ['README.md', 'README'],
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => [`docs/${name}`, basename(name, '.md')]),
  ];
  const pageOf = new Map(docs.map(([source, name]) => [resolve(root, source), `${name}.html`]));
  for (const [source, name] of docs) {
    const markdown = readFileSync(join(root, source), 'utf8');
    const html = markdownToHtml(markdown);
    const linked = html
      .replace(/(href|src)="([^"#:]+\.md)(#[^"]*)?"/g, (whole, attribute, target, hash = '') => {
        const page = pageOf.get(resolve(root, source, '..', target));
        return page ? `${attribute}="${page}${hash}"` : whole;
      })
      // Images from docs/ are copied beside the pages; other repository files link to the repository.
      .replace(/src="(?:\.\.\/)?docs\/([\w.-]+\.png)"/g, 'src="$1"')
      .replace(/(href|src)="(?!#|[a-z][\w+.-]*:|\/\/)([^"]+)"/gi, (whole, attribute, target) => {
        if (/^[\w-]+\.(html|png)(#|$)/.test(target)) return whole;
        const path = posix(relative(root, resolve(root, source, '..', target)));
        return path.startsWith('..') ? whole : `${attribute}="${repositoryUrl}/blob/main/${path}"`;
      });
    const title = markdown.match(/^# (.+)$/m)?.[1] ?? name;
    writeFileSync(join(outDir, 'docs', `${name}.html`), page({ title, depth: 1, body: `<article class="doc">\n${linked}\n</article>` }));
  }
  for (const image of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.png')))
    copyFileSync(join(root, 'docs', image), join(outDir, 'docs', image));

  writeFileSync(
    join(outDir, 'index.html'),
    page({
      title: 'Start',
      body: `    <h1>ketamine-widgets ${escapeHtml(integrity.version)}</h1>
    <p>Accessible, accurate, private web components that explain ketamine therapy to patients on clinic websites.</p>
    <ul class="site-links">
      <li><a href="builder.html">Embed-code builder</a>: pick a widget, fill in your clinic's details and colours, copy the code.</li>
      <li><a href="demo.html">Demo clinic page</a>: the four widgets on one page.</li>
      <li><a href="docs/README.html">Documentation</a> and <a href="docs/embedding.html">embedding on WordPress, Squarespace and Wix</a>.</li>
      <li><a href="storybook/index.html">Storybook catalogue</a>: every widget, state and theme, for designers.
        Storybook needs a web server: it works on the hosted site, not from a folder opened on disk.</li>
    </ul>`,
    }),
  );

  if (storybook) {
    execFileSync('npx', ['storybook', 'build', '--quiet', '-o', join(outDir, 'storybook')], { cwd: root, stdio: 'inherit' });
  }
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const started = Date.now();
  const outDir = await buildSite({ outDir: outIndex >= 0 ? resolve(args[outIndex + 1]) : undefined, storybook: !args.includes('--no-storybook') });
  console.log(`site built in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
