/**
 * The script for pages pre-rendered by `ketamine-widgets/ssr` (issue 18): Lit's hydrate support
 * first, so LitElement adopts the declarative shadow roots already in the HTML instead of
 * rendering them again, then every element. Built into `dist/cdn/ketamine-widgets.hydrate.js`
 * (and `.hydrate.es.js`); load it as a deferred `type="module"` script, not `async` (docs/ssr.md). Pages without pre-rendered HTML use
 * the plain `ketamine-widgets.js`: hydrate support only costs bytes there.
 */
// Must be evaluated before Lit's LitElement module: it installs the `litElementHydrateSupport`
// hook that LitElement calls once, when it is defined. Module order keeps this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
