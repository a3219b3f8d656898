import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import en from '../../content/en/quiz.json';
import { BundledContent } from '../content/bundled.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { QuizContent, QuizOverride, QuizQuestion } from '../content/schemas/quiz.js';
import { baseStyles, citationStyles } from '../shared/base.styles.js';
import { renderCitations } from '../shared/citations.js';
import { KwElement } from '../shared/kw-element.js';
import type { OverrideValidator } from '../content/override.js';
import { fillTemplate } from '../shared/template.js';
import { quizStyles } from './candidacy-quiz.styles.js';
import { evaluateCandidacy, type CandidacyOutcome, type CandidacyReason, type CandidacyResult, type QuizAnswers } from './evaluate-candidacy.js';
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

/** English is in the main chunk; Spanish loads on first use. Shared by every instance. */
const quizContent = new BundledContent<QuizContent>(en as QuizContent, () => import('../../content/es/quiz.json'));

/**
 * A quiz in memory, whichever language: ids, flags and rules are the same in every language
 * (content:check enforces it), so answers can be checked before a language chunk arrives.
 * (The Spanish-first script-tag build swaps which language is bundled.)
 */
const bundledQuiz = (): QuizContent => (quizContent.peek('en') ?? quizContent.peek('es'))!;

/** Crisis lines are fixed numbers, not content: a clinic override can never change them. */
const CRISIS_HREFS = { call988: 'tel:988', text988: 'sms:988', call911: 'tel:911' } as const;

const STORAGE_KEY = 'ketamine-widgets:candidacy-quiz';

/** Detail of `quiz-step`. `answers` only with `include-answers`. */
export interface QuizStepDetail {
  /** 0-based index of the question now shown. */
  index: number;
  total: number;
  /** The content version. */
  version?: number;
  answers?: Record<string, string | string[]>;
}

/**
 * Detail of `quiz-complete`: the outcome only, by default. `reasons`, `crisis` and `answers` say
 * something about the patient, so they are present only with `include-answers`.
 */
export interface QuizCompleteDetail {
  outcome: CandidacyOutcome;
  /** The content version. */
  version?: number;
  /** Ids of the matched rules, most serious first. */
  reasons?: string[];
  crisis?: boolean;
  answers?: Record<string, string | string[]>;
}

declare module '../shared/events.js' {
  interface KwEventMap {
    /** A question is shown. */
    'quiz-step': CustomEvent<QuizStepDetail>;
    /** The result is shown. */
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

type QuestionView = {
  kind: 'question';
  question: QuizQuestion;
  index: number;
  total: number;
  selected: ReadonlySet<string>;
  answered: boolean;
  last: boolean;
  /** This question's answer is a self-harm answer: the crisis panel comes first. */
  crisisPanel: boolean;
  /** A self-harm answer was given earlier: a short crisis line stays on top. */
  crisisReminder: boolean;
};

type ResultView = {
  kind: 'result';
  result: CandidacyResult;
  summary: { question: string; answer: string }[];
  sources: string[];
};

type FocusTarget = 'legend' | 'crisis' | 'result';

/**
 * @summary A private, safety-first self-check: "could ketamine therapy be right for me?" One question at a time, a result with topics to discuss with a clinician, and crisis help first if a patient signals thoughts of self-harm. Answers never leave the browser.
 *
 * @tagname candidacy-quiz
 * @fires quiz-step - A question is shown. Detail `{ index, total }` (0-based index); plus `answers` with `include-answers`.
 * @fires quiz-complete - The result is shown. Detail `{ outcome, reasons, crisis }` (reasons are rule ids); plus `answers` with `include-answers`.
 * @fires content-error - A clinic override or attribute was refused. Detail `{ element, source, path, message }`.
 *
 * @csspart quiz - The whole quiz area above the footer.
 * @csspart heading - The quiz title.
 * @csspart intro - The introduction on the first question.
 * @csspart privacy - The note that answers stay in the browser.
 * @csspart progress - Progress text and bar.
 * @csspart progress-text - "Question 3 of 12".
 * @csspart progress-bar - The progress bar (`role="progressbar"`).
 * @csspart form - The form around the current question.
 * @csspart question - The question's fieldset.
 * @csspart legend - The question text.
 * @csspart hint - The question's hint and "choose one / all that apply".
 * @csspart options - The list of answers.
 * @csspart option - One answer: a label around a native radio or checkbox.
 * @csspart nav - The row of Back / Next (or Print / Start over) buttons.
 * @csspart back - The Back button.
 * @csspart next - The Next / See my result button.
 * @csspart next-reason - Why Next does nothing yet.
 * @csspart crisis - The crisis panel.
 * @csspart crisis-heading - The crisis panel's heading.
 * @csspart crisis-link - The 988 and 911 call and text links.
 * @csspart crisis-clinic - The clinic's phone link in the crisis panel.
 * @csspart crisis-continue - The button to go on after the crisis panel.
 * @csspart crisis-reminder - The short crisis line on later questions.
 * @csspart result - The result screen.
 * @csspart result-heading - The outcome title.
 * @csspart outcome - The outcome title and text.
 * @csspart reasons - Answers a clinician needs to review.
 * @csspart topics - Topics to discuss.
 * @csspart reason - One reason or topic.
 * @csspart clinic-note - The clinic's own note (from an override).
 * @csspart not-diagnosis - The not-a-diagnosis line.
 * @csspart summary - The printable summary of answers.
 * @csspart print - The Print button.
 * @csspart start-over - The Start over button.
 * @csspart citations - The sources behind the result.
 * @csspart footer - The shared footer: not-medical-advice line, reviewed date, call to action.
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

  /** Keep progress in `sessionStorage` (this tab only) and restore it after a reload. Off by default: nothing is stored. */
  declare remember: boolean;
  /** Add the raw answers to `quiz-step` and `quiz-complete` details. Off by default: events carry no answers. */
  declare includeAnswers: boolean;

  protected readonly bundle = quizContent;

  #progress: QuizProgress = INITIAL_PROGRESS;
  #view: QuestionView | ResultView | undefined;
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

  protected loadOverrideValidator(): Promise<OverrideValidator<QuizOverride>> {
    return import('./quiz-override.js').then((module) => module.validateQuizOverride);
  }

  /** Wording changes by id and a clinic note. Pure: new objects, one level at a time, Map lookups. */
  protected mergeOverride(bundled: QuizContent, override: QuizOverride): QuizContent {
    const questionOverrides = new Map((override.questions ?? []).map((entry) => [entry.id, entry]));
    const questions = bundled.questions.map((question) => {
      const change = questionOverrides.get(question.id);
      if (!change) return question;
      const labels = new Map((change.options ?? []).map((option) => [option.id, option.label]));
      return {
        ...question,
        prompt: change.prompt ?? question.prompt,
        hint: change.hint ?? question.hint,
        options: question.options.map((option) => (labels.has(option.id) ? { ...option, label: labels.get(option.id)! } : option)),
      };
    });
    const outcomes = { ...bundled.outcomes };
    for (const key of ['discuss', 'review', 'unlikely'] as const) {
      const change = override.outcomes?.[key];
      if (change) outcomes[key] = { ...bundled.outcomes[key], title: change.title ?? bundled.outcomes[key].title, body: change.body ?? bundled.outcomes[key].body };
    }
    const ui = { ...bundled.ui };
    if (override.ui) {
      for (const key of Object.keys(override.ui) as (keyof typeof override.ui)[]) {
        const value = override.ui[key];
        if (typeof value === 'string') ui[key] = value;
      }
    }
    return { ...bundled, ui, questions, outcomes, clinicNote: override.clinicNote ?? bundled.clinicNote };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('remember')) {
      if (this.remember) this.#restoreRemembered();
      else if (changed.get('remember') === true) this.#forget();
    }
    this.#view = this.effective ? this.#deriveView(this.effective) : undefined;
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
      <h2 id="quiz-heading" part="heading">${quiz.ui.heading}</h2>
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
    return html`${view.crisisPanel ? this.#renderCrisis(quiz, true) : nothing}
      ${view.crisisReminder ? html`<p class="crisis-reminder" part="crisis-reminder">${common.crisisShort}</p>` : nothing}
      ${guard([quiz, index], () => renderProgress(quiz, index))}
      <form class="step" part="form" novalidate @submit=${this.#onSubmit}>
        <fieldset part="question" aria-describedby="question-hint">
          <legend tabindex="-1" part="legend">${question.prompt}</legend>
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
    const { result } = view;
    const ui = quiz.ui;
    const outcome = quiz.outcomes[result.outcome];
    const concerns = result.reasons.filter((reason) => reason.outcome !== 'discuss');
    const topics = result.reasons.filter((reason) => reason.outcome === 'discuss');
    return html`${result.crisis ? this.#renderCrisis(quiz, false) : nothing}
      <section class="result" part="result" aria-labelledby="result-heading">
        <div class="outcome" part="outcome">
          <h3 class="result-heading" id="result-heading" part="result-heading" tabindex="-1">${outcome.title}</h3>
          <p>${outcome.body}</p>
        </div>
        ${concerns.length
          ? html`<h4>${ui.reasonsHeading}</h4>
              <ul class="reasons" part="reasons">
                ${concerns.map(renderReason)}
              </ul>`
          : nothing}
        ${topics.length
          ? html`<h4>${ui.topicsHeading}</h4>
              <ul class="topics" part="topics">
                ${topics.map(renderReason)}
              </ul>`
          : nothing}
        ${quiz.clinicNote
          ? html`<div class="clinic-note" part="clinic-note">
              <h4>${ui.clinicNoteHeading}</h4>
              <p>${quiz.clinicNote}</p>
            </div>`
          : nothing}
        <p class="not-diagnosis" part="not-diagnosis">${quiz.notDiagnosis.text}</p>
        <section class="summary" part="summary" aria-labelledby="summary-heading">
          <h4 id="summary-heading">${ui.summaryHeading}</h4>
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

  #renderCrisis(quiz: QuizContent, onQuestion: boolean): TemplateResult {
    const crisis = quiz.crisis;
    const clinic = this.clinicName?.trim().slice(0, 120) || crisis.yourClinic;
    return html`<section class="crisis" part="crisis" role="alert" aria-labelledby="crisis-heading" tabindex="-1">
      <h3 id="crisis-heading" part="crisis-heading">${crisis.heading}</h3>
      <p>${crisis.body}</p>
      <div class="crisis-actions">
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call988}>${crisis.call988}</a>
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.text988}>${crisis.text988}</a>
        <a class="button danger" part="crisis-link" href=${CRISIS_HREFS.call911}>${crisis.call911}</a>
      </div>
      <p>${crisis.lifelineNote}</p>
      <p>${crisis.veterans}</p>
      <p>${crisis.emergency}</p>
      ${this.phoneHref
        ? html`<p><a part="crisis-clinic" href=${this.phoneHref}>${fillTemplate(crisis.callClinic, { clinic, phone: this.phone ?? '' })}</a></p>`
        : nothing}
      <p>${crisis.notEmergencyCare}</p>
      ${onQuestion
        ? html`<p>${crisis.continueNote}</p>
            <button type="button" class="button secondary" part="crisis-continue" @click=${this.#next}>${crisis.continue}</button>`
        : nothing}
    </section>`;
  }

  #deriveView(quiz: QuizContent): QuestionView | ResultView {
    const progress = this.#progress;
    if (isResultStep(progress, quiz)) {
      const result = evaluateCandidacy(quiz, answersRecord(progress, quiz));
      const summary = quiz.questions.map((question) => {
        const ids = new Set(chosen(progress, question.id));
        const labels = question.options.filter((option) => ids.has(option.id)).map((option) => option.label);
        return { question: question.prompt, answer: labels.length ? labels.join('; ') : quiz.ui.notAnswered };
      });
      const sources = new Set<string>(result.crisis ? quiz.crisis.sources : []);
      for (const id of quiz.outcomes[result.outcome].sources) sources.add(id);
      for (const reason of result.reasons) for (const id of reason.sources) sources.add(id);
      return { kind: 'result', result, summary, sources: [...sources] };
    }
    const question = quiz.questions[progress.step];
    const selected = new Set(chosen(progress, question.id));
    const setsCrisis = (q: QuizQuestion, ids: ReadonlySet<string>) =>
      q.options.some((option) => ids.has(option.id) && option.flags.includes(quiz.crisisFlag));
    const crisisPanel = setsCrisis(question, selected);
    const crisisReminder =
      !crisisPanel && quiz.questions.some((q) => q.id !== question.id && setsCrisis(q, new Set(chosen(progress, q.id))));
    return {
      kind: 'question',
      question,
      index: progress.step,
      total: quiz.questions.length,
      selected,
      answered: selected.size > 0,
      last: progress.step === quiz.questions.length - 1,
      crisisPanel,
      crisisReminder,
    };
  }

  #choose(question: QuizQuestion, optionId: string, checked: boolean): void {
    const quiz = this.effective;
    if (!quiz) return;
    const before = chosen(this.#progress, question.id);
    const after = toggleOption(question, before, optionId, checked);
    const crisisOf = (ids: readonly string[]) =>
      question.options.some((option) => ids.includes(option.id) && option.flags.includes(quiz.crisisFlag));
    // Crisis help comes first: focus moves to it the moment a self-harm answer is chosen.
    if (crisisOf(after) && !crisisOf(before)) this.#focusTarget = 'crisis';
    this.#setProgress(withAnswer(this.#progress, question.id, after));
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.#next();
  };

  #next = (): void => {
    const quiz = this.effective;
    if (!quiz) return;
    const next = goForward(this.#progress, quiz);
    if (next === this.#progress) return;
    this.#focusTarget = isResultStep(next, quiz) ? 'result' : 'legend';
    this.#setProgress(next);
  };

  #back = (): void => {
    const previous = goBack(this.#progress);
    if (previous === this.#progress) return;
    this.#focusTarget = 'legend';
    this.#setProgress(previous);
  };

  #startOver = (): void => {
    this.#focusTarget = 'legend';
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
  #announce(view: QuestionView | ResultView): void {
    const quiz = this.effective!;
    const step = view.kind === 'question' ? view.index : quiz.questions.length;
    if (step === this.#announcedStep) return;
    this.#announcedStep = step;
    const answers = this.includeAnswers ? { answers: answersRecord(this.#progress, quiz) } : {};
    if (view.kind === 'question') {
      this.emit('quiz-step', { index: view.index, total: view.total, ...answers });
    } else {
      const { outcome, reasons, crisis } = view.result;
      this.emit('quiz-complete', { outcome, reasons: reasons.map((reason) => reason.id), crisis, ...answers });
    }
  }

  #moveFocus(): void {
    const target = this.#focusTarget;
    if (!target) return;
    const selector = target === 'legend' ? 'legend' : target === 'crisis' ? '[part="crisis"]' : '[part="result-heading"]';
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
    else storage((store) => store.setItem(key, serialiseProgress(progress)));
  }

  #forget(): void {
    this.#persisted = undefined;
    const key = this.#storageKey;
    storage((store) => store.removeItem(key));
  }
}

/** "Question 3 of 12" and the segmented progress bar. */
function renderProgress(quiz: QuizContent, index: number): TemplateResult {
  const total = quiz.questions.length;
  const progressText = fillTemplate(quiz.ui.progress, { current: index + 1, total });
  return html`<div class="progress" part="progress">
    <p class="progress-text" part="progress-text">${progressText}</p>
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

