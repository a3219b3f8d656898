import { expect, fixture, html } from '@open-wc/testing';
import en from '../../content/en/common.json';
import es from '../../content/es/common.json';
import { formatDateInWords, formatIsoDate, resolveLang, supportedLocale } from './lang.js';

describe('lang', () => {
  it('uses the nearest ancestor lang, across shadow roots, else en', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div lang="es-MX">
        <section><span id="leaf"></span></section>
      </div>`,
    );
    expect(resolveLang(outer.querySelector('#leaf')!)).to.equal('es');

    const host = await fixture<HTMLElement>(html`<div lang="es"><div id="host"></div></div>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('es');

    const french = await fixture<HTMLElement>(
      html`<div lang="es">
        <p lang="fr"><span></span></p>
      </div>`,
    );
    expect(resolveLang(french.querySelector('span')!)).to.equal('en');
  });

  it('validates locales for Intl', () => {
    expect(supportedLocale('es-MX')).to.equal('es-MX');
    expect(supportedLocale('en_US')).to.equal(null);
    expect(supportedLocale('')).to.equal(null);
    expect(supportedLocale('x')).to.equal(null);
  });

  it('formats review dates without shifting a day', () => {
    expect(formatIsoDate('2026-11-27', 'en-US')).to.equal('November 27, 2026');
    expect(formatIsoDate('2026-11-27', 'es-US')).to.equal('27 de noviembre de 2026');
  });

  it('writes dates in words from the content exactly as Intl would, without Intl', () => {
    for (const iso of ['2026-11-27', '2026-01-01', '2025-12-31', '2027-07-04']) {
      expect(formatDateInWords(iso, en, 'en-US')).to.equal(formatIsoDate(iso, 'en-US'));
      expect(formatDateInWords(iso, es, 'es-US')).to.equal(formatIsoDate(iso, 'es-US'));
    }
    expect(formatDateInWords('not-a-date', en, 'en-US')).to.equal('not-a-date');
    expect(formatDateInWords('2026-13-01', en, 'en-US')).to.equal(formatIsoDate('2026-13-01', 'en-US'));
  });
});
