import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import type { FaqContent, FaqOverride } from '../content/schemas/faq.js';
import { findIdClash, itemIds, mergeFaqOverride } from './faq-content.js';
import { validateFaqOverride } from './faq-override.js';

const bundled = en as FaqContent;
const clinicItem = { id: 'clinic-parking', question: 'Where do I park?', answer: 'Free parking is behind the building.' };

describe('faq-content: merge', () => {
  it('appends clinic questions to their category, after the bundled ones', () => {
    const merged = mergeFaqOverride(bundled, { categories: [{ id: 'sessions', items: [clinicItem] }] });
    const sessions = merged.categories.find((c) => c.id === 'sessions')!;
    const original = bundled.categories.find((c) => c.id === 'sessions')!;
    expect(sessions.items.map((i) => i.id)).to.deep.equal([...original.items.map((i) => i.id), 'clinic-parking']);
  });

  it('hides questions by id, bundled or clinic', () => {
    const merged = mergeFaqOverride(bundled, { categories: [{ id: 'cost', items: [clinicItem] }], hide: ['iv-cost', 'clinic-parking'] });
    const ids = itemIds(merged);
    expect(ids.has('iv-cost')).to.equal(false);
    expect(ids.has('clinic-parking')).to.equal(false);
    expect(ids.size).to.equal(itemIds(bundled).size - 1);
  });

  it('renames a category and replaces single UI strings only', () => {
    const merged = mergeFaqOverride(bundled, { categories: [{ id: 'cost', title: 'Paying for care' }], ui: { expandAll: 'Open all' } });
    expect(merged.categories.find((c) => c.id === 'cost')!.title).to.equal('Paying for care');
    expect(merged.ui).to.deep.equal({ ...bundled.ui, expandAll: 'Open all' });
  });

  it('ignores undefined UI values from a JavaScript object override', () => {
    const merged = mergeFaqOverride(bundled, { ui: { expandAll: undefined } } as FaqOverride);
    expect(merged.ui.expandAll).to.equal(bundled.ui.expandAll);
  });

  it('returns new objects and leaves the bundled content untouched', () => {
    const before = JSON.stringify(bundled);
    const merged = mergeFaqOverride(bundled, { hide: ['iv-cost'], ui: { collapseAll: 'Close' } });
    expect(merged).not.to.equal(bundled);
    expect(merged.ui).not.to.equal(bundled.ui);
    expect(JSON.stringify(bundled)).to.equal(before);
  });

  it('treats ids like constructor and __proto__ as plain ids', () => {
    const merged = mergeFaqOverride(bundled, { hide: ['constructor', '__proto__', 'to-string'] });
    expect(itemIds(merged).size).to.equal(itemIds(bundled).size);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports a clinic id that repeats a bundled id, with its path', () => {
    const override: FaqOverride = { categories: [{ id: 'cost', items: [clinicItem] }, { id: 'safety', items: [{ ...clinicItem, id: 'serious-risks' }] }] };
    expect(findIdClash(override, itemIds(bundled))).to.deep.include({ ok: false, path: 'categories[1].items[0].id' });
  });
});

describe('validateFaqOverride', () => {
  const cases: [string, unknown, string, string][] = [
    ['an empty answer', { categories: [{ id: 'cost', items: [{ ...clinicItem, answer: '' }] }] }, 'categories[0].items[0].answer', 'must not be empty'],
    ['an unknown category', { categories: [{ id: 'parking', items: [clinicItem] }] }, 'categories[0].id', 'must be one of'],
    ['an unknown key', { categories: [{ id: 'cost', items: [{ ...clinicItem, onclick: 'x' }] }] }, 'categories[0].items[0]', 'onclick'],
    ['a bad id', { hide: ['Bad Id'] }, 'hide[0]', 'must be a slug'],
    ['a repeated clinic id', { categories: [{ id: 'cost', items: [clinicItem] }, { id: 'basics', items: [clinicItem] }] }, 'categories[1].items[0].id', 'duplicate id'],
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
