// Optional peers: the same FAQ built from Shoelace `sl-details` and Lion `lion-accordion`, bundled
// with the same Vite settings as our CDN file (minified ES module, one file). Included only when
// the packages are installed (they are not dependencies of the project):
//   npm install --no-save @shoelace-style/shoelace@2 @lion/ui@0.21
import { existsSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const paragraphs = (answer) =>
  answer
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('');

// The issue's reference: a bare 15-line Lit element rendering the same items from the bundled
// JSON into native <details>, loaded the way its numbers were taken (a plain module script). Lit
// is our own dependency, so this one is always built.
const BARE_LIT = `import { LitElement, css, html } from 'lit';
import faq from ${JSON.stringify(new URL('../content/en/faq.json', import.meta.url).pathname)};
class BareFaq extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() {
    return faq.categories.map((category) => html\`<h3>\${category.title}</h3>\${category.items.map(
      (item) => html\`<details><summary>\${item.question}</summary>\${item.answer
        .split(/\\n\\s*\\n/)
        .map((paragraph) => html\`<p>\${paragraph.trim()}</p>\`)}</details>\`,
    )}\`);
  }
}
customElements.define('bare-lit-faq', BareFaq);
`;

const PEERS = [
  {
    id: 'reference-bare-lit',
    package: 'lit',
    label: 'reference: bare 15-line Lit element, same items from the bundled JSON',
    tags: ['bare-lit-faq'],
    interactions: ['faq-open'],
    entry: BARE_LIT,
    body: () => '<bare-lit-faq></bare-lit-faq>',
  },
  {
    id: 'peer-shoelace',
    package: '@shoelace-style/shoelace',
    label: 'peer: Shoelace <sl-details> FAQ',
    tags: ['sl-details'],
    entry: "import '@shoelace-style/shoelace/dist/components/details/details.js';",
    css: '@shoelace-style/shoelace/dist/themes/light.css',
    body: (faq, common) =>
      `<div class="faq">${faq.categories
        .map(
          (category) =>
            `<h3>${escapeHtml(category.title)}</h3>${category.items
              .map((item) => `<sl-details data-bench-open summary="${escapeHtml(item.question)}">${paragraphs(item.answer)}</sl-details>`)
              .join('\n')}`,
        )
        .join('\n')}<p>${escapeHtml(common.notMedicalAdvice)}</p></div>`,
  },
  {
    id: 'peer-lion',
    package: '@lion/ui',
    label: 'peer: Lion <lion-accordion> FAQ',
    tags: ['lion-accordion'],
    entry: "import '@lion/ui/define/lion-accordion.js';",
    body: (faq, common) =>
      `<div class="faq">${faq.categories
        .map(
          (category) =>
            `<h3>${escapeHtml(category.title)}</h3><lion-accordion>${category.items
              .map(
                (item) =>
                  `<h4 slot="invoker"><button data-bench-open>${escapeHtml(item.question)}</button></h4><div slot="content">${paragraphs(item.answer)}</div>`,
              )
              .join('\n')}</lion-accordion>`,
        )
        .join('\n')}<p>${escapeHtml(common.notMedicalAdvice)}</p></div>`,
  },
];

/** Builds the installed peers into bench/results/peers/ and returns their pages. */
export async function peerPages(root) {
  const dir = join(root, 'bench/results/peers');
  const installed = PEERS.filter((peer) => existsSync(join(root, 'node_modules', peer.package, 'package.json')));
  const missing = PEERS.filter((peer) => !installed.includes(peer)).map((peer) => peer.package);
  // Our own reference is not a peer: the note lists only the missing peer packages.
  const note = missing.length
    ? `not installed, skipped: ${missing.join(', ')} (npm install --no-save @shoelace-style/shoelace@2 @lion/ui@0.21)`
    : 'all peers built';
  if (!installed.length) return { pages: [], tags: new Set(), dir, note };

  const { build } = await import('vite');
  mkdirSync(dir, { recursive: true });
  const pages = [];
  for (const peer of installed) {
    const entry = join(dir, `${peer.id}.entry.js`);
    writeFileSync(entry, `${peer.entry}\n`);
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      build: {
        outDir: dir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { [peer.id]: entry }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', codeSplitting: false } },
      },
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    let head = `<script type="module" src="/peers/${peer.id}.js"></script>`;
    if (peer.css) {
      copyFileSync(join(root, 'node_modules', peer.css), join(dir, `${peer.id}.css`));
      head = `<link rel="stylesheet" href="/peers/${peer.id}.css">\n${head}`;
    }
    pages.push({ ...peer, head });
  }
  return { pages, tags: new Set(installed.flatMap((peer) => peer.tags)), dir, note };
}
