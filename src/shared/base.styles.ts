import { css, unsafeCSS } from 'lit';
import { tokenCss } from './tokens.js';

/**
 * Styles every element shares. Only `static styles` (adopted stylesheets) are used, so a
 * `style-src 'self'` policy sees no inline style (THREAT-MODEL S2). Inherited host styles are
 * reset on :host so an aggressive theme stylesheet cannot restyle the inside (S3).
 * `unsafeCSS` here only ever receives the constant token table, never configuration.
 */
export const baseStyles = [
  unsafeCSS(tokenCss()),
  css`
    :host {
      all: initial;
      display: block;
      box-sizing: border-box;
      max-width: var(--_kw-max-width);
      font-family: var(--_kw-font-family);
      /* Text metrics are set on the inner wrapper (below); an em-based --kw-font-size is then
         relative to the surrounding text, as on any other element. */
      font-size: inherit;
      color: var(--_kw-text);
      background: var(--_kw-surface);
      border-radius: var(--_kw-radius);
      overflow-wrap: anywhere;
      text-align: start;
      -webkit-text-size-adjust: 100%;
    }
    :host([hidden]) {
      display: none;
    }
    /* A page rule such as "* { line-height: 3; font-size: 20px }" matches the host element and
       beats :host, and the whole shadow tree would inherit it. The inner wrapper sets the
       widget's own metrics, so only --kw-* tokens (and the inherited font family) reach inside. */
    .content,
    .loading {
      font-size: var(--_kw-font-size);
      line-height: var(--_kw-line-height);
      letter-spacing: var(--_kw-letter-spacing);
      word-spacing: var(--_kw-word-spacing);
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h2,
    h3,
    h4,
    h5,
    h6,
    [role='heading'] {
      line-height: 1.25;
      margin: 0 0 calc(var(--_kw-space) * 0.5);
    }
    [role='heading'] {
      display: block;
      font-weight: bold;
    }
    /* A heading's size follows its tier (renderHeading's depth-n), not its tag, so heading-level
       can move the tags to fit the host page without shrinking the text; zero specificity, so an
       element's own rule wins. The sizes are the browser's h2/h3/h4. */
    :where(.depth-0) {
      font-size: 1.5em;
    }
    :where(.depth-1) {
      font-size: 1.17em;
    }
    :where(.depth-2) {
      font-size: 1em;
    }
    p {
      margin: 0 0 calc(var(--_kw-space) * 0.75);
    }
    a {
      color: var(--_kw-accent);
      text-underline-offset: 0.15em;
    }
    button,
    input,
    select {
      font: inherit;
      color: inherit;
    }
    :focus-visible {
      outline: 3px solid var(--_kw-focus-ring);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .button {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: 44px;
      padding: 0.5em 1em;
      /* The clinic's colour as given, with black or white text chosen from it (tokens.ts). */
      border: 2px solid var(--_kw-accent-fill);
      border-radius: var(--_kw-radius);
      background: var(--_kw-accent-fill);
      color: var(--_kw-on-accent);
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    .button.secondary {
      border-color: var(--_kw-accent);
      background: transparent;
      color: var(--_kw-accent);
    }
    .button[disabled],
    .button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.75;
    }
    .notice {
      margin: 0 0 var(--_kw-space);
      padding: calc(var(--_kw-space) * 0.5) calc(var(--_kw-space) * 0.75);
      border-inline-start: 4px solid var(--_kw-border);
      background: var(--_kw-surface-alt);
      border-radius: var(--_kw-radius);
    }
    .notice.error {
      border-color: var(--_kw-danger);
    }
    .footer {
      margin-top: var(--_kw-space);
      padding-top: calc(var(--_kw-space) * 0.75);
      border-top: 1px solid var(--_kw-border);
      color: var(--_kw-muted);
      font-size: 0.9em;
    }
    .footer p {
      margin: 0 0 0.5em;
    }
    /* The crisis line must stay visible whatever the page does: important declarations inside a
       shadow tree win over the page's, ::part(crisis-line) and ::part(footer) included (issue 13). */
    .footer,
    .crisis-line {
      display: block !important;
      visibility: visible !important;
      opacity: 1 !important;
    }
    .crisis-line {
      color: var(--_kw-text);
      font-weight: 600;
    }
    .cta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.5em;
    }
    .cta .host {
      font-weight: 400;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }
    /* Print resets the colour tokens to the light set in tokens.ts, so dark text lands on white
       paper from any theme (issue 14); these only make sure of the host itself. */
    @media print {
      :host {
        color: var(--_kw-text);
        background: #fff;
      }
      .cta,
      .no-print {
        display: none !important;
      }
      /* Links styled as buttons ("Call 988") print as plain dark text: paper drops backgrounds,
         so white text on a coloured fill would vanish, and a box reads as something to press. */
      .button {
        min-height: 0;
        padding: 0;
        border: 0 !important;
        background: none !important;
        color: #000 !important;
        text-decoration: underline;
      }
    }
  `,
];

/** Styles for `renderCitations`. */
export const citationStyles = css`
  /* The footer's size (0.9em): a font size already in use, so the FAQ's first opened answer does not
     pay for a new one (about half the layout of opening an answer, 4× throttled). */
  .citations {
    font-size: 0.9em;
    color: var(--_kw-muted);
  }
  .citations-heading {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  /* No list markers: generating ::marker boxes doubled the style and layout work of opening an
     FAQ answer (16 → 9 ms per open, 4× throttled). role="list" on the <ol> keeps it a list for
     Safari's VoiceOver, which drops list semantics when markers are removed. */
  .citations ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .citations li {
    margin: 0.35em 0;
  }
`;
