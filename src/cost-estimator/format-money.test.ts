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

  describe('US dollars in en-US and es-US, formatted without Intl', () => {
    const amounts = [0, 1, 49, 50, 99, 100, 149, 150, 999, 1000, 12_345, 99_950, 100_000, 123_456, 999_999, 1_000_000, 123_456_789, 98_765_432_101];
    for (const locale of ['en-US', 'es-US']) {
      for (const wholeUnits of [false, true]) {
        it(`prints what Intl prints (${locale}, ${wholeUnits ? 'whole dollars' : 'cents'})`, () => {
          const digits = wholeUnits ? 0 : 2;
          const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });
          for (const cents of amounts) expect(formatMoney(cents, { ...usd, locale, wholeUnits }), `${cents} cents`).to.equal(intl.format(cents / 100));
        });
      }
    }

    it('never touches Intl on that path (its first use on a page costs ~50 ms on a throttled phone)', () => {
      const formatCalls: unknown[] = [];
      const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
      const supportedLocalesOf = Intl.NumberFormat.supportedLocalesOf;
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
        configurable: true,
        get() {
          formatCalls.push('format');
          return format.get!.call(this);
        },
      });
      Intl.NumberFormat.supportedLocalesOf = (...args) => {
        formatCalls.push('supportedLocalesOf');
        return supportedLocalesOf(...args);
      };
      let dollarCalls: unknown[] = [];
      try {
        expect(resolveCurrency('usd')).to.equal('USD');
        expect(currencyDigits('USD')).to.equal(2);
        expect(resolveLocale('es-US', 'en-US')).to.equal('es-US');
        expect(formatMoney(123_450, usd)).to.equal('$1,234.50');
        expect(formatMoney(123_450, { ...usd, locale: 'es-US', wholeUnits: true })).to.equal('$1,235');
        dollarCalls = [...formatCalls];
        // The spy does see Intl when it is used: other currencies still go there.
        expect(formatMoney(123_450, { ...usd, currency: 'EUR' })).to.match(/1,234\.50/);
      } finally {
        Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
        Intl.NumberFormat.supportedLocalesOf = supportedLocalesOf;
      }
      expect(dollarCalls).to.deep.equal([]);
      expect(formatCalls).to.include('format');
    });
  });

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
