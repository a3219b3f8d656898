import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Attribute that ends `content-visibility: auto` on an item (see side-effects-list.styles.ts). */
export const LAID_OUT_ATTRIBUTE = 'data-laid-out';
/** Rough layout cost of one full side effect (bars, meters, sources) on a mid phone, in ms. */
const ITEM_LAYOUT_COST_MS = 4;

/**
 * First paint lays out only the side effects on screen (`content-visibility: auto` skips the rest,
 * ~180 ms saved; issue 9). But Chromium also drops skipped items from the accessibility tree
 * (issue 14.1), so a screen-reader user would find empty list items. After each update this
 * controller marks the skipped items as laid out, a few per idle period, until every item is
 * rendered and in the tree for good; the layout work is spread over idle time, not the first paint.
 */
export class IdleLayoutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #cancel: (() => void) | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#cancel && this.#pending().length) this.#schedule();
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  #pending(): Element[] {
    const root = this.#host.shadowRoot;
    return root ? [...root.querySelectorAll(`${this.#selector}:not([${LAID_OUT_ATTRIBUTE}])`)] : [];
  }

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
    const pending = this.#pending();
    const batch = deadline ? Math.max(1, Math.floor(deadline.timeRemaining() / ITEM_LAYOUT_COST_MS)) : 4;
    for (const item of pending.slice(0, batch)) item.setAttribute(LAID_OUT_ATTRIBUTE, '');
    if (pending.length > batch) this.#schedule();
  };
}
