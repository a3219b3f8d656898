#!/usr/bin/env node
// `npx ketamine-widgets render <element> [--lang en|es] [--config clinic.json] [--structured-data] [--script]`
// writes the pre-rendered HTML of one element to standard output (issue 18; docs/ssr.md). `--script`
// adds the tag of the element's hydrate file from jsDelivr, pinned to this version with its SRI hash.
//
// clinic.json: attribute names → values (`"clinic-name": "…"`, `"phone": "…"`, `"booking-url": "…"`,
// `"heading-level": 3`, `"searchable": true`; `false`/`null` leave the attribute out), plus an
// optional `"content"` object keyed by element (`"faq"`, `"side-effects"`, `"cost"`, `"quiz"` or the
// tag name) holding that element's clinic override, written out as its inline JSON script.
import { readFileSync } from 'node:fs';

const ELEMENTS = { faq: 'ketamine-faq', 'side-effects': 'side-effects-list', cost: 'cost-estimator', quiz: 'candidacy-quiz' };
const USAGE = `usage: ketamine-widgets render <${Object.keys(ELEMENTS).join('|')}> [--lang en|es] [--config clinic.json] [--structured-data] [--script]`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What hydrates `tag` in the page: its per-element `.hydrate.js` file (`.hydrate.es.js` for Spanish,
 * which carries the Spanish content) from jsDelivr at this version, with its SRI hash, after an
 * import map whose `integrity` covers every file that script can fetch (its shared Lit chunk and
 * lazy chunks), all from the build's integrity.json. A page keeps one such map before its first
 * module script: with two elements, merge their maps.
 */
export function hydrateScriptFor(tag, lang, integrity) {
  const file = `${tag}.hydrate${lang === 'es' ? '.es' : ''}.js`;
  if (!integrity.files[file]) throw new Error(`${file} is not in dist/cdn/integrity.json (run npm run build)`);
  const base = `https://cdn.jsdelivr.net/npm/${integrity.package}@${integrity.version}/dist/cdn/`;
  const reachable = new Set();
  const visit = (name) => {
    for (const next of [...(integrity.graph[name]?.imports ?? []), ...(integrity.graph[name]?.lazy ?? [])])
      if (next !== file && !reachable.has(next)) reachable.add(next) && visit(next);
  };
  visit(file);
  const map = { integrity: Object.fromEntries([...reachable].sort().map((name) => [base + name, integrity.files[name]])) };
  return `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>\n<script type="module"\n  src="${base}${file}"\n  integrity="${integrity.files[file]}"\n  crossorigin="anonymous"></script>`;
}

/** The markup a clinic would write for `kind`, from the CLI options. Throws an Error with a plain message. */
export function markupFor(kind, { lang, config = {} } = {}) {
  const tag = ELEMENTS[kind] ?? (Object.values(ELEMENTS).includes(kind) ? kind : null);
  if (!tag) throw new Error(`unknown element "${kind}"\n${USAGE}`);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new Error('the config must be a JSON object');
  const attributes = [];
  for (const [name, value] of Object.entries(config)) {
    if (name === 'content' || value === false || value === null || value === undefined) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(name) || typeof value === 'object')
      throw new Error(`config: "${name}" is not an attribute name with a text, number or true value`);
    attributes.push(value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`);
  }
  if (lang) attributes.push(` lang="${escapeAttribute(lang)}"`);
  const content = config.content?.[kind] ?? config.content?.[tag];
  const json = content === undefined ? '' : JSON.stringify(content).replace(/</g, '\\u003c');
  return `<${tag}${attributes.join('')}>${json ? `<script type="application/json">${json}</script>` : ''}</${tag}>`;
}

export function parseArgs(argv) {
  const [command, kind, ...rest] = argv;
  if (command !== 'render' || !kind) throw new Error(USAGE);
  const options = { kind, lang: undefined, configPath: undefined, structuredData: false, script: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--lang') options.lang = rest[++i];
    else if (arg === '--config') options.configPath = rest[++i];
    else if (arg === '--structured-data') options.structuredData = true;
    else if (arg === '--script') options.script = true;
    else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  if (options.lang !== undefined && !['en', 'es'].includes(options.lang)) throw new Error(`--lang must be en or es, not "${options.lang}"`);
  return options;
}

async function main() {
  let options;
  let markup;
  let config = {};
  try {
    options = parseArgs(process.argv.slice(2));
    if (options.configPath) config = JSON.parse(readFileSync(options.configPath, 'utf8'));
    if (options.structuredData) config = { ...config, 'structured-data': true };
    markup = markupFor(options.kind, { lang: options.lang, config });
  } catch (error) {
    console.error(`ketamine-widgets: ${error.message}`);
    process.exit(2);
  }
  const { renderToString } = await import('../dist/ssr.js');
  const html = await renderToString(markup, { lang: options.lang });
  let script = '';
  if (options.script) {
    const integrity = JSON.parse(readFileSync(new URL('../dist/cdn/integrity.json', import.meta.url), 'utf8'));
    script = `${hydrateScriptFor(markup.match(/^<([a-z-]+)/)[1], options.lang, integrity)}\n\n`;
  }
  process.stdout.write(`${script}${html}\n`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === (await import('node:fs')).realpathSync(process.argv[1])) {
  await main();
}
