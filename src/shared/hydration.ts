/**
 * Adopting HTML pre-rendered by `ketamine-widgets/ssr` (issue 18). Only the `.hydrate.js` files
 * carry this module (shared/install-hydration.ts installs it on `KwElement`); the plain files never
 * hydrate, so they do not pay for it.
 *
 * Hydration must render what the server rendered: Lit's hydrate support adopts the server's nodes
 * and does not compare text or attribute values, so a first frame with other content would leave
 * the server's text in place under values Lit thinks are shown. The server rendered the settled
 * content (the Spanish chunk, the validated inline override, the page config, the FAQ's answers),
 * which the browser has only after a chunk loads or zod validates. Until then nothing is rendered
 * and the server's DOM stays as it is; the content controller asks for an update when it settles.
 * `src` is not waited for: the server rendered the bundled content, which is what the browser
 * shows while the file loads.
 */
import { ReactiveElement, adoptStyles, type LitElement, type PropertyValues } from 'lit';
import type { Lang } from '../content/lang.js';
import { resolveLang } from './lang.js';

/** What hydration reads of its element: KwElement's protected content state, read here as by a friend class. */
interface HydratingElement extends LitElement {
  readonly content: unknown;
  readonly src: string | null;
  readonly effective: unknown;
  readonly common: unknown;
  readonly overridePending: boolean;
  readonly resolvedLang: Lang;
  readonly moreContentPending: boolean;
  readonly contentUnlikeServer: boolean;
}

export class Hydration {
  /** The last update waited for content instead of hydrating. */
  held = false;
  /** Resolves in the update that hydrated (or replaced) the server's HTML. */
  readonly #done: Promise<void>;
  #finish!: () => void;
  readonly #host: HydratingElement;
  /** The key of Lit's hydrate-support "adopt the shadow root on the next update" flag (minified by Lit's build), found in `createRenderRoot`. */
  #flag: string | undefined;

  constructor(host: LitElement) {
    this.#host = host as HydratingElement;
    this.#done = new Promise((resolve) => (this.#finish = resolve));
    // `updateComplete` means "rendered and working" here too: not the first update, which renders
    // nothing while content the server rendered loads (the FAQ's answers: its buttons still do
    // nothing), but the one that hydrated, and the update that makes the controls live (requested
    // in `updated`, before the waiters below run). On the instance, so plain files carry none of it.
    const element = host as unknown as { getUpdateComplete(): Promise<boolean> };
    const litUpdateComplete = element.getUpdateComplete;
    element.getUpdateComplete = async () => {
      await this.#done;
      return litUpdateComplete.call(host);
    };
  }

  /** Wraps LitElement's `createRenderRoot`, noting the flag the hydrate support sets there. */
  createRenderRoot(create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    const before = new Set(Object.keys(this.#host));
    const root = create();
    this.#flag = Object.keys(this.#host).find((key) => !before.has(key) && (this.#host as unknown as Record<string, unknown>)[key] === true);
    return root;
  }

  /** Stands in for LitElement's `update` (`render`) until the element has hydrated. */
  update(changed: PropertyValues, render: (changed: PropertyValues) => void): void {
    this.held = this.#serverContentPending();
    if (this.held) {
      // Reflect attributes and end this update without rendering (Lit's base `update`).
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this.#host, changed);
      return;
    }
    try {
      this.#adopt(changed, render);
    } finally {
      this.#finish();
    }
  }

  #adopt(changed: PropertyValues, render: (changed: PropertyValues) => void): void {
    const host = this.#host;
    // Content the server never rendered: a `content` property set in the browser, English because
    // the language chunk failed, or the FAQ's answers that failed to load. Replace the HTML in one
    // step rather than hydrate text that differs.
    const unlikeServer = (host.content !== undefined && host.content !== null) || host.resolvedLang !== resolveLang(host) || host.contentUnlikeServer;
    if (unlikeServer && this.#flag !== undefined) {
      (host as unknown as Record<string, boolean>)[this.#flag] = false;
      return this.#renderAfresh(changed, render);
    }
    try {
      render(changed);
    } catch (error) {
      // The server's HTML is not this first frame (HTML edited after rendering, another version of
      // the library): drop it and render afresh rather than break the page.
      console.warn(`[${host.localName}] pre-rendered HTML does not match; rendering it again`, error);
      this.#renderAfresh(changed, render);
    }
  }

  #serverContentPending(): boolean {
    const host = this.#host;
    const fetching = (host.content === undefined || host.content === null) && !!host.src;
    return !host.effective || !host.common || (host.overridePending && !fetching) || host.moreContentPending;
  }

  /** Lit's hydrate support renders instead of hydrating once its flag is off (it clears it itself before a failed hydration throws). */
  #renderAfresh(changed: PropertyValues, render: (changed: PropertyValues) => void): void {
    const host = this.#host;
    host.renderRoot.replaceChildren();
    if (host.renderRoot instanceof ShadowRoot) adoptStyles(host.renderRoot, (host.constructor as typeof LitElement).elementStyles);
    render(changed);
  }
}
