import { css } from 'lit';

/**
 * Styles of `<cost-estimator>`. Colours only through the `--_kw-*` tokens (light and dark come
 * from the shared token CSS). Every control is at least 44 px tall; the result keeps its size
 * while the patient types (reserved lines for errors, the stale note in the updates note's place, tabular figures).
 */
export const costEstimatorStyles = css`
  .disclaimer {
    color: var(--_kw-muted);
  }
  .layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_kw-space);
    align-items: start;
  }
  form {
    display: grid;
    gap: calc(var(--_kw-space) * 0.75);
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_kw-space) * 0.5) calc(var(--_kw-space) * 0.75) calc(var(--_kw-space) * 0.25);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.25em;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface);
    color: var(--_kw-text);
  }
  /* A closed native select shows its value on one line and cuts it off (Spanish plan names at
     1024 px, English insurance choices at 320 px). Where the customizable select exists it wraps
     the chosen value instead; the picker takes the widget's colours, so dark themes stay dark.
     Elsewhere the native select is kept (its list still shows every option in full). */
  @supports (appearance: base-select) {
    select,
    select::picker(select) {
      appearance: base-select;
    }
    select {
      align-items: center;
      white-space: normal;
      text-align: start;
    }
    select::picker(select) {
      border: 1px solid var(--_kw-border);
      border-radius: var(--_kw-radius);
      background: var(--_kw-surface);
      color: var(--_kw-text);
    }
    option {
      min-height: 44px;
      padding: 0.4em 0.6em;
      white-space: normal;
    }
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_kw-danger);
  }
  .hint {
    margin: 0;
    color: var(--_kw-muted);
    font-size: 0.9em;
  }
  .field-error {
    /* Reserved, so an error appearing never pushes the result down. */
    min-height: 1.5em;
    margin: 0;
    color: var(--_kw-danger);
    font-weight: 600;
    font-size: 0.9em;
  }
  .locked {
    margin: 0 0 0.75em;
  }
  .locked-label {
    display: block;
    font-weight: 600;
  }
  .result {
    min-width: 0;
    min-height: 22rem;
    padding: calc(var(--_kw-space) * 0.75);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface-alt);
  }
  /* The updates note and the stale note share one grid cell: the taller sets the height, so the
     table never moves while the patient types, and the line always carries visible text. */
  .result-status {
    display: grid;
    margin: 0 0 calc(var(--_kw-space) * 0.75);
  }
  .result-status > p {
    grid-area: 1 / 1;
    margin: 0;
    font-size: 0.9em;
    visibility: hidden;
  }
  .result-status > .shown {
    visibility: visible;
  }
  .updates-note {
    color: var(--_kw-muted);
  }
  .stale-note {
    font-weight: 600;
    color: var(--_kw-danger);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: calc(var(--_kw-space) * 0.75);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.4em 0.25em;
    border-bottom: 1px solid var(--_kw-border);
    vertical-align: top;
    text-align: start;
  }
  thead th {
    font-size: 0.9em;
    color: var(--_kw-muted);
  }
  tbody th {
    font-weight: 400;
  }
  td {
    text-align: end;
    white-space: normal;
  }
  .detail {
    display: block;
    color: var(--_kw-muted);
    font-size: 0.9em;
  }
  .totals th {
    font-weight: 600;
  }
  .totals .strong th,
  .totals .strong td {
    font-weight: 700;
    font-size: 1.05em;
  }
  .estimate-note {
    font-weight: 600;
  }
  .details,
  .notes {
    margin-top: var(--_kw-space);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 700;
    margin-top: 0.5em;
  }
  dd {
    margin: 0;
  }
  .price-range {
    display: block;
    font-weight: 600;
  }
  .notes ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .notes li {
    margin: 0.25em 0;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
