// dist/ssr.js: `ketamine-widgets/ssr` for Node (issue 18). One ES module with both languages'
// content inlined (a server has no first-frame budget); Lit, @lit-labs/ssr and zod stay
// dependencies, resolved by Node with its `node` export conditions (Lit's server build).
// Run by scripts/build.js; on its own (`node scripts/build-ssr.js`) it rebuilds just this file.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export async function buildSsr() {
  await buildBundle();
  await writeStyleHashes();
}

async function buildBundle() {
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src/ssr/index.ts'),
      outDir: 'dist',
      emptyOutDir: false,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^zod(\/|$)/],
        output: { entryFileNames: 'ssr.js', codeSplitting: false },
      },
    },
  });
}

/**
 * dist/ssr-style-hashes.json (issue 18, strict CSP): the `style-src` hashes of every `<style>` text
 * renderToString can emit, which a page without `'unsafe-inline'` must allow (docs/ssr.md). Lit's
 * SSR writes each element's static styles as fixed text, the same for every attribute and language;
 * this renders each pre-rendered element in both languages and fails the build if they differ.
 */
export async function writeStyleHashes() {
  const { renderToString } = await import(`${pathToFileURL(join(root, 'dist/ssr.js')).href}?t=${Date.now()}`);
  const elements = {};
  for (const tag of ['ketamine-faq', 'side-effects-list']) {
    const texts = [];
    for (const lang of ['en', 'es']) {
      const html = await renderToString(`<${tag} lang="${lang}"></${tag}>`);
      if (/\sstyle\s*=/i.test(html)) throw new Error(`renderToString(<${tag} lang="${lang}">) wrote an inline style attribute`);
      texts.push([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]));
    }
    if (JSON.stringify(texts[0]) !== JSON.stringify(texts[1])) throw new Error(`${tag}: the pre-rendered <style> text differs between en and es`);
    elements[tag] = texts[0].map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  const all = [...new Set(Object.values(elements).flat())];
  const file = { styleSrc: all.join(' '), elements };
  writeFileSync(join(root, 'dist/ssr-style-hashes.json'), `${JSON.stringify(file, null, 2)}\n`);
  return file;
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildSsr();
