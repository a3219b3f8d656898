import { html, nothing, type TemplateResult } from 'lit';
import { findSource } from './sources.js';

/**
 * The list of sources behind one passage, each linking straight to the source.
 * Unknown ids (possible only in a clinic override) are skipped, never rendered as links.
 */
export function renderCitations(ids: readonly string[], heading: string): TemplateResult | typeof nothing {
  const sources = ids.map(findSource).filter((source) => source !== undefined);
  if (!sources.length) return nothing;
  return html`<div class="citations" part="citations">
    <p class="citations-heading">${heading}</p>
    <ol role="list">
      ${sources.map(
        (source) =>
          html`<li>
            <a part="citation-link" href=${source.url} rel="noopener noreferrer">${source.title}</a>
            <span class="citation-meta">${source.publisher}, ${source.year}</span>
          </li>`,
      )}
    </ol>
  </div>`;
}
