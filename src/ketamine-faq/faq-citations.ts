/**
 * The FAQ's source lists under each answer. Rendering them needs every bundled source
 * (content/sources.json, ~2.8 KB gzip), which only answers use in the FAQ: so in the browser the
 * renderer comes with the answers chunk (faq-content.ts `faqAnswers`) and is installed here
 * before any answer is shown; the server entry (src/ssr) installs it at once. The other elements
 * cite sources in their first frame and import shared/citations.ts themselves.
 */
import { nothing } from 'lit';
import type { renderCitations } from '../shared/citations.js';

type CitationRenderer = typeof renderCitations;

let installed: CitationRenderer = () => nothing;

/** Makes `faqCitations` render source lists (idempotent). */
export function installCitations(render: CitationRenderer): void {
  installed = render;
}

/** The list of sources under an answer; nothing until the renderer is installed. */
export const faqCitations: CitationRenderer = (ids, heading) => installed(ids, heading);
