/**
 * The events the library fires, by name, as `CustomEvent<Detail>`. The shared layer declares
 * `content-error`; each element declares its own events beside their detail type, by merging
 * into `KwEventMap` (`declare module '../shared/events.js'`), so this file never imports an
 * element folder. Every entry is part of `GlobalEventHandlersEventMap` (and so of
 * `HTMLElementEventMap`): `el.addEventListener('estimate-change', (e) => e.detail.totals)`
 * type-checks for users, and `KwElement.emit` checks both the name and the detail.
 */
import type { ContentErrorDetail } from '../content/override.js';

export type { ContentErrorDetail };

export interface KwEventMap {
  /** A clinic override or attribute was refused; the bundled content is shown instead. */
  'content-error': CustomEvent<ContentErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the map into the DOM's
  interface GlobalEventHandlersEventMap extends KwEventMap {}
}
