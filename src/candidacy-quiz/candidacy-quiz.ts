import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { QuizContent, QuizOverride, QuizQuestion } from '../content/schemas/quiz.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderCitations } from '../shared/citations.js';
import { headingLevelAt, renderHeading } from '../shared/heading.js';
import { KwElement } from '../shared/kw-element.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { fillTemplate } from '../shared/template.js';
import { quizStyles } from './candidacy-quiz.styles.js';
import { mergeQuizOverride, quizContent } from './quiz-content.js';
import type { CandidacyReason, QuizAnswers } from './evaluate-candidacy.js';
import { completeDetail, stepDetail, type QuizCompleteDetail, type QuizStepDetail } from './quiz-events.js';
import {
  INITIAL_PROGRESS,
  answersRecord,
  chosen,
  goBack,
  goForward,
  isResultStep,
  progressFromAnswers,
  restoreProgress,
  serialiseProgress,
  toggleOption,
  withAnswer,
  type QuizProgress,
} from './quiz-state.js';
import { deriveQuizView, type QuestionView, type QuizView, type ResultView } from './quiz-view.js';

export type { QuizAnswerRecord, QuizCompleteDetail, QuizStepDetail } from './quiz-events.js';

/**
 * A quiz in memory, whichever language: ids, flags and rules are the same in every language
 * (content:check enforces it), so answers can be checked before a language chunk arrives.
 * (The Spanish-first script-tag build swaps which language is bundled.)
 */
const bundledQuiz = (): QuizContent => (quizContent.peek('en') ?? quizContent.peek('es'))!;

/** Crisis lines are fixed numbers, not content: a clinic override can never change them. */
const CRISIS_HREFS = { call988: 'tel:988', text988: 'sms:988', call911: 'tel:911' } as const;

const STORAGE_KEY = 'ketamine-widgets:candidacy-quiz';

declare module '../shared/events.js' {
  interface KwEventMap {
    /** A question is shown. */
    'quiz-step': CustomEvent<QuizStepDetail>;
    /** The result is shown. */
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

/** Where focus goes after a step change: once, then never again until the next change. */
type FocusTarget = 'question' | 'crisis' | 'result';

/**
 * @summary A private, safety-first self-check: "could ketamine therapy be right for me?" One question at a time, a result with topics to discuss with a clinician, and crisis help first if a patient signals thoughts of self-harm. Answers never leave the browser.
 *
 * @tagname candidacy-quiz
 * @fires quiz-step - A question is shown. Detail `{ index, total }` (0-based index) only; plus `answers` with `include-answers`.
 * @fires quiz-complete - The result is shown. Detail `{ outcome }` only, where `outcome` is never `support-first` (after a self-harm answer it is the outcome of the other answers, so the page cannot tell). With `include-answers`: `{ outcome, reasons, crisis, answers }`, `outcome` one of `support-first`, `unlikely`, `review`, `discuss`.
 * @fires content-error - A clinic override or attribute was refused. Detail `{ element, source, path, message }`.
 *
 * @csspart quiz - The whole quiz area above the footer.
 * @csspart heading - The quiz title.
 * @csspart intro - The introduction on the first question.
 * @csspart privacy - The note that answers stay in the browser.
 * @csspart progress - Progress text and bar.
 * @csspart progress-text - "Question 3 of 14"; also names the question group.
 * @csspart progress-bar - The progress bar (`role="progressbar"`).
 * @csspart form - The form around the current question.
 * @csspart question - The question's fieldset; focused on each new step, named "Question 3 of 14" plus the question.
 * @csspart legend - The question text.
 * @csspart hint - The question's hint and "choose one / all that apply".
 * @csspart options - The list of answers.
 * @csspart option - One answer: a label around a native radio or checkbox.
 * @csspart nav - The row of Back / Next (or Print / Start over) buttons.
 * @csspart back - The Back button.
 * @csspart next - The Next / See my result button.
 * @csspart next-reason - Why Next does nothing yet.
 * @csspart crisis - The crisis panel: shown when a self-harm answer is committed with Next (focus moves to it once), and as the `support-first` outcome.
 * @csspart crisis-heading - The crisis panel's heading.
 * @csspart crisis-link - The 988 and 911 call and text links.
 * @csspart crisis-clinic - The clinic's phone link in the crisis panel (the first action in the `support-first` outcome).
 * @csspart crisis-continue - The button to go on after the crisis panel.
 * @csspart crisis-reminder - The short crisis line on later questions.
 * @csspart result - The result screen.
 * @csspart result-heading - The outcome title.
 * @csspart outcome - The outcome title and text.
 * @csspart reasons - Answers a clinician needs to review.
 * @csspart topics - Topics to discuss.
 * @csspart reason - One reason or topic.
 * @csspart clinic-note - The clinic's own note (from an override).
 * @csspart not-diagnosis - The not-a-diagnosis line, directly under the outcome heading.
 * @csspart not-diagnosis-detail - What needs a clinician's review, after the lists.
 * @csspart summary - The printable summary of answers.
 * @csspart print - The Print button.
 * @csspart start-over - The Start over button.
 * @csspart citations - The sources behind the result.
 * @csspart footer - The shared footer: not-medical-advice line, reviewed date, call to action.
 * @csspart crisis-line - The crisis line in the footer (988 and 911, as call links). For styling only: it cannot be hidden.
 * @csspart error - Notice shown when a clinic override was refused.
 *
 * @cssprop --kw-accent - Buttons, progress, chosen answers, focus accents (light). `--kw-dark-accent` for dark.
 * @cssprop --kw-text - Body text. `--kw-dark-text` for dark.
 * @cssprop --kw-muted - Hints, progress text, footer. `--kw-dark-muted` for dark.
 * @cssprop --kw-surface - Background. `--kw-dark-surface` for dark.
 * @cssprop --kw-surface-alt - Chosen answers, outcome panel. `--kw-dark-surface-alt` for dark.
 * @cssprop --kw-border - Borders of answers. `--kw-dark-border` for dark.
 * @cssprop --kw-danger - Crisis panel border, heading and buttons. `--kw-dark-danger` for dark.
 * @cssprop --kw-danger-surface - Crisis panel background. `--kw-dark-danger-surface` for dark.
 * @cssprop --kw-focus-ring - Keyboard focus outline. `--kw-dark-focus-ring` for dark.
 * @cssprop --kw-font-family - Font; inherits the page font by default.
 * @cssprop --kw-radius - Corner radius.
 * @cssprop --kw-space - Base spacing.
 *
 * Light-DOM children are not rendered (there is no slot): put a plain-text fallback inside the
 * tag for pages where the script cannot load, and an optional `<script type="application/json">`
 * clinic override.
 */
export class CandidacyQuiz extends KwElement<QuizContent, QuizOverride> {
  static override properties = {
    ...KwElement.properties,
    remember: { type: Boolean },
    includeAnswers: { attribute: 'include-answers', type: Boolean },
  };

  static override styles = [baseStyles, citationStyles, quizStyles];

  /** Keep progress in `sessionStorage` (this tab only; option ids, never the self-harm answer) and restore it after a reload; Start over clears it. Off by default: nothing is stored. */
  declare remember: boolean;
  /** Add the answers (and, on `quiz-complete`, the reasons and crisis flag) to event details. Off by default: events carry no health information beyond the outcome. */
  declare includeAnswers: boolean;

  static override contentConfig: ContentConfig<QuizContent, QuizOverride> = {
    bundle: quizContent,
    validator: () => import('./quiz-override.js').then((module) => module.validateQuizOverride),
    merge: mergeQuizOverride,
  };

  #progress: QuizProgress = INITIAL_PROGRESS;
  #view: QuizView | undefined;
  #focusTarget: FocusTarget | null = null;
  /** The step last announced by an event (-1: none), so re-renders never repeat events. */
  #announcedStep = -1;
  /** The progress last written to storage, so unchanged progress is not written again. */
  #persisted: QuizProgress | undefined;

  constructor() {
    super();
    this.remember = false;
    this.includeAnswers = false;
  }

  /**
   * Shows the quiz at a given state, for demos, stories and tests. Answers are validated like
   * `evaluateCandidacy` input (unknown ids throw a `RangeError`) and stay in memory; nothing is
   * put in attributes. Without `step`, the first unanswered question, or the result.
   */
  startAt(answers: QuizAnswers, step?: number | 'result'): void {
    this.#setProgress(progressFromAnswers(this.effective ?? bundledQuiz(), answers, step));
  }

  /** Clears every answer (and remembered progress) and shows the first question. */
  reset(): void {
    this.#setProgress(INITIAL_PROGRESS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('remember')) {
      if (this.remember) this.#restoreRemembered();
      else if (changed.get('remember') === true) this.#forget();
    }
    this.#view = this.effective ? deriveQuizView(this.effective, this.#progress) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    if (!view) return;
    this.#announce(view);
    this.#moveFocus();
    if (this.remember) this.#persist();
  }

  protected renderBody(quiz: QuizContent, common: CommonContent): TemplateResult {
    const view = this.#view;
    const first = view?.kind === 'question' && view.index === 0;
    return html`<section class="quiz" part="quiz" aria-labelledby="quiz-heading">
      ${renderHeading(this.headingBase, 0, quiz.ui.heading, { id: 'quiz-heading', part: 'heading' })}
      ${first ? html`<p class="intro" part="intro">${fillTemplate(quiz.ui.intro, { total: quiz.questions.length })}</p>` : nothing}
      <p class="privacy" part="privacy">${this.remember ? quiz.ui.rememberNote : quiz.ui.privacyNote}</p>
      ${view?.kind === 'question' ? keyed(view.question.id, this.#renderQuestion(view, quiz, common)) : nothing}
      ${view?.kind === 'result' ? this.#renderResult(view, quiz, common) : nothing}
    </section>`;
  }

  #renderQuestion(view: QuestionView, quiz: QuizContent, common: CommonContent): TemplateResult {
    const { question, index } = view;
    const ui = quiz.ui;
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    // An answer changes only the options and the nav: the progress bar (one part per question) is
    // re-rendered only when the step or the content changes.
    // The fieldset takes focus on a new step: its name is "Question 3 of 14" and the question, its description the hint.
    return html`${view.crisisPanel ? this.#renderCrisisPanel(quiz) : nothing}
      ${view.crisisReminder ? html`<p class="crisis-reminder" part="crisis-reminder">${common.crisisShort}</p>` : nothing}
      ${guard([quiz, index], () => renderProgress(quiz, index, view.progressText))}
      <form class="step" part="form" novalidate @submit=${this.#onSubmit}>
        <fieldset part="question" tabindex="-1" aria-labelledby="progress-text question-legend" aria-describedby="question-hint">
          <legend id="question-legend" part="legend">${question.prompt}</legend>
          <p class="hint" part="hint" id="question-hint">${question.hint ? `${question.hint} ` : ''}${question.type === 'multiple' ? ui.chooseAny : ui.chooseOne}</p>
          <div class="options" part="options">
            ${question.options.map(
              (option) =>
                html`<label class=${view.selected.has(option.id) ? 'option chosen' : 'option'} part="option"
                  ><input
                    type=${type}
                    name="answer"
                    .checked=${live(view.selected.has(option.id))}
                    @change=${(event: Event) => this.#choose(question, option.id, (event.target as HTMLInputElement).checked)}
                  /><span>${option.label}</span></label
                >`,
            )}
          </div>
        </fieldset>
        <div class="nav" part="nav">
          ${index > 0 ? html`<button type="button" class="button secondary" part="back" @click=${this.#back}>${ui.back}</button>` : nothing}
          <button
            type="submit"
            class="button"
            part="next"
            aria-disabled=${view.answered ? 'false' : 'true'}
            aria-describedby=${view.answered ? nothing : 'next-reason'}
          >
            ${view.last ? ui.seeResult : ui.next}
          </button>
        </div>
        ${view.answered ? nothing : html`<p class="next-reason" part="next-reason" id="next-reason">${ui.nextDisabled}</p>`}
      </form>`;
  }

  #renderResult(view: ResultView, quiz: QuizContent, common: CommonContent): TemplateResult {
    const ui = quiz.ui;
    // Focus goes to the outcome heading; nothing here is a live region, so it is announced once.
    return html`<section class="result" part="result" aria-labelledby="result-heading">
        <div class=${view.crisisHelp ? 'outcome crisis' : 'outcome'} part=${view.crisisHelp ? 'outcome crisis' : 'outcome'}>
          ${renderHeading(headingLevelAt(this.headingBase, 1), 1, view.title, { class: 'result-heading', id: 'result-heading', part: 'result-heading', tabindex: '-1' })}
          <p class="not-diagnosis" part="not-diagnosis">${quiz.notDiagnosis.line}</p>
          <p>${view.body}</p>
          ${view.crisisHelp ? this.#renderCrisisHelp(quiz, true) : nothing}
        </div>
        ${view.concerns.length
          ? html`${renderHeading(headingLevelAt(this.headingBase, 2), 2, ui.reasonsHeading)}
              <ul class="reasons" part="reasons">
                ${view.concerns.map(renderReason)}
              </ul>`
          : nothing}
        ${view.topics.length
          ? html`${renderHeading(headingLevelAt(this.headingBase, 2), 2, ui.topicsHeading)}
              <ul class="topics" part="topics">
                ${view.topics.map(renderReason)}
              </ul>`
          : nothing}
        ${quiz.clinicNote
          ? html`<div class="clinic-note" part="clinic-note">
              ${renderHeading(headingLevelAt(this.headingBase, 2), 2, ui.clinicNoteHeading)}
              <p>${quiz.clinicNote}</p>
            </div>`
          : nothing}
        <p class="not-diagnosis-detail" part="not-diagnosis-detail">${quiz.notDiagnosis.text}</p>
        <section class="summary" part="summary" aria-labelledby="summary-heading">
          ${renderHeading(headingLevelAt(this.headingBase, 2), 2, ui.summaryHeading, { id: 'summary-heading' })}
          <p class="no-print">${ui.summaryHint}</p>
          <dl>
            ${view.summary.map((row) => html`<dt>${row.question}</dt><dd>${row.answer}</dd>`)}
          </dl>
        </section>
        ${renderCitations(view.sources, common.sourcesHeading)}
        <div class="nav" part="nav">
          <button type="button" class="button" part="print" @click=${this.#print}>${ui.print}</button>
          <button type="button" class="button secondary" part="back" @click=${this.#back}>${ui.back}</button>
          <button type="button" class="button secondary" part="start-over" @click=${this.#startOver}>${ui.startOver}</button>
        </div>
      </section>`;
  }

  /**
   * The crisis panel above a question, once a self-harm answer is committed with Next. Not a live
   * region: focus moves to it once, which announces it once (role=alert as well would say it twice).
   */
  #renderCrisisPanel(quiz: QuizContent): TemplateResult {
    const crisis = quiz.crisis;
    return html`<section class="crisis" part="crisis" aria-labelledby="crisis-heading" tabindex="-1">
      ${renderHeading(headingLevelAt(this.headingBase, 1), 1, crisis.heading, { class: 'crisis-heading', id: 'crisis-heading', part: 'crisis-heading' })}
      <p>${crisis.body}</p>
      ${this.#renderCrisisHelp(quiz, false)}
      <p>${crisis.continueNote}</p>
      <button type="button" class="button secondary" part="crisis-continue" @click=${this.#next}>${crisis.continue}</button>
    </section>`;
  }

  /** 988, 911 and the clinic's phone; in the `support-first` outcome the clinic comes first. */
  #renderCrisisHelp(quiz: QuizContent, clinicFirst: boolean): TemplateResult {
    const crisis = quiz.crisis;
    const clinic = this.clinicName?.trim().slice(0, 120) || crisis.yourClinic;
    const clinicLabel = fillTemplate(crisis.callClinic, { clinic, phone: this.phone ?? '' });
    const clinicButton = clinicFirst && this.phoneHref ? html`<a class="button danger" part="crisis-clinic" href=${this.phoneHref}>${clinicLabel}</a>` : nothing;
    return html`<div class="crisis-actions">
        ${clinicButton}
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call988}>${crisis.call988}</a>
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.text988}>${crisis.text988}</a>
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call911}>${crisis.call911}</a>
      </div>
      <p>${crisis.lifelineNote}</p>
      <p>${crisis.veterans}</p>
      <p>${crisis.emergency}</p>
      ${!clinicFirst && this.phoneHref ? html`<p><a part="crisis-clinic" href=${this.phoneHref}>${clinicLabel}</a></p>` : nothing}
      <p>${crisis.notEmergencyCare}</p>`;
  }

  #choose(question: QuizQuestion, optionId: string, checked: boolean): void {
    if (!this.effective) return;
    const before = chosen(this.#progress, question.id);
    const after = toggleOption(question, before, optionId, checked);
    // No focus move and no announcement here: arrow keys change the choice on the way to another
    // answer. A self-harm answer shows crisis help when it is committed with Next (goForward).
    this.#setProgress(withAnswer(this.#progress, question.id, after));
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.#next();
  };

  #next = (): void => {
    const quiz = this.effective;
    if (!quiz) return;
    const current = this.#progress;
    const next = goForward(current, quiz);
    if (next === current) return;
    this.#focusTarget = next.step === current.step ? 'crisis' : isResultStep(next, quiz) ? 'result' : 'question';
    this.#setProgress(next);
  };

  #back = (): void => {
    const previous = goBack(this.#progress);
    if (previous === this.#progress) return;
    this.#focusTarget = 'question';
    this.#setProgress(previous);
  };

  #startOver = (): void => {
    this.#focusTarget = 'question';
    this.reset();
  };

  #print = (): void => {
    try {
      window.print();
    } catch {
      // Printing is a convenience; a browser that refuses it leaves the summary on screen.
    }
  };

  #setProgress(progress: QuizProgress): void {
    if (progress.step === 0 && progress.answers.size === 0) this.#announcedStep = -1;
    this.#progress = progress;
    this.requestUpdate();
  }

  /** `quiz-step` for each question shown, `quiz-complete` when the result is shown; once each. */
  #announce(view: QuizView): void {
    const quiz = this.effective!;
    const step = view.kind === 'question' ? view.index : quiz.questions.length;
    if (step === this.#announcedStep) return;
    this.#announcedStep = step;
    const answers = this.includeAnswers ? answersRecord(this.#progress, quiz) : null;
    if (view.kind === 'question') this.emit('quiz-step', stepDetail(view.index, view.total, answers));
    else this.emit('quiz-complete', completeDetail(view.result, answers));
  }

  #moveFocus(): void {
    const target = this.#focusTarget;
    if (!target) return;
    const selector = target === 'question' ? '[part="question"]' : target === 'crisis' ? '[part~="crisis"]' : '[part="result-heading"]';
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!element) return;
    this.#focusTarget = null;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
  }

  get #storageKey(): string {
    return this.id ? `${STORAGE_KEY}#${this.id.slice(0, 64)}` : STORAGE_KEY;
  }

  #restoreRemembered(): void {
    if (this.#progress !== INITIAL_PROGRESS) return;
    const restored = restoreProgress(storage((store) => store.getItem(this.#storageKey)), bundledQuiz());
    if (!restored) return;
    this.#persisted = restored;
    this.#setProgress(restored);
  }

  #persist(): void {
    const progress = this.#progress;
    if (progress === this.#persisted) return;
    this.#persisted = progress;
    const key = this.#storageKey;
    if (progress.step === 0 && progress.answers.size === 0) storage((store) => store.removeItem(key));
    else storage((store) => store.setItem(key, serialiseProgress(progress, this.effective ?? bundledQuiz())));
  }

  #forget(): void {
    this.#persisted = undefined;
    const key = this.#storageKey;
    storage((store) => store.removeItem(key));
  }
}

/** "Question 3 of 14" and the segmented progress bar. */
function renderProgress(quiz: QuizContent, index: number, progressText: string): TemplateResult {
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
function renderReason(reason: CandidacyReason): TemplateResult {
  return html`<li part="reason"><span class="reason-title">${reason.title}</span> ${reason.explanation}</li>`;
}

/** sessionStorage access that never throws: it may be missing, blocked, or full. */
function storage<T>(use: (store: Storage) => T): T | null {
  try {
    const store = globalThis.sessionStorage;
    return store ? use(store) : null;
  } catch {
    return null;
  }
}

