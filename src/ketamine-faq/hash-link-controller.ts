import type { ReactiveController, ReactiveElement } from 'lit';
import { ITEM_ID_PREFIX } from './faq-view.js';

/** The content id in `#faq-<id>`, or null. */
export function idFromHash(hash: string): string | null {
  let value = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  return value.startsWith(ITEM_ID_PREFIX) ? value.slice(ITEM_ID_PREFIX.length) : null;
}

export interface HashLinkOptions {
  /** Whether ids can be resolved now: the content is there and any clinic override has settled (it may add the linked question). */
  ready(): boolean;
  /** Whether the FAQ shows a question with this id. */
  shows(id: string): boolean;
  /** Opens a linked question without `faq-toggle`, and makes it visible through any search. */
  open(id: string): void;
  /** Reports bad configuration (the `open` attribute names no shown question). */
  report(message: string): void;
  /** Whether `link-hash` is set. */
  linkHash(): boolean;
}

/**
 * Deep links into the FAQ: the `open` attribute and a `#faq-<id>` URL hash (on load and on
 * `hashchange`) open their question and scroll to it; `link-hash` mirrors the question a reader
 * opens in the address bar. Ids are resolved in `hostUpdate` once `ready()`: after the element's
 * `willUpdate` has indexed the content, and only when no clinic override is still on its way.
 */
export class HashLinkController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: HashLinkOptions;
  /** An `open` value waiting to be resolved. */
  #pendingOpen: string | null = null;
  /** An `open` id no shown question had (already reported): opened if the content adds it later. */
  #unmatchedOpen: string | null = null;
  /** Whether `location.hash` still has to be read once ids can be resolved. */
  #pendingHash = false;
  #revealAfterUpdate: { id: string; focus: boolean } | null = null;

  constructor(host: ReactiveElement, options: HashLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The `open` attribute changed. */
  openAttributeChanged(value: string | null): void {
    this.#pendingOpen = value?.trim() || null;
    this.#unmatchedOpen = null;
  }

  /** The shown questions changed: an `open` id not found before may be there now. */
  shownChanged(): void {
    if (this.#unmatchedOpen !== null && this.#options.shows(this.#unmatchedOpen)) this.#pendingOpen = this.#unmatchedOpen;
  }

  /** A reader opened or closed a question: with `link-hash`, mirror it in the URL. */
  readerToggled(id: string, open: boolean): void {
    if (this.#options.linkHash()) this.#writeHash(open ? id : null, id);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.#pendingHash = true;
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  hostUpdate(): void {
    if (!this.#options.ready()) return;
    if (this.#pendingOpen !== null) this.#applyOpenAttribute(this.#pendingOpen);
    if (this.#pendingHash) {
      this.#pendingHash = false;
      this.#openFromHash(false);
    }
  }

  hostUpdated(): void {
    const reveal = this.#revealAfterUpdate;
    if (!reveal) return;
    this.#revealAfterUpdate = null;
    const item = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.item')].find((element) => element.id === `${ITEM_ID_PREFIX}${reveal.id}`);
    if (!item) return;
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    if (reveal.focus) item.querySelector<HTMLButtonElement>('.question-button')?.focus({ preventScroll: true });
  }

  #applyOpenAttribute(id: string): void {
    this.#pendingOpen = null;
    if (!this.#options.shows(id)) {
      if (this.#unmatchedOpen !== id) this.#options.report(`no shown question has the id "${id.slice(0, 64)}"`);
      this.#unmatchedOpen = id;
      return;
    }
    this.#unmatchedOpen = null;
    this.#openAndReveal(id, false);
  }

  #onHashChange = (): void => {
    this.#openFromHash(true);
  };

  /** Opens and scrolls to the question named by `#faq-<id>`, if this FAQ shows it. */
  #openFromHash(focus: boolean): void {
    const id = typeof location === 'undefined' ? null : idFromHash(location.hash);
    if (id && this.#options.shows(id)) this.#openAndReveal(id, focus);
  }

  #openAndReveal(id: string, focus: boolean): void {
    this.#options.open(id);
    this.#revealAfterUpdate = { id, focus };
    this.#host.requestUpdate();
  }

  /** Mirrors the opened question in the URL without navigating or adding history. */
  #writeHash(openId: string | null, toggledId: string): void {
    try {
      const url = new URL(location.href);
      if (openId) url.hash = `${ITEM_ID_PREFIX}${openId}`;
      else if (idFromHash(url.hash) === toggledId) url.hash = '';
      else return;
      const href = url.hash ? url.href : url.href.replace(/#$/, '');
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      // A sandboxed or opaque-origin page may refuse history writes; the FAQ works without.
    }
  }
}
