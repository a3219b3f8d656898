import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A value applied once input pauses, not on every change: `set` keeps the newest value and
 * restarts the wait; `apply` receives it after `delayMs` of quiet, or at once on `flush`. A value
 * still waiting when the host leaves the page is applied then, so nothing typed is lost.
 */
export class DebounceController<T> implements ReactiveController {
  readonly #apply: (value: T) => void;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { value: T } | null = null;

  constructor(host: ReactiveControllerHost, delayMs: number, apply: (value: T) => void) {
    this.#delayMs = delayMs;
    this.#apply = apply;
    host.addController(this);
  }

  /** The value waiting to be applied, if any. */
  get pending(): T | undefined {
    return this.#pending?.value;
  }

  /** Keeps `value` and applies it once nothing new arrives for the delay. */
  set(value: T): void {
    clearTimeout(this.#timer);
    this.#pending = { value };
    this.#timer = setTimeout(this.flush, this.#delayMs);
  }

  /** Applies the waiting value now, if there is one. */
  flush = (): void => {
    const pending = this.#pending;
    this.cancel();
    if (pending) this.#apply(pending.value);
  };

  /** Drops the waiting value. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = null;
  }

  hostDisconnected(): void {
    this.flush();
  }
}
