import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface IdleRenderOptions<T> {
  /** What still waits to be rendered, in order; empty when all is done. */
  pending(): readonly T[];
  /** Renders these now (attach them, mark them laid out…). */
  render(items: readonly T[]): void;
  /** Rough cost of rendering one on a slow phone, in ms: sets how many fit in one idle period. */
  itemCostMs: number;
  /** Render everything before the page prints (`beforeprint` and the `print` media query), when print shows it all. */
  beforePrint?: boolean;
}

/** Items rendered per step when no idle time is known (no `requestIdleCallback`, or it timed out). */
const TIMED_OUT_BATCH = 4;

/**
 * Work the first paint can do without, done right after it: after each host update, whatever
 * `pending()` returns is rendered a few items per idle period (as many as the idle time left fits),
 * until nothing is pending. The FAQ attaches its closed answers this way, the side-effects list
 * lays out its off-screen items; both pay for the first screen only in the first frame.
 */
export class IdleRenderController<T> implements ReactiveController {
  readonly #options: IdleRenderOptions<T>;
  #cancel: (() => void) | null = null;
  #printQuery: MediaQueryList | null = null;

  constructor(host: ReactiveControllerHost, options: IdleRenderOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#options.beforePrint) return;
    window.addEventListener('beforeprint', this.flush);
    this.#printQuery ??= typeof matchMedia === 'function' ? matchMedia('print') : null;
    this.#printQuery?.addEventListener('change', this.#onPrintChange);
  }

  hostUpdated(): void {
    if (!this.#cancel && this.#options.pending().length) this.#schedule();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.flush);
    this.#printQuery?.removeEventListener('change', this.#onPrintChange);
    this.#cancel?.();
    this.#cancel = null;
  }

  /** Renders everything still pending now. */
  flush = (): void => {
    const pending = this.#options.pending();
    if (pending.length) this.#options.render(pending);
  };

  #onPrintChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.flush();
  };

  #schedule(): void {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(this.#step, { timeout: 1000 });
      this.#cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(this.#step, 16);
      this.#cancel = () => clearTimeout(handle);
    }
  }

  #step = (deadline?: IdleDeadline): void => {
    this.#cancel = null;
    const pending = this.#options.pending();
    // A timed-out deadline (a busy or hidden page) has no idle time left: render a fixed batch, not
    // one item per second, or ten closed answers take ten seconds to become findable.
    const batch = deadline && !deadline.didTimeout ? Math.max(1, Math.floor(deadline.timeRemaining() / this.#options.itemCostMs)) : TIMED_OUT_BATCH;
    if (pending.length) this.#options.render(pending.slice(0, batch));
    // Ask again rather than count: `pending()` may be a live list that `render` just shrank.
    if (this.#options.pending().length) this.#schedule();
  };
}
