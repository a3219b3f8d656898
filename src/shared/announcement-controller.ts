import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a person must stop typing before a status message is spoken (WCAG 4.1.3). */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * Polite status messages that wait for the person to pause: while they type, each new message
 * replaces the pending one, so a screen reader hears one message about what is in the field
 * now, never one per key and never one about a value already gone. A message equal to the
 * last one spoken is not repeated. The host renders `text` in its `role="status"` region.
 */
export class AnnouncementController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  readonly #host: ReactiveControllerHost;
  readonly #delayMs: number;
  #lastSaid = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: string | null = null;

  constructor(host: ReactiveControllerHost, delayMs = ANNOUNCE_DELAY_MS) {
    this.#host = host;
    this.#delayMs = delayMs;
    host.addController(this);
  }

  /** Speaks `message` after the pause, in place of any message still waiting. */
  schedule(message: string): void {
    this.#stop();
    if (message === this.#lastSaid) return;
    this.#pending = message;
    this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Speaks the waiting message now (the person asked for the result, e.g. with Enter). */
  flush(): void {
    const message = this.#pending;
    this.#stop();
    if (message === null || message === this.#lastSaid) return;
    this.#lastSaid = message;
    this.text = message;
    this.#host.requestUpdate();
  }

  /** Drops the waiting message, if any (what it described is gone and there is nothing new to say). */
  cancel(): void {
    this.#stop();
  }

  /** Takes `message` as already known (the state a person found on arrival), without speaking it. */
  settle(message: string): void {
    this.#stop();
    this.#lastSaid = message;
  }

  /** Drops any waiting message and empties the region, so the next message is spoken even if it repeats. */
  clear(): void {
    this.#stop();
    this.#lastSaid = '';
    if (this.text !== '') {
      this.text = '';
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = null;
  }
}
