import { expect } from '@open-wc/testing';
import { langFromTag } from './lang.js';

describe('langFromTag', () => {
  it('reads region tags by their first part', () => {
    expect(langFromTag('es-MX')).to.equal('es');
    expect(langFromTag('EN_gb')).to.equal('en');
    expect(langFromTag('fr')).to.equal(null);
    expect(langFromTag('')).to.equal(null);
  });
});
