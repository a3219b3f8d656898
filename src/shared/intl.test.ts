import { expect } from '@open-wc/testing';
import { dateTimeFormat, numberFormat, pluralRules } from './intl.js';

describe('intl cache', () => {
  it('makes one formatter per locale and options, and formats like a fresh one', () => {
    const usd = { style: 'currency', currency: 'USD' } as const;
    expect(numberFormat('en-US', usd)).to.equal(numberFormat('en-US', { style: 'currency', currency: 'USD' }));
    expect(numberFormat('en-US', usd)).not.to.equal(numberFormat('es-US', usd));
    expect(numberFormat('en-US', usd)).not.to.equal(numberFormat('en-US'));
    expect(numberFormat('en-US', usd).format(1234.5)).to.equal(new Intl.NumberFormat('en-US', usd).format(1234.5));
    expect(dateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-27T00:00:00Z'))).to.equal('27 de noviembre de 2026');
    expect(pluralRules('en-US').select(1)).to.equal('one');
  });

  it('does not cache a constructor that throws', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'US$' })).to.throw(RangeError);
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'US$' })).to.throw(RangeError);
  });
});
