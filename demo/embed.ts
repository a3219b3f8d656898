// The embed-code builder page (`npm start`, then /demo/embed.html).
import '../src/index.js';
import { renderEmbedBuilder } from './embed-builder.js';
import type { IntegrityFile, StyleHashesFile } from './embed-snippet.js';
import { workerPrerenderer } from './prerender-client.js';

/** A JSON file of the build, when `npm run build` has run (same origin; nothing is sent). */
async function loadBuilt<T>(path: string): Promise<T | null> {
  try {
    const response = await fetch(new URL(path, location.href), { credentials: 'omit' });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

const [integrity, styleHashes] = await Promise.all([
  loadBuilt<IntegrityFile>('../dist/cdn/integrity.json'),
  loadBuilt<StyleHashesFile>('../dist/ssr-style-hashes.json'),
]);
renderEmbedBuilder(document.querySelector<HTMLElement>('#builder')!, {
  integrity,
  styleHashes,
  // Built by scripts/build-site.js (bundlePrerenderWorker) and served beside the page by the e2e
  // test. Under `npm start` there is no such bundle (Vite would answer that URL with
  // prerender-worker.ts as a module), so the pre-rendered mode shows the CLI command instead.
  prerender: (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV ? null : workerPrerenderer('./prerender-worker.js'),
});
