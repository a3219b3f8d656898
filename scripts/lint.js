#!/usr/bin/env node
// `npm run lint`: the project's red lines as code (THREAT-MODEL section 4), checked on src/.
// A rule lists where an exception is allowed and why; everything else fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const RULES = [
  { name: 'HTML from strings', pattern: /\bunsafeHTML\b|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|createContextualFragment|document\.write/, allow: [] },
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

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\nlint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint: ${files.length} files checked, no red lines crossed`);
