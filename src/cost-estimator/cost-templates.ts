/**
 * Templates of `<cost-estimator>` that stamp the view model and hold no state: a number field, a
 * select, a locked price, the result with its breakdown table, the plan details and the notes. Every string arrives formatted (cost-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CostContent } from '../content/schemas/cost.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import type { DetailsView, FieldName, FieldView, NotesView, OptionView, ViewModel } from './cost-view.js';

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

/** A label and its select, the option chosen by the view selected. */
export function renderSelect(id: string, label: string, options: readonly OptionView[], onChange: (event: Event) => void): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="select" @change=${onChange}>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.selected}>${option.label}</option>`)}
    </select>
  </div>`;
}

/** A price or fee the clinic set and the patient cannot edit, as text. */
export function renderLocked(label: string, value: string): TemplateResult {
  return html`<p class="locked" part="locked-price"><span class="locked-label">${label}</span> <strong>${value}</strong></p>`;
}

/** The result: the notes on updates and staleness, the breakdown (or why there is none) and the live region's text. */
export function renderResult(view: ViewModel, r: CostContent['result'], headingBase: number, announcement: string): TemplateResult {
  // The updates note and the stale note share one place (CSS grid): the taller sets its height,
  // so the table never moves while the patient types, and the place is never an empty hole.
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    ${renderHeading(headingLevelAt(headingBase, 1), 1, r.heading, { id: 'result-heading' })}
    <div class="result-status">
      <p class="updates-note ${view.stale ? '' : 'shown'}" part="updates-note" aria-hidden=${view.stale ? 'true' : 'false'}>${r.updatesNote}</p>
      <p class="stale-note ${view.stale ? 'shown' : ''}" part="stale-note" aria-hidden=${view.stale ? 'false' : 'true'}>${r.staleNote}</p>
    </div>
    ${view.estimate ? renderBreakdown(view, r) : html`<p class="empty" part="empty">${view.emptyMessage}</p>`}
    <p class="estimate-note" part="estimate-note">${r.estimateNote}</p>
    ${view.estimate?.rounded ? html`<p class="hint">${r.roundingNote}</p>` : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
  </section>`;
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
