import { expect } from '@open-wc/testing';
import en from '../../content/en/common.json';
import es from '../../content/es/common.json';
import { linkDialingCodes } from './dialing-codes.js';

const links = (sentence: string) =>
  linkDialingCodes(sentence)
    .filter((part) => part.tel)
    .map((part) => part.tel);

describe('linkDialingCodes', () => {
  it('links 988 and 911 once each and keeps every character of the sentence', () => {
    const parts = linkDialingCodes('Call or text 988 (988 Lifeline, 24/7). In danger, call 911.');
    expect(parts.map((part) => part.text).join('')).to.equal('Call or text 988 (988 Lifeline, 24/7). In danger, call 911.');
    expect(parts.filter((part) => part.tel)).to.deep.equal([
      { text: '988', tel: 'tel:988' },
      { text: '911', tel: 'tel:911' },
    ]);
  });

  it('leaves codes inside words, addresses and other numbers as text', () => {
    expect(links('Chat at 988lifeline.org or 1-800-273-8255, 9880, 24/7, x911')).to.deep.equal([]);
    expect(links('Llame al 911.')).to.deep.equal(['tel:911']);
  });

  it('links 988 and 911 in the bundled English and Spanish crisis lines', () => {
    for (const sentence of [en.crisisShort, es.crisisShort]) expect(links(sentence)).to.include.members(['tel:988', 'tel:911']);
  });
});
