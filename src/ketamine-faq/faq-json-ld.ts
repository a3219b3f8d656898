/**
 * The schema.org FAQPage JSON-LD for the questions an FAQ shows. Pure.
 *
 * Serialised by hand rather than with `JSON.stringify` on objects and arrays, because an old
 * library on the host page may define `Array.prototype.toJSON` (Prototype.js) and corrupt the
 * output (THREAT-MODEL E5). Only primitive strings go through `JSON.stringify`, which never
 * consults `toJSON`. `<` is escaped so the text can never close its `<script>` when a page is
 * serialised to HTML.
 */
export interface FaqPageEntry {
  id: string;
  question: string;
  answer: string;
}

function jsonString(value: string): string {
  return JSON.stringify(String(value)).replace(/</g, '\\u003c');
}

export function faqPageJson(entries: readonly FaqPageEntry[]): string {
  const questions: string[] = [];
  for (const entry of entries) {
    questions.push(`{"@type":"Question","name":${jsonString(entry.question)},"acceptedAnswer":{"@type":"Answer","text":${jsonString(entry.answer)}}}`);
  }
  return `{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${questions.join(',')}]}`;
}
