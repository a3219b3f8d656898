// The FAQ's content file split in two at build time (issue 18, bytes): `faq.json?questions` is the
// document without any answer (what the first frame renders), `faq.json?answers` the answers and
// their source ids by question id (a lazy chunk fetched right after the first render). The file in
// content/ stays one document, validated whole by the build (vite.config.ts). Used by the Vite
// plugin (every build, Storybook) and by the test runner's plugin (web-test-runner.config.js).

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
