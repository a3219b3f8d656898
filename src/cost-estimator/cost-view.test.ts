import { expect } from '@open-wc/testing';
import en from '../../content/en/cost.json';
import type { CostContent } from '../content/schemas/cost.js';
import { buildCostView, type CostViewInputs, type FormState } from './cost-view.js';

const content = en as CostContent;
const blank = { value: '', badInput: false };
const form = (overrides: Partial<FormState['fields']> = {}, rest: Partial<FormState> = {}): FormState => ({
  plan: 'iv',
  maintenance: 'none',
  coverage: 'none',
  fields: { price: blank, fee: blank, sessionsPerMonth: blank, months: blank, percent: blank, copay: blank, ...overrides },
  ...rest,
});
const inputs = (state: FormState, extra: Partial<CostViewInputs> = {}): CostViewInputs => ({
  content,
  form: state,
  currency: 'USD',
  locale: 'en-US',
  clinicPrices: new Map(),
  clinicFee: null,
  lockedPrices: false,
  hideInsurance: false,
  ...extra,
});

describe('buildCostView', () => {
  it('estimates from a typed price and formats it once', () => {
    const view = buildCostView(inputs(form({ price: { value: '450', badInput: false } })));
    expect(view.estimate!.total).to.deep.equal({ low: 270000, high: 270000 });
    expect(view.stale).to.equal(false);
    expect(view.lastValid!.estimate).to.equal(view.estimate);
    expect(view.announcement).to.contain('$2,700');
  });

  it('keeps the last valid estimate, marked stale, while a field is invalid', () => {
    const first = buildCostView(inputs(form({ price: { value: '450', badInput: false } })));
    const view = buildCostView(inputs(form({ price: { value: '-5', badInput: false } })), first);
    expect(view.fields.price!.error).to.be.a('string').and.not.empty;
    expect(view.stale).to.equal(true);
    expect(view.estimate).to.equal(first.estimate);
  });

  it('uses the published range only in US dollars, and asks for a price otherwise', () => {
    expect(buildCostView(inputs(form())).estimate!.isRange).to.equal(true);
    const pesos = buildCostView(inputs(form(), { currency: 'MXN', locale: 'es-MX' }));
    expect(pesos.estimate).to.equal(null);
    expect(pesos.emptyMessage).to.equal(content.result.noPrice);
  });

  it('shows locked clinic prices as text', () => {
    const view = buildCostView(inputs(form(), { lockedPrices: true, clinicPrices: new Map([['iv', 475]]), clinicFee: 250 }));
    expect(view.priceMode).to.equal('locked');
    expect(view.lockedPrice).to.equal('$475');
    expect(view.feeLocked).to.equal('$250');
    expect(view.fields.price).to.equal(undefined);
  });
});

describe('buildCostView: formatted strings for render', () => {
  it('gives the breakdown rows and totals as text, with insurance rows only when insured', () => {
    const view = buildCostView(
      inputs(form({ price: { value: '450', badInput: false }, months: { value: '12', badInput: false } }, { maintenance: 'monthly' })),
    );
    expect(view.rows).to.deep.equal([
      { label: 'First course (2 to 3 weeks)', detail: '6 sessions at $450 each', amount: '$2,700' },
      { label: 'Maintenance for 12 months', detail: '12 sessions at $450 each', amount: '$5,400' },
      { label: 'Consultation (one time)', detail: null, amount: '$0' },
    ]);
    expect(view.totals.map((row) => [row.label, row.amount, row.strong])).to.deep.equal([
      ['Total before insurance', '$8,100', true],
      ['First year before insurance', '$7,650', false],
    ]);
    const insured = buildCostView(
      inputs(form({ price: { value: '450', badInput: false }, percent: { value: '50', badInput: false } }, { coverage: 'percent' })),
    );
    expect(insured.totals.map((row) => row.label)).to.deep.equal([
      'Total before insurance',
      'Your plan might pay',
      'You might pay',
      'First year before insurance',
      'First year, you might pay',
    ]);
    expect(insured.totals.find((row) => row.strong)!.label).to.equal('You might pay');
  });

  it('gives the options of each select, labelled and with the choice selected', () => {
    const view = buildCostView(inputs(form({}, { plan: 'spravato', maintenance: 'weekly' })));
    expect(view.planOptions.find((option) => option.selected)!.value).to.equal('spravato');
    expect(view.maintenanceOptions.map((option) => option.value)).to.deep.equal(content.plans.find((plan) => plan.id === 'spravato')!.maintenancePresets);
    expect(view.maintenanceOptions.find((option) => option.selected)).to.deep.equal({ value: 'weekly', label: 'Once a week', selected: true });
    expect(view.coverageOptions!.map((option) => option.label)).to.have.length(3);
    expect(buildCostView(inputs(form(), { hideInsurance: true })).coverageOptions).to.equal(null);
  });

  it('gives the plan details with the published price in US dollars and its sources once each', () => {
    const view = buildCostView(inputs(form(), { currency: 'MXN', locale: 'es-MX' }));
    const price = view.details.items.find((item) => item.price)!;
    expect(price.price!.range).to.contain('500').and.contain('1,000').and.not.contain('MX');
    expect(price.price!.label).to.equal((content.plans[0].price as { label: string }).label);
    expect(view.details.heading).to.equal(`${content.details.heading}: ${content.plans[0].name}`);
    expect(new Set(view.details.sources).size).to.equal(view.details.sources.length);
    expect(buildCostView(inputs(form(), { hideInsurance: true })).details.items.map((item) => item.term)).not.to.include(content.details.insurance);
  });

  it('uses the clinic price as the field default without turning it into text and back', () => {
    const untouched = form({ price: null, fee: null });
    const view = buildCostView(inputs(untouched, { clinicPrices: new Map([['iv', 450]]), clinicFee: 99.5 }));
    expect(view.fields.price!.value).to.equal('450');
    expect(view.fields.fee!.value).to.equal('99.5');
    expect(view.estimate!.pricePerSession).to.deep.equal({ low: 45000, high: 45000 });
    expect(view.estimate!.consultationFee).to.equal(9950);
    // What the patient typed wins over the clinic's number.
    const typed = buildCostView(inputs(form({ price: { value: '500', badInput: false }, fee: null }), { clinicPrices: new Map([['iv', 450]]) }));
    expect(typed.estimate!.pricePerSession.low).to.equal(50000);
    // A clinic price too small for the currency is refused like a typed one (0.001 < one cent).
    const tiny = buildCostView(inputs(untouched, { clinicPrices: new Map([['iv', 0.001]]) }));
    expect(tiny.fields.price!.error).to.equal('Enter a number from 0.01 to 100,000.');
  });
});
