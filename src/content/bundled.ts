import type { Lang } from '../shared/lang.js';

/**
 * One kind of bundled content in both languages. English is imported statically so the first
 * render is synchronous (no layout shift); Spanish is a separate chunk loaded on first use.
 * Loaded content is shared by every instance: parsed once per page.
 */
export class BundledContent<C> {
  #es: C | undefined;
  #esPromise: Promise<C> | undefined;

  constructor(
    private readonly en: C,
    private readonly loadEs: () => Promise<{ default: unknown }>,
  ) {}

  /** The content if it is already in memory. */
  peek(lang: Lang): C | undefined {
    return lang === 'en' ? this.en : this.#es;
  }

  load(lang: Lang): Promise<C> {
    if (lang === 'en') return Promise.resolve(this.en);
    this.#esPromise ??= this.loadEs().then((module) => {
      this.#es = module.default as C;
      return this.#es;
    });
    return this.#esPromise;
  }
}
