// What every element inherits from the shared base, tested through a minimal probe element.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { KwProbe } from './test/probe-element.js';
import { defineElement } from './define.js';
import type { ContentErrorDetail } from '../content/override.js';
import { fetchOverrideModule } from './content-controller.js';

function captureConsole(method: 'error' | 'warn') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console[method] = original) };
}

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A probe given `src` after it is created (as a page script would), and the content-error it reports. */
async function probeWithSrc(src: string): Promise<{ el: KwProbe; detail: ContentErrorDetail }> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const event = oneEvent(wrapper, 'content-error');
  const el = document.createElement('kw-probe') as KwProbe;
  el.setAttribute('src', src);
  wrapper.append(el);
  const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
  return { el, detail };
}

describe('shared element behaviour', () => {
  it('renders the not-medical-advice line and the reviewed date', async () => {
    const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
    expect(shadowText(el)).to.contain('Educational information, not medical advice.');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('November 30, 2026');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean twice on a page without landmarks (its footer is not a contentinfo landmark)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kw-probe></kw-probe><kw-probe></kw-probe></div>`);
    for (const el of wrapper.querySelectorAll('kw-probe')) await el.updateComplete;
    await expect(wrapper).to.be.accessible();
  });

  describe('lang', () => {
    it('defaults to en', async () => {
      const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
      expect(el.shadowRoot!.querySelector('.lang')!.textContent).to.equal('en');
    });

    it('loads Spanish when asked, region tags counting by their first part', async () => {
      const el = await fixture<KwProbe>(html`<kw-probe lang="es-MX"></kw-probe>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.lang')?.textContent === 'es');
      expect(shadowText(el)).to.contain('Información educativa, no consejo médico.');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('30 de noviembre de 2026');
      await expect(el).to.be.accessible();
    });

    it('inherits the nearest ancestor lang', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es">
          <section><kw-probe></kw-probe></section>
        </div>`,
      );
      const el = wrapper.querySelector('kw-probe')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.lang')?.textContent === 'es');
    });

    it('follows a change of its own lang attribute', async () => {
      const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
      el.setAttribute('lang', 'es');
      await waitUntil(() => el.shadowRoot!.querySelector('.lang')?.textContent === 'es');
      el.lang = 'en';
      await waitUntil(() => el.shadowRoot!.querySelector('.lang')?.textContent === 'en');
    });

    describe('follows an ancestor lang live (issue 16.4)', () => {
      const langOf = (el: Element) => el.shadowRoot!.querySelector('.lang')?.textContent;
      afterEach(() => document.documentElement.removeAttribute('lang'));

      it('re-renders in Spanish and back when <html lang> changes; an own lang still wins', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div><kw-probe></kw-probe><kw-probe lang="en"></kw-probe></div>`);
        const [inherits, own] = wrapper.querySelectorAll('kw-probe');
        await waitUntil(() => langOf(inherits) === 'en');
        document.documentElement.lang = 'es-US';
        await waitUntil(() => langOf(inherits) === 'es', 'follows <html lang>');
        expect(shadowText(inherits)).to.contain('Información educativa, no consejo médico.');
        expect(langOf(own)).to.equal('en');
        document.documentElement.lang = 'en';
        await waitUntil(() => langOf(inherits) === 'en', 'and back');
        expect(shadowText(inherits)).to.contain('Educational information, not medical advice.');
      });

      it('follows a wrapper, also inside another component’s shadow root', async () => {
        const outer = await fixture<HTMLElement>(
          html`<section lang="en">
            <div><kw-probe></kw-probe></div>
          </section>`,
        );
        const el = outer.querySelector('kw-probe')!;
        outer.setAttribute('lang', 'es');
        await waitUntil(() => langOf(el) === 'es', 'wrapper in the document');
        outer.removeAttribute('lang');
        await waitUntil(() => langOf(el) === 'en', 'wrapper lang removed: back to the default');

        const host = await fixture<HTMLElement>(html`<div></div>`);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = '<div lang="en"><kw-probe></kw-probe></div>';
        const inner = root.querySelector('kw-probe')!;
        await waitUntil(() => langOf(inner) === 'en');
        root.querySelector('div')!.setAttribute('lang', 'es');
        await waitUntil(() => langOf(inner) === 'es', 'wrapper inside a shadow root');
        root.querySelector('div')!.removeAttribute('lang');
        host.lang = 'es';
        await aTimeout(0);
        expect(langOf(inner)).to.equal('es');
        host.lang = 'en';
        await waitUntil(() => langOf(inner) === 'en', 'the shadow host, in the document');
      });
    });

    it('treats unsupported languages as English, and marks its text as English', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><kw-probe></kw-probe></div>`);
      const el = wrapper.querySelector('kw-probe')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.lang')!.textContent).to.equal('en');
      expect(el.shadowRoot!.querySelector('.content')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('clinic attributes', () => {
    it('warns once about a misspelt attribute, naming the one it probably meant, and ignores it', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fixture<KwProbe>(html`<kw-probe clinc-name="Lakeside Clinic" phone="(555) 010-2345" data-v-1a2b class="x"></kw-probe>`);
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        expect(warn.lines).to.deep.equal(['<kw-probe>: attribute "clinc-name" is not one of ours and is ignored. Did you mean "clinic-name"?']);
        expect(el.clinicName).to.equal(null);
        el.remove();
      } finally {
        warn.restore();
      }
    });

    it('renders a call to action with the booking host and a tel: link', async () => {
      const el = await fixture<KwProbe>(
        html`<kw-probe clinic-name="Lakeside Clinic" phone="(555) 010-2345" booking-url="https://book.lakeside.example/new"></kw-probe>`,
      );
      const book = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-book"]')!;
      expect(book.href).to.equal('https://book.lakeside.example/new');
      expect(book.textContent).to.contain('book.lakeside.example');
      const call = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:5550102345');
      expect(call.textContent).to.contain('Lakeside Clinic');
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: booking-url with a console error and an event, and renders no link', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const events: ContentErrorDetail[] = [];
        wrapper.addEventListener('content-error', (e) => events.push((e as CustomEvent<ContentErrorDetail>).detail));
        const el = document.createElement('kw-probe');
        el.setAttribute('booking-url', 'javascript:alert(document.cookie)');
        wrapper.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="cta-book"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
        expect(errors.lines.some((line) => line.startsWith('[kw-probe] booking-url: refused'))).to.equal(true);
        expect(events).to.deep.equal([
          {
            element: 'kw-probe',
            source: 'attribute',
            path: 'booking-url',
            message: 'refused "javascript:alert(document.cookie)": only http(s), tel and mailto links are allowed',
          },
        ]);
      } finally {
        errors.restore();
      }
    });
  });

  describe('theme', () => {
    const background = (el: Element) => getComputedStyle(el).backgroundColor;

    it('switches between light and dark, and dark tokens never inherit light brand colours', async () => {
      const el = await fixture<KwProbe>(html`<kw-probe theme="light" style="--kw-accent:#7a1f5c"></kw-probe>`);
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(21, 24, 28)');
      // The brand colour as given (links use a shade of it derived in CSS: src/test/brand-contrast).
      const brand = getComputedStyle(el).getPropertyValue('--_kw-accent-fill').trim();
      expect(brand).to.equal('#8ab4f8');
      await expect(el).to.be.accessible();
    });

    it('warns on an unknown theme and stays usable', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<KwProbe>(html`<kw-probe theme="neon"></kw-probe>`);
        expect(warnings.lines.some((l) => l.startsWith('[kw-probe] theme: "neon"'))).to.equal(true);
        expect(shadowText(el)).to.contain('not medical advice');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('host page CSS (issue 15.6)', () => {
    it('a rule matching the host cannot re-space the text inside; only --kw-* tokens can', async () => {
      const style = document.createElement('style');
      style.textContent = 'kw-probe { line-height: 3; font-size: 31px; letter-spacing: 0.3em; word-spacing: 1em; }';
      document.head.append(style);
      try {
        const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
        const body = getComputedStyle(el.shadowRoot!.querySelector('[part="body"]')!);
        const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
        expect(parseFloat(body.fontSize)).to.equal(rootSize);
        expect(parseFloat(body.lineHeight) / parseFloat(body.fontSize)).to.be.closeTo(1.5, 0.01);
        expect([body.letterSpacing, body.wordSpacing]).to.deep.equal(['normal', '0px']);

        el.style.setProperty('--kw-line-height', '1.8');
        el.style.setProperty('--kw-font-size', '20px');
        el.style.setProperty('--kw-letter-spacing', '0.05em');
        const tuned = getComputedStyle(el.shadowRoot!.querySelector('[part="body"]')!);
        expect([tuned.fontSize, tuned.lineHeight, tuned.letterSpacing]).to.deep.equal(['20px', '36px', '1px']);
      } finally {
        style.remove();
      }
    });
  });

  describe('clinic overrides', () => {
    it('applies a valid inline JSON script', async () => {
      const el = await fixture<KwProbe>(
        html`<kw-probe
          ><script type="application/json">
            { "crisisShort": "Clinic wording." }
          </script></kw-probe
        >`,
      );
      await waitUntil(() => shadowText(el).includes('Clinic wording.'));
    });

    it('applies a valid content property', async () => {
      const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
      el.content = { crisisShort: 'From a property.' };
      await waitUntil(() => shadowText(el).includes('From a property.'));
    });

    it('refuses an invalid override naming the path, fires content-error and keeps bundled content', async () => {
      const errors = captureConsole('error');
      try {
        const el = document.createElement('kw-probe');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify({
          items: [
            { id: 'a', answer: 'ok' },
            { id: 'b', answer: 'ok' },
            { id: 'c', answer: '' },
          ],
        });
        el.append(script);
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'kw-probe', source: 'script', path: 'items[2].answer', message: 'must not be empty' });
        expect(errors.lines).to.include('[kw-probe] content (script): items[2].answer: must not be empty');
        await el.updateComplete;
        expect(shadowText(el)).to.contain('Educational information, not medical advice.');
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('refuses unknown keys, JSON that is not an object, and invalid JSON', async () => {
      const errors = captureConsole('error');
      try {
        const cases: [string, string][] = [
          ['{"onclick":"alert(1)"}', 'onclick'],
          ['"{\\"crisisShort\\":\\"x\\"}"', 'expected object'],
          ['{"crisisShort": "x",}', 'invalid JSON'],
        ];
        for (const [raw, expected] of cases) {
          const el = document.createElement('kw-probe');
          el.innerHTML = `<script type="application/json">${raw}</script>`;
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const event = oneEvent(wrapper, 'content-error');
          wrapper.append(el);
          const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
          expect(`${detail.path} ${detail.message}`, raw).to.contain(expected);
        }
      } finally {
        errors.restore();
      }
    });

    it('does not let a polluted Object.prototype leak into content', async () => {
      (Object.prototype as Record<string, unknown>).crisisShort = 'POLLUTED';
      try {
        const el = await fixture<KwProbe>(
          html`<kw-probe
            ><script type="application/json">
              { "items": [] }
            </script></kw-probe
          >`,
        );
        await aTimeout(50);
        await el.updateComplete;
        expect(shadowText(el)).not.to.contain('POLLUTED');
      } finally {
        delete (Object.prototype as Record<string, unknown>).crisisShort;
      }
    });

    it('refuses a cross-origin http src before any request', async () => {
      const errors = captureConsole('error');
      const originalFetch = window.fetch;
      let requests = 0;
      window.fetch = (...args) => {
        requests++;
        return originalFetch(...args);
      };
      try {
        const { detail } = await probeWithSrc('http://169.254.169.254/latest/meta-data');
        expect(detail.source).to.equal('src');
        expect(detail.message).to.contain('refused before any request');
        expect(requests).to.equal(0);
      } finally {
        window.fetch = originalFetch;
        errors.restore();
      }
    });

    it('loads a same-origin src, showing a loading state meanwhile; the last src wins', async () => {
      const originalFetch = window.fetch;
      const seen: { url: string; init: RequestInit }[] = [];
      window.fetch = async (input, init) => {
        const url = String(input);
        seen.push({ url, init: init! });
        const slow = url.endsWith('slow.json');
        await new Promise((resolve) => setTimeout(resolve, slow ? 200 : 10));
        if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
        return new Response(JSON.stringify({ crisisShort: slow ? 'Slow answer.' : 'Fast answer.' }), {
          headers: { 'content-type': 'application/json' },
        });
      };
      try {
        const el = await fixture<KwProbe>(html`<kw-probe src="/clinic/slow.json"></kw-probe>`);
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
        el.src = '/clinic/fast.json';
        await waitUntil(() => shadowText(el).includes('Fast answer.'));
        await aTimeout(300);
        expect(shadowText(el)).not.to.contain('Slow answer.');
        expect(seen[0].init.credentials).to.equal('omit');
        expect(seen[0].init.referrerPolicy).to.equal('no-referrer');
        expect(seen[0].init.redirect).to.equal('error');
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('when the fetch code fails to load, reports it for src (console and content-error) and keeps bundled content', async () => {
      const errors = captureConsole('error');
      const originalFetch = window.fetch;
      let requests = 0;
      window.fetch = async () => {
        requests++;
        return new Response('{"crisisShort":"Fetched."}', { headers: { 'content-type': 'application/json' } });
      };
      fetchOverrideModule.replaceLoader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      try {
        const { el, detail } = await probeWithSrc('/clinic/faq.json');
        expect(detail).to.deep.equal({
          element: 'kw-probe',
          source: 'src',
          path: '',
          message: 'not fetched: could not load its code (Failed to fetch dynamically imported module)',
        });
        await el.updateComplete;
        expect(errors.lines).to.deep.equal(['[kw-probe] content (src): not fetched: could not load its code (Failed to fetch dynamically imported module)']);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
        expect(shadowText(el)).not.to.contain('Fetched.');
        expect(requests).to.equal(0);
      } finally {
        window.fetch = originalFetch;
        errors.restore();
        fetchOverrideModule.replaceLoader(() => import('./fetch-override.js'));
      }
    });

    it('rejects an HTML response on its content type and keeps bundled content', async () => {
      const errors = captureConsole('error');
      const originalFetch = window.fetch;
      window.fetch = async () => new Response('<html>Not found</html>', { status: 200, headers: { 'content-type': 'text/html' } });
      try {
        const { el, detail } = await probeWithSrc('/clinic/faq.json');
        expect(detail.message).to.contain('expected a JSON content type');
        await el.updateComplete;
        expect(shadowText(el)).not.to.contain('Not found');
      } finally {
        window.fetch = originalFetch;
        errors.restore();
      }
    });
  });

  describe('registration', () => {
    it('is safe when a second copy registers the same tag', () => {
      const warnings = captureConsole('warn');
      try {
        class SecondCopy extends KwProbe {}
        expect(() => defineElement('kw-probe', SecondCopy)).not.to.throw();
        expect(defineElement('kw-probe', SecondCopy)).to.equal(false);
        expect(customElements.get('kw-probe')).to.equal(KwProbe);
        expect(warnings.lines).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('warns, without throwing, when someone else owns the tag name', () => {
      customElements.define('kw-taken', class extends HTMLElement {});
      const warnings = captureConsole('warn');
      try {
        expect(defineElement('kw-taken', class extends KwProbe {})).to.equal(false);
        expect(warnings.lines).to.deep.equal(['[ketamine-widgets] <kw-taken> is already defined by another script; this copy leaves it alone.']);
      } finally {
        warnings.restore();
      }
    });
  });
});
