import { css } from 'lit';

/**
 * Styles of `<candidacy-quiz>`. Colours come only from the `--_kw-*` tokens (light and dark);
 * the crisis panel uses the danger tokens. Targets are at least 44 px; everything wraps at
 * 320 px and 200 % zoom.
 */
export const quizStyles = css`
  .quiz {
    padding: var(--_kw-space);
  }
  .intro,
  .privacy {
    color: var(--_kw-muted);
  }
  .privacy {
    font-size: 0.9em;
  }

  .progress {
    margin: var(--_kw-space) 0 calc(var(--_kw-space) * 0.75);
  }
  .progress-text {
    margin: 0 0 0.35em;
    font-weight: 600;
    color: var(--_kw-muted);
  }
  .progress-track {
    display: flex;
    gap: 3px;
  }
  .segment {
    flex: 1 1 0;
    height: 0.5rem;
    border: 1px solid var(--_kw-border);
    border-radius: 999px;
    background: var(--_kw-surface);
  }
  .segment.done {
    border-color: var(--_kw-accent);
    background: var(--_kw-accent);
  }
  /* Forced colours replace backgrounds with Canvas, which would draw done and to-do alike: use system colours. */
  @media (forced-colors: active) {
    .segment {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .segment.done {
      border-color: Highlight;
      background: Highlight;
    }
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset:focus-visible {
    border-radius: var(--_kw-radius);
  }
  legend {
    padding: 0;
    margin: 0 0 0.5em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .hint {
    color: var(--_kw-muted);
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_kw-surface-alt);
  }
  /* A class set on render, not :has(input:checked): the checked input then invalidates only its own label's style. */
  .option.chosen {
    border-color: var(--_kw-accent);
    box-shadow: inset 0 0 0 1px var(--_kw-accent);
    background: var(--_kw-surface-alt);
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_kw-accent);
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: var(--_kw-space);
  }
  .next-reason {
    margin: 0.5em 0 0;
    color: var(--_kw-muted);
    font-size: 0.9em;
  }

  .crisis {
    margin: 0 0 var(--_kw-space);
    padding: var(--_kw-space);
    border: 2px solid var(--_kw-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_kw-radius);
    background: var(--_kw-danger-surface);
    color: var(--_kw-text);
  }
  .crisis-heading {
    color: var(--_kw-danger);
  }
  .crisis a:not(.button) {
    color: var(--_kw-danger);
    font-weight: 600;
  }
  .crisis-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
  }
  .button.danger {
    border-color: var(--_kw-danger);
    background: var(--_kw-danger);
    color: var(--_kw-danger-surface);
  }
  .crisis .button.secondary {
    border-color: var(--_kw-danger);
    color: var(--_kw-danger);
  }
  .outcome.crisis {
    border: 2px solid var(--_kw-danger);
    border-inline-start-width: 6px;
    background: var(--_kw-danger-surface);
  }
  .not-diagnosis {
    font-weight: 600;
  }
  .crisis-reminder {
    margin: 0 0 var(--_kw-space);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_kw-danger);
    border-radius: var(--_kw-radius);
    background: var(--_kw-danger-surface);
  }

  .result-heading {
    margin-top: calc(var(--_kw-space) * 0.5);
    font-size: 1.3em;
    border-radius: 4px;
  }
  .outcome {
    padding: 0.75em var(--_kw-space);
    border-inline-start: 4px solid var(--_kw-accent);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface-alt);
  }
  .outcome p:last-child {
    margin-bottom: 0;
  }
  .depth-2 {
    margin-top: var(--_kw-space);
    font-size: 1.05em;
  }
  .reasons,
  .topics {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .reasons li,
  .topics li {
    margin: 0 0 0.6em;
  }
  .reason-title {
    display: block;
    font-weight: 700;
  }
  .clinic-note {
    padding: 0.75em var(--_kw-space);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
  }
  .not-diagnosis-detail {
    margin-top: var(--_kw-space);
  }
  .summary dl {
    margin: 0;
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0 0 0.5em;
    padding-inline-start: 1em;
  }

  @media print {
    .nav,
    .progress,
    .next-reason,
    .crisis-reminder,
    button {
      display: none !important;
    }
    .option,
    .outcome,
    .crisis,
    .clinic-note {
      break-inside: avoid;
    }
  }
`;
