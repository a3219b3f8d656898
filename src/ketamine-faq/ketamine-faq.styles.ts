import { css } from 'lit';

/**
 * `<ketamine-faq>` styles. Colours come only from the `--_kw-*` tokens so light, dark and clinic
 * themes all work. Closed answers use `hidden="until-found"` (content-visibility, not
 * display:none) so find-in-page still reaches them; the panel itself carries no box styles, so a
 * closed panel takes no space.
 */
export const faqStyles = css`
  .faq {
    display: block;
  }
  .search {
    margin-bottom: calc(var(--_kw-space) * 0.75);
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .search .hint {
    margin: 0 0 0.4em;
    color: var(--_kw-muted);
    font-size: 0.9em;
  }
  .search input {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface);
    color: var(--_kw-text);
  }
  .status {
    margin: 0.5em 0 0;
  }
  .status:empty {
    margin: 0;
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin: 0 0 calc(var(--_kw-space) * 0.75);
  }
  .category + .category {
    margin-top: calc(var(--_kw-space) * 1.5);
  }
  .category-title {
    font-size: 1.25em;
  }
  .items {
    border-top: 1px solid var(--_kw-border);
  }
  .item {
    border-bottom: 1px solid var(--_kw-border);
  }
  .question {
    margin: 0;
    font-size: 1.0625em;
  }
  /* Block, not flex, with the chevron as ::after: the cheapest layout for ~40 questions. */
  .question-button {
    position: relative;
    display: block;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding-block: 0.75em;
    padding-inline: 0.25em 2em;
    border: 0;
    background: transparent;
    color: var(--_kw-text);
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
  }
  .question-button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .question-button::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.6em;
    top: 50%;
    width: 0.55em;
    height: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-70%) rotate(45deg);
    transition: transform 0.2s ease;
  }
  .question-button[aria-expanded='true']::after {
    transform: translateY(-30%) rotate(-135deg);
  }
  .answer-body {
    padding: 0 0.25em calc(var(--_kw-space) * 0.75);
  }
  .answer-body > p {
    max-width: 70ch;
  }
  mark {
    background: var(--_kw-highlight);
    color: inherit;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .question-button::after {
      border-color: ButtonText;
    }
  }
  @media print {
    .search,
    .toolbar,
    .empty,
    .question-button::after {
      display: none !important;
    }
    .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .item {
      break-inside: avoid;
    }
    mark {
      background: none;
    }
  }
`;
