/**
 * FAQPage JSON-LD is opt-in (`structured-data`), so its publisher is a lazy chunk. Starting it
 * adds the controller at once when the chunk is already loaded (another FAQ asked for it), else
 * once it arrives; a chunk that fails to load is reported like a bad attribute and the FAQ itself
 * is unaffected.
 */
import type { ReactiveControllerHost } from 'lit';
import { LazyModule } from '../shared/lazy-module.js';
import type { IndexedCategory } from './faq-view.js';

/** The JSON-LD publisher's chunk (tests replace its loader to make it fail). */
export const structuredDataModule = new LazyModule(() => import('./faq-structured-data.js'));

/** `shown`: the categories to publish, or null while there is nothing to publish yet. `failed` reports a chunk that did not load. */
export function startStructuredData(
  host: ReactiveControllerHost & HTMLElement,
  shown: () => readonly IndexedCategory[] | null,
  failed: (error: Error) => void,
): void {
  const loaded = structuredDataModule.peek();
  if (loaded) {
    new loaded.StructuredDataController(host, shown);
    return;
  }
  structuredDataModule.load().then(({ StructuredDataController }) => {
    new StructuredDataController(host, shown);
    host.requestUpdate();
  }, failed);
}
