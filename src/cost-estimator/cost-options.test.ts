import { expect } from '@open-wc/testing';
import { readCurrency, readFee, readLocale, readTreatment } from './cost-options.js';

describe('cost-estimator attribute readers', () => {
  it('treat empty and absent attributes as not set, never as errors', () => {
    for (const raw of [null, undefined, '', '   ']) {
      expect(readCurrency(raw)).to.deep.equal({ value: 'USD' });
      expect(readLocale(raw)).to.deep.equal({ value: null });
      expect(readFee(raw)).to.deep.equal({ value: null });
      expect(readTreatment(raw)).to.deep.equal({ value: 'iv' });
    }
  });

  it('accept good values', () => {
    expect(readCurrency('mxn')).to.deep.equal({ value: 'MXN' });
    expect(readLocale(' es-MX ')).to.deep.equal({ value: 'es-MX' });
    expect(readFee(' 250 ')).to.deep.equal({ value: 250 });
    expect(readTreatment(' spravato ')).to.deep.equal({ value: 'spravato' });
  });

  it('refuse bad values with the attribute path, keeping the default', () => {
    expect(readCurrency('US$')).to.deep.equal({ value: 'USD', error: { path: 'currency', message: '"US$" is not an ISO 4217 currency code; using USD' } });
    expect(readLocale('xx-nope-nope')).to.have.nested.property('error.path', 'locale');
    expect(readFee('-1')).to.deep.equal({ value: null, error: { path: 'consultation-fee', message: '"-1" must be a number from 0 to 100000' } });
    expect(readFee('100001').error!.path).to.equal('consultation-fee');
    expect(readTreatment('ketamine')).to.deep.equal({ value: 'iv', error: { path: 'treatment', message: '"ketamine" is not one of iv, spravato, im, oral' } });
  });
});
