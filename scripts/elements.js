// The element folders: every `src/<tag>/define.ts` whose folder is a custom-element name (it has a
// dash) is an element with its own entry point.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function elementTags(root) {
  return readdirSync(join(root, 'src'))
    .filter((name) => name.includes('-') && existsSync(join(root, 'src', name, 'define.ts')))
    .sort();
}
