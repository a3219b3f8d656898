import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { INTL_LOCALE, type Lang } from '../content/lang.js';
import type { OverrideSource } from '../content/override.js';
import type { CommonContent } from '../content/schemas/common.js';
import { attributeTypos } from './attribute-typos.js';
import { ContentController, type ContentConfig } from './content-controller.js';
import { reportContentError } from './content-error.js';
import { FirstRenderScheduler } from './first-render-scheduler.js';
import type { Hydration } from './hydration.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, validHeadingLevel } from './heading.js';
import type { KwEventMap } from './events.js';
import { renderFooter, renderOverrideNotice } from './chrome-templates.js';
import { PropertyEntry, type TypedPropertyDeclaration } from './property-types.js';
import { unwatchDocument, watchDocument } from './document-watch.js';
import { MAX_PHONE_DIGITS, safeLinkUrl, telHref } from './safe-url.js';

const THEMES: readonly string[] = ['auto', 'light', 'dark'] satisfies Theme[];

/** The colour scheme: `auto` follows the system. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * What every ketamine-widgets element is: the clinic attributes, theme and heading level, the one
 * coercion step every property value passes, and the shared chrome (override notice, disclaimer,
 * crisis line, reviewed date, call to action). Language, bundled content and the clinic override
 * live in a `ContentController`, configured by each element's `static contentConfig`; subclasses
 * add `renderBody`.
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
    // Reflected: the theme styles select on the attribute, and a theme from a property or the page config must reach them.
    theme: { reflect: true },
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

  /** Each element's bundled content, override validator and merge, as data (`any`: a static cannot name C and O). */
  declare static contentConfig: ContentConfig<any, any>;

  /** The element's own content, given everything is loaded. */
  protected abstract renderBody(content: C, common: CommonContent): TemplateResult;

  /** Language, bundled content and the clinic override (property, `src`, inline JSON). */
  protected readonly contentController: ContentController<C, O>;
  protected bookingHref: string | null = null;
  protected phoneHref: string | null = null;
  /** The checked `heading-level`: the level of this element's top headings. */
  protected headingBase = DEFAULT_HEADING_LEVEL;
  /**
   * Pre-rendered by `ketamine-widgets/ssr` and adopted by Lit's hydrate support (the `.hydrate.js`
   * script, issue 18), until the first update is done. That update must render what the server
   * rendered: hydration keeps the server's DOM and does not re-apply attribute values, so client
   * state that differs from it (the FAQ's buttons no longer inert) comes in the next update.
   */
  protected get hydrating(): boolean {
    return this.#hydration !== undefined;
  }
  /** Installed by the `.hydrate.js` files (shared/install-hydration.ts); the plain files never hydrate and do not carry it. */
  static hydrationSupport?: typeof Hydration;
  /** Adopting pre-rendered HTML, until the first update that hydrated it. */
  #hydration: Hydration | undefined;
  /** Pre-rendered and `src` still loading: the server's (bundled) content stays, without the loading notice that would shift it. */
  #keepServerContentWhileLoading: boolean;

  readonly #entry = new PropertyEntry(this, (source, path, message) => reportContentError(this, source, path, message));
  /** Below the first viewport, the first render waits for the reader to approach or for idle time (issue 18). Never while
   * hydrating, nor with the FAQ's `open` (its first render scrolls the page to that question). */
  readonly #firstRender = new FirstRenderScheduler(this, () => !this.hydrating && !this.hasAttribute('open'));
  /** The page config changed: take another look at every property it may fill. */
  readonly #configWatcher = { pageConfigChanged: () => this.requestUpdate() };

  constructor() {
    super();
    this.contentController = new ContentController<C, O>(this, (this.constructor as typeof KwElement).contentConfig);
    const Support = KwElement.hydrationSupport;
    if (
      Support &&
      !isServer &&
      this.shadowRoot !== null &&
      typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function'
    )
      this.#hydration = new Support(this);
    this.#keepServerContentWhileLoading = this.hydrating;
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
    // Server rendering (issue 18): no document to watch, no page config to read.
    if (isServer) return;
    if (!this.hasUpdated) this.#warnAboutTypos();
    watchDocument(this.#configWatcher, this);
    if (this.#entry.configOutdated) this.requestUpdate();
  }

  /** A misspelt attribute is ignored by the browser; say which one it probably meant (shared/attribute-typos.ts). */
  #warnAboutTypos(): void {
    const known = (this.constructor as typeof KwElement).observedAttributes;
    for (const [typo, meant] of attributeTypos(this, known))
      console.warn(`<${this.localName}>: attribute "${typo}" is not one of ours and is ignored. Did you mean "${meant}"?`);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) unwatchDocument(this.#configWatcher);
  }

  /** Bundled content with the clinic override applied; undefined while a language chunk loads. */
  protected get effective(): C | undefined {
    return this.contentController.effective;
  }

  /** Shared strings in the language in use. */
  protected get common(): CommonContent | undefined {
    return this.contentController.common;
  }

  /** The language in use. */
  protected get resolvedLang(): Lang {
    return this.contentController.lang;
  }

  /** A clinic override is still on its way: ids it may add are not known yet (issue 15.4; see also `contentController.settled`). */
  protected get overridePending(): boolean {
    return this.contentController.overridePending;
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
    // A refused value the page config gave is reported as the config's, under its key.
    const attribute = source === 'attribute' ? /^[^.[]*/.exec(path)![0] : '';
    const key = attribute ? this.#entry.configKey(attribute, this.#declarations) : undefined;
    if (key) reportContentError(this, 'page-config', key + path.slice(attribute.length), message);
    else reportContentError(this, source, path, message);
  }

  get #declarations(): ReadonlyMap<PropertyKey, TypedPropertyDeclaration> {
    return (this.constructor as typeof KwElement).elementProperties;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#entry.enter(changed, this.#declarations);
    this.contentController.willUpdate(changed);
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#firstRender.schedule(() => super.scheduleUpdate());
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Pre-rendered HTML under the plain script (no hydrate support): Lit would render after the
    // server's copy, showing everything twice. Start from an empty root instead.
    if (!isServer && !this.hydrating) this.shadowRoot?.replaceChildren();
    return this.#hydration ? this.#hydration.createRenderRoot(() => super.createRenderRoot()) : super.createRenderRoot();
  }

  /** Content the server rendered that the browser loads after connecting (the FAQ's answers): hydration waits for it too. */
  protected get moreContentPending(): boolean {
    return false;
  }

  /** That content failed to load, so the first frame differs from the server's HTML (the FAQ's answers say they could not load). */
  protected get contentUnlikeServer(): boolean {
    return false;
  }

  protected override update(changed: PropertyValues): void {
    if (this.#hydration) this.#hydration.update(changed, (changed) => super.update(changed));
    else super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.contentController.overrideState !== 'loading') this.#keepServerContentWhileLoading = false;
    // Hydrated (not only waiting for content): client state, such as live FAQ buttons, comes next.
    if (this.#hydration && !this.#hydration.held) {
      this.#hydration = undefined;
      this.requestUpdate();
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
      ${renderOverrideNotice(this.contentController.overrideState, common, this.#keepServerContentWhileLoading)}${this.renderBody(content, common)}${
        // The footer depends only on these; skipping it keeps a keystroke or an answer cheap.
        guard([content, common, this.resolvedLang, this.bookingHref, this.phoneHref, this.clinicName, this.phone], () =>
          renderFooter(content.reviewed, common, this.intlLocale, {
            bookingHref: this.bookingHref,
            phoneHref: this.phoneHref,
            clinicName: this.clinicName,
            phone: this.phone,
          }),
        )
      }
    </div>`;
  }

  #resolveHeadingLevel(): number {
    if (this.headingLevel === null || this.headingLevel === undefined) return DEFAULT_HEADING_LEVEL;
    const level = validHeadingLevel(this.headingLevel);
    if (level !== null) return level;
    const raw = (this.getAttribute('heading-level') ?? String(this.headingLevel)).slice(0, 20);
    this.reportError('attribute', 'heading-level', `"${raw}" is not a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}`);
    return DEFAULT_HEADING_LEVEL;
  }
}
