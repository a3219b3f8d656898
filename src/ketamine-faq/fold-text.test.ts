// foldText's ASCII fast path must fold exactly like the per-character Unicode path it skips.
import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import { foldText } from './faq-search.js';

/** The reference: every character lower-cased, NFKD-decomposed, marks dropped (a lone mark joins the character before). */
function referenceFold(text: string) {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const end = index + character.length;
    const piece = character.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    if (piece === '') {
      if (ends.length) ends[ends.length - 1] = end;
    } else {
      for (let unit = 0; unit < piece.length; unit++) {
        starts.push(index);
        ends.push(end);
      }
      folded += piece;
    }
    index = end;
  }
  return { folded, starts, ends };
}

describe('foldText', () => {
  it('folds every bundled question and answer exactly like the reference, in both languages', () => {
    const texts = [en, es].flatMap((content) => content.categories.flatMap((category) => category.items.flatMap((item) => [item.question, item.answer])));
    for (const text of texts) expect(foldText(text)).to.deep.equal(referenceFold(text));
  });

  it('handles combining marks after ASCII, astral characters and lone surrogates', () => {
    for (const text of ['Cafe\u0301 PRESIÓN', 'ﬁle ＡＢＣ', 'emoji 😀 x', 'lone \ud800 surrogate', 'İstanbul']) {
      expect(foldText(text)).to.deep.equal(referenceFold(text));
    }
  });
});
