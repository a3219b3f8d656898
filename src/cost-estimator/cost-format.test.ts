import { expect } from '@open-wc/testing';
import en from '../../content/en/cost.json';
import type { CostContent } from '../content/schemas/cost.js';
import { amountsOf, announcementText, breakdownRows, formatPrice, formatRange, notesView, totalRows } from './cost-format.js';
import { estimateCost } from './estimate-cost.js';
import type { MoneyFormat } from './format-money.js';

const content = en as CostContent;
const iv = content.plans.find((plan) => plan.id === 'iv')!;
const dollars: MoneyFormat = { locale: 'en-US', currency: 'USD', fractionDigits: 2, wholeUnits: true };
const estimate = (extra: Partial<Parameters<typeof estimateCost>[0]> = {}) =>
  estimateCost({ plan: 'iv', price: 450, maintenance: 'monthly', months: 12, coverage: { kind: 'none' }, consultationFee: 0, fractionDigits: 2, ...extra });

describe('formatRange and formatPrice', () => {
  it('gives one amount when low and high agree, and the content range template otherwise', () => {
    expect(formatRange({ low: 45000, high: 45000 }, dollars, content)).to.equal('$450');
    expect(formatRange({ low: 40000, high: 80000 }, dollars, content)).to.equal('$400 to $800');
  });

  it('turns a price in major units into money, keeping cents only where a price has them', () => {
    const cents: MoneyFormat = { ...dollars, wholeUnits: false };
    expect(formatPrice(475, content, cents)).to.equal('$475');
    expect(formatPrice(99.5, content, cents)).to.equal('$99.50');
    expect(formatPrice({ low: 500, high: 1000 }, content, dollars)).to.equal('$500 to $1,000');
  });
});

describe('breakdown and total rows', () => {
  it('gives a row per first-course line, maintenance and the fee, as text', () => {
    expect(breakdownRows(estimate(), iv, 'monthly', dollars, content)).to.deep.equal([
      { label: 'First course (2 to 3 weeks)', detail: '6 sessions at $450 each', amount: '$2,700' },
      { label: 'Maintenance for 12 months', detail: '12 sessions at $450 each', amount: '$5,400' },
      { label: 'Consultation (one time)', detail: null, amount: '$0' },
    ]);
    expect(breakdownRows(estimate({ maintenance: 'none', months: 0 }), iv, 'none', dollars, content).map((row) => row.label)).to.deep.equal([
      'First course (2 to 3 weeks)',
      'Consultation (one time)',
    ]);
  });

  it('adds the insurance rows only when insured, and makes what the patient pays the strong row', () => {
    expect(totalRows(estimate(), false, dollars, content).map((row) => [row.label, row.amount, row.strong])).to.deep.equal([
      ['Total before insurance', '$8,100', true],
      ['First year before insurance', '$7,650', false],
    ]);
    const insured = totalRows(estimate({ coverage: { kind: 'percent', percent: 50 } }), true, dollars, content);
    expect(insured.map((row) => row.label)).to.deep.equal([
      'Total before insurance',
      'Your plan might pay',
      'You might pay',
      'First year before insurance',
      'First year, you might pay',
    ]);
    expect(insured.filter((row) => row.strong).map((row) => row.label)).to.deep.equal(['You might pay']);
  });
});

describe('announcementText, notesView and amountsOf', () => {
  it('says the total, and what the patient might pay when insured', () => {
    expect(announcementText(estimate(), dollars, content, false)).to.equal('Estimated total: $8,100.');
    expect(announcementText(estimate({ coverage: { kind: 'percent', percent: 50 } }), dollars, content, true)).to.equal(
      'Estimated total: $8,100. You might pay $4,050.',
    );
  });

  it('leaves the insurance notes out when insurance is hidden, and lists each source once', () => {
    const all = notesView(content, false);
    const hidden = notesView(content, true);
    expect(all.items.length - hidden.items.length).to.equal(content.insuranceNotes.length);
    expect(new Set(all.sources).size).to.equal(all.sources.length);
  });

  it('lists every amount an estimate shows, so cents are dropped only when all are whole', () => {
    const withFee = estimate({ consultationFee: 99.5 });
    const amounts = amountsOf(withFee);
    expect(amounts).to.include(9950);
    expect(amounts).to.include(withFee.total.low).and.include(withFee.firstYear.outOfPocket.high);
  });
});
