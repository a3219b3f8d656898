import { expect } from '@open-wc/testing';
import en from '../../content/en/cost.json';
import type { CostContent } from '../content/schemas/cost.js';
import { MAINTENANCE_CHOICES } from '../content/vocabulary/cost.js';
import { contentKey, fieldReader, type FieldName, type RawField } from './cost-fields.js';

const content = en as CostContent;
const typed = (value: string, badInput = false): RawField => ({ value, badInput });
const form = (overrides: Partial<Record<FieldName, RawField | null>> = {}) => ({
  price: typed(''),
  fee: typed(''),
  sessionsPerMonth: typed(''),
  months: typed(''),
  percent: typed(''),
  copay: typed(''),
  ...overrides,
});

describe('fieldReader', () => {
  it('reads a valid number into values and a view with its id, limits and hint', () => {
    const reader = fieldReader(content, form({ price: typed('450') }), 'en-US', 2);
    reader.read('price', 'Price', { min: 0.01, max: 100000 }, { hint: 'About $500' });
    expect(reader.values.price).to.equal(450);
    expect(reader.fields.price).to.deep.include({ id: 'price', value: '450', min: 0, max: 100000, inputMode: 'decimal', describedBy: 'price-hint' });
    expect(reader.hasError()).to.equal(false);
  });

  it('gives an invalid field the content error text, points aria-describedby at it and reports an error', () => {
    const reader = fieldReader(content, form({ months: typed('13.5') }), 'en-US', 2);
    reader.read('months', 'Months', { min: 0, max: 24, whole: true });
    expect(reader.values.months).to.equal(undefined);
    expect(reader.fields.months!.error).to.be.a('string').and.not.empty;
    expect(reader.fields.months!.describedBy).to.equal('months-error');
    expect(reader.fields.months!.inputMode).to.equal('numeric');
    expect(reader.hasError()).to.equal(true);
  });

  it('lets an optional field stay empty, but not text the browser could not read as a number', () => {
    const empty = fieldReader(content, form(), 'en-US', 2);
    empty.read('fee', 'Fee', { min: 0, max: 100000 }, { optional: true });
    expect(empty.hasError()).to.equal(false);
    expect(empty.fields.fee!.describedBy).to.equal(undefined);
    const bad = fieldReader(content, form({ fee: typed('', true) }), 'en-US', 2);
    bad.read('fee', 'Fee', { min: 0, max: 100000 }, { optional: true });
    expect(bad.hasError()).to.equal(true);
  });

  it("uses the clinic's number while the field is untouched, checked by the same rule", () => {
    const reader = fieldReader(content, form({ fee: null }), 'en-US', 2);
    reader.read('fee', 'Fee', { min: 0, max: 100000 }, { clinicValue: 99.5 });
    expect(reader.values.fee).to.equal(99.5);
    expect(reader.fields.fee!.value).to.equal('99.5');
    const refused = fieldReader(content, form({ price: null }), 'en-US', 2);
    refused.read('price', 'Price', { min: 0.01, max: 100000 }, { clinicValue: 0.001 });
    expect(refused.fields.price!.error).to.equal('Enter a number from 0.01 to 100,000.');
  });

  it('maps every vocabulary id to a content key that exists (maintenance choices, field problems)', () => {
    for (const choice of MAINTENANCE_CHOICES) expect(content.form.maintenanceOptions, choice).to.have.property(contentKey(choice)).that.is.a('string');
    for (const problem of ['empty', 'not-number', 'out-of-range', 'not-whole'])
      expect(content.errors, problem).to.have.property(contentKey(problem)).that.is.a('string');
    expect(contentKey('every-2-weeks')).to.equal('every2Weeks');
  });

  it('gives each field its input id', () => {
    const names: FieldName[] = ['price', 'fee', 'sessionsPerMonth', 'months', 'percent', 'copay'];
    const reader = fieldReader(content, form(), 'en-US', 2);
    for (const name of names) reader.read(name, name, { min: 0, max: 10 });
    expect(names.map((name) => reader.fields[name]!.id)).to.deep.equal(['price', 'fee', 'sessions-per-month', 'months', 'percent', 'copay']);
  });
});
