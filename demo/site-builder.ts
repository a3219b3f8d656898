// The embed-code builder of the static site (scripts/build-site.js): bundled as one classic script
// so the page works opened from disk. The version's hashes are in the page itself
// (<script type="application/json" id="ketamine-widgets-integrity">): nothing is fetched.
import '../src/index.js';
import { renderEmbedBuilder } from './embed-builder.js';
import type { IntegrityFile } from './embed-snippet.js';

function readIntegrity(): IntegrityFile | null {
  try {
    return JSON.parse(document.getElementById('ketamine-widgets-integrity')?.textContent ?? 'null') as IntegrityFile | null;
  } catch {
    return null;
  }
}

renderEmbedBuilder(document.querySelector<HTMLElement>('#builder')!, { integrity: readIntegrity() });
