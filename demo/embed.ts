// The embed-code builder page (`npm start`, then /demo/embed.html).
import '../src/index.js';
import { renderEmbedBuilder } from './embed-builder.js';
import type { IntegrityFile } from './embed-snippet.js';

/** The hashes of the built CDN files, when `npm run build` has run (same origin; nothing is sent). */
async function loadIntegrity(): Promise<IntegrityFile | null> {
  try {
    const response = await fetch(new URL('../dist/cdn/integrity.json', location.href), { credentials: 'omit' });
    return response.ok ? ((await response.json()) as IntegrityFile) : null;
  } catch {
    return null;
  }
}

renderEmbedBuilder(document.querySelector<HTMLElement>('#builder')!, { integrity: await loadIntegrity() });
