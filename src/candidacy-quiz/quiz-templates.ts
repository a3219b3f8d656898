/**
 * Templates of `<candidacy-quiz>` that stamp content and the view model and hold no state: the
 * progress bar, a reason, and the crisis help. The crisis links are fixed numbers, not content,
 * so a clinic override can never change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizContent } from '../content/schemas/quiz.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { fillTemplate } from '../shared/template.js';
import type { CandidacyReason } from './evaluate-candidacy.js';

export const CRISIS_HREFS = { call988: 'tel:988', text988: 'sms:988', call911: 'tel:911' } as const;

/** The clinic's name and phone, as the element's attributes give them (phoneHref already checked). */
export interface ClinicContact {
  clinicName: string | null;
  phone: string | null;
  phoneHref: string | null;
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
  const clinicButton = clinicFirst && contact.phoneHref ? html`<a class="button danger" part="crisis-clinic" href=${contact.phoneHref}>${clinicLabel}</a>` : nothing;
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
