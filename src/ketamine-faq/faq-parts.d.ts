// The two halves of a content/<lang>/faq.json, split at build time (scripts/faq-split.js).

/** The document without answers (the server build: with them). Typed where it is imported (faq-content.ts). */
declare module '*/faq.json?questions' {
  const questions: unknown;
  export default questions;
}

/** Each bundled question's answer and source ids, by question id (the server build: none). */
declare module '*/faq.json?answers' {
  const part: { lang: string; answers: Record<string, { answer: string; sources: string[] }> };
  export default part;
  /** shared/citations.ts `renderCitations`, which only the answers need (faq-citations.ts). */
  export const renderCitations: (ids: readonly string[], heading: string) => import('lit').TemplateResult | typeof import('lit').nothing;
}
