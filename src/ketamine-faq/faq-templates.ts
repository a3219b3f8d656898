// Templates of the FAQ that hold no state: the element stamps them with its view and the accordion's state.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { StaticHeadingTag } from '../shared/static-heading.js';
import { faqCitations } from './faq-citations.js';
import type { Segment } from './faq-search.js';
import { ITEM_ID_PREFIX, type ViewItem } from './faq-view.js';

/**
 * Pre-rendered HTML without JavaScript (issue 18): every answer is shown, the controls that need a
 * script are not. A <noscript> style applies only where scripting is off (with scripting on it is
 * inert text). Server output only: a template the script stamps is parsed in an inert document,
 * where <noscript> content would become a live <style>. A function, so browser builds drop it.
 */
export const noScriptStyle = (): TemplateResult =>
  html`<noscript
    ><style>
      .answer[hidden] {
        display: block;
        content-visibility: visible;
      }
      .search,
      .toolbar,
      .empty,
      .question-button::after {
        display: none;
      }
    </style></noscript
  >`;

/** One question's reader state, from the accordion and the idle pass. */
export interface ItemState {
  /** Shown open (never while inert). */
  open: boolean;
  /** `aria-expanded` (absent while inert). */
  expanded: 'true' | 'false' | typeof nothing;
  /** Server output, or hydrating it: the button does nothing yet. */
  inert: boolean;
  /** The answer is in the DOM (opened once, or attached in idle time). */
  attached: boolean;
}

/**
 * One question: a single template (heading, button and panel together), since it is stamped
 * once per question on the first render. The chevron is the button's ::after.
 */
export function renderItem(item: ViewItem, questionTag: StaticHeadingTag, common: CommonContent, state: ItemState): TemplateResult {
  const { open } = state;
  const domId = `${ITEM_ID_PREFIX}${item.id}`;
  return staticHtml`<div class="item" part="item" id=${domId} ?hidden=${!item.visible}>
      <${questionTag.tag} class="question" part="question" role=${questionTag.role} aria-level=${questionTag.ariaLevel}><button
        type="button"
        class="question-button"
        part="question-button"
        id=${`${domId}-question`}
        aria-expanded=${state.expanded}
        aria-disabled=${state.inert ? 'true' : nothing}
        aria-controls=${`${domId}-answer`}
        data-id=${item.id}
      >${renderSegments(item.question)}</button></${questionTag.tag}>
      <div class="answer" part="answer" id=${`${domId}-answer`} data-id=${item.id} hidden=${open ? nothing : 'until-found'}>
        ${
          open || state.attached
            ? // Opening or closing changes only the button and the panel's hidden: the answer's own
              // text and sources (each source URL checked on render) are stamped again only when they change.
              guard(
                [item, common],
                () =>
                  html`<div class="answer-body">
                    ${item.paragraphs.map((paragraph) => html`<p>${renderSegments(paragraph)}</p>`)} ${faqCitations(item.sources, common.sourcesHeading)}
                  </div>`,
              )
            : nothing
        }
      </div>
    </div>`;
}

/** Text with the search matches marked; plain text when nothing matched. */
function renderSegments(segments: readonly Segment[]): unknown {
  if (segments.length === 1 && !segments[0].match) return segments[0].text;
  return segments.map((segment) => (segment.match ? html`<mark part="match">${segment.text}</mark>` : segment.text));
}
