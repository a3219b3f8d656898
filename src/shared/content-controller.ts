import { isServer, type PropertyValues, type ReactiveController, type ReactiveElement } from 'lit';
import type { BundledContent } from '../content/bundled.js';
import type { Lang } from '../content/lang.js';
import {
  explainOverrideFailure,
  parseOverrideJson,
  plainDataResult,
  type OverrideSource,
  type OverrideValidator,
  type Validation,
} from '../content/override.js';
import type { CommonContent } from '../content/schemas/common.js';
import { commonContent } from './common-content.js';
import { reportContentError } from './content-error.js';
import { LazyModule } from './lazy-module.js';
import { resolveLang } from './lang.js';
import { unwatchDocument, watchDocument, type DocumentWatcher } from './document-watch.js';
import { isServerValidated } from './server-override.js';

/** The `src` fetch (THREAT-MODEL U5): only elements with `src` load it (a lazy chunk). */
export const fetchOverrideModule = new LazyModule(() => import('./fetch-override.js'));

/** Where an element's content comes from: given as data by each element (`static contentConfig`). */
export interface ContentConfig<C, O> {
  /** The bundled content in both languages (the primary one in memory, the other a lazy chunk). */
  bundle: BundledContent<C>;
  /** Loads the zod validator for a clinic override: a separate chunk, paid for only when an override is present. */
  validator: () => Promise<OverrideValidator<O>>;
  /** Applies a validated override to bundled content. Pure; returns new objects. */
  merge: (bundled: C, override: O) => C;
}

/** The clinic override as the reader sees it: none, on its way (`src` only), applied, or refused. */
export type OverrideState = 'none' | 'loading' | 'applied' | 'failed';

/** The element a ContentController serves: its two override properties (a third channel is its inline JSON child). */
export interface ContentHost extends ReactiveElement {
  content?: unknown;
  src?: string | null;
}

/**
 * Language, bundled content and the clinic override for one element, as one object.
 *
 * - Language: the element's own `lang`, else the nearest ancestor's (`resolveLang`), followed live:
 *   a change of `lang` on `<html>` or any wrapper reaches it through one shared document observer
 *   (document-watch.ts). The primary language is in memory, so the first render is synchronous;
 *   the other loads once per page and a blocked chunk falls back to English with a console error.
 * - Override channels, in this precedence: the `content` property, else `src` (fetched), else an
 *   inline `<script type="application/json">` child (watched: a CMS may add it after upgrade).
 *   A generation counter and an AbortController drop stale answers; every failure is reported
 *   once (console.error + `content-error`) and the bundled content stays.
 * - `effective`: bundled content with the override merged in; undefined only while a language loads.
 *
 * The host calls `willUpdate(changed)` from its own `willUpdate`, after coercing its properties:
 * Lit runs `hostUpdate` only after the host's `willUpdate`, too late for view models derived there.
 */
export class ContentController<C, O> implements ReactiveController, DocumentWatcher {
  /** The language of `effective` (English after a failed chunk). */
  lang: Lang = 'en';
  /** Shared strings in that language. */
  common: CommonContent | undefined;
  /** Bundled content with the clinic override applied; undefined while a language chunk loads. */
  effective: C | undefined;
  overrideState: OverrideState = 'none';

  readonly #host: ContentHost;
  readonly #config: ContentConfig<C, O>;
  /** The language last asked for, so a failed chunk is not retried on every check. */
  #requestedLang: Lang | undefined;
  #bundled: C | undefined;
  #override: O | undefined;
  #overridePending = false;
  #generation = 0;
  #abort: AbortController | undefined;
  #childObserver: MutationObserver | undefined;
  #started = false;
  #settledWaiters: (() => void)[] = [];

  constructor(host: ContentHost, config: ContentConfig<C, O>) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /**
   * Whether a clinic override is still on its way (fetched, parsed or validated asynchronously).
   * Anything that resolves ids against the content (the FAQ's `open` and URL hash) waits for it,
   * so an id the override adds is found (issue 15.4).
   */
  get overridePending(): boolean {
    return this.#overridePending;
  }

  /** Resolves once `effective` is final for the current inputs: its language loaded and no override on its way. */
  get settled(): Promise<void> {
    if (this.#isSettled()) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  hostConnected(): void {
    // Server rendering (issue 18): no document, no observers.
    if (isServer) return;
    this.#childObserver ??= new MutationObserver(() => this.#refreshOverride());
    this.#childObserver.observe(this.#host, { childList: true, characterData: true, subtree: true });
    watchDocument(this, this.#host);
    if (this.#started) {
      this.#refreshOverride();
      // An ancestor's lang may have changed while the element was out of the document.
      this.langMayHaveChanged();
    }
  }

  hostDisconnected(): void {
    if (isServer) return;
    unwatchDocument(this);
    this.#childObserver?.disconnect();
    this.#abort?.abort();
  }

  /** Call from the host's `willUpdate`: the first update, a `lang` change and the override inputs. */
  willUpdate(changed: PropertyValues): void {
    const first = !this.#started;
    this.#started = true;
    if (first || changed.has('lang')) this.#loadLanguage();
    if (first || changed.has('content') || changed.has('src')) this.#refreshOverride();
  }

  /** Whether the language the element would resolve now differs from the one it asked for. */
  langChanged(): boolean {
    return this.#started && resolveLang(this.#host) !== this.#requestedLang;
  }

  /** From the document observer: reload only if this element's resolved language changed. */
  langMayHaveChanged(): void {
    if (this.langChanged()) this.#loadLanguage();
  }

  #isSettled(): boolean {
    return this.effective !== undefined && this.common !== undefined && !this.#overridePending;
  }

  /** Something the reader sees changed: render, and wake whoever waits for `settled`. */
  #changed(): void {
    this.#host.requestUpdate();
    if (!this.#isSettled()) return;
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #loadLanguage(): void {
    const lang = resolveLang(this.#host);
    if (lang === this.#requestedLang) return;
    const { bundle } = this.#config;
    this.#requestedLang = lang;
    this.lang = lang;
    this.#bundled = bundle.peek(lang);
    this.common = commonContent.peek(lang);
    this.#recompute();
    if (this.#bundled && this.common) return this.#changed();
    Promise.all([bundle.load(lang), commonContent.load(lang)]).then(
      ([bundled, common]) => {
        if (this.#requestedLang !== lang) return;
        this.#bundled = bundled;
        this.common = common;
        this.#recompute();
        this.#changed();
      },
      (error: Error) => {
        if (this.#requestedLang !== lang) return;
        // A blocked language chunk: fall back to English rather than an empty box.
        console.error(`[${this.#host.localName}] lang: could not load "${lang}" content (${error.message}); showing English`);
        this.lang = 'en';
        this.#bundled = bundle.peek('en');
        this.common = commonContent.peek('en');
        this.#recompute();
        this.#changed();
      },
    );
  }

  #recompute(): void {
    const bundled = this.#bundled;
    if (!bundled || this.#override === undefined) {
      this.effective = bundled;
      return;
    }
    try {
      this.effective = this.#config.merge(bundled, this.#override);
    } catch (error) {
      this.#override = undefined;
      this.overrideState = 'failed';
      this.effective = bundled;
      reportContentError(this.#host, 'property', '', `could not apply: ${(error as Error).message}`);
    }
  }

  /** Applies the outcome of an override, then reports a failure once the fallback is render-ready. */
  #settleOverride(value: O | undefined, failure?: { source: OverrideSource; path: string; message: string }): void {
    this.#overridePending = false;
    this.#override = value;
    this.overrideState = failure ? 'failed' : 'applied';
    this.#recompute();
    this.#changed();
    if (failure) reportContentError(this.#host, failure.source, failure.path, failure.message);
  }

  /** Which override applies: the `content` property, else `src`, else an inline JSON script. */
  #refreshOverride(): void {
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#abort = undefined;

    const host = this.#host;
    // Server rendering (issue 18): no DOM, no fetch, no await; src/ssr hands over an already validated value.
    if (isServer) {
      this.#override = isServerValidated(host.content) ? (host.content as O) : undefined;
      this.overrideState = this.#override === undefined ? 'none' : 'applied';
      this.#recompute();
      return;
    }

    let source: OverrideSource;
    let data: () => Promise<Validation<unknown>>;
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (host.content !== undefined && host.content !== null) {
      source = 'property';
      const value = host.content;
      // Normally already plain data (the host coerces it); a child mutation can get here first.
      data = async () => (typeof value === 'string' ? parseOverrideJson(value) : plainDataResult(value));
    } else if (typeof host.src === 'string' && host.src) {
      source = 'src';
      const abort = (this.#abort = new AbortController());
      const src = host.src;
      // A chunk that fails to load fails like the request would: reported, bundled content kept.
      data = async () => {
        const { fetchOverrideText } = await fetchOverrideModule.load().catch((error: Error) => {
          throw new Error(`not fetched: could not load its code (${error?.message})`);
        });
        return parseOverrideJson(await fetchOverrideText(src, abort.signal));
      };
    } else if (script) {
      source = 'script';
      const raw = script.textContent ?? '';
      data = async () => parseOverrideJson(raw);
    } else {
      const hadOverride = this.#override !== undefined || this.overrideState !== 'none' || this.#overridePending;
      this.#overridePending = false;
      this.#override = undefined;
      this.overrideState = 'none';
      if (hadOverride) {
        this.#recompute();
        this.#changed();
      }
      return;
    }

    const previousState = this.overrideState;
    this.overrideState = source === 'src' ? 'loading' : previousState === 'failed' ? 'none' : previousState;
    if (this.overrideState !== previousState) host.requestUpdate();

    this.#overridePending = true;
    Promise.all([data(), this.#config.validator()]).then(
      ([parsed, validate]) => {
        if (generation !== this.#generation) return;
        const result: Validation<O> = parsed.ok ? validate(parsed.value) : parsed;
        if (!result.ok) return this.#settleOverride(undefined, { source, path: result.path, message: result.message });
        this.#settleOverride(result.value);
        // Mistakes that do not stop the override (an unknown id in `hide` or `sources`).
        for (const problem of result.problems ?? []) reportContentError(host, source, problem.path, problem.message);
      },
      (error: Error) => {
        if (generation !== this.#generation || error?.name === 'AbortError') return;
        this.#settleOverride(undefined, { source, path: '', message: explainOverrideFailure(error) });
      },
    );
  }
}
