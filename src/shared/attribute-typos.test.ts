import { expect } from '@open-wc/testing';
import { attributeTypos, likelyMeant } from './attribute-typos.js';

const KNOWN = ['plans', 'clinic-name', 'phone', 'booking-url', 'theme', 'heading-level', 'src', 'lang', 'structured-data'];

describe('attribute typos', () => {
  it('names the attribute a near miss probably meant', () => {
    expect(likelyMeant('clinc-name', KNOWN)).to.equal('clinic-name');
    expect(likelyMeant('phon', KNOWN)).to.equal('phone');
    expect(likelyMeant('booking-link', KNOWN)).to.equal(undefined);
    expect(likelyMeant('bookingurl', KNOWN)).to.equal('booking-url');
    expect(likelyMeant('structured_data', KNOWN)).to.equal('structured-data');
    expect(likelyMeant('heading-levle', KNOWN)).to.equal('heading-level');
  });

  it('is silent for known, global, data-, aria- and framework attributes', () => {
    expect(likelyMeant('phone', KNOWN)).to.equal(undefined);
    const element = document.createElement('div');
    for (const name of [
      'clinic-name',
      'class',
      'id',
      'style',
      'hidden',
      'title',
      'data-phone',
      'aria-label',
      'data-v-1a2b3c',
      '_ngcontent-ng-c1',
      'ng-reflect-phone',
    ])
      element.setAttribute(name, '');
    expect(attributeTypos(element, KNOWN)).to.deep.equal([]);
  });

  it('lists every typo on an element with its likely meaning', () => {
    const element = document.createElement('div');
    element.setAttribute('clinc-name', 'Lakeside');
    element.setAttribute('phne', '555');
    element.setAttribute('theme', 'dark');
    expect(attributeTypos(element, KNOWN)).to.deep.equal([
      ['clinc-name', 'clinic-name'],
      ['phne', 'phone'],
    ]);
  });
});
