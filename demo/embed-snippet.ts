/**
 * The embed-code builder's pure part: from the clinic's choices to the HTML a webmaster pastes.
 * No DOM, so the story (issue 8) and the tests can reuse it. Every value is HTML-escaped;
 * colours must be #rgb/#rrggbb (anything else is dropped), so the `<style>` cannot be broken out of.
 */
import { isHexColor } from '../src/shared/brand-shade.js';

export const ELEMENT_TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];
export const PLAN_IDS = ['iv', 'spravato', 'im', 'oral'] as const;

export type EmbedMode = 'script' | 'prerendered';

export interface EmbedChoices {
  /** 'script': the element is rendered by the script; 'prerendered': its HTML is in the snippet (issue 18). */
  mode: EmbedMode;
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
  /** Pre-rendered FAQ only: add `structured-data` (FAQPage JSON-LD in the HTML). */
  structuredData: boolean;
}

/** dist/ssr-style-hashes.json, as scripts/build-ssr.js writes it (docs/ssr.md, strict CSP). */
export interface StyleHashesFile {
  styleSrc: string;
  elements: Record<string, string[]>;
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

/** Lazy chunks every page fetches right after the first render: the FAQ's answers and the source lists they cite (issue 18). */
const AFTER_FIRST_RENDER = /\/(?:(?:en|es)-faq-answers|citations)-[\w-]+\.js$/;

/**
 * The chunks a snippet for `file` can fetch: what it imports at start-up, and for an element left
 * to follow the page's language (`lang` not set) the other language's content chunks too, and the
 * chunks fetched right after the first render (`AFTER_FIRST_RENDER`). Override
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
    const lazyContent = node.lazy.filter((path) => AFTER_FIRST_RENDER.test(path) || (followsPageLanguage && /\/(en|es)-[\w-]+-[\w-]+\.js$/.test(path)));
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
  const style = brandStyle(choices);
  if (style) lines.push(style.html);
  const attributes = elementAttributes(choices)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  lines.push(`<${choices.tag}${attributes}></${choices.tag}>`);
  return `${lines.join('\n')}\n`;
}

/** The CLI's name for each element (`npx ketamine-widgets render <kind>`, bin/ketamine-widgets.js). */
export const CLI_KINDS: Record<ElementTag, string> = {
  'ketamine-faq': 'faq',
  'side-effects-list': 'side-effects',
  'cost-estimator': 'cost',
  'candidacy-quiz': 'quiz',
};

/**
 * clinic.json for `npx ketamine-widgets render`: the element's attributes (without `lang`, which
 * is the CLI's `--lang`), plus `structured-data` for a pre-rendered FAQ that asks for it.
 */
export function clinicConfig(choices: EmbedChoices): Record<string, string | true> {
  const config: Record<string, string | true> = Object.fromEntries(elementAttributes(choices).filter(([name]) => name !== 'lang'));
  if (choices.tag === 'ketamine-faq' && choices.structuredData) config['structured-data'] = true;
  return config;
}

/** The command that pre-renders the same HTML in Node. */
export function renderCommand(choices: EmbedChoices, version: string): string {
  const kind = CLI_KINDS[choices.tag];
  return `npx ketamine-widgets@${version} render ${kind} --lang ${choices.lang} --config clinic.json > ${kind}.html`;
}

/**
 * The markup the CLI builds from clinic.json and `--lang` (bin/ketamine-widgets.js `markupFor`):
 * the configured attributes in order, `lang` last. The builder renders this same string, so its
 * HTML and the command's are the same bytes.
 */
export function prerenderMarkup(choices: EmbedChoices): string {
  const attributes = Object.entries(clinicConfig(choices))
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`))
    .join('');
  return `<${choices.tag}${attributes} lang="${choices.lang}"></${choices.tag}>`;
}

/** The hydrate file for pre-rendered HTML: the Spanish-first one for Spanish (docs/ssr.md). */
export function hydrateFile(lang: EmbedChoices['lang']): string {
  return lang === 'es' ? 'ketamine-widgets.hydrate.es.js' : 'ketamine-widgets.hydrate.js';
}

/** The `<style>` with the brand colours, or null; its text is what a CSP hash covers. */
export function brandStyle(choices: EmbedChoices): { text: string; html: string } | null {
  const properties = brandProperties(choices);
  if (!properties.length) return null;
  const text = `${choices.tag} { ${properties.map(([name, value]) => `${name}: ${value};`).join(' ')} }`;
  return { text, html: `<style>${text}</style>` };
}

export interface PrerenderedParts {
  /** renderToString's output for `prerenderMarkup(choices)`; null = not rendered (the CLI's output goes there). */
  html: string | null;
  /** The `style-src` hashes a strict CSP needs for this element, from dist/ssr-style-hashes.json. */
  styleHashes: StyleHashesFile | null;
  /** `'sha256-…'` of the brand-colour `<style>`, when there is one and it could be computed. */
  brandStyleHash?: string | null;
}

/** Every `style-src` source a strict CSP needs for this snippet; null when a hash is unknown. */
export function prerenderedStyleSources(choices: EmbedChoices, parts: PrerenderedParts): string[] | null {
  const own = parts.styleHashes?.elements[choices.tag] ?? (parts.styleHashes ? [] : null);
  const brand = brandStyle(choices) ? (parts.brandStyleHash ?? null) : undefined;
  if (own === null || brand === null) return null;
  return brand ? [...own, brand] : own;
}

/**
 * The pre-rendered snippet (issue 18): the hydrate script (`async`: the content is already in the
 * HTML, so it never holds back the page; it waits for the parser before defining anything), the
 * colours, a note with the `style-src` hashes for a strict CSP, and the element's HTML with its
 * declarative shadow DOM, as `renderToString` writes it.
 */
export function buildPrerenderedSnippet(
  choices: EmbedChoices,
  integrity: IntegrityFile | null,
  parts: PrerenderedParts,
  version = integrity?.version ?? '0.1.0',
): string {
  const base = `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`;
  const file = hydrateFile(choices.lang);
  const lines: string[] = [`<!-- ketamine-widgets ${version}: <${choices.tag}>, pre-rendered (the content works without JavaScript) -->`];
  const sources = prerenderedStyleSources(choices, parts);
  if (sources?.length) lines.push(`<!-- Under a strict Content-Security-Policy, allow these styles: style-src ${sources.join(' ')} -->`);
  if (!integrity) lines.push('<!-- Replace the integrity value with the one for this file in dist/cdn/integrity.json of the same version. -->');
  const hash = integrity?.files[file] ?? INTEGRITY_PLACEHOLDER;
  lines.push(`<script type="module" async src="${escapeHtml(base + file)}" integrity="${escapeHtml(hash)}" crossorigin="anonymous"></script>`);
  const style = brandStyle(choices);
  if (style) lines.push(style.html);
  if (parts.html === null) {
    lines.push(`<!-- Paste here the output of: ${renderCommand(choices, version)} -->`);
  } else {
    lines.push(parts.html);
  }
  return `${lines.join('\n')}\n`;
}
