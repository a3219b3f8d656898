// Templates of the side-effects list that hold no state: the element stamps them with its view.
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CommonContent } from '../content/schemas/common.js';
import type { CautionItem, SideEffectsContent } from '../content/schemas/side-effects.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { fillTemplate } from '../shared/template.js';
import { STOP_ICON, icon } from './side-effects-icons.js';
import type { EffectView } from './side-effects-view.js';

/** Sources behind a passage, in a small disclosure so the list stays easy to scan. */
export const renderSources = (ids: readonly string[], common: CommonContent) =>
  ids.length
    ? html`<details class="sources">
        <summary>${common.sourcesHeading} (${ids.length})</summary>
        ${renderCitations(ids, common.sourcesHeading)}
      </details>`
    : nothing;

/** What one side effect says: description, how often, what the clinic does, routes, sources. */
export function renderEffectBody(content: SideEffectsContent, item: EffectView, clinic: string, common: CommonContent): TemplateResult {
  const { effect, frequency } = item;
  const { labels } = content;
  return html`<p class="description">${effect.description}</p>
    ${
      frequency
        ? html`<div class="frequency" part="frequency">
            <p class="frequency-words"><strong>${labels.howOften}:</strong> ${frequency.sentence}</p>
            <div class="bars">
              ${frequency.bars.map(
                (bar) =>
                  html`<div class="bar ${bar.kind}" part="bar">
                    <span class="bar-label" aria-hidden="true">${bar.label}</span>
                    <meter min="0" max="100" value=${bar.percent} aria-label=${bar.text}>${bar.text}</meter>
                    <span class="bar-value" aria-hidden="true">${bar.shown}</span>
                  </div>`,
              )}
            </div>
          </div>`
        : nothing
    }
    ${effect.clinicAction ? html`<p class="clinic-action"><strong>${labels.clinicAction}:</strong> ${effect.clinicAction}</p>` : nothing}
    ${
      effect.clinicNote
        ? html`<p class="item-note" part="item-note"><strong>${fillTemplate(labels.clinicNoteHeading, { clinic })}:</strong> ${effect.clinicNote}</p>`
        : nothing
    }
    <p class="routes"><strong>${labels.reportedFor}:</strong> ${item.routesText}</p>
    ${renderSources(effect.sources, common)}`;
}

/** Who should not have it (the label's contraindications) apart from what needs a clinician's review. */
export function renderCautions(content: SideEffectsContent, common: CommonContent, headingBase: number): TemplateResult {
  const { cautions } = content;
  const list = (part: string, className: string, shape: SVGTemplateResult | null, block: typeof cautions.contraindications) => {
    const sources = [...new Set(block.items.flatMap((item: CautionItem) => item.sources))];
    return html`<div class="caution-list ${className}" part=${part}>
      ${renderHeading(headingLevelAt(headingBase, 1), 1, html`${shape ? icon(shape) : nothing}<span>${block.heading}</span>`, { class: 'with-icon' })}
      <p>${block.intro}</p>
      <ul>
        ${block.items.map((item) => html`<li data-id=${item.id}>${item.text}</li>`)}
      </ul>
      ${renderSources(sources, common)}
    </div>`;
  };
  return html`<section class="cautions" part="cautions" aria-labelledby="cautions-heading">
    ${renderHeading(headingBase, 0, cautions.heading, { id: 'cautions-heading' })}
    ${list('contraindications', 'contraindications', STOP_ICON, cautions.contraindications)}
    ${list('review-needed', 'review-needed', null, cautions.reviewNeeded)}
  </section>`;
}
