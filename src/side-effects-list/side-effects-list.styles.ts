import { css } from 'lit';

/**
 * Styles of `<side-effects-list>`. Colours come only from the `--_kw-*` tokens (light and dark),
 * severity is carried by icon shape and text as well as colour, and everything reflows down to
 * 320 px wide and 200 % zoom. Motion is limited to the disclosure marker, which the shared
 * reduced-motion rule turns off.
 */
export const sideEffectsStyles = css`
  :host {
    padding: var(--_kw-space);
  }
  section + section,
  .clinic-note + section {
    margin-top: calc(var(--_kw-space) * 1.5);
  }
  /* Sizes follow the tier (depth-n), not the tag: heading-level moves the tags (issue 14). */
  .depth-0 {
    font-size: 1.4em;
  }
  .depth-1 {
    font-size: 1.15em;
  }
  .depth-2 {
    font-size: 1.05em;
    margin-bottom: 0.35em;
  }
  .with-icon {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .note-heading {
    margin-bottom: 0.25em;
    font-weight: 700;
  }

  /* Get help now: always set apart from everything else. */
  .help {
    padding: var(--_kw-space);
    border: 2px solid var(--_kw-danger);
    border-inline-start-width: 8px;
    border-radius: var(--_kw-radius);
    background: var(--_kw-danger-surface);
    color: var(--_kw-text);
  }
  .help .depth-0 .icon {
    color: var(--_kw-danger);
  }
  .help-steps {
    display: grid;
    gap: var(--_kw-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .help-step-heading {
    font-size: 1.05em;
  }
  .help-items {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .help-note {
    font-size: 0.95em;
  }
  .help-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .help .citations {
    color: var(--_kw-text);
  }

  /* Side effects */
  .frequency-note {
    color: var(--_kw-muted);
    font-size: 0.95em;
  }
  .group {
    margin-top: calc(var(--_kw-space) * 1.25);
  }
  .effect-list {
    display: grid;
    gap: calc(var(--_kw-space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .effect {
    padding: calc(var(--_kw-space) * 0.75);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface);
  }
  /* The full list is ~1,500 boxes, nearly all below the first screen, and laying them all out
     before the first paint made this element slower than the FAQ (whose closed answers are
     never laid out). Off-screen items skip style, layout and paint for the first paint only:
     Chromium also drops skipped items from the accessibility tree (issue 14.1), so
     an IdleRenderController marks every item [data-laid-out] in idle batches right after, and
     from then on all are rendered and exposed. \`auto\` keeps each item's real height once it
     has been rendered; 24rem is a typical item (26rem at 412 px, 21rem at 1280 px). Disclosure
     items (compact, or the summary layout) are one line and cheap, so they are left alone. */
  .effect:not(.disclosure):not([data-laid-out]) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24rem;
  }
  .effect.serious {
    border-inline-start: 6px solid var(--_kw-danger);
  }
  .effect-body > :last-child {
    margin-bottom: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0 0 0.5em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_kw-border);
    border-radius: 999px;
    background: var(--_kw-surface-alt);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.serious {
    border-color: var(--_kw-danger);
    color: var(--_kw-danger);
  }
  .badge.timing {
    font-weight: 400;
  }

  /* Frequency: words first, then bars whose numbers are also shown as text. */
  .frequency {
    margin: 0 0 0.75em;
  }
  .frequency-words {
    margin-bottom: 0.4em;
  }
  .bars {
    display: grid;
    gap: 0.35em;
    max-width: 32rem;
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(5.5em, max-content) minmax(4em, 1fr) minmax(3em, max-content);
    align-items: center;
    gap: 0.5em;
    font-size: 0.9em;
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  meter {
    appearance: none;
    width: 100%;
    height: 0.9em;
    border: 1px solid var(--_kw-border);
    border-radius: 999px;
    background: var(--_kw-surface-alt);
    overflow: hidden;
  }
  meter::-webkit-meter-inner-element {
    display: block;
  }
  meter::-webkit-meter-bar {
    height: 100%;
    border: 0;
    border-radius: 999px;
    background: var(--_kw-surface-alt);
  }
  meter::-webkit-meter-optimum-value,
  meter::-webkit-meter-suboptimum-value,
  meter::-webkit-meter-even-less-good-value {
    background: var(--_kw-accent);
  }
  meter::-moz-meter-bar {
    background: var(--_kw-accent);
  }
  .placebo meter::-webkit-meter-optimum-value,
  .placebo meter::-webkit-meter-suboptimum-value,
  .placebo meter::-webkit-meter-even-less-good-value {
    background: var(--_kw-muted);
  }
  .placebo meter::-moz-meter-bar {
    background: var(--_kw-muted);
  }
  .item-note {
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_kw-accent);
    background: var(--_kw-surface-alt);
  }
  .routes {
    color: var(--_kw-muted);
    font-size: 0.95em;
  }
  /* Sources sit behind a small disclosure, so the list stays scannable. */
  .sources > summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_kw-accent);
    font-size: 0.9em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .sources .citations-heading {
    display: none;
  }
  /* Printed, the sources are listed under their heading and the disclosure toggle is not printed
     (paper cannot open it; issue 7: no buttons in print but the FAQ's questions). */
  @media print {
    .sources > summary {
      display: none;
    }
    .sources::details-content {
      content-visibility: visible;
    }
    .sources .citations-heading {
      display: block;
    }
  }
  .empty {
    font-style: italic;
  }

  /* Summary layout (issue 17.5): the effects behind "Show all" wait in \`hidden="until-found"\`
     blocks (no box, found by find-in-page). A whole group waiting has no margin, so nothing
     leaves a gap; the list inside keeps its own spacing once shown. */
  .more > .effect-list {
    margin-top: calc(var(--_kw-space) * 0.75);
  }
  .group.more[hidden] {
    margin-top: 0;
  }
  .show-all {
    margin-top: calc(var(--_kw-space) * 1.25);
  }
  /* Paper cannot press "Show all": print every side effect, without the button. */
  @media print {
    .more[hidden] {
      content-visibility: visible;
    }
    .group.more[hidden] {
      margin-top: calc(var(--_kw-space) * 1.25);
    }
    .show-all {
      display: none;
    }
    /* A disclosure prints open: its summary is then a title line, not a control. */
    details.effect-details::details-content {
      content-visibility: visible;
    }
    details.effect-details > summary::before {
      display: none;
    }
    details.effect-details > .effect-body {
      margin-top: calc(var(--_kw-space) * 0.75);
    }
  }

  /* compact: each side effect is a native disclosure. */
  details.effect-details > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
    min-height: 44px;
    margin: calc(var(--_kw-space) * -0.75);
    padding: calc(var(--_kw-space) * 0.5) calc(var(--_kw-space) * 0.75);
    border-radius: var(--_kw-radius);
    cursor: pointer;
    list-style: none;
  }
  details.effect-details > summary::-webkit-details-marker {
    display: none;
  }
  details.effect-details > summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  details.effect-details[open] > summary::before {
    transform: rotate(45deg);
  }
  details.effect-details > summary .effect-name {
    font-weight: 700;
  }
  details.effect-details > summary .badges {
    margin: 0;
  }
  details.effect-details[open] > .effect-body {
    margin-top: calc(var(--_kw-space) * 1.25);
  }

  /* Who should not have it */
  .caution-list {
    margin-top: var(--_kw-space);
    padding: calc(var(--_kw-space) * 0.75);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
  }
  .caution-list.contraindications {
    border-width: 2px;
    border-color: var(--_kw-danger);
  }
  .caution-list.contraindications .with-icon .icon {
    color: var(--_kw-danger);
  }
  .caution-list ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .caution-list li + li {
    margin-top: 0.25em;
  }

  @media (max-width: 24rem) {
    :host {
      padding: calc(var(--_kw-space) * 0.75);
    }
    .help,
    .effect,
    .caution-list {
      padding: calc(var(--_kw-space) * 0.6);
    }
    .bar {
      grid-template-columns: minmax(0, 1fr) minmax(2.5em, max-content);
    }
    .bar meter {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  @media (forced-colors: active) {
    .help,
    .effect.serious,
    .caution-list.contraindications {
      border-color: CanvasText;
    }
  }
`;
