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
  form: state,
  currency: 'USD',
  locale: 'en-US',
  clinicPrices: new Map(),
  clinicFee: null,
  lockedPrices: false,
  hideInsurance: false,
  lastValid: null,
  ...extra,
});

describe('buildCostView', () => {
  it('estimates from a typed price and formats it once', () => {
    const view = buildCostView(content, inputs(form({ price: { value: '450', badInput: false } })));
    expect(view.estimate!.total).to.deep.equal({ low: 270000, high: 270000 });
    expect(view.stale).to.equal(false);
    expect(view.lastValid!.estimate).to.equal(view.estimate);
    expect(view.announcement).to.contain('$2,700');
  });

  it('keeps the last valid estimate, marked stale, while a field is invalid', () => {
    const first = buildCostView(content, inputs(form({ price: { value: '450', badInput: false } })));
    const view = buildCostView(content, inputs(form({ price: { value: '-5', badInput: false } }), { lastValid: first.lastValid }));
    expect(view.fields.price!.error).to.be.a('string').and.not.empty;
    expect(view.stale).to.equal(true);
    expect(view.estimate).to.equal(first.estimate);
  });

  it('uses the published range only in US dollars, and asks for a price otherwise', () => {
    expect(buildCostView(content, inputs(form())).estimate!.isRange).to.equal(true);
    const pesos = buildCostView(content, inputs(form(), { currency: 'MXN', locale: 'es-MX' }));
    expect(pesos.estimate).to.equal(null);
    expect(pesos.emptyMessage).to.equal(content.result.noPrice);
  });

  it('shows locked clinic prices as text', () => {
    const view = buildCostView(content, inputs(form(), { lockedPrices: true, clinicPrices: new Map([['iv', 475]]), clinicFee: 250 }));
    expect(view.priceMode).to.equal('locked');
    expect(view.lockedPrice).to.equal('$475');
    expect(view.feeLocked).to.equal('$250');
    expect(view.fields.price).to.equal(undefined);
  });
});
