/** Marks constructors from any copy of this library, so a second copy stays quiet. */
const LIBRARY_MARK = Symbol.for('ketamine-widgets.element');

export function markLibraryElement(ctor: CustomElementConstructor): void {
  Object.defineProperty(ctor, LIBRARY_MARK, { value: true });
}

/**
 * Registers `tag` unless it is taken, and never throws into the host page (THREAT-MODEL E1, E2).
 * Another copy or version of this library already defined it: nothing to do.
 * Someone else's element owns the name: warn naming the tag, so the other elements still register.
 * Returns whether this call registered the element.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
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
