#!/usr/bin/env node
// `npm run lint`: the project's red lines as code (THREAT-MODEL section 4), checked on src/.
// A rule lists where an exception is allowed and why; everything else fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { elementTags } from './elements.js';

const root = new URL('..', import.meta.url).pathname;

const RULES = [
  {
    name: 'HTML from strings',
    pattern: /\bunsafeHTML\b|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|createContextualFragment|document\.write/,
    allow: [],
  },
  { name: 'code from strings', pattern: /\beval\s*\(|new Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/, allow: [] },
  { name: 'CSS from data', pattern: /\bunsafeCSS\s*\(/, allow: ['src/shared/base.styles.ts'] }, // constant token table only
  { name: 'style attribute strings', pattern: /\bstyle="|\.setAttribute\(\s*['"]style['"]/, allow: [] },
  { name: 'network', pattern: /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/, allow: ['src/shared/fetch-override.ts'] }, // the clinic's `src`, only
  { name: 'cookies', pattern: /document\.cookie/, allow: [] },
  { name: 'storage', pattern: /\b(?:localStorage|sessionStorage|indexedDB|caches\.open)\b/, allow: ['src/candidacy-quiz/'] }, // `remember` opt-in only
  { name: 'navigation', pattern: /location\.(?:assign|replace|href\s*=)|history\.pushState|window\.open\s*\(/, allow: [] },
  { name: 'selectors built from ids', pattern: /querySelector(?:All)?\(\s*['"`]#['"`]?\s*\+|querySelector(?:All)?\(`#\$\{/, allow: [] },
  { name: 'for…in over data', pattern: /\bfor\s*\(\s*(?:const|let|var)\s+\w+\s+in\s/, allow: [] },
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(join(root, 'src')).filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file));
const problems = [];
for (const file of files) {
  const rel = relative(root, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments may name what they avoid
    for (const rule of RULES) {
      if (rule.pattern.test(line) && !rule.allow.some((allowed) => rel.startsWith(allowed))) {
        problems.push(`${rel}:${index + 1}: ${rule.name}: ${line.trim()}`);
      }
    }
  });
}

// Layers point down (STYLE.md): src/content/ (schemas, vocabularies, validation, `Lang`) imports
// nothing else from src/; src/shared/ builds on content/ only; an element folder builds on both
// and never reaches into another element's folder. Tests are held to the same floors. `index.ts`
// and `logic.ts` at the top of src/ may import anything.
const elements = new Set(elementTags(root));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
function layer(rel) {
  const [top, folder] = rel.split('/');
  if (top !== 'src') return null;
  if (rel.split('/').length === 2 || folder === 'jsx' || folder === 'test') return 'entry'; // src/index.ts, src/logic.ts, src/jsx/, src/test/ (tests of all four elements together)
  if (folder === 'content' || folder === 'shared') return folder;
  return elements.has(folder) ? `element:${folder}` : null;
}
function upward(from, to) {
  if (!from || !to || from === to || from === 'entry') return false;
  if (to === 'entry') return true;
  if (from === 'content') return true;
  if (from === 'shared') return to.startsWith('element:');
  return to.startsWith('element:'); // one element folder into another
}
let importsChecked = 0;
for (const file of walk(join(root, 'src')).filter((path) => /\.tsx?$/.test(path))) {
  const rel = relative(root, file);
  const from = layer(rel);
  if (!from) continue;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const [, specifier] of line.matchAll(IMPORT)) {
        importsChecked++;
        const target = relative(root, resolve(dirname(file), specifier));
        const to = layer(target);
        if (upward(from, to)) problems.push(`${rel}:${index + 1}: upward import (${from} → ${to}): ${line.trim()}`);
      }
    });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\nlint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint: ${files.length} files checked, no red lines crossed; ${importsChecked} relative imports point down`);
