/**
 * Where focus goes after a step change, once, after the render that shows it: the new question's
 * group (named "Question 3 of 14" and the question), the crisis panel, or the outcome heading.
 * Never on page load and never on a re-render that is not a step change (WCAG 2.4.3, 3.2.2).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusTarget = 'question' | 'crisis' | 'result';

const SELECTORS: Record<FocusTarget, string> = {
  question: '[part="question"]',
  crisis: '[part~="crisis"]',
  result: '[part="result-heading"]',
};

export class StepFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  #target: FocusTarget | null = null;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus `target` after the next render that shows it. */
  request(target: FocusTarget): void {
    this.#target = target;
  }

  hostUpdated(): void {
    if (!this.#target) return;
    const element = this.#host.renderRoot.querySelector<HTMLElement>(SELECTORS[this.#target]);
    if (!element) return;
    this.#target = null;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
  }
}
