import { expect } from '@open-wc/testing';
import { MAX_OVERRIDE_BYTES, explainOverrideFailure, formatContentError, formatPath, parseOverrideJson, toPlainData } from './override.js';

describe('override parsing', () => {
  it('formats zod paths as items[2].answer', () => {
    expect(formatPath(['items', 2, 'answer'])).to.equal('items[2].answer');
    expect(formatPath([0, 'id'])).to.equal('[0].id');
    expect(formatPath([])).to.equal('');
  });

  it('refuses oversized input before parsing', () => {
    const result = parseOverrideJson(' '.repeat(MAX_OVERRIDE_BYTES + 1));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message).to.contain('larger than');
  });

  it('reports invalid JSON without throwing', () => {
    for (const raw of ['{', "{'a':1}", '{"a":1,}', 'NaN', '']) {
      const result = parseOverrideJson(raw);
      expect(result.ok, raw).to.equal(false);
      if (!result.ok) expect(result.message).to.match(/^invalid JSON/);
    }
  });

  it('copies into prototype-free objects so __proto__ stays inert data', () => {
    const result = parseOverrideJson('{"__proto__":{"polluted":true},"items":[{"id":"a"}]}');
    expect(result.ok).to.equal(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).to.equal(null);
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'items']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never reads inherited properties as data', () => {
    (Object.prototype as Record<string, unknown>).hide = ['everything'];
    try {
      const copy = toPlainData({ items: [] }) as Record<string, unknown>;
      expect(copy.hide).to.equal(undefined);
    } finally {
      delete (Object.prototype as Record<string, unknown>).hide;
    }
  });

  it('bounds nesting depth', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const result = parseOverrideJson(deep);
    expect(result.ok).to.equal(false);
  });

  it('names element, source, path and problem in the console line', () => {
    expect(formatContentError({ element: 'ketamine-faq', source: 'script', path: 'items[2].answer', message: 'must not be empty' })).to.equal(
      '[ketamine-faq] content (script): items[2].answer: must not be empty',
    );
    expect(formatContentError({ element: 'ketamine-faq', source: 'attribute', path: 'booking-url', message: 'refused' })).to.equal(
      '[ketamine-faq] booking-url: refused',
    );
  });
});

describe('explainOverrideFailure', () => {
  it('passes the message through on a normal page', () => {
    expect(explainOverrideFailure(new TypeError('boom'))).to.equal('boom');
  });
  it('names the keys another script added to Object.prototype (THREAT-MODEL E6)', () => {
    Object.defineProperty(Object.prototype, 'kwTestPollution', { value: 1, enumerable: true, configurable: true });
    try {
      expect(explainOverrideFailure(new TypeError('boom'))).to.match(/added "kwTestPollution" to Object\.prototype.*\(boom\)$/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).kwTestPollution;
    }
  });
});
