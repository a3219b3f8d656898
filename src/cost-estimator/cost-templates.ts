/**
 * Templates of `<cost-estimator>` that stamp the view model and hold no state: a number field,
 * the breakdown table, the plan details and the notes. Every string arrives formatted (cost-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CostContent } from '../content/schemas/cost.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import type { DetailsView, FieldName, FieldView, NotesView, ViewModel } from './cost-view.js';

/** A label, number input, hint and (reserved) error line. */
export function renderField(field: FieldView, onInput: (name: FieldName, event: Event) => void): TemplateResult {
  const id = field.id;
  return html`<div class="field" part="field">
    <label for=${id}>${field.label}</label>
    <input
      id=${id}
      part="input"
      type="number"
      min=${field.min}
      max=${field.max}
      step="1"
      inputmode=${field.inputMode}
      autocomplete="off"
      .value=${live(field.value)}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${field.describedBy ?? nothing}
      @input=${(event: Event) => onInput(field.name, event)}
    />
    ${field.hint ? html`<p id="${id}-hint" class="hint" part="hint">${field.hint}</p>` : nothing}
    <p id="${id}-error" class="field-error" part="field-error">${field.error ?? ''}</p>
  </div>`;
}

/** The breakdown table: a row per first-course phase, maintenance and the fee, then the totals. */
export function renderBreakdown(view: ViewModel, r: CostContent['result']): TemplateResult {
  return html`<table part="breakdown">
    <caption>
      ${r.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${r.itemHeader}</th>
        <th scope="col">${r.costHeader}</th>
      </tr>
    </thead>
    <tbody>
      ${view.rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row.label} ${row.detail ? html`<span class="detail">${row.detail}</span>` : nothing}</th>
            <td>${row.amount}</td>
          </tr>`,
      )}
    </tbody>
    <tbody class="totals">
      ${view.totals.map(
        (row) =>
          html`<tr class=${row.strong ? 'strong' : ''} part="total">
            <th scope="row">${row.label}</th>
            <td>${row.amount}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** "About this treatment: <plan>". */
export function renderDetails(details: DetailsView, headingBase: number, sourcesHeading: string): TemplateResult {
  return html`<section class="details" part="details" aria-labelledby="details-heading">
    ${renderHeading(headingLevelAt(headingBase, 1), 1, details.heading, { id: 'details-heading' })}
    <dl>
      ${details.items.map(
        (item) =>
          html`<dt>${item.term}</dt>
            <dd>${item.price ? html`<span class="price-range">${item.price.range}</span>${item.price.label}. ` : nothing}${item.text}</dd>`,
      )}
    </dl>
    ${renderCitations(details.sources, sourcesHeading)}
  </section>`;
}

/** The insurance and payment notes, and the clinic's note under its heading. */
export function renderNotes(notes: NotesView, content: CostContent, headingBase: number, sourcesHeading: string): TemplateResult {
  return html`<section class="notes" part="notes" aria-labelledby="notes-heading">
    ${renderHeading(headingLevelAt(headingBase, 1), 1, content.notesHeading, { id: 'notes-heading' })}
    <ul>
      ${notes.items.map((text) => html`<li>${text}</li>`)}
    </ul>
    ${
      notes.clinicNote
        ? html`${renderHeading(headingLevelAt(headingBase, 2), 2, content.clinicNoteHeading)}
            <p class="clinic-note">${notes.clinicNote}</p>`
        : nothing
    }
    ${renderCitations(notes.sources, sourcesHeading)}
  </section>`;
}
