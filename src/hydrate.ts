/**
 * The script for pages pre-rendered by `ketamine-widgets/ssr` (issue 18): Lit's hydrate support
 * first, so LitElement adopts the declarative shadow roots already in the HTML instead of
 * rendering them again, then every element. Built into `dist/cdn/ketamine-widgets.hydrate.js`
 * (and `.hydrate.es.js`); load it as a `type="module"` script, deferred or `async` (docs/ssr.md):
 * run while the HTML is still being parsed, it registers the elements at DOMContentLoaded, so none
 * is upgraded before its `<template shadowrootmode>` is parsed. Pages without pre-rendered HTML use
 * the plain `ketamine-widgets.js`: hydrate support only costs bytes there.
 */
// Must be evaluated before Lit's LitElement module: it installs the `litElementHydrateSupport`
// hook that LitElement calls once, when it is defined. Module order keeps this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Before any element registers: definitions made mid-parse wait for DOMContentLoaded.
import './shared/define-after-parsing.js';
// Every KwElement adopts pre-rendered HTML (the plain files do not carry this).
import './shared/install-hydration.js';
import './index.js';
