// The element folders: every `src/<tag>/define.ts` is an element with its own entry point.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function elementTags(root) {
  return readdirSync(join(root, 'src'))
    .filter((name) => existsSync(join(root, 'src', name, 'define.ts')))
    .sort();
}
