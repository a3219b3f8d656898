import { expect } from '@open-wc/testing';
import { DEEPEST_HEADING_LEVEL, headingLevelAt, headingLevelConverter, validHeadingLevel } from './heading.js';

describe('heading levels', () => {
  const cases: [unknown, number | null][] = [
    [null, null],
    [1, null],
    [2, 2],
    [3, 3],
    [6, 6],
    [7, null],
    [3.5, null],
    ['3', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ];
  for (const [value, expected] of cases) {
    it(`validHeadingLevel(${String(value)}) → ${expected}`, () => expect(validHeadingLevel(value)).to.equal(expected));
  }

  it('puts inner headings below the top level, never on it, down to aria-level 8', () => {
    expect([2, 3, 4, 5, 6].map((base) => headingLevelAt(base, 1))).to.deep.equal([3, 4, 5, 6, 7]);
    expect([2, 3, 4, 5, 6].map((base) => headingLevelAt(base, 2))).to.deep.equal([4, 5, 6, 7, 8]);
    expect(headingLevelAt(6, 5)).to.equal(DEEPEST_HEADING_LEVEL);
  });

  it('reads an empty attribute as not set and anything else as a number to check', () => {
    expect(headingLevelConverter.fromAttribute(null)).to.equal(null);
    expect(headingLevelConverter.fromAttribute('  ')).to.equal(null);
    expect(headingLevelConverter.fromAttribute('4')).to.equal(4);
    expect(headingLevelConverter.fromAttribute('nine')).to.be.NaN;
  });
});
