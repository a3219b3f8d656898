// Reads every bundled content file from disk into the shape `checkContent` expects.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function readContentFiles(root) {
  const dir = join(root, 'content');
  const files = {};
  for (const lang of ['en', 'es']) {
    files[lang] = {};
    const langDir = join(dir, lang);
    if (!existsSync(langDir)) continue;
    for (const name of readdirSync(langDir)) {
      if (!name.endsWith('.json')) continue;
      files[lang][name] = JSON.parse(readFileSync(join(langDir, name), 'utf8'));
    }
  }
  const reviewPath = join(dir, 'REVIEW.md');
  const review = existsSync(reviewPath) ? readFileSync(reviewPath, 'utf8') : undefined;
  return { sources: JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')), files, review };
}
