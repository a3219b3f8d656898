#!/usr/bin/env node
// Writes the generated parts of README.md: the API reference of every element (between
// <!-- api:start --> and <!-- api:end -->, from custom-elements.json), the design-token table
// (tokens:start/end, from src/shared/tokens.ts) and the sources list (sources:start/end, from
// content/sources.json). The API reference: between <!-- api:start --> and
// <!-- api:end -->, from custom-elements.json (which `npm run build` generates from the JSDoc
// in src/), so the README cannot drift from the code.
//
//   node scripts/readme-api.js          rewrite the section
//   node scripts/readme-api.js --check  exit 1 when the section is out of date (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Table cells: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim() || '–';
const code = (text) => (text ? `\`${text}\`` : '–');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''] : [];

/** Every element declaration with its tag: the analyzer's tagName, else its folder src/<tag>/. */
export function elementsOf(manifest) {
  const found = [];
  for (const module of manifest.modules ?? []) {
    const folder = /^src\/([a-z][a-z0-9]*-[a-z0-9-]+)\//.exec(module.path)?.[1];
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement) continue;
      const tagName = declaration.tagName ?? folder;
      if (tagName) found.push({ tagName, declaration });
    }
  }
  // One entry per tag (an element folder may hold helper classes without a tag of their own).
  const byTag = new Map();
  for (const entry of found) if (!byTag.has(entry.tagName) || entry.declaration.tagName) byTag.set(entry.tagName, entry);
  return [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const inherited = (item) => Boolean(item.inheritedFrom);
// The analyzer reads the base class's `emit(name, …)` helper as an event called "name".
const realEvent = (event) => event.name && event.name !== 'name';

function renderElement({ tagName, declaration: d }) {
  const attributes = (d.attributes ?? []).filter((a) => !inherited(a));
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const properties = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#') && !m.name.startsWith('_') && !attributeFields.has(m.name) && !inherited(m),
  );
  const events = (d.events ?? []).filter(realEvent);
  const shared = (d.attributes ?? []).filter(inherited).map((a) => code(a.name));
  const lines = [`### \`<${tagName}>\``, ''];
  if (d.summary || d.description) lines.push(cell(d.summary ?? d.description.split('\n\n')[0]), '');
  lines.push(...table(['attribute', 'property', 'type', 'default', 'description'], attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])));
  if (shared.length) lines.push(`Also the shared attributes: ${shared.join(', ')}.`, '');
  lines.push(...table(['property (JavaScript only)', 'type', 'description'], properties.map((p) => [code(p.name), code(p.type?.text), p.description])));
  lines.push(...table(['event', 'detail', 'description'], events.map((e) => [code(e.name), code(e.type?.text), e.description])));
  lines.push(...table(['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])));
  lines.push(...table(['CSS part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), p.description])));
  lines.push(...table(['CSS custom property', 'default', 'description'], (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])));
  return lines.join('\n');
}

/** The generated section, markers included. */
export function renderApi(manifest) {
  const elements = elementsOf(manifest);
  const body = elements.length ? elements.map(renderElement).join('\n') : '(No element has been built yet.)\n';
  return `${START}\n<!-- Generated from custom-elements.json by scripts/readme-api.js; do not edit by hand. -->\n\n${body}\n${END}`;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` (markers kept). */
function replaceSection(readme, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md needs ${start} … ${end} markers`);
  return `${readme.slice(0, from)}${start}\n${body}${readme.slice(to)}`;
}

/**
 * The design tokens, read from the one table in src/shared/tokens.ts (a plain-data array the
 * regex below understands; it throws rather than publish a partial table).
 */
export function renderTokens(tokensSource) {
  const colors = [...tokensSource.matchAll(/\{ name: '([^']+)', light: '([^']+)', dark: '([^']+)', description: '([^']+)' \}/g)];
  const others = [...tokensSource.matchAll(/\{ name: '([^']+)', value: '([^']+)', description: '([^']+)' \}/g)];
  if (colors.length < 5 || others.length < 3) throw new Error('could not read the token table in src/shared/tokens.ts');
  const rows = [
    '| light token | dark token | light default | dark default | used for |',
    '|---|---|---|---|---|',
    ...colors.map(([, name, light, dark, description]) => `| \`--kw-${name}\` | \`--kw-dark-${name}\` | \`${light}\` | \`${dark}\` | ${description} |`),
    '',
    '| token | default | used for |',
    '|---|---|---|',
    ...others.map(([, name, value, description]) => `| \`--kw-${name}\` | \`${value}\` | ${description} |`),
  ];
  return `<!-- Generated from src/shared/tokens.ts by scripts/readme-api.js. -->\n${rows.join('\n')}\n`;
}

/** The content's sources, from content/sources.json. */
export function renderSources(sourcesFile) {
  const rows = sourcesFile.sources.map((s) => `| \`${s.id}\` | [${s.title.replace(/\|/g, '\\|')}](${s.url}) | ${s.publisher.replace(/\|/g, '\\|')} | ${s.year} |`);
  return `<!-- Generated from content/sources.json by scripts/readme-api.js. -->\n| id | source | publisher | year |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

/** README text with its generated sections (API, tokens, sources) replaced. */
export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} … ${END} markers`);
  let updated = readme.slice(0, start) + renderApi(manifest) + readme.slice(end + END.length);
  updated = replaceSection(updated, 'tokens', renderTokens(readFileSync(join(root, 'src/shared/tokens.ts'), 'utf8')));
  updated = replaceSection(updated, 'sources', renderSources(JSON.parse(readFileSync(join(root, 'content/sources.json'), 'utf8'))));
  return updated;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readmePath = join(root, 'README.md');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  const updated = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md API reference is out of date: run `npm run build && node scripts/readme-api.js`');
      process.exit(1);
    }
    console.log('README.md API reference is up to date');
  } else {
    writeFileSync(readmePath, updated);
    console.log(`README.md API reference: ${elementsOf(manifest).length} element(s)`);
  }
}
