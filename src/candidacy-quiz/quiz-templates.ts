/**
 * Templates of `<candidacy-quiz>` that stamp content and the view model and hold no state: the
 * progress bar, the result screen, a reason, and the crisis help. The crisis links are fixed
 * numbers, not content, so a clinic override can never change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonContent } from '../content/schemas/common.js';
import type { QuizContent } from '../content/schemas/quiz.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { fillTemplate } from '../shared/template.js';
import type { CandidacyReason } from './evaluate-candidacy.js';
import type { ResultView } from './quiz-view.js';

export const CRISIS_HREFS = { call988: 'tel:988', text988: 'sms:988', call911: 'tel:911' } as const;

/** The clinic's name and phone, as the element's attributes give them (phoneHref already checked). */
export interface ClinicContact {
  clinicName: string | null;
  phone: string | null;
  phoneHref: string | null;
}

/** What the result screen needs from the element besides the view: heading level, clinic, buttons. */
export interface ResultContext {
  headingBase: number;
  contact: ClinicContact;
  onPrint: () => void;
  onBack: () => void;
  onStartOver: () => void;
}

/** "Question 3 of 14" and the segmented progress bar. */
export function renderProgress(quiz: QuizContent, index: number, progressText: string): TemplateResult {
  const total = quiz.questions.length;
  return html`<div class="progress" part="progress">
    <p class="progress-text" part="progress-text" id="progress-text">${progressText}</p>
    <div
      class="progress-track"
      part="progress-bar"
      role="progressbar"
      aria-label=${quiz.ui.progressLabel}
      aria-valuemin="1"
      aria-valuemax=${total}
      aria-valuenow=${index + 1}
      aria-valuetext=${progressText}
    >
      ${quiz.questions.map((_, i) => html`<span class=${i <= index ? 'segment done' : 'segment'}></span>`)}
    </div>
  </div>`;
}

/** One reason or topic: its title and explanation. */
export function renderReason(reason: CandidacyReason): TemplateResult {
  return html`<li part="reason"><span class="reason-title">${reason.title}</span> ${reason.explanation}</li>`;
}

/**
 * The crisis panel above a question, once a self-harm answer is committed with Next. Not a live
 * region: focus moves to it once, which announces it once (role=alert as well would say it twice).
 */
export function renderCrisisPanel(quiz: QuizContent, headingBase: number, contact: ClinicContact, onContinue: () => void): TemplateResult {
  const crisis = quiz.crisis;
  return html`<section class="crisis" part="crisis" aria-labelledby="crisis-heading" tabindex="-1">
    ${renderHeading(headingLevelAt(headingBase, 1), 1, crisis.heading, { class: 'crisis-heading', id: 'crisis-heading', part: 'crisis-heading' })}
    <p>${crisis.body}</p>
    ${renderCrisisHelp(quiz, contact, false)}
    <p>${crisis.continueNote}</p>
    <button type="button" class="button secondary" part="crisis-continue" @click=${onContinue}>${crisis.continue}</button>
  </section>`;
}

/** 988, 911 and the clinic's phone; in the `support-first` outcome the clinic comes first. */
export function renderCrisisHelp(quiz: QuizContent, contact: ClinicContact, clinicFirst: boolean): TemplateResult {
  const crisis = quiz.crisis;
  const clinic = contact.clinicName?.trim().slice(0, 120) || crisis.yourClinic;
  const clinicLabel = fillTemplate(crisis.callClinic, { clinic, phone: contact.phone ?? '' });
  const clinicButton =
    clinicFirst && contact.phoneHref ? html`<a class="button danger" part="crisis-clinic" href=${contact.phoneHref}>${clinicLabel}</a>` : nothing;
  return html`<div class="crisis-actions">
      ${clinicButton}
      <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call988}>${crisis.call988}</a>
      <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.text988}>${crisis.text988}</a>
      <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call911}>${crisis.call911}</a>
    </div>
    <p>${crisis.lifelineNote}</p>
    <p>${crisis.veterans}</p>
    <p>${crisis.emergency}</p>
    ${!clinicFirst && contact.phoneHref ? html`<p><a part="crisis-clinic" href=${contact.phoneHref}>${clinicLabel}</a></p>` : nothing}
    <p>${crisis.notEmergencyCare}</p>`;
}

/** The result screen: outcome (crisis help first for `support-first`), reasons, topics, summary, sources. */
export function renderResult(view: ResultView, quiz: QuizContent, common: CommonContent, context: ResultContext): TemplateResult {
  const ui = quiz.ui;
  const subheading = (text: string, options?: Parameters<typeof renderHeading>[3]) => renderHeading(headingLevelAt(context.headingBase, 2), 2, text, options);
  const reasons = (heading: string, part: string, list: ResultView['concerns']) =>
    list.length
      ? html`${subheading(heading)}
          <ul class=${part} part=${part}>
            ${list.map(renderReason)}
          </ul>`
      : nothing;
  // Focus goes to the outcome heading; nothing here is a live region, so it is announced once.
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <div class=${view.crisisHelp ? 'outcome crisis' : 'outcome'} part=${view.crisisHelp ? 'outcome crisis' : 'outcome'}>
      ${renderHeading(headingLevelAt(context.headingBase, 1), 1, view.title, { class: 'result-heading', id: 'result-heading', part: 'result-heading', tabindex: '-1' })}
      <p class="not-diagnosis" part="not-diagnosis">${quiz.notDiagnosis.line}</p>
      <p>${view.body}</p>
      ${view.crisisHelp ? renderCrisisHelp(quiz, context.contact, true) : nothing}
    </div>
    ${reasons(ui.reasonsHeading, 'reasons', view.concerns)} ${reasons(ui.topicsHeading, 'topics', view.topics)}
    ${
      quiz.clinicNote
        ? html`<div class="clinic-note" part="clinic-note">
            ${subheading(ui.clinicNoteHeading)}
            <p>${quiz.clinicNote}</p>
          </div>`
        : nothing
    }
    <p class="not-diagnosis-detail" part="not-diagnosis-detail">${quiz.notDiagnosis.text}</p>
    <section class="summary" part="summary" aria-labelledby="summary-heading">
      ${subheading(ui.summaryHeading, { id: 'summary-heading' })}
      <p class="no-print">${ui.summaryHint}</p>
      <dl>
        ${view.summary.map(
          (row) =>
            html`<dt>${row.question}</dt>
              <dd>${row.answer}</dd>`,
        )}
      </dl>
    </section>
    ${renderCitations(view.sources, common.sourcesHeading)}
    <div class="nav" part="nav">
      <button type="button" class="button" part="print" @click=${context.onPrint}>${ui.print}</button>
      <button type="button" class="button secondary" part="back" @click=${context.onBack}>${ui.back}</button>
      <button type="button" class="button secondary" part="start-over" @click=${context.onStartOver}>${ui.startOver}</button>
    </div>
  </section>`;
}
