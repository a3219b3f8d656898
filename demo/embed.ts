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
  // Built by scripts/build-site.js (bundlePrerenderWorker) beside the page; under `npm start` it is
  // not there and the pre-rendered mode shows the CLI command instead.
  prerender: workerPrerenderer('./prerender-worker.js'),
});
