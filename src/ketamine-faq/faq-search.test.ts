import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import { foldText, highlight, matchRanges, matchesAll, searchTerms, wordStem } from './faq-search.js';

const marked = (text: string, query: string) =>
  highlight(text, foldText(text), searchTerms(query))
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('faq-search', () => {
  describe('searchTerms', () => {
    const cases: [string | null, string[]][] = [
      [null, []],
      ['', []],
      ['   ', []],
      ['Spravato', ['spravato']],
      ['  IV   Cost ', ['iv', 'cost']],
      ['presión ARTERIAL', ['presion', 'arterial']],
      ['side-effects, cost?', ['side', 'effect', 'cost']],
      ['Driving costs', ['driv', 'cost']],
      ['cost cost COST', ['cost']],
      ['ＳＰＲＡＶＡＴＯ', ['spravato']],
      ['ñandú', ['nandu']],
    ];
    for (const [query, expected] of cases) {
      it(`${JSON.stringify(query)} → ${JSON.stringify(expected)}`, () => {
        expect(searchTerms(query)).to.deep.equal(expected);
      });
    }

    it('caps the number of terms and the query length', () => {
      expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).to.have.length(12);
      expect(searchTerms('a'.repeat(5000))[0]).to.have.length(200);
    });
  });

  describe('wordStem (conservative: only endings, never under four letters)', () => {
    const cases: [string, string][] = [
      // English
      ['driving', 'driv'],
      ['costs', 'cost'],
      ['doses', 'dose'],
      ['treated', 'treat'],
      ['stopping', 'stop'],
      ['feeling', 'feel'],
      ['therapies', 'therap'],
      ['glasses', 'glass'],
      ['illness', 'illness'],
      ['status', 'status'],
      ['uses', 'uses'],
      ['taking', 'taking'],
      ['bring', 'bring'],
      ['need', 'need'],
      ['cost', 'cost'],
      ['ketamine', 'ketamine'],
      // Spanish (folded, no accents)
      ['presiones', 'presion'],
      ['dolores', 'dolor'],
      ['costos', 'costo'],
      ['efectos', 'efecto'],
      ['manejando', 'manej'],
      ['sintiendo', 'sint'],
      ['dosis', 'dosis'],
      ['crisis', 'crisis'],
      ['mas', 'mas'],
    ];
    for (const [word, stem] of cases) {
      it(`${word} → ${stem}`, () => expect(wordStem(word)).to.equal(stem));
    }

    it('every stem is a prefix of its word, so a whole-word match is never lost', () => {
      for (const [word] of cases) expect(word.startsWith(wordStem(word)), word).to.equal(true);
    });
  });

  describe('highlight', () => {
    const cases: [string, string, string][] = [
      ['Blood pressure rises.', 'pressure', 'Blood [pressure] rises.'],
      ['La presión sube.', 'presion', 'La [presión] sube.'],
      ['La PRESIÓN sube.', 'Presión', 'La [PRESIÓN] sube.'],
      ['Medicación y medicacion', 'medicación', '[Medicación] y [medicacion]'],
      ['Cost and costs', 'cost', '[Cost] and [cost]s'],
      ['Can I drive after a treatment?', 'driving treatments', 'Can I [driv]e after a [treatment]?'],
      ['esketamine and ketamine', 'ketamine esketamine', '[esketamine] and [ketamine]'],
      ['abc', 'zzz', 'abc'],
      ['anything', '', 'anything'],
      // A decomposed accent (e + U+0301) stays inside the highlight.
      ['cafe\u0301 time', 'cafe', '[cafe\u0301] time'],
      ['İstanbul', 'istanbul', '[İstanbul]'],
    ];
    for (const [text, query, expected] of cases) {
      it(`${JSON.stringify(query)} in ${JSON.stringify(text)}`, () => {
        expect(marked(text, query)).to.equal(expected);
      });
    }

    it('merges overlapping matches into one range', () => {
      expect(matchRanges(foldText('ketamine'), ['keta', 'tamine'])).to.deep.equal([[0, 8]]);
    });

    it('keeps the original text intact when joined back', () => {
      const text = 'Ñandú — café, PRESIÓN & “quotes”';
      const joined = highlight(text, foldText(text), searchTerms('nandu presion'))
        .map((segment) => segment.text)
        .join('');
      expect(joined).to.equal(text);
    });
  });

  describe('matchesAll', () => {
    const question = foldText('¿Cuánto cuesta la ketamina IV?');
    const answer = foldText('Los precios cambian mucho según la clínica.');
    const cases: [string, boolean][] = [
      ['cuanto', true],
      ['CLINICA precios', true],
      ['ketamina clinica', true],
      ['ketamina spravato', false],
      ['cambiando precio', true],
      ['', true],
    ];
    for (const [query, expected] of cases) {
      it(`${JSON.stringify(query)} → ${expected}`, () => {
        expect(matchesAll([question, answer], searchTerms(query))).to.equal(expected);
      });
    }
  });
});

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

describe('foldText against a per-character reference', () => {
  // The ASCII fast path must fold exactly like the per-character Unicode path it skips.
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
