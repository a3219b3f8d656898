import { expect } from '@open-wc/testing';
import { validateFaqOverride } from './faq-override.js';

const clinicItem = { id: 'clinic-parking', question: 'Where do I park?', answer: 'Free parking is behind the building.' };

describe('validateFaqOverride', () => {
  const cases: [string, unknown, string, string][] = [
    ['an empty answer', { categories: [{ id: 'cost', items: [{ ...clinicItem, answer: '' }] }] }, 'categories[0].items[0].answer', 'must not be empty'],
    ['an unknown category', { categories: [{ id: 'parking', items: [clinicItem] }] }, 'categories[0].id', 'must be one of'],
    ['an unknown key', { categories: [{ id: 'cost', items: [{ ...clinicItem, onclick: 'x' }] }] }, 'categories[0].items[0]', 'onclick'],
    ['a bad id', { hide: ['Bad Id'] }, 'hide[0]', 'must be a slug'],
    [
      'a repeated clinic id',
      {
        categories: [
          { id: 'cost', items: [clinicItem] },
          { id: 'basics', items: [clinicItem] },
        ],
      },
      'categories[1].items[0].id',
      'duplicate id',
    ],
    ['a bundled id', { categories: [{ id: 'cost', items: [{ ...clinicItem, id: 'insurance' }] }] }, 'categories[0].items[0].id', 'already a bundled question'],
    ['an unknown version', { version: 2 }, 'version', 'unsupported content version'],
    ['a huge answer', { categories: [{ id: 'cost', items: [{ ...clinicItem, answer: 'x'.repeat(3001) }] }] }, 'categories[0].items[0].answer', 'at most 3000'],
    ['a UI string that is not a string', { ui: { expandAll: 5 } }, 'ui.expandAll', ''],
  ];
  for (const [name, data, path, message] of cases) {
    it(`refuses ${name} at ${path}`, () => {
      const result = validateFaqOverride(data);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.path).to.equal(path);
      expect(result.message).to.contain(message);
    });
  }

  it('accepts a clinic question without sources, and returns prototype-free data', () => {
    const result = validateFaqOverride({ categories: [{ id: 'sessions', items: [clinicItem] }], hide: ['iv-cost'] });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(Object.getPrototypeOf(result.value)).to.equal(null);
  });
});
