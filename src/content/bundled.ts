import type { Lang } from './lang.js';

/**
 * One kind of bundled content in both languages. The primary language is imported statically so
 * the first render is synchronous (no layout shift); the other is a separate chunk loaded on first
 * use. Loaded content is shared by every instance: parsed once per page.
 *
 * The primary language is English in `ketamine-widgets.js` and Spanish in the `*.es.js` script-tag
 * files (the build swaps the two imports), so it is read from the content's own `lang` field.
 */
export class BundledContent<C> {
  readonly #primaryLang: Lang;
  #other: C | undefined;
  #otherPromise: Promise<C> | undefined;

  constructor(
    private readonly primary: C,
    private readonly loadOther: () => Promise<{ default: unknown }>,
  ) {
    this.#primaryLang = (primary as { lang?: unknown }).lang === 'es' ? 'es' : 'en';
  }

  /** The content if it is already in memory. */
  peek(lang: Lang): C | undefined {
    return lang === this.#primaryLang ? this.primary : this.#other;
  }

  load(lang: Lang): Promise<C> {
    if (lang === this.#primaryLang) return Promise.resolve(this.primary);
    this.#otherPromise ??= this.loadOther().then((module) => {
      this.#other = module.default as C;
      return this.#other;
    });
    return this.#otherPromise;
  }
}
