import { expect } from '@open-wc/testing';
import { parseField, type FieldResult } from './parse-field.js';

describe('parseField (what a patient typed)', () => {
  const money = { min: 0, max: 100_000 };
  const months = { min: 0, max: 24, whole: true };
  const cases: [string, typeof money, FieldResult][] = [
    ['450', money, { ok: true, value: 450 }],
    [' 450.5 ', money, { ok: true, value: 450.5 }],
    ['.5', money, { ok: true, value: 0.5 }],
    ['1e3', money, { ok: true, value: 1000 }],
    ['-0', money, { ok: true, value: 0 }],
    ['100000', money, { ok: true, value: 100_000 }],
    ['', money, { ok: false, problem: 'empty' }],
    ['   ', money, { ok: false, problem: 'empty' }],
    ['-5', money, { ok: false, problem: 'out-of-range' }],
    ['100000.01', money, { ok: false, problem: 'out-of-range' }],
    ['1e309', money, { ok: false, problem: 'out-of-range' }],
    ['99999999999999999999', money, { ok: false, problem: 'out-of-range' }],
    ['NaN', money, { ok: false, problem: 'not-number' }],
    ['Infinity', money, { ok: false, problem: 'not-number' }],
    ['0x10', money, { ok: false, problem: 'not-number' }],
    ['1,5', money, { ok: false, problem: 'not-number' }],
    ['٣', money, { ok: false, problem: 'not-number' }],
    ['$450', money, { ok: false, problem: 'not-number' }],
    ['12', months, { ok: true, value: 12 }],
    ['2.5', months, { ok: false, problem: 'not-whole' }],
    ['25', months, { ok: false, problem: 'out-of-range' }],
  ];
  for (const [raw, rule, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => expect(parseField(raw, rule)).to.deep.equal(expected));
  }

  it('reports bad input the browser hid behind an empty value', () => {
    expect(parseField('', money, true)).to.deep.equal({ ok: false, problem: 'not-number' });
  });

  it('never returns -0', () => {
    const result = parseField('-0', money);
    expect(result.ok && Object.is(result.value, 0)).to.equal(true);
  });
});
