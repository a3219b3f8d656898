// The FAQ's content file split in two at build time (issue 18, bytes): `faq.json?questions` is the
// document without any answer (what the first frame renders), `faq.json?answers` the answers and
// their source ids by question id (a lazy chunk fetched right after the first render). The file in
// content/ stays one document, validated whole by the build (vite.config.ts). Used by the Vite
// plugin below (vite.config.ts: every build and Storybook; the site and embed-builder builds,
// which set their own plugins) and by the test runner's plugin (scripts/wtr-plugins.js).
import { readFileSync } from 'node:fs';

/** What an answers module re-exports: the source lists' renderer (see `faqParts`). */
const CITATIONS_MODULE = new URL('../src/shared/citations.ts', import.meta.url).pathname;
/** The same, as the test runner serves it. */
export const CITATIONS_URL = '/src/shared/citations.ts';

/** `…/content/en/faq.json?answers` → the part asked for, or null for any other module. */
export const FAQ_PART = /[\\/]content[\\/](?:en|es)[\\/]faq\.json\?(questions|answers)$/;

/**
 * The part of a parsed faq.json. `server`: SSR renders every answer synchronously, so there
 * `questions` is the whole document and `answers` is empty.
 * @param {{ lang: string, categories: { items: { id: string, answer?: string, sources?: string[] }[] }[] }} content
 * @param {'questions' | 'answers'} part
 */
export function faqPart(content, part, server = false) {
  if (part === 'questions') {
    if (server) return content;
    return {
      ...content,
      categories: content.categories.map((category) => ({
        ...category,
        items: category.items.map(({ answer: _answer, sources: _sources, ...question }) => question),
      })),
    };
  }
  const answers = {};
  if (!server) {
    for (const category of content.categories) for (const { id, answer, sources } of category.items) answers[id] = { answer, sources };
  }
  return { lang: content.lang, answers };
}

/**
 * The Vite plugin. `server`: render every answer synchronously (the question module is the whole
 * file); by default, what Vite says of the build (SSR or not). The in-browser pre-renderer
 * (scripts/build-site.js) is a server renderer built as a browser bundle, so it says `server: true`.
 * Each part is emitted as a JS module, as Vite emits a JSON file with `json.stringify`.
 * @param {{ server?: boolean }} [options]
 */
export function faqParts({ server } = {}) {
  return {
    name: 'ketamine-widgets:faq-parts',
    enforce: 'pre',
    load(id, options) {
      const part = FAQ_PART.exec(id)?.[1];
      if (!part) return null;
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const json = JSON.stringify(faqPart(JSON.parse(readFileSync(file, 'utf8')), part, server ?? options?.ssr === true));
      // The answers carry the renderer of the source lists they cite (src/ketamine-faq/faq-citations.ts):
      // a static import, so where it is already in the entry no namespace object is built for it.
      const citations = part === 'answers' ? `export { renderCitations } from ${JSON.stringify(CITATIONS_MODULE)};\n` : '';
      return { code: `${citations}export default /* #__PURE__ */ JSON.parse(${JSON.stringify(json)});`, moduleType: 'js' };
    },
  };
}
