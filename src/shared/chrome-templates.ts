/**
 * The parts every element shows around its own content: the override notice above it, and the
 * footer below it (the not-medical-advice line, the crisis line, the reviewed date, the call to
 * action). Stateless templates; `KwElement` stamps them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonContent } from '../content/schemas/common.js';
import type { OverrideState } from './content-controller.js';
import { linkDialingCodes } from './dialing-codes.js';
import { formatDateInWords } from './lang.js';
import { linkHost } from './safe-url.js';

/** The clinic's links, already checked (`bookingHref`, `phoneHref` are null when refused or unset). */
export interface ClinicContact {
  bookingHref: string | null;
  phoneHref: string | null;
  clinicName: string | null;
  phone: string | null;
}

/**
 * Shared by every element. The crisis line comes from the bundled common strings, which no clinic
 * override reaches, so no configuration can remove it (issue 13).
 */
export function renderFooter(reviewed: string, common: CommonContent, locale: string, contact: ClinicContact): TemplateResult {
  // A div, not <footer>: outside <main>/<section> a <footer> becomes the page's contentinfo
  // landmark, and two widgets on one page would then fail axe's landmark-unique rule.
  return html`<div class="footer" part="footer">
    <p part="disclaimer">${common.notMedicalAdvice}</p>
    <p class="crisis-line" part="crisis-line">
      ${linkDialingCodes(common.crisisShort).map((part) => (part.tel ? html`<a href=${part.tel}>${part.text}</a>` : part.text))}
    </p>
    <p part="reviewed">${common.reviewedOn}: <time datetime=${reviewed}>${formatDateInWords(reviewed, common, locale)}</time></p>
    ${renderCallToAction(common, contact)}
  </div>`;
}

/** Links to book or call the clinic, when the clinic set `booking-url` or `phone`. */
function renderCallToAction(common: CommonContent, { bookingHref, phoneHref, clinicName, phone }: ClinicContact): TemplateResult | typeof nothing {
  if (!bookingHref && !phoneHref) return nothing;
  const host = bookingHref ? linkHost(bookingHref) : '';
  const name = clinicName?.slice(0, 120);
  return html`<div class="cta" part="cta">
    ${
      bookingHref
        ? html`<a class="button" part="cta-book" href=${bookingHref}
            >${common.book}${name ? html` · ${name}` : nothing}${host ? html` <span class="host">(${host})</span>` : nothing}</a
          >`
        : nothing
    }
    ${phoneHref ? html`<a class="button secondary" part="cta-call" href=${phoneHref}>${common.call}${name ? ` ${name}` : ''}: ${phone}</a>` : nothing}
  </div>`;
}

/** The clinic override is loading (unless pre-rendered content stands in for it) or failed. */
export function renderOverrideNotice(state: OverrideState, common: CommonContent, keepServerContentWhileLoading: boolean): TemplateResult | typeof nothing {
  if (state === 'loading' && !keepServerContentWhileLoading) return html`<p class="notice" part="loading" role="status">${common.loadingClinicContent}</p>`;
  if (state === 'failed') return html`<p class="notice error" part="error" role="status">${common.overrideFailed}</p>`;
  return nothing;
}
