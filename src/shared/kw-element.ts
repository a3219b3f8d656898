import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { BundledContent } from '../content/bundled.js';
import { INTL_LOCALE, type Lang } from '../content/lang.js';
import type { CommonContent } from '../content/schemas/common.js';
import { commonContent } from './common-content.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, validHeadingLevel } from './heading.js';
import type { KwEventMap } from './events.js';
import { fetchOverrideText } from './fetch-override.js';
import { formatDateInWords, resolveLang } from './lang.js';
import {
  explainOverrideFailure,
  formatContentError,
  parseOverrideJson,
  plainDataResult,
  type ContentErrorDetail,
  type OverrideSource,
  type OverrideValidator,
  type Validation,
} from '../content/override.js';
import { linkDialingCodes } from './dialing-codes.js';
import { isServerValidated } from './server-override.js';
import { coerceProperty, propertyKind, type TypedPropertyDeclaration } from './property-types.js';
import { MAX_PHONE_DIGITS, linkHost, safeLinkUrl, telHref } from './safe-url.js';

const THEMES: readonly string[] = ['auto', 'light', 'dark'] satisfies Theme[];

/** The colour scheme: `auto` follows the system. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * What every ketamine-widgets element shares: language, clinic attributes, theme, the clinic
 * override pipeline (property, inline script, `src`), error reporting, the disclaimer footer and
 * the call to action. Subclasses supply their bundled content, their override validator, how an
 * override merges into the content, and `renderBody`.
 *
 * Data flows one way: attributes and overrides → validated config → `effective` content →
 * the subclass's view model (`willUpdate`) → `render`.
 *
 * @attr lang - `en` or `es` (region tags such as `es-MX` count by their first part). Absent: the nearest ancestor's `lang`, else `en`.
 * @attr heading-level - Level of the element's top headings, 2–6 (default 2); its inner headings go one or two levels deeper.
 */
export abstract class KwElement<C extends { reviewed: string }, O> extends LitElement {
  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    phone: {},
    bookingUrl: { attribute: 'booking-url' },
    theme: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter, kind: 'number' as const },
    src: {},
    content: { attribute: false },
  };

  /** Clinic name, used in the call to action. */
  declare clinicName: string | null;
  /** Clinic phone number; becomes a `tel:` link in the call to action. */
  declare phone: string | null;
  /** Booking link: http(s), tel or mailto only; anything else is refused with a console error. */
  declare bookingUrl: string | null;
  /** `auto` (default, follows the system), `light` or `dark`. */
  declare theme: Theme | null;
  /** Level of the top headings, 2–6, so the widget fits the host page's outline. Null: 2. */
  declare headingLevel: number | null;
  /** URL of a JSON override: same-origin or https only. The only request the library ever makes. */
  declare src: string | null;
  /** A clinic override as a JavaScript object or a JSON string, validated like every other override. */
  declare content: O | string | null | undefined;

  /** The element's bundled content in both languages. */
  protected abstract readonly bundle: BundledContent<C>;
  /** Loads the zod validator for this element's override (a separate chunk: paid for only when used). */
  protected abstract loadOverrideValidator(): Promise<OverrideValidator<O>>;
  /** Applies a validated override to bundled content. Pure; returns new objects. */
  protected abstract mergeOverride(bundled: C, override: O): C;
  /** The element's own content, given everything is loaded. */
  protected abstract renderBody(content: C, common: CommonContent): TemplateResult;

  /** The language in use. */
  protected resolvedLang: Lang = 'en';
  /** Shared strings in the language in use. */
  protected common: CommonContent | undefined;
  /** Bundled content with the clinic override applied; undefined while a language chunk loads. */
  protected effective: C | undefined;
  protected bookingHref: string | null = null;
  protected phoneHref: string | null = null;
  /** The checked `heading-level`: the level of this element's top headings. */
  protected headingBase = DEFAULT_HEADING_LEVEL;

  #bundled: C | undefined;
  #override: O | undefined;
  #overrideState: 'none' | 'loading' | 'applied' | 'failed' = 'none';
  /** An override is being fetched, parsed or validated: its outcome is not known yet. */
  #overridePending = false;
  #overrideGeneration = 0;
  #overrideAbort: AbortController | undefined;
  #childObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.clinicName = null;
    this.phone = null;
    this.bookingUrl = null;
    this.theme = null;
    this.headingLevel = null;
    this.src = null;
    this.content = undefined;
  }

  // `lang` stays the native global attribute (no Lit accessor shadows it); we only observe it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may insert the inline JSON after the element upgrades.
    this.#childObserver ??= new MutationObserver(() => this.#refreshOverride());
    this.#childObserver.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.hasUpdated) this.#refreshOverride();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#overrideAbort?.abort();
  }

  /**
   * Whether a clinic override is still on its way (fetched, parsed or validated asynchronously).
   * Anything that resolves ids against the content (the FAQ's `open` and URL hash) waits for it,
   * so an id the override adds is found (issue 15.4).
   */
  protected get overridePending(): boolean {
    return this.#overridePending;
  }

  /** Locale for `Intl` formatting: en-US or es-US. */
  protected get intlLocale(): string {
    return INTL_LOCALE[this.resolvedLang];
  }

  /** Dispatches a bubbling, composed CustomEvent; the name and its detail are checked against `KwEventMap`. */
  protected emit<K extends keyof KwEventMap>(name: K, detail: KwEventMap[K]['detail']): boolean {
    /** @ignore (for the manifest: each element documents its real events with `@fires`) */
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Reports bad configuration without throwing: console.error naming the field, plus `content-error`. */
  protected reportError(source: OverrideSource, path: string, message: string): void {
    const detail: ContentErrorDetail = { element: this.localName, source, path, message };
    console.error(formatContentError(detail));
    this.emit('content-error', detail);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#coerceProperties(changed);
    if (!this.hasUpdated || changed.has('lang')) this.#loadLanguage();
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.#refreshOverride();
    if (changed.has('bookingUrl')) {
      this.bookingHref = safeLinkUrl(this.bookingUrl);
      if (this.bookingUrl && !this.bookingHref) {
        this.reportError('attribute', 'booking-url', `refused "${this.bookingUrl.slice(0, 80)}": only http(s), tel and mailto links are allowed`);
      }
    }
    if (changed.has('phone')) {
      this.phoneHref = telHref(this.phone);
      if (this.phone && !this.phoneHref) {
        this.reportError('attribute', 'phone', `"${this.phone.slice(0, 40)}" is not a phone number (at most ${MAX_PHONE_DIGITS} digits, plus an extension)`);
      }
    }
    if (changed.has('headingLevel')) this.headingBase = this.#resolveHeadingLevel();
    if (changed.has('theme') && this.theme && !THEMES.includes(this.theme)) {
      console.warn(`[${this.localName}] theme: "${this.theme.slice(0, 40)}" is not auto, light or dark; using auto`);
    }
  }

  /**
   * The one place property values enter (issue 15.1): every changed public property is coerced to
   * its declared kind (see property-types.ts) before anything reads it, or refused with an error
   * naming the property and reset to its default. Runs first in `willUpdate`, so subclasses only
   * ever see values of their documented type; writing a property here does not start another update.
   */
  #coerceProperties(changed: PropertyValues): void {
    const declarations = (this.constructor as typeof KwElement).elementProperties;
    const values = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const kind = propertyKind(declarations.get(name) as TypedPropertyDeclaration | undefined);
      if (!kind) continue;
      const value = values[name];
      // Server rendering: src/ssr's validated override keeps its identity (the copy would lose the mark).
      if (isServer && isServerValidated(value)) continue;
      const result = coerceProperty(kind, value);
      if (result.value !== value) values[name] = result.value;
      if (!result.ok) {
        if (name === 'content') this.reportError('property', '', result.message);
        else this.reportError('attribute', String(name), result.message);
      }
    }
  }

  protected override render(): TemplateResult {
    const content = this.effective;
    const common = this.common;
    if (!content || !common) {
      // Only while a language chunk loads: keep the box from collapsing.
      return html`<div class="loading" part="loading" aria-busy="true"></div>`;
    }
    // The language of the text, stated inside the shadow root: on a French page the widget shows
    // English, and screen readers must read it as English (WCAG 3.1.2).
    return html`<div class="content" lang=${this.resolvedLang}>
      ${this.#renderOverrideNotice(common)}${this.renderBody(content, common)}${
        // The footer depends only on these; skipping it keeps a keystroke or an answer cheap.
        guard([content, common, this.resolvedLang, this.bookingHref, this.phoneHref, this.clinicName, this.phone], () =>
          this.renderFooter(content, common),
        )
      }
    </div>`;
  }

  /**
   * The not-medical-advice line, the crisis line, the reviewed date and the call to action. Shared
   * by every element. The crisis line comes from the bundled common strings, which no clinic
   * override reaches, so no configuration can remove it (issue 13).
   */
  protected renderFooter(content: C, common: CommonContent): TemplateResult {
    // A div, not <footer>: outside <main>/<section> a <footer> becomes the page's contentinfo
    // landmark, and two widgets on one page would then fail axe's landmark-unique rule.
    return html`<div class="footer" part="footer">
      <p part="disclaimer">${common.notMedicalAdvice}</p>
      <p class="crisis-line" part="crisis-line">${linkDialingCodes(common.crisisShort).map((part) =>
        part.tel ? html`<a href=${part.tel}>${part.text}</a>` : part.text,
      )}</p>
      <p part="reviewed">${common.reviewedOn}: <time datetime=${content.reviewed}>${formatDateInWords(content.reviewed, common, this.intlLocale)}</time></p>
      ${this.renderCallToAction(common)}
    </div>`;
  }

  /** Links to book or call the clinic, when the clinic set `booking-url` or `phone`. */
  protected renderCallToAction(common: CommonContent): TemplateResult | typeof nothing {
    if (!this.bookingHref && !this.phoneHref) return nothing;
    const host = this.bookingHref ? linkHost(this.bookingHref) : '';
    const name = this.clinicName?.slice(0, 120);
    return html`<div class="cta" part="cta">
      ${this.bookingHref
        ? html`<a class="button" part="cta-book" href=${this.bookingHref}>${common.book}${name ? html` · ${name}` : nothing}${host
              ? html` <span class="host">(${host})</span>`
              : nothing}</a>`
        : nothing}
      ${this.phoneHref
        ? html`<a class="button secondary" part="cta-call" href=${this.phoneHref}>${common.call}${name ? ` ${name}` : ''}: ${this.phone}</a>`
        : nothing}
    </div>`;
  }

  #renderOverrideNotice(common: CommonContent): TemplateResult | typeof nothing {
    if (this.#overrideState === 'loading') {
      return html`<p class="notice" part="loading" role="status">${common.loadingClinicContent}</p>`;
    }
    if (this.#overrideState === 'failed') {
      return html`<p class="notice error" part="error" role="status">${common.overrideFailed}</p>`;
    }
    return nothing;
  }

  #resolveHeadingLevel(): number {
    if (this.headingLevel === null || this.headingLevel === undefined) return DEFAULT_HEADING_LEVEL;
    const level = validHeadingLevel(this.headingLevel);
    if (level !== null) return level;
    const raw = (this.getAttribute('heading-level') ?? String(this.headingLevel)).slice(0, 20);
    this.reportError('attribute', 'heading-level', `"${raw}" is not a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}`);
    return DEFAULT_HEADING_LEVEL;
  }

  #loadLanguage(): void {
    const lang = resolveLang(this);
    this.resolvedLang = lang;
    this.#bundled = this.bundle.peek(lang);
    this.common = commonContent.peek(lang);
    this.#recompute();
    if (this.#bundled && this.common) return;
    Promise.all([this.bundle.load(lang), commonContent.load(lang)]).then(
      ([bundled, common]) => {
        if (this.resolvedLang !== lang) return;
        this.#bundled = bundled;
        this.common = common;
        this.#recompute();
        this.requestUpdate();
      },
      (error: Error) => {
        // A blocked language chunk: fall back to English rather than an empty box.
        console.error(`[${this.localName}] lang: could not load "${lang}" content (${error.message}); showing English`);
        this.resolvedLang = 'en';
        this.#bundled = this.bundle.peek('en');
        this.common = commonContent.peek('en');
        this.#recompute();
        this.requestUpdate();
      },
    );
  }

  #recompute(): void {
    const bundled = this.#bundled;
    if (!bundled) {
      this.effective = undefined;
      return;
    }
    if (this.#override === undefined) {
      this.effective = bundled;
      return;
    }
    try {
      this.effective = this.mergeOverride(bundled, this.#override);
    } catch (error) {
      this.#override = undefined;
      this.#overrideState = 'failed';
      this.effective = bundled;
      this.reportError('property', '', `could not apply: ${(error as Error).message}`);
    }
  }

  /** Applies the outcome of an override, then reports a failure once the fallback is rendered-ready. */
  #settleOverride(value: O | undefined, failure?: { source: OverrideSource; path: string; message: string }): void {
    this.#overridePending = false;
    this.#override = value;
    this.#overrideState = failure ? 'failed' : 'applied';
    this.#recompute();
    this.requestUpdate();
    if (failure) this.reportError(failure.source, failure.path, failure.message);
  }

  /** Which override applies: the `content` property, else `src`, else an inline JSON script. */
  #refreshOverride(): void {
    const generation = ++this.#overrideGeneration;
    this.#overrideAbort?.abort();
    this.#overrideAbort = undefined;

    // Server rendering: no DOM, no fetch, no await; src/ssr hands over an already validated value.
    if (isServer) {
      this.#override = isServerValidated(this.content) ? (this.content as O) : undefined;
      this.#overrideState = this.#override === undefined ? 'none' : 'applied';
      this.#recompute();
      return;
    }

    let source: OverrideSource;
    let data: () => Promise<Validation<unknown>>;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (this.content !== undefined && this.content !== null) {
      source = 'property';
      const value = this.content;
      // Normally already plain data (see #coerceProperties); a child mutation can get here first.
      data = async () => (typeof value === 'string' ? parseOverrideJson(value) : plainDataResult(value));
    } else if (typeof this.src === 'string' && this.src) {
      source = 'src';
      const abort = (this.#overrideAbort = new AbortController());
      const src = this.src;
      data = async () => parseOverrideJson(await fetchOverrideText(src, abort.signal));
    } else if (script) {
      source = 'script';
      const raw = script.textContent ?? '';
      data = async () => parseOverrideJson(raw);
    } else {
      this.#overridePending = false;
      if (this.#override !== undefined || this.#overrideState !== 'none') {
        this.#override = undefined;
        this.#overrideState = 'none';
        this.#recompute();
        this.requestUpdate();
      }
      return;
    }

    const previousState = this.#overrideState;
    this.#overrideState = source === 'src' ? 'loading' : previousState === 'failed' ? 'none' : previousState;
    if (this.#overrideState !== previousState) this.requestUpdate();

    this.#overridePending = true;
    Promise.all([data(), this.loadOverrideValidator()]).then(
      ([parsed, validate]) => {
        if (generation !== this.#overrideGeneration) return;
        const result: Validation<O> = parsed.ok ? validate(parsed.value) : parsed;
        if (!result.ok) {
          this.#settleOverride(undefined, { source, path: result.path, message: result.message });
          return;
        }
        this.#settleOverride(result.value);
        // Mistakes that do not stop the override (an unknown id in `hide` or `sources`).
        for (const problem of result.problems ?? []) this.reportError(source, problem.path, problem.message);
      },
      (error: Error) => {
        if (generation !== this.#overrideGeneration || error?.name === 'AbortError') return;
        this.#settleOverride(undefined, { source, path: '', message: explainOverrideFailure(error) });
      },
    );
  }
}
