/**
 * The page-wide owner of the FAQ's JSON-LD: however many `<ketamine-faq structured-data>`
 * elements (and copies of the library) a page holds, `document.head` gets exactly one
 * `<script type="application/ld+json">` describing the union of their questions, in page order.
 * The registry lives on `globalThis[Symbol.for('ketamine-widgets.faq-structured-data')]`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trustedScriptText } from '../shared/trusted-types.js';
import { faqPageJson, type FaqPageEntry } from './faq-json-ld.js';
import { faqPageEntries, type IndexedCategory } from './faq-view.js';

const REGISTRY_KEY = Symbol.for('ketamine-widgets.faq-structured-data');
/** Marks our script in `document.head`. */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-ketamine-widgets';

interface Registry {
  owners: Map<Element, readonly FaqPageEntry[]>;
  script: HTMLScriptElement | null;
}

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  let current = global[REGISTRY_KEY];
  if (!current) {
    current = { owners: new Map(), script: null };
    Object.defineProperty(global, REGISTRY_KEY, { value: current, configurable: true, enumerable: false, writable: false });
  }
  return current;
}

function pageOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Writes (or removes) the one script from everything registered. Returns false if the page refused it. */
function sync(state: Registry): boolean {
  const seen = new Set<string>();
  const entries: FaqPageEntry[] = [];
  for (const owner of [...state.owners.keys()].sort(pageOrder)) {
    for (const entry of state.owners.get(owner) ?? []) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  if (!entries.length) {
    state.script?.remove();
    state.script = null;
    return true;
  }
  const json = faqPageJson(entries);
  // A pre-rendered page (issue 18) already has the script: adopt it rather than add a second FAQPage.
  let script = state.script ?? document.querySelector<HTMLScriptElement>(`script[type="application/ld+json"][${STRUCTURED_DATA_ATTRIBUTE}="faq"]`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, 'faq');
  }
  try {
    if (script.textContent !== json) script.textContent = trustedScriptText(json);
  } catch {
    // Trusted Types enforced without our policy allowed.
    script.remove();
    state.script = null;
    return false;
  }
  // Re-attach if a head manager (SPA router, tag manager) removed it.
  if (!script.isConnected) document.head.append(script);
  state.script = script;
  return true;
}

/** Registers (or updates) an element's questions. Returns false if the page's Trusted Types refused the script. */
export function publishStructuredData(owner: Element, entries: readonly FaqPageEntry[]): boolean {
  const state = registry();
  state.owners.set(owner, entries);
  return sync(state);
}

/** Removes an element's questions; the script goes when nobody is left. */
export function withdrawStructuredData(owner: Element): void {
  const state = registry();
  if (state.owners.delete(owner)) sync(state);
}

/**
 * Keeps a host's questions published while it is connected and `shown()` returns categories (the
 * `structured-data` attribute is set and content is there), and withdraws them otherwise. The same
 * categories (by identity) are not published twice.
 */
export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #shown: () => readonly IndexedCategory[] | null;
  #published: readonly IndexedCategory[] | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, shown: () => readonly IndexedCategory[] | null) {
    this.#host = host;
    this.#shown = shown;
    host.addController(this);
  }

  hostUpdated(): void {
    const categories = this.#host.isConnected ? this.#shown() : null;
    if (!categories) {
      if (this.#published) this.hostDisconnected();
      return;
    }
    if (this.#published === categories) return;
    this.#published = categories;
    if (!publishStructuredData(this.#host, faqPageEntries(categories))) {
      console.error(`[${this.#host.localName}] structured-data: the page's Trusted Types policy refused the JSON-LD; allow the policy name "ketamine-widgets"`);
    }
  }

  hostDisconnected(): void {
    withdrawStructuredData(this.#host);
    this.#published = null;
  }
}
