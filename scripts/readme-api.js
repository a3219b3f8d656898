#!/usr/bin/env node
// Writes the generated parts of the docs pages (issue 16.9: they moved out of README.md):
//   docs/elements.md  the API reference of every element, between <!-- api:start --> and
//                     <!-- api:end -->, from custom-elements.json (which `npm run build` generates
//                     from the JSDoc in src/), so the reference cannot drift from the code;
//   docs/theming.md   the design-token table (tokens:start/end, from src/shared/tokens.ts);
//   docs/content.md   the sources list (sources:start/end, from content/sources.json).
//
//   node scripts/readme-api.js          rewrite the sections
//   node scripts/readme-api.js --check  exit 1 when a section is out of date (`npm run test:docs`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Table cells: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '–';
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
  lines.push(
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]),
    ),
  );
  if (shared.length) lines.push(`Also the shared attributes: ${shared.join(', ')}.`, '');
  lines.push(
    ...table(
      ['property (JavaScript only)', 'type', 'description'],
      properties.map((p) => [code(p.name), code(p.type?.text), p.description]),
    ),
  );
  lines.push(
    ...table(
      ['event', 'detail', 'description'],
      events.map((e) => [code(e.name), code(e.type?.text), e.description]),
    ),
  );
  lines.push(
    ...table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
  );
  lines.push(
    ...table(
      ['CSS part', 'description'],
      (d.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
  );
  lines.push(
    ...table(
      ['CSS custom property', 'default', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
    ),
  );
  return lines.join('\n');
}

/** The generated section, markers included. */
export function renderApi(manifest) {
  const elements = elementsOf(manifest);
  const body = elements.length ? elements.map(renderElement).join('\n') : '(No element has been built yet.)\n';
  return `${START}\n<!-- Generated from custom-elements.json by scripts/readme-api.js; do not edit by hand. -->\n\n${body}\n${END}`;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` (markers kept). */
function replaceSection(text, name, body, file) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} needs ${start} … ${end} markers`);
  return `${text.slice(0, from)}${start}\n${body}${text.slice(to)}`;
}

/**
 * The design tokens, read from the one table in src/shared/tokens.ts (a plain-data array the
 * regex below understands) and their descriptions in src/shared/token-descriptions.ts; it throws
 * rather than publish a partial table.
 */
export function renderTokens(tokensSource, descriptionsSource) {
  const colors = [...tokensSource.matchAll(/\{ name: '([^']+)', light: '([^']+)', dark: '([^']+)' \}/g)];
  const others = [...tokensSource.matchAll(/\{ name: '([^']+)', value: '([^']+)' \}/g)];
  const descriptions = new Map([...descriptionsSource.matchAll(/^ {2}'?([a-z-]+)'?:\s+'([^']+)',$/gm)].map(([, name, text]) => [name, text]));
  const describe = (name) => {
    if (!descriptions.has(name)) throw new Error(`no description for token ${name} in src/shared/token-descriptions.ts`);
    return descriptions.get(name);
  };
  if (colors.length < 5 || others.length < 3) throw new Error('could not read the token table in src/shared/tokens.ts');
  const rows = [
    '| light token | dark token | light default | dark default | used for |',
    '|---|---|---|---|---|',
    ...colors.map(([, name, light, dark]) => `| \`--kw-${name}\` | \`--kw-dark-${name}\` | \`${light}\` | \`${dark}\` | ${describe(name)} |`),
    '',
    '| token | default | used for |',
    '|---|---|---|',
    ...others.map(([, name, value]) => `| \`--kw-${name}\` | \`${value}\` | ${describe(name)} |`),
  ];
  return `<!-- Generated from src/shared/tokens.ts by scripts/readme-api.js. -->\n${rows.join('\n')}\n`;
}

/** The content's sources, from content/sources.json. */
export function renderSources(sourcesFile) {
  const rows = sourcesFile.sources.map(
    (s) => `| \`${s.id}\` | [${s.title.replace(/\|/g, '\\|')}](${s.url}) | ${s.publisher.replace(/\|/g, '\\|')} | ${s.year} |`,
  );
  return `<!-- Generated from content/sources.json by scripts/readme-api.js. -->\n| id | source | publisher | year |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

/** The generated regions, by the docs page that holds them. */
export const GENERATED = {
  'docs/elements.md': ['api'],
  'docs/theming.md': ['tokens'],
  'docs/content.md': ['sources'],
};

/** The text of one docs page (`GENERATED`'s keys) with its generated regions replaced. */
export function updateDoc(file, text, manifest) {
  let updated = text;
  for (const region of GENERATED[file] ?? []) {
    if (region === 'api') {
      const start = updated.indexOf(START);
      const end = updated.indexOf(END);
      if (start < 0 || end < start) throw new Error(`${file} needs ${START} … ${END} markers`);
      updated = updated.slice(0, start) + renderApi(manifest) + updated.slice(end + END.length);
    } else if (region === 'tokens') {
      updated = replaceSection(
        updated,
        'tokens',
        renderTokens(readFileSync(join(root, 'src/shared/tokens.ts'), 'utf8'), readFileSync(join(root, 'src/shared/token-descriptions.ts'), 'utf8')),
        file,
      );
    } else if (region === 'sources') {
      updated = replaceSection(updated, 'sources', renderSources(JSON.parse(readFileSync(join(root, 'content/sources.json'), 'utf8'))), file);
    }
  }
  return updated;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const file of Object.keys(GENERATED)) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const updated = updateDoc(file, text, manifest);
    if (check) {
      if (updated !== text) {
        stale++;
        console.error(`${file}: generated ${GENERATED[file].join(', ')} out of date: run \`npm run build && node scripts/readme-api.js\``);
      }
    } else if (updated !== text) {
      writeFileSync(path, updated);
      console.log(`${file}: ${GENERATED[file].join(', ')} rewritten`);
    }
  }
  if (check && stale) process.exit(1);
  if (check) console.log(`generated reference up to date (${Object.keys(GENERATED).join(', ')}; ${elementsOf(manifest).length} element(s))`);
}
