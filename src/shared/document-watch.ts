/**
 * One MutationObserver for the whole page, shared by every connected element and disconnected
 * when the last one leaves (issue 16.4). It tells each element that a `lang` attribute changed
 * somewhere (on `<html>` or any wrapper); the element re-resolves its language, which is a short
 * walk up its ancestors, and reloads only if the answer differs. It also sees the page config
 * script (page-config.ts) arrive, change or go, even when a CMS puts it after the widgets: after
 * any batch of added or removed nodes it compares the script's text (one `getElementById`).
 *
 * A document observer does not see inside shadow roots, so an element inside another component's
 * shadow root also has that root (and every root above it) observed. Limit: a shadow root is
 * observed from the moment an element inside it connects; a root that only wraps another root
 * holding the element is covered, because the walk goes up through every host.
 */
import { readPageConfig } from './page-config.js';

export interface DocumentWatcher {
  /** Some `lang` attribute changed: re-check the language if it may be this element's. */
  langMayHaveChanged?(): void;
  /** The page config's text changed (or it appeared or went). */
  pageConfigChanged?(): void;
}

const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], childList: true, subtree: true };
const watchers = new Set<DocumentWatcher>();
let observer: MutationObserver | undefined;

/** The page config version last announced: nodes moving around without touching it cost one lookup. */
let announcedConfig = -1;

function notify(records: MutationRecord[]): void {
  const lang = records.some((record) => record.type === 'attributes');
  const version = records.some((record) => record.type === 'childList') ? readPageConfig().version : announcedConfig;
  const config = version !== announcedConfig;
  announcedConfig = version;
  for (const watcher of watchers) {
    if (lang) watcher.langMayHaveChanged?.();
    if (config) watcher.pageConfigChanged?.();
  }
}

/** Starts telling `watcher` about the page while `element` is connected. */
export function watchDocument(watcher: DocumentWatcher, element: Element): void {
  observer ??= new MutationObserver(notify);
  if (!watchers.size) {
    observer.observe(document, OPTIONS);
    announcedConfig = readPageConfig().version;
  }
  watchers.add(watcher);
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, OPTIONS);
}

export function unwatchDocument(watcher: DocumentWatcher): void {
  watchers.delete(watcher);
  if (!watchers.size) observer?.disconnect();
}

/** How many elements are watching (for tests: the observer exists only while this is above zero). */
export function watcherCount(): number {
  return watchers.size;
}
