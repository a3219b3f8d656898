import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Below-the-fold elements render after the first paint (issue 18: the clinic page with all four).
 *
 * An element's first update comes here (`KwElement.scheduleUpdate`). Elements asking in the same
 * task are decided together, in document order, so each is measured with the ones above it already
 * rendered: an element whose box starts inside or above the viewport renders at once, in the same
 * task as before; one entirely below the viewport waits until it comes within one viewport of it
 * (IntersectionObserver) or an idle period after the next paint (at most ~1 s later), whichever
 * comes first, so find-in-page, the accessibility tree and print have every widget shortly after
 * load even if nobody scrolls. `beforeprint` and a `hashchange` render every waiting element at once.
 *
 * Nothing waits when the page gives a reason not to: no IntersectionObserver, a hidden or
 * prerendering page, printing, a `#fragment` in the URL (the browser, or the FAQ, scrolls to a
 * target whose position depends on everything above it), or a reload / back-forward load still in
 * progress (the browser restores a scroll position on the finished layout).
 *
 * A waiting element's box is empty and below the viewport: it grows when it renders without moving
 * anything the reader sees. `updateComplete` resolves after the real first render, and whatever an
 * element emits on its first render comes then.
 */
export class FirstRenderScheduler implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #mayWait: () => boolean;
  /** The first update, held back; null when none is held. */
  #held: (() => void) | null = null;

  /** `mayWait`: this element's own say (false while hydrating pre-rendered HTML, for instance). */
  constructor(host: ReactiveElement, mayWait: () => boolean) {
    this.#host = host;
    this.#mayWait = mayWait;
    host.addController(this);
  }

  /** Called from `scheduleUpdate` with Lit's own; returns what `scheduleUpdate` should. */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    // The element's own say first: it is cheap, and a hydrating element never waits.
    if (this.#host.hasUpdated || !this.#mayWait() || !pageAllowsWaiting()) return update();
    return new Promise<void>((resolve, reject) => {
      this.#held = () => {
        try {
          update();
          resolve();
        } catch (error) {
          reject(error);
        }
      };
      decideSoon(this);
    });
  }

  /** Whether the first render is held back now. */
  get held(): boolean {
    return this.#held !== null;
  }

  hostConnected(): void {
    // Moved, or back on the page after it was removed while waiting: decide again where it is now.
    if (this.#held) decideSoon(this);
  }

  hostDisconnected(): void {
    forget(this);
  }

  hostUpdated(): void {
    // Someone called `performUpdate()` meanwhile: nothing is held back any more.
    if (this.#held) this.renderNow();
  }

  /** Renders now, if still held back. */
  renderNow(): void {
    forget(this);
    const held = this.#held;
    this.#held = null;
    held?.();
  }

  /** @internal the host, for the shared observer and document order */
  get host(): ReactiveElement {
    return this.#host;
  }
}

function pageAllowsWaiting(): boolean {
  if (typeof IntersectionObserver !== 'function' || typeof document === 'undefined') return false;
  if (document.visibilityState !== 'visible' || (document as { prerendering?: boolean }).prerendering) return false;
  if (location.hash.length > 1 || (typeof matchMedia === 'function' && matchMedia('print').matches)) return false;
  if (document.readyState !== 'complete') {
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation && (navigation.type === 'reload' || navigation.type === 'back_forward')) return false;
  }
  return true;
}

/** Elements whose first update arrived in this task, not decided yet. */
const undecided = new Set<FirstRenderScheduler>();
/** Elements below the viewport, waiting. */
const waiting = new Map<Element, FirstRenderScheduler>();
let observer: IntersectionObserver | null = null;
let idleQueued = false;

function decideSoon(scheduler: FirstRenderScheduler): void {
  undecided.add(scheduler);
  // After every element upgraded in this task has asked: the define calls of one script all do.
  if (undecided.size === 1) queueMicrotask(decide);
}

const inDocumentOrder = (a: FirstRenderScheduler, b: FirstRenderScheduler): number =>
  a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

function decide(): void {
  const batch = [...undecided].sort(inDocumentOrder);
  undecided.clear();
  for (const scheduler of batch) {
    // Removed meanwhile: decided again if it comes back (hostConnected).
    if (!scheduler.host.isConnected || !scheduler.held) continue;
    // Measured after the elements above it rendered (a forced layout the first paint needs anyway).
    if (scheduler.host.getBoundingClientRect().top < innerHeight) scheduler.renderNow();
    else wait(scheduler);
  }
}

// Listening from the start, so before any element's own listener (registered when it connects):
// the FAQ's needs its content to open the linked question or attach every answer for print.
if (typeof window !== 'undefined' && typeof addEventListener === 'function') {
  addEventListener('beforeprint', renderAllNow);
  addEventListener('hashchange', renderAllNow);
}

function wait(scheduler: FirstRenderScheduler): void {
  waiting.set(scheduler.host, scheduler);
  // One viewport of margin above and below: rendered while the reader is still a screen away.
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: '100% 0px' });
  observer.observe(scheduler.host);
  queueIdleRender();
}

function forget(scheduler: FirstRenderScheduler): void {
  undecided.delete(scheduler);
  if (waiting.delete(scheduler.host)) observer?.unobserve(scheduler.host);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.renderNow();
}

/** Every waiting element, in document order (print, a link into a widget). */
function renderAllNow(): void {
  for (const scheduler of [...waiting.values()].sort(inDocumentOrder)) scheduler.renderNow();
}

/** After the next paint, one waiting element per idle period, top first, until none waits. */
function queueIdleRender(): void {
  if (idleQueued) return;
  idleQueued = true;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    whenIdle(renderFirstWaiting);
  };
  requestAnimationFrame(() => setTimeout(start));
  // No frame comes while the page is hidden (it went to the background after load).
  setTimeout(start, 1000);
}

function renderFirstWaiting(): void {
  idleQueued = false;
  const [first] = [...waiting.values()].sort(inDocumentOrder);
  first?.renderNow();
  if (waiting.size) {
    idleQueued = true;
    whenIdle(renderFirstWaiting);
  }
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
}
