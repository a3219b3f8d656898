import { expect } from '@open-wc/testing';
import { allWholeUnits, currencyDigits, formatMoney, resolveCurrency, resolveLocale, type MoneyFormat } from './format-money.js';

const usd: MoneyFormat = { locale: 'en-US', currency: 'USD', fractionDigits: 2, wholeUnits: false };

describe('money formatting', () => {
  describe('resolveCurrency', () => {
    const cases: [string | null, string | null][] = [
      ['USD', 'USD'],
      ['usd', 'USD'],
      ['mxn', 'MXN'],
      ['EUR', 'EUR'],
      ['JPY', 'JPY'],
      ['XXXX', null],
      ['US$', null],
      ['', null],
      ['EUR ', null],
      [' EUR', null],
      ['XXX', null],
      ['12A', null],
      [null, null],
    ];
    for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected}`, () => expect(resolveCurrency(value)).to.equal(expected));
  });

  it('knows the digits of each currency', () => {
    expect(currencyDigits('USD')).to.equal(2);
    expect(currencyDigits('MXN')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
  });

  it('resolves locales, falling back for malformed and unknown tags', () => {
    expect(resolveLocale('es-MX', 'en-US')).to.equal('es-MX');
    expect(resolveLocale('en_US', 'en-US')).to.equal('en-US');
    expect(resolveLocale('', 'es-US')).to.equal('es-US');
    expect(resolveLocale('x', 'es-US')).to.equal('es-US');
    expect(resolveLocale(null, 'en-US')).to.equal('en-US');
  });

  const formats: [MoneyFormat, number, string][] = [
    [usd, 270_000, '$2,700.00'],
    [{ ...usd, wholeUnits: true }, 270_000, '$2,700'],
    [usd, 243_050, '$2,430.50'],
    [usd, 1, '$0.01'],
    [usd, 0, '$0.00'],
    [{ ...usd, locale: 'es-US', wholeUnits: true }, 270_000, '$2,700'],
    [{ ...usd, locale: 'es-US' }, 243_050, '$2,430.50'],
    [{ locale: 'es-MX', currency: 'MXN', fractionDigits: 2, wholeUnits: true }, 8_550_000, '$85,500'],
    [{ locale: 'en-US', currency: 'MXN', fractionDigits: 2, wholeUnits: true }, 8_550_000, 'MX$85,500'],
    [{ locale: 'en-US', currency: 'JPY', fractionDigits: 0, wholeUnits: false }, 45_000, '¥45,000'],
    [{ ...usd, locale: 'xx-INVALID' }, 100, '$1.00'],
  ];
  for (const [format, minor, expected] of formats) {
    it(`${minor} ${format.currency} in ${format.locale} is ${expected}`, () => expect(formatMoney(minor, format)).to.equal(expected));
  }

  it('refuses amounts that must never be shown', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, 2 ** 60]) {
      expect(() => formatMoney(bad, usd), String(bad)).to.throw(RangeError);
    }
  });

  it('tells whether cents can be left off', () => {
    expect(allWholeUnits([45_000, 270_000], 2)).to.equal(true);
    expect(allWholeUnits([45_000, 270_050], 2)).to.equal(false);
    expect(allWholeUnits([7], 0)).to.equal(true);
  });
});
