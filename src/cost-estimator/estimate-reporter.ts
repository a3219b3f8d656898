/**
 * What the estimator says about the estimate on screen, after each render: the `estimate-change`
 * event when the numbers changed, and the polite live region (through the shared
 * `AnnouncementController`) once the patient pauses. The first estimate on screen is the starting
 * point, not a change: neither is said for it.
 */
import type { ReactiveControllerHost } from 'lit';
import { AnnouncementController } from '../shared/announcement-controller.js';
import { estimateChangeDetail, type EstimateChangeDetail } from './cost-events.js';
import type { ViewModel } from './cost-view.js';

export class EstimateReporter {
  /** The live region; the host renders `announcer.text` in its `role="status"` element. */
  readonly announcer: AnnouncementController;
  readonly #emit: (detail: EstimateChangeDetail) => void;
  /** The view last reported, so a render that did not change it says nothing. */
  #reported: ViewModel | undefined;
  #seeded = false;
  /** The estimate (as event detail JSON) last sent as an event, and last told to the live region. */
  #emittedKey: string | null = null;
  #announcedKey: string | null = null;

  constructor(host: ReactiveControllerHost, emit: (detail: EstimateChangeDetail) => void, delayMs?: number) {
    this.announcer = new AnnouncementController(host, delayMs);
    this.#emit = emit;
  }

  /** Call from the host's `updated()` with the view now on screen. */
  report(view: ViewModel): void {
    if (view === this.#reported) return;
    this.#reported = view;
    const detail = view.estimate && !view.stale ? estimateChangeDetail(view.estimate, view.currency) : null;
    const key = detail ? JSON.stringify(detail) : null;
    if (!this.#seeded) {
      this.#seeded = true;
      this.#emittedKey = key;
      this.#announcedKey = key;
      this.announcer.settle(view.announcement);
      return;
    }
    this.#announce(view, key);
    if (!detail || key === this.#emittedKey) return;
    this.#emittedKey = key;
    this.#emit(detail);
  }

  /**
   * Whatever was still waiting is replaced, so the region never speaks a total for a value no
   * longer in a field. An invalid field: its error, once. A new total: the total. A language
   * switch alone (same numbers) says nothing.
   */
  #announce(view: ViewModel, key: string | null): void {
    const error = Object.values(view.fields).find((field) => field?.error)?.error;
    if (error) {
      this.#announcedKey = null;
      this.announcer.schedule(error);
    } else if (key === null) {
      // No estimate (e.g. no price to go on): nothing to say, and nothing stale may follow.
      this.#announcedKey = null;
      this.announcer.cancel();
    } else if (key !== this.#announcedKey) {
      this.#announcedKey = key;
      this.announcer.schedule(view.announcement);
    }
  }
}
