import { isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';

export interface AccordionOptions {
  /** Keep at most one panel open. */
  single(): boolean;
  /** A reader's action (click, keys, find-in-page, open or close all) opened or closed this panel. */
  changed(id: string, open: boolean): void;
  /** A reader opened or closed this one panel (a click or find-in-page, not open or close all). */
  toggled(id: string, open: boolean): void;
}

/** The WAI-ARIA APG accordion keys: Up/Down move between questions (wrapping), Home/End jump to the ends. */
const NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/** The index of the button a navigation key moves focus to, from `index` of `count` buttons. */
export function accordionKeyTarget(key: string, index: number, count: number): number {
  const last = count - 1;
  if (key === 'ArrowDown') return index === last ? 0 : index + 1;
  if (key === 'ArrowUp') return index === 0 ? last : index - 1;
  return key === 'Home' ? 0 : last;
}

/** The `.question-button` an event started in (the listeners sit on the whole accordion), or null. */
function questionButtonOf(event: Event): HTMLButtonElement | null {
  const target = event.target as Element | null;
  return target?.closest?.<HTMLButtonElement>('button.question-button') ?? null;
}

/**
 * Which panels are open, and the reader's ways to change that: a click on a `.question-button`,
 * Up/Down/Home/End between the visible ones, the browser's find-in-page revealing a closed
 * `.answer` (`beforematch`). Buttons and panels carry their id in `data-id`; the host puts one
 * `onClick`, `onKeydown` and `onBeforeMatch` on their common ancestor, not three per question.
 */
export class AccordionController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: AccordionOptions;
  /** Replaced, never mutated. */
  #open: ReadonlySet<string> = new Set();

  constructor(host: ReactiveElement, options: AccordionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Pre-rendered on the server (issue 18): until the script runs the buttons cannot open anything,
   * so they say so (`aria-disabled`) and claim no collapsed or expanded state. The host keeps it
   * true for the update that hydrates the server's HTML too, which must render the same.
   */
  inert = isServer;

  /** The question button's `aria-expanded`: absent while the accordion is inert. */
  expandedState(id: string): 'true' | 'false' | typeof nothing {
    if (this.inert) return nothing;
    return this.#open.has(id) ? 'true' : 'false';
  }

  get openIds(): ReadonlySet<string> {
    return this.#open;
  }

  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** Opens (in `single` mode: only the last of `ids`) or closes panels. `byReader`: report each change. */
  set(ids: readonly string[], open: boolean, { byReader }: { byReader: boolean }): void {
    const before = this.#open;
    let next: Set<string>;
    if (open) {
      next = this.#options.single() ? new Set(ids.slice(-1)) : new Set([...before, ...ids]);
    } else {
      next = new Set(before);
      for (const id of ids) next.delete(id);
    }
    this.#open = next;
    this.#host.requestUpdate();
    if (!byReader) return;
    for (const id of before) if (!next.has(id)) this.#options.changed(id, false);
    for (const id of next) if (!before.has(id)) this.#options.changed(id, true);
  }

  /** Closes every open panel, reporting each (the "Collapse all" button). */
  closeAll = (): void => {
    this.set([...this.#open], false, { byReader: true });
  };

  /** Turning `single` on leaves the first open panel open. */
  hostUpdate(): void {
    if (this.#options.single() && this.#open.size > 1) this.#open = new Set([...this.#open].slice(0, 1));
  }

  onClick = (event: Event): void => {
    const id = questionButtonOf(event)?.dataset.id;
    if (id) this.#toggle(id, !this.#open.has(id));
  };

  /** Find-in-page found text in a closed answer and is about to reveal it. */
  onBeforeMatch = (event: Event): void => {
    const panel = event.target as HTMLElement;
    const id = panel.classList?.contains('answer') ? panel.dataset.id : undefined;
    if (id && !this.#open.has(id)) this.#toggle(id, true);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !NAVIGATION_KEYS.includes(event.key)) return;
    const current = questionButtonOf(event);
    if (!current) return;
    const buttons = [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question-button')];
    const index = buttons.indexOf(current);
    if (index < 0) return;
    event.preventDefault();
    buttons[accordionKeyTarget(event.key, index, buttons.length)].focus();
  };

  #toggle(id: string, open: boolean): void {
    this.set([id], open, { byReader: true });
    this.#options.toggled(id, open);
  }
}
