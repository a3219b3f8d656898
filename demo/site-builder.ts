// The embed-code builder of the static site (scripts/build-site.js): bundled as one classic script
// so the page works opened from disk. The version's hashes are in the page itself
// (<script type="application/json" id="ketamine-widgets-integrity"> and "-style-hashes"): nothing
// is fetched. The pre-renderer (prerender-worker.js) loads only when the pre-rendered mode is chosen.
import '../src/index.js';
import { renderEmbedBuilder } from './embed-builder.js';
import type { IntegrityFile, StyleHashesFile } from './embed-snippet.js';
import { workerPrerenderer } from './prerender-client.js';

function readJson<T>(id: string): T | null {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T | null;
  } catch {
    return null;
  }
}

renderEmbedBuilder(document.querySelector<HTMLElement>('#builder')!, {
  integrity: readJson<IntegrityFile>('ketamine-widgets-integrity'),
  styleHashes: readJson<StyleHashesFile>('ketamine-widgets-style-hashes'),
  prerender: workerPrerenderer('prerender-worker.js'),
});
