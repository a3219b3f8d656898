import { expect } from '@open-wc/testing';
import { parsePrices } from './parse-prices.js';

describe('parsePrices (the prices attribute)', () => {
  it('reads numbers and ranges per plan, into a Map', () => {
    const result = parsePrices('{"iv": 450, "spravato": {"low": 590, "high": 885}, "oral": 99.5}');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect([...result.value]).to.deep.equal([
      ['iv', 450],
      ['spravato', { low: 590, high: 885 }],
      ['oral', 99.5],
    ]);
  });

  it('accepts an empty object and the upper limit', () => {
    expect(parsePrices('{}').ok).to.equal(true);
    expect(parsePrices('{"iv": 100000}').ok).to.equal(true);
  });

  const bad: [string, string, string][] = [
    // raw, path, message (start)
    ['{"iv": 0}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": -450}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": 100000.01}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": 1e309}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": "450"}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": null}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": [450]}', 'prices.iv', 'must be a positive number ≤ 100000'],
    ['{"iv": {"low": 500, "high": 400}}', 'prices.iv.high', 'must not be less than low'],
    ['{"iv": {"low": 0, "high": 400}}', 'prices.iv.low', 'must be a positive number'],
    ['{"iv": {"low": 400}}', 'prices.iv.high', 'must be a positive number'],
    ['{"iv": {"low": 400, "high": 500, "style": "x"}}', 'prices.iv.style', 'unknown key'],
    ['{"ketamine": 450}', 'prices.ketamine', 'unknown plan'],
    ['{"__proto__": 450}', 'prices.__proto__', 'unknown plan'],
    ['{"constructor": 450}', 'prices.constructor', 'unknown plan'],
    ['[450]', 'prices', 'expected an object'],
    ['450', 'prices', 'expected an object'],
    ['null', 'prices', 'expected an object'],
    ['"{\\"iv\\": 450}"', 'prices', 'expected an object'],
    ['{"iv": 450,}', 'prices', 'invalid JSON'],
    ['{iv: 450}', 'prices', 'invalid JSON'],
  ];
  for (const [raw, path, message] of bad) {
    it(`refuses ${raw}`, () => {
      const result = parsePrices(raw);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.path).to.equal(path);
      expect(result.message).to.contain(message);
    });
  }

  it('refuses an attribute over the size cap before parsing', () => {
    const result = parsePrices(`{"iv": 450, "x": "${'a'.repeat(300 * 1024)}"}`);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message).to.contain('larger than');
  });

  it('leaves Object.prototype alone', () => {
    parsePrices('{"__proto__": {"polluted": 1}}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
