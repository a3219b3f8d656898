import { expect } from '@open-wc/testing';
import { countSentences, easeToGrade, englishSyllables, readingGrade, spanishSyllables } from './readability.js';

describe('readability', () => {
  it('counts English syllables', () => {
    const cases: [string, number][] = [
      ['the', 1], ['ketamine', 3], ['nurse', 1], ['table', 2], ['medicine', 3], ['depression', 3], ['dizzy', 2], ['anesthesia', 4],
    ];
    for (const [word, count] of cases) expect(englishSyllables(word), word).to.equal(count);
  });

  it('counts Spanish syllables with diphthongs and hiatus', () => {
    const cases: [string, number][] = [
      ['casa', 2], ['ketamina', 4], ['tratamiento', 4], ['día', 2], ['puede', 2], ['país', 2], ['que', 1], ['depresión', 3],
    ];
    for (const [word, count] of cases) expect(spanishSyllables(word), word).to.equal(count);
  });

  it('counts sentences at end punctuation only', () => {
    expect(countSentences('One. Two! Three? Four')).to.equal(3);
    expect(countSentences('Dosis: 56 mg; luego 84 mg.')).to.equal(1);
  });

  it('rates plain text low and dense text high', () => {
    expect(readingGrade('The nurse checks you. You rest. A friend drives you home.', 'en')).to.be.below(4);
    expect(
      readingGrade('Esketamine demonstrates pharmacologically heterogeneous glutamatergic neuromodulatory characteristics necessitating comprehensive cardiovascular monitoring.', 'en'),
    ).to.be.above(16);
    expect(readingGrade('La enfermera le toma la presión. Usted descansa. Un amigo lo lleva a casa.', 'es')).to.be.below(7);
    expect(
      readingGrade('La esketamina manifiesta características farmacológicamente heterogéneas que requieren monitorización cardiovascular exhaustiva e individualizada.', 'es'),
    ).to.be.above(12);
  });

  it('maps reading ease onto grades monotonically', () => {
    expect(easeToGrade(100)).to.equal(4);
    expect(easeToGrade(60)).to.equal(9);
    expect(easeToGrade(65)).to.be.within(7, 9);
    expect(easeToGrade(-20)).to.equal(17);
  });
});
