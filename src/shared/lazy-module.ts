/**
 * Code that only runs when a clinic opts into a feature (issues 16 and 18, bytes): the page
 * config parser, structured data, the `src` fetch, the quiz's `remember` storage. Each is a
 * dynamic `import()`, so the bundler makes it a lazy chunk that a page without the feature never
 * downloads. One instance per module, shared by every element: loaded once per page.
 *
 * `peek()` gives the module synchronously once loaded, so code that already has it never waits.
 * A failed load (a blocked or missing chunk) is kept, not retried on every update: the caller
 * reports it once, like a failed language chunk, and goes on without the feature.
 */
export class LazyModule<T> {
  #load: () => Promise<T>;
  #module: T | undefined;
  #promise: Promise<T> | undefined;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The module if it is loaded. */
  peek(): T | undefined {
    return this.#module;
  }

  /** Loads the module (once); rejects, every time, if its chunk failed to load. */
  load(): Promise<T> {
    this.#promise ??= this.#load().then((module) => (this.#module = module));
    return this.#promise;
  }

  /** For tests: forget the loaded module and load with `load` from now on (e.g. a chunk that fails). */
  replaceLoader(load: () => Promise<T>): void {
    this.#load = load;
    this.#module = undefined;
    this.#promise = undefined;
  }
}
