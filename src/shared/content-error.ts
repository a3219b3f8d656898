import { formatContentError, type ContentErrorDetail, type OverrideSource } from '../content/override.js';

/**
 * Reports bad configuration without throwing (THREAT-MODEL): a console.error naming the element,
 * the source and the field, plus a bubbling, composed `content-error` event on the element.
 */
export function reportContentError(element: Element, source: OverrideSource, path: string, message: string): void {
  const detail: ContentErrorDetail = { element: element.localName, source, path, message };
  console.error(formatContentError(detail));
  element.dispatchEvent(new CustomEvent('content-error', { detail, bubbles: true, composed: true }));
}
