import { expect } from '@open-wc/testing';
import { foldText, highlight, matchRanges, matchesAll, searchTerms } from './faq-search.js';

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
      ['side-effects, cost?', ['side', 'effects', 'cost']],
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

  describe('highlight', () => {
    const cases: [string, string, string][] = [
      ['Blood pressure rises.', 'pressure', 'Blood [pressure] rises.'],
      ['La presión sube.', 'presion', 'La [presión] sube.'],
      ['La PRESIÓN sube.', 'Presión', 'La [PRESIÓN] sube.'],
      ['Medicación y medicacion', 'medicación', '[Medicación] y [medicacion]'],
      ['Cost and costs', 'cost', '[Cost] and [cost]s'],
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
      ['', true],
    ];
    for (const [query, expected] of cases) {
      it(`${JSON.stringify(query)} → ${expected}`, () => {
        expect(matchesAll([question, answer], searchTerms(query))).to.equal(expected);
      });
    }
  });
});
