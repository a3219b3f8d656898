/**
 * The embed-code builder's pure part: from the clinic's choices to the HTML a webmaster pastes.
 * No DOM, so the story (issue 8) and the tests can reuse it. Every value is HTML-escaped;
 * colours must be #rgb/#rrggbb (anything else is dropped), so the `<style>` cannot be broken out of.
 */
import { isHexColor } from '../src/shared/brand-shade.js';

export const ELEMENT_TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];
export const PLAN_IDS = ['iv', 'spravato', 'im', 'oral'] as const;

export interface EmbedChoices {
  tag: ElementTag;
  clinicName: string;
  phone: string;
  bookingUrl: string;
  /** Estimator only: price per session by plan id, as typed ('' = not offered). */
  prices: Partial<Record<(typeof PLAN_IDS)[number], string>>;
  currency: string;
  lang: 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  /** `--kw-accent` and `--kw-dark-accent`; '' = the library default. */
  accent: string;
  darkAccent: string;
}

/** dist/cdn/integrity.json, as scripts/build.js writes it. */
export interface IntegrityFile {
  package: string;
  version: string;
  algorithm: string;
  files: Record<string, string>;
  /** What each file imports at start-up and on demand (scripts/build.js); absent in older builds. */
  graph?: Record<string, { imports: string[]; lazy: string[] }>;
}

export const INTEGRITY_PLACEHOLDER = 'sha384-COPY-FROM-dist/cdn/integrity.json';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The element's attributes, in a stable order; empty values are left out. */
export function elementAttributes(choices: EmbedChoices): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string) => value.trim() && attributes.push([name, value.trim()]);
  if (choices.lang !== 'en') add('lang', choices.lang);
  if (choices.theme !== 'auto') add('theme', choices.theme);
  add('clinic-name', choices.clinicName);
  add('phone', choices.phone);
  add('booking-url', choices.bookingUrl);
  if (choices.tag === 'cost-estimator') {
    const prices = Object.fromEntries(
      PLAN_IDS.flatMap((plan) => {
        const price = Number(choices.prices[plan]);
        return choices.prices[plan]?.trim() && Number.isFinite(price) && price > 0 ? [[plan, price]] : [];
      }),
    );
    if (Object.keys(prices).length) add('prices', JSON.stringify(prices));
    if (choices.currency && choices.currency.toUpperCase() !== 'USD') add('currency', choices.currency.toUpperCase());
  }
  return attributes;
}

/** The CSS custom properties for the brand colours (validated). */
export function brandProperties(choices: EmbedChoices): [string, string][] {
  const properties: [string, string][] = [];
  if (isHexColor(choices.accent)) properties.push(['--kw-accent', choices.accent.toLowerCase()]);
  if (isHexColor(choices.darkAccent)) properties.push(['--kw-dark-accent', choices.darkAccent.toLowerCase()]);
  return properties;
}

/** The script file for a tag and language: the Spanish-first build when there is one. */
function scriptFile(tag: ElementTag, lang: string, integrity: IntegrityFile | null): string {
  const spanish = `${tag}.es.js`;
  return lang === 'es' && integrity?.files[spanish] ? spanish : `${tag}.js`;
}

/**
 * The chunks a snippet for `file` can fetch: what it imports at start-up, and for an element left
 * to follow the page's language (`lang` not set) the other language's content chunks too. Override
 * validators are left out: the builder writes no override. Without a graph (an older build), every
 * chunk of the file's folder.
 */
export function snippetChunks(file: string, followsPageLanguage: boolean, integrity: IntegrityFile): string[] {
  const graph = integrity.graph;
  if (!graph) return Object.keys(integrity.files).filter((path) => path.startsWith('shared/'));
  const seen = new Set<string>();
  const visit = (name: string) => {
    const node = graph[name];
    if (!node) return;
    const lazyContent = followsPageLanguage ? node.lazy.filter((path) => /\/(en|es)-[\w-]+-[\w-]+\.js$/.test(path)) : [];
    for (const next of [...node.imports, ...lazyContent]) {
      if (next === file || seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(file);
  return [...seen].sort();
}

/**
 * The snippet: an import map whose `integrity` section covers the chunks this element and language
 * can fetch (when the hashes are known and there are any), the script tag with its own integrity,
 * the colours, and the element.
 */
export function buildSnippet(choices: EmbedChoices, integrity: IntegrityFile | null, version = integrity?.version ?? '0.1.0'): string {
  const base = `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`;
  const file = scriptFile(choices.tag, choices.lang, integrity);
  const lines: string[] = [`<!-- ketamine-widgets ${version}: <${choices.tag}> -->`];
  if (integrity) {
    const chunks = snippetChunks(file, choices.lang === 'en', integrity).filter((path) => integrity.files[path]);
    if (chunks.length) {
      const map = Object.fromEntries(chunks.map((path) => [base + path, integrity.files[path]]));
      lines.push(`<script type="importmap">\n${JSON.stringify({ integrity: map }, null, 2)}\n</script>`);
    }
  } else {
    lines.push('<!-- Replace the integrity value with the one for this file in dist/cdn/integrity.json of the same version. -->');
  }
  const hash = integrity?.files[file] ?? INTEGRITY_PLACEHOLDER;
  lines.push(`<script type="module" blocking="render" src="${escapeHtml(base + file)}" integrity="${escapeHtml(hash)}" crossorigin="anonymous"></script>`);
  const properties = brandProperties(choices);
  if (properties.length) lines.push(`<style>${choices.tag} { ${properties.map(([name, value]) => `${name}: ${value};`).join(' ')} }</style>`);
  const attributes = elementAttributes(choices)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  lines.push(`<${choices.tag}${attributes}></${choices.tag}>`);
  return `${lines.join('\n')}\n`;
}
