import { isServer, type ReactiveElement } from 'lit';
import type { Lang } from '../content/lang.js';
import type { FaqDocument } from '../content/schemas/faq.js';
import { reportContentError } from '../shared/content-error.js';
import { faqAnswers, withAnswers, type FaqAnswers } from './faq-content.js';

/**
 * One FAQ's view of the answers chunks (issue 18, bytes; faq-content.ts `faqAnswers`): asks for a
 * language's answers once, fills them into the effective content, and says whether they are in.
 * Until `settled`, nothing may open, link, publish or count search matches as if they were there.
 * A failed chunk is reported once, for the language shown, and each answer says it could not load.
 */
export class AnswersLoader {
  readonly #host: ReactiveElement;
  /** The answers of the language last completed are in, or failed. Always on the server (its questions carry them). */
  settled = isServer;
  #asked = new Set<Lang>();
  /** Languages whose chunk was asked for (`load` may start it a task later). */
  #started = new Set<Lang>();
  /** Languages whose chunk failed, with why. */
  #failed = new Map<Lang, string>();
  #reported = new Set<Lang>();
  #last: { from: FaqDocument; answers: FaqAnswers | null; failed: boolean; document: FaqDocument } | undefined;

  /** Whether the host needs the answers in its first frame (hydrating the server's HTML, which holds them). */
  readonly #neededForFirstFrame: () => boolean;

  constructor(host: ReactiveElement, neededForFirstFrame: () => boolean = () => false) {
    this.#host = host;
    this.#neededForFirstFrame = neededForFirstFrame;
  }

  /**
   * Starts loading `lang`'s answers (once); the host updates when they arrive or fail.
   * Before the host's first render the `import()` starts in the next task, not this one: issued
   * here it cost ~4 ms of the first frame at the bench's 4× throttle, and a chunk that arrives at
   * once (HTTP cache, local server) was evaluated and re-rendered before the first frame too
   * (W9-first: content rendered ~9 ms earlier). The download still overlaps the first frame.
   */
  load(lang: Lang): void {
    if (isServer || this.#asked.has(lang)) return;
    this.#asked.add(lang);
    if (this.#host.hasUpdated || this.#neededForFirstFrame()) this.#startLoading(lang);
    else setTimeout(() => this.#startLoading(lang));
  }

  #startLoading(lang: Lang): void {
    if (this.#started.has(lang)) return;
    this.#started.add(lang);
    faqAnswers(lang)
      .load()
      .then(
        () => this.#host.requestUpdate(),
        (error: Error) => {
          this.#failed.set(lang, error?.message ?? String(error));
          this.#host.requestUpdate();
        },
      );
  }

  failed(lang: Lang): boolean {
    return this.#failed.has(lang);
  }

  /** Resolves after the host update in which `lang`'s answers are in (or failed). */
  whenSettled(lang: Lang): Promise<unknown> {
    this.load(lang);
    // Now, not in the next task: the failure is recorded before the promise below settles.
    this.#startLoading(lang);
    return faqAnswers(lang)
      .load()
      .catch(() => undefined)
      .then(() => this.#host.updateComplete);
  }

  /** `content` with its bundled answers filled in (the same object while nothing changed); sets `settled`. Call from the host's `willUpdate`. */
  complete(content: FaqDocument): FaqDocument {
    const lang = content.lang as Lang;
    this.load(lang);
    const answers = isServer ? null : (faqAnswers(lang).peek() ?? null);
    const failed = this.#failed.has(lang);
    this.settled = isServer || answers !== null || failed;
    // Reported for the language shown only: a blocked Spanish chunk that falls back to English is the language chunk's error.
    if (failed && !this.#reported.has(lang)) {
      this.#reported.add(lang);
      const why = this.#failed.get(lang);
      reportContentError(
        this.#host,
        'attribute',
        'lang',
        `could not load the answers to the "${lang}" questions (${why}); each answer says it could not be loaded`,
      );
    }
    const last = this.#last;
    if (last?.from === content && last.answers === answers && last.failed === failed) return last.document;
    const document = withAnswers(content, failed ? {} : answers, content.ui.answerUnavailable);
    this.#last = { from: content, answers, failed, document };
    return document;
  }
}
