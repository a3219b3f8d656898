// The content controller on a bare LitElement host: language, the override channels and their
// precedence, stale answers, and one report per failure.
import { aTimeout, expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html, type PropertyValues } from 'lit';
import { BundledContent } from '../content/bundled.js';
import type { ContentErrorDetail, OverrideValidator } from '../content/override.js';
import { ContentController, type ContentConfig } from './content-controller.js';

interface Words {
  lang: string;
  reviewed: string;
  word: string;
}
type WordsOverride = { word?: unknown };

const english: Words = { lang: 'en', reviewed: '2026-11-30', word: 'hello' };
const spanish: Words = { lang: 'es', reviewed: '2026-11-30', word: 'hola' };

// Accepts { word: string }; anything else is refused at `word`.
const validateWords: OverrideValidator<WordsOverride> = (data) =>
  typeof (data as WordsOverride).word === 'string' ? { ok: true, value: data as WordsOverride } : { ok: false, path: 'word', message: 'expected a string' };

function config(loadSpanish: () => Promise<{ default: unknown }>): ContentConfig<Words, WordsOverride> {
  return {
    bundle: new BundledContent<Words>(english, loadSpanish),
    validator: async () => validateWords,
    merge: (bundled, override) => ({ ...bundled, word: String(override.word) }),
  };
}

let nextConfig = config(async () => ({ default: spanish }));

class ContentHostProbe extends LitElement {
  static override properties = { src: {}, content: { attribute: false } };
  declare src: string | null;
  declare content: unknown;
  readonly contents = new ContentController(this, nextConfig);

  constructor() {
    super();
    this.src = null;
    this.content = undefined;
  }

  // As KwElement does: the lang attribute stays native, and is observed.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.contents.willUpdate(changed);
  }

  protected override render() {
    return html`<p>${this.contents.effective?.word ?? 'loading'} ${this.contents.lang} ${this.contents.overrideState}</p>`;
  }
}
customElements.define('content-host-probe', ContentHostProbe);

// Heard on the document from the start: an inline override may fail before fixture() returns.
const reported: ContentErrorDetail[] = [];
document.addEventListener('content-error', (event) => reported.push((event as CustomEvent<ContentErrorDetail>).detail));

async function host(config: ContentConfig<Words, WordsOverride>, template = fixtureHtml`<content-host-probe></content-host-probe>`) {
  nextConfig = config;
  reported.length = 0;
  const el = await fixture<ContentHostProbe>(template);
  return { el, errors: reported, text: () => el.shadowRoot!.textContent!.trim() };
}

function silenceConsoleError() {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = original) };
}

describe('ContentController', () => {
  it('renders the primary language synchronously and loads the other on demand', async () => {
    const { el, text } = await host(config(async () => ({ default: spanish })));
    expect(text()).to.equal('hello en none');
    el.setAttribute('lang', 'es-MX');
    await waitUntil(() => text() === 'hola es none');
    await el.contents.settled;
  });

  it('falls back to English, with one console error, when the language chunk fails', async () => {
    const console = silenceConsoleError();
    try {
      const { el, text } = await host(config(() => Promise.reject(new Error('blocked by CSP'))));
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      await el.contents.settled;
      await el.updateComplete;
      expect(text()).to.equal('hello en none');
      expect(console.lines).to.deep.equal(['[content-host-probe] lang: could not load "es" content (blocked by CSP); showing English']);
      // Asking again for the language that failed does not retry or report again.
      el.setAttribute('lang', 'es-MX');
      await el.updateComplete;
      await aTimeout(0);
      expect(console.lines.length).to.equal(1);
      expect(el.contents.langChanged()).to.equal(false);
    } finally {
      console.restore();
    }
  });

  it('applies the property over src over the inline script, and falls back down the list', async () => {
    const originalFetch = window.fetch;
    window.fetch = async () => new Response('{"word":"from src"}', { headers: { 'content-type': 'application/json' } });
    try {
      const { el, text } = await host(
        config(async () => ({ default: spanish })),
        fixtureHtml`<content-host-probe src="/words.json"><script type="application/json">{"word":"from script"}</script></content-host-probe>`,
      );
      await el.contents.settled;
      await el.updateComplete;
      expect(text()).to.equal('from src en applied');
      el.content = { word: 'from property' };
      await el.updateComplete;
      await el.contents.settled;
      await el.updateComplete;
      expect(text()).to.equal('from property en applied');
      el.content = null;
      el.src = null;
      await el.updateComplete;
      await el.contents.settled;
      await el.updateComplete;
      expect(text()).to.equal('from script en applied');
      el.querySelector('script')!.remove();
      await waitUntil(() => text() === 'hello en none');
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('drops a slow, stale answer: the last override asked for wins', async () => {
    const originalFetch = window.fetch;
    window.fetch = async (input) => {
      const slow = String(input).endsWith('slow.json');
      await new Promise((resolve) => setTimeout(resolve, slow ? 150 : 10));
      return new Response(JSON.stringify({ word: slow ? 'stale' : 'fresh' }), { headers: { 'content-type': 'application/json' } });
    };
    try {
      const { el, text } = await host(
        config(async () => ({ default: spanish })),
        fixtureHtml`<content-host-probe src="/slow.json"></content-host-probe>`,
      );
      expect(el.contents.overridePending).to.equal(true);
      expect(text()).to.equal('hello en loading');
      el.src = '/fast.json';
      await el.updateComplete;
      await el.contents.settled;
      expect(el.contents.overridePending).to.equal(false);
      await el.updateComplete;
      expect(text()).to.equal('fresh en applied');
      await aTimeout(250);
      expect(text()).to.equal('fresh en applied');
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('reports a refused override once (console and content-error) and keeps the bundled content', async () => {
    const console = silenceConsoleError();
    try {
      const { el, errors, text } = await host(
        config(async () => ({ default: spanish })),
        fixtureHtml`<content-host-probe><script type="application/json">{"word": 42}</script></content-host-probe>`,
      );
      await el.contents.settled;
      await el.updateComplete;
      // Re-renders (a property of the host changing) do not report again.
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(20);
      expect(text()).to.equal('hello en failed');
      expect(errors).to.deep.equal([{ element: 'content-host-probe', source: 'script', path: 'word', message: 'expected a string' }]);
      expect(console.lines).to.deep.equal(['[content-host-probe] content (script): word: expected a string']);
    } finally {
      console.restore();
    }
  });

  it('settled waits for an override still on its way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowConfig = { ...config(async () => ({ default: spanish })), validator: () => gate.then(() => validateWords) };
    const { el } = await host(slowConfig, fixtureHtml`<content-host-probe><script type="application/json">{"word":"late"}</script></content-host-probe>`);
    let settled = false;
    void el.contents.settled.then(() => (settled = true));
    await aTimeout(20);
    expect([settled, el.contents.overridePending]).to.deep.equal([false, true]);
    release();
    await el.contents.settled;
    expect(el.contents.effective?.word).to.equal('late');
  });
});
