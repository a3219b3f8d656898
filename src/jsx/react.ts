/**
 * `import type {} from 'ketamine-widgets/jsx'`: the four tags in React 19's JSX, with their
 * attributes, the `content` property and `on<event>` handlers. Types only; nothing runs.
 * A misspelt attribute (`serchable`), a wrong `theme` or override shape, or reading a detail an
 * event does not carry is a compile error. A misspelt name *with a dash* is not: TypeScript lets
 * any JSX attribute with a dash through, as it does `data-*`; the element warns about it at run time
 * (shared/attribute-typos.ts).
 */
import type * as React from 'react';
import type { KetamineWidgetsElements } from './props.js';

export type * from './props.js';

// The host framework's own props (id, className/class, style, key, ref, children…) minus the
// names the element gives a meaning of its own (React's `content` is the <meta> attribute).
type ReactElementProps<Tag extends keyof KetamineWidgetsElements> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<KetamineWidgetsElements[Tag]['element']>, KetamineWidgetsElements[Tag]['element']>,
  keyof KetamineWidgetsElements[Tag]['props']
> &
  KetamineWidgetsElements[Tag]['props'];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ketamine-faq': ReactElementProps<'ketamine-faq'>;
      'side-effects-list': ReactElementProps<'side-effects-list'>;
      'cost-estimator': ReactElementProps<'cost-estimator'>;
      'candidacy-quiz': ReactElementProps<'candidacy-quiz'>;
    }
  }
}
