/** Marks constructors from any copy of this library, so a second copy stays quiet. */
const LIBRARY_MARK = Symbol.for('ketamine-widgets.element');

export function markLibraryElement(ctor: CustomElementConstructor): void {
  Object.defineProperty(ctor, LIBRARY_MARK, { value: true });
}

/** Set by `define-after-parsing.ts` (the hydrate entry only): see `deferDefinitionsWhileParsing`. */
let waitForParser = false;

/**
 * From now on, a `defineElement` call made while the document is still being parsed registers its
 * element at DOMContentLoaded instead. For pre-rendered pages (issue 18): an `async` script can
 * run mid-parse, and an element defined then is upgraded before its `<template shadowrootmode>`
 * is parsed, so it renders its own shadow root and the parser's cannot be attached.
 */
export function deferDefinitionsWhileParsing(): void {
  waitForParser = true;
}

/**
 * Registers `tag` unless it is taken, and never throws into the host page (THREAT-MODEL E1, E2).
 * Another copy or version of this library already defined it: nothing to do.
 * Someone else's element owns the name: warn naming the tag, so the other elements still register.
 * Returns whether this call registered the element (false when deferred until parsing ends).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  if (waitForParser && globalThis.document?.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => defineElement(tag, ctor), { once: true });
    return false;
  }
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor && !(LIBRARY_MARK in existing)) {
      console.warn(`[ketamine-widgets] <${tag}> is already defined by another script; this copy leaves it alone.`);
    }
    return false;
  }
  markLibraryElement(ctor);
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    console.warn(`[ketamine-widgets] <${tag}> could not be defined: ${(error as Error).message}`);
    return false;
  }
}
