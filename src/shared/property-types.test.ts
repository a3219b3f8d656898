import { expect } from '@open-wc/testing';
import { coerceProperty, describeValue, propertyKind } from './property-types.js';

describe('property types', () => {
  it('reads the kind from the declaration: explicit kind, then Lit type, attribute: false, else string', () => {
    expect(propertyKind({ kind: 'number', attribute: 'heading-level' })).to.equal('number');
    expect(propertyKind({ type: Boolean })).to.equal('boolean');
    expect(propertyKind({ type: Number })).to.equal('number');
    expect(propertyKind({ attribute: false })).to.equal('structured');
    expect(propertyKind({})).to.equal('string');
    expect(propertyKind({ state: true })).to.equal(null);
    expect(propertyKind(undefined)).to.equal(null);
  });

  it('coerces strings: numbers become text; other types are refused with the default', () => {
    expect(coerceProperty('string', 'Lakeside')).to.deep.equal({ ok: true, value: 'Lakeside' });
    expect(coerceProperty('string', 5550102345)).to.deep.equal({ ok: true, value: '5550102345' });
    expect(coerceProperty('string', undefined)).to.deep.equal({ ok: true, value: null });
    const refused = coerceProperty('string', { a: 1 });
    expect(refused).to.deep.equal({ ok: false, value: null, message: 'expected a string, got an object; using the default' });
    expect(coerceProperty('string', Number.NaN).ok).to.equal(false);
    expect(coerceProperty('string', Symbol('s')).ok).to.equal(false);
  });

  it('coerces booleans: a string is a present attribute; null is false', () => {
    expect(coerceProperty('boolean', '')).to.deep.equal({ ok: true, value: true });
    expect(coerceProperty('boolean', null)).to.deep.equal({ ok: true, value: false });
    expect(coerceProperty('boolean', 1)).to.deep.equal({ ok: false, value: false, message: 'expected true or false, got number 1; using the default' });
  });

  it('coerces numbers from numeric text', () => {
    expect(coerceProperty('number', '4')).to.deep.equal({ ok: true, value: 4 });
    expect(coerceProperty('number', ' ')).to.deep.equal({ ok: true, value: null });
    expect(coerceProperty('number', 'four').ok).to.equal(false);
  });

  it('copies structured values into prototype-free data, from objects or JSON text', () => {
    const fromObject = coerceProperty('structured', { iv: 450 });
    const fromText = coerceProperty('structured', '{"iv": 450}');
    expect(fromObject.ok && fromText.ok).to.equal(true);
    expect(Object.getPrototypeOf(fromObject.value)).to.equal(null);
    expect({ ...(fromText.value as object) }).to.deep.equal({ iv: 450 });
    expect(coerceProperty('structured', '').value).to.equal(null);
    expect(coerceProperty('structured', '{').ok).to.equal(false);
    expect(coerceProperty('structured', 450).ok).to.equal(false);
  });

  it('never throws, whatever it is given', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      get iv() {
        throw null;
      },
    };
    for (const kind of ['string', 'boolean', 'number', 'structured'] as const) {
      for (const value of [proxy, throwing, Symbol('x'), () => 1, 10n, { [Symbol('k')]: 1 }]) {
        expect(() => coerceProperty(kind, value)).not.to.throw();
      }
    }
    expect(coerceProperty('structured', throwing).ok).to.equal(false);
    expect(describeValue(proxy)).to.equal('an unreadable value');
  });
});
