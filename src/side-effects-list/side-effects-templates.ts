// Templates of the side-effects list that hold no state: the element stamps them with its view.
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CommonContent } from '../content/schemas/common.js';
import type { CautionItem, HelpStep, SideEffectsContent } from '../content/schemas/side-effects.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { fillTemplate } from '../shared/template.js';
import { HELP_ICON, STOP_ICON, icon } from './side-effects-icons.js';
import { contactHref, type EffectView } from './side-effects-view.js';

/**
 * Pre-rendered HTML without JavaScript (issue 18): "Show all" cannot work, so the side effects it
 * would show are shown (as on paper) and the button and the note pointing to it are not; every
 * item is laid out (the idle pass that ends content-visibility never runs; same selector as the
 * stylesheet's, later, so it wins). A <noscript> style
 * applies only with scripting off; server output only (see the FAQ's noScriptStyle).
 */
export const noScriptStyle = (): TemplateResult =>
  html`<noscript
    ><style>
      .more[hidden],
      .effect:not(.disclosure):not([data-laid-out]) {
        content-visibility: visible;
      }
      .group.more[hidden] {
        margin-top: calc(var(--_kw-space) * 1.25);
      }
      .show-all,
      .summary-note {
        display: none;
      }
    </style></noscript
  >`;

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

/** The clinic's phone from the `phone` attribute: its `tel:` link and the number as written. */
export interface ClinicPhone {
  href: string;
  text: string | null;
}

/** "Get help now": who to call or text, and when; the clinic's number where a step calls the clinic. */
export function renderHelp(content: SideEffectsContent, clinic: string, common: CommonContent, headingBase: number, phone: ClinicPhone | null): TemplateResult {
  const { help } = content;
  const sources = [...new Set([...(help.sources ?? []), ...help.steps.flatMap((step) => step.sources ?? [])])];
  return html`<section class="help" part="help" aria-labelledby="help-heading">
    ${renderHeading(headingBase, 0, html`${icon(HELP_ICON)}<span>${help.heading}</span>`, { id: 'help-heading', class: 'with-icon' })}
    ${help.intro ? html`<p class="help-intro">${help.intro}</p>` : nothing}
    <ul class="help-steps" role="list">
      ${help.steps.map((step) => renderHelpStep(content, step, clinic, headingBase, phone))}
    </ul>
    ${renderSources(sources, common)}
  </section>`;
}

function renderHelpStep(content: SideEffectsContent, step: HelpStep, clinic: string, headingBase: number, phone: ClinicPhone | null): TemplateResult {
  const actions = (step.actions ?? []).flatMap((action) => {
    const href = contactHref(action.kind, action.number);
    return href ? [html`<a class="button" part="help-action" href=${href}>${action.label}</a>`] : [];
  });
  if (step.callsClinic && phone) {
    actions.push(
      html`<a class="button secondary" part="help-action" href=${phone.href}>${fillTemplate(content.labels.callClinic, { clinic })}: ${phone.text}</a>`,
    );
  }
  return html`<li class="help-step" part="help-step" data-step=${step.id}>
    ${renderHeading(headingLevelAt(headingBase, 1), 1, fillTemplate(step.heading, { clinic }), { class: 'help-step-heading' })}
    <ul class="help-items">
      ${step.items.map((item) => html`<li>${item}</li>`)}
    </ul>
    ${step.note ? html`<p class="help-note">${step.note}</p>` : nothing} ${actions.length ? html`<div class="help-actions">${actions}</div>` : nothing}
  </li>`;
}
