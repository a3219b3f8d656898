import { expect } from '@open-wc/testing';
import en from '../../content/en/side-effects.json';
import es from '../../content/es/side-effects.json';
import type { FrequencyText } from '../content/schemas/side-effects.js';
import { describeFrequency, formatPercent, frequencyScale, frequencyWords, naturalFrequency } from './frequency-wording.js';

const text: FrequencyText = en.frequency;

describe('frequency wording', () => {
  describe('frequencyScale: "in 10" only when every number is 8–95 % and they stay different', () => {
    const cases: [number[], number][] = [
      [[41], 10],
      [[28], 10],
      [[20, 17], 100],
      [[10], 10],
      [[41, 9], 10],
      [[13, 6], 100],
      [[9], 10],
      [[8], 10],
      [[7.9], 100],
      [[5], 100],
      [[0.4], 100],
      [[95], 100],
      [[94.9], 10],
      [[100], 100],
    ];
    for (const [percents, scale] of cases) {
      it(`${percents.join(' vs ')} % → in ${scale}`, () => expect(frequencyScale(percents)).to.equal(scale));
    }
  });

  describe('naturalFrequency and frequencyWords', () => {
    const cases: [number, 10 | 100, string][] = [
      [41, 10, 'about 4 in 10 people'],
      [29, 10, 'about 3 in 10 people'],
      [23, 10, 'about 2 in 10 people'],
      [15, 10, 'about 2 in 10 people'],
      [10, 10, 'about 1 in 10 people'],
      [41, 100, 'about 41 in 100 people'],
      [9, 100, 'about 9 in 100 people'],
      [3, 100, 'about 3 in 100 people'],
      [1, 100, 'about 1 in 100 people'],
      [0.5, 100, 'fewer than 1 in 100 people'],
      [0.3, 100, 'fewer than 1 in 100 people'],
      [0, 100, 'no one'],
      [0, 10, 'no one'],
      [100, 100, 'about 100 in 100 people'],
      [Number.NaN, 100, 'no one'],
    ];
    for (const [percent, scale, words] of cases) {
      it(`${percent} % in ${scale} → "${words}"`, () => expect(frequencyWords(naturalFrequency(percent, scale), text)).to.equal(words));
    }
  });

  describe('formatPercent', () => {
    const cases: [number, string][] = [
      [41, '41%'],
      [0.5, '0.5%'],
      [0.35, '0.4%'],
      [0, '0%'],
      [1e309, '0%'],
      [Number.NaN, '0%'],
      [-5, '0%'],
      [250, '100%'],
    ];
    for (const [percent, shown] of cases) {
      it(`${percent} → ${shown}`, () => expect(formatPercent(percent)).to.equal(shown));
    }

    it('writes percentages as Intl does for en-US and es-US', () => {
      for (const locale of ['en-US', 'es-US']) {
        for (const percent of [41, 0.5, 9, 100]) {
          const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
          expect(formatPercent(percent), `${percent} in ${locale}`).to.equal(intl.replace(/\s/g, ''));
        }
      }
    });
  });

  describe('describeFrequency', () => {
    const population = 'adults in a study';

    it('compares with placebo using one denominator', () => {
      const view = describeFrequency({ percent: 41, placeboPercent: 9, study: 'trd' }, population, text);
      expect(view.sentence).to.equal(
        'In SPRAVATO studies of adults in a study, this happened to about 4 in 10 people who took SPRAVATO, compared with about 1 in 10 people who took a placebo spray.',
      );
      expect(view.bars).to.deep.equal([
        { kind: 'esketamine', percent: 41, label: 'SPRAVATO', shown: '41%', text: 'SPRAVATO: 41% of people' },
        { kind: 'placebo', percent: 9, label: 'Placebo spray', shown: '9%', text: 'Placebo spray: 9% of people' },
      ]);
    });

    it('uses "in 100" when tenths would make two different numbers look equal', () => {
      const view = describeFrequency({ percent: 20, placeboPercent: 17, study: 'trd' }, population, text);
      expect(view.sentence).to.contain('about 20 in 100 people who took SPRAVATO, compared with about 17 in 100 people who took a placebo spray');
    });

    it('has one bar and no placebo wording when the label lists no placebo rate', () => {
      const view = describeFrequency({ percent: 28, study: 'trd' }, population, text);
      expect(view.sentence).to.equal('In SPRAVATO studies of adults in a study, this happened to about 3 in 10 people who took SPRAVATO.');
      expect(view.sentence).not.to.contain('placebo');
      expect(view.bars.map((bar) => bar.kind)).to.deep.equal(['esketamine']);
    });

    it('words Spanish from the Spanish templates', () => {
      const view = describeFrequency({ percent: 41, placeboPercent: 9, study: 'trd' }, 'adultos', es.frequency);
      expect(view.sentence).to.equal(
        'En estudios de SPRAVATO en adultos, esto les pasó a alrededor de 4 de cada 10 personas que usaron SPRAVATO, comparado con alrededor de 1 de cada 10 personas que usaron un spray placebo.',
      );
      expect(view.bars[1].text.replace(/\s/g, ' ')).to.equal('Spray placebo: 9% de las personas');
    });

    it('keeps "$&", "${x}" and placeholders in the population literal', () => {
      const view = describeFrequency({ percent: 41, study: 'trd' }, '$& ${x} {esketamine}', text);
      expect(view.sentence).to.contain('$& ${x} {esketamine}');
    });
  });
});
