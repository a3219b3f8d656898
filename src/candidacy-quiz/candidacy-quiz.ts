import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { QuizContent, QuizOverride, QuizQuestion } from '../content/schemas/quiz.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderHeading } from '../shared/heading.js';
import { KwElement } from '../shared/kw-element.js';
import type { ContentConfig } from '../shared/content-controller.js';
import { fillTemplate } from '../shared/template.js';
import { quizStyles } from './candidacy-quiz.styles.js';
import type { QuizAnswers } from './evaluate-candidacy.js';
import { bundledQuiz, mergeQuizOverride, quizContent } from './quiz-content.js';
import { completeDetail, stepDetail, type QuizCompleteDetail, type QuizStepDetail } from './quiz-events.js';
import {
  INITIAL_PROGRESS,
  answersRecord,
  chosen,
  goBack,
  goForward,
  isResultStep,
  progressFromAnswers,
  toggleOption,
  withAnswer,
  type QuizProgress,
} from './quiz-state.js';
import { renderCrisisPanel, renderProgress, renderResult, type ClinicContact } from './quiz-templates.js';
import { deriveQuizView, type QuestionView, type QuizView } from './quiz-view.js';
import { RememberController } from './remember-controller.js';
import { StepFocusController } from './step-focus-controller.js';

export type { QuizAnswerRecord, QuizCompleteDetail, QuizStepDetail } from './quiz-events.js';

declare module '../shared/events.js' {
  interface KwEventMap {
    /** A question is shown. */
    'quiz-step': CustomEvent<QuizStepDetail>;
    /** The result is shown. */
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

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
  #focus = new StepFocusController(this);
  #remembered = new RememberController(this, () =>
    this.#view ? { enabled: this.remember, progress: this.#progress, quiz: this.effective ?? bundledQuiz() } : null,
  );
  /** The step last announced by an event (-1: none), so re-renders never repeat events. */
  #announcedStep = -1;

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
      else if (changed.get('remember') === true) this.#remembered.forget();
    }
    this.#view = this.effective ? deriveQuizView(this.effective, this.#progress) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#view) this.#announce(this.#view);
  }

  protected renderBody(quiz: QuizContent, common: CommonContent): TemplateResult {
    const view = this.#view;
    const first = view?.kind === 'question' && view.index === 0;
    return html`<section class="quiz" part="quiz" aria-labelledby="quiz-heading">
      ${renderHeading(this.headingBase, 0, quiz.ui.heading, { id: 'quiz-heading', part: 'heading' })}
      ${first ? html`<p class="intro" part="intro">${fillTemplate(quiz.ui.intro, { total: quiz.questions.length })}</p>` : nothing}
      <p class="privacy" part="privacy">${this.remember ? quiz.ui.rememberNote : quiz.ui.privacyNote}</p>
      ${view?.kind === 'question' ? keyed(view.question.id, this.#renderQuestion(view, quiz, common)) : nothing}
      ${view?.kind === 'result' ? renderResult(view, quiz, common, { headingBase: this.headingBase, contact: this.#contact, onPrint: this.#print, onBack: this.#back, onStartOver: this.#startOver }) : nothing}
    </section>`;
  }

  get #contact(): ClinicContact {
    return { clinicName: this.clinicName, phone: this.phone, phoneHref: this.phoneHref };
  }

  #renderQuestion(view: QuestionView, quiz: QuizContent, common: CommonContent): TemplateResult {
    const { question, index } = view;
    const ui = quiz.ui;
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    // An answer changes only the options and the nav: the progress bar (one part per question) is
    // re-rendered only when the step or the content changes.
    // The fieldset takes focus on a new step: its name is "Question 3 of 14" and the question, its description the hint.
    return html`${view.crisisPanel ? renderCrisisPanel(quiz, this.headingBase, this.#contact, this.#next) : nothing}
      ${view.crisisReminder ? html`<p class="crisis-reminder" part="crisis-reminder">${common.crisisShort}</p>` : nothing}
      ${guard([quiz, index], () => renderProgress(quiz, index, view.progressText))}
      <form class="step" part="form" novalidate @submit=${this.#onSubmit}>
        <fieldset part="question" tabindex="-1" aria-labelledby="progress-text question-legend" aria-describedby="question-hint">
          <legend id="question-legend" part="legend">${question.prompt}</legend>
          <p class="hint" part="hint" id="question-hint">
            ${question.hint ? `${question.hint} ` : ''}${question.type === 'multiple' ? ui.chooseAny : ui.chooseOne}
          </p>
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

  #choose(question: QuizQuestion, optionId: string, checked: boolean): void {
    if (!this.effective) return;
    const after = toggleOption(question, chosen(this.#progress, question.id), optionId, checked);
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
    this.#focus.request(next.step === current.step ? 'crisis' : isResultStep(next, quiz) ? 'result' : 'question');
    this.#setProgress(next);
  };

  #back = (): void => {
    const previous = goBack(this.#progress);
    if (previous === this.#progress) return;
    this.#focus.request('question');
    this.#setProgress(previous);
  };

  #startOver = (): void => {
    this.#focus.request('question');
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

  /** `remember` turned on: stored progress applies only while nothing has been answered here. */
  #restoreRemembered(): void {
    if (this.#progress !== INITIAL_PROGRESS) return;
    const restored = this.#remembered.restore(bundledQuiz());
    if (restored) this.#setProgress(restored);
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
}
