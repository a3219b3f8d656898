/**
 * `import type {} from 'ketamine-widgets/jsx/preact'`: the four tags in Preact's JSX, as
 * `ketamine-widgets/jsx` does for React (a separate entry, so that neither needs the other's
 * types installed). Types only; nothing runs.
 */
import type * as Preact from 'preact';
import type { KetamineWidgetsElements } from './props.js';

export type * from './props.js';

// Preact's own props (id, class, style, key, ref, children…) minus the element's own names.
type PreactElementProps<Tag extends keyof KetamineWidgetsElements> = Omit<
  Preact.JSX.HTMLAttributes<KetamineWidgetsElements[Tag]['element']>,
  keyof KetamineWidgetsElements[Tag]['props']
> &
  KetamineWidgetsElements[Tag]['props'];

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ketamine-faq': PreactElementProps<'ketamine-faq'>;
      'side-effects-list': PreactElementProps<'side-effects-list'>;
      'cost-estimator': PreactElementProps<'cost-estimator'>;
      'candidacy-quiz': PreactElementProps<'candidacy-quiz'>;
    }
  }
}
