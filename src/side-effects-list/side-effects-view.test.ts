import { expect } from '@open-wc/testing';
import en from '../../content/en/side-effects.json';
import type { SideEffect, SideEffectsContent } from '../content/schemas/side-effects.js';
import { filterByRoute, groupEffects } from './side-effects-grouping.js';
import { buildSideEffectsView, clinicDisplayName, contactHref, formatList, isKeyEffect } from './side-effects-view.js';
import type { Section } from '../content/vocabulary/side-effects.js';

const content = en as SideEffectsContent;

const effect = (id: string, timing: SideEffect['timing'], severity: SideEffect['severity'], routes: SideEffect['routes']): SideEffect => ({
  id,
  name: id,
  description: id,
  timing,
  severity,
  routes,
  sources: ['spravato-label'],
});

const sample: SideEffect[] = [
  effect('a', 'long-term', 'serious', ['iv']),
  effect('b', 'during', 'common', ['nasal', 'iv']),
  effect('c', 'hours-after', 'less-common', ['oral']),
  effect('d', 'during', 'serious', ['im', 'nasal']),
  effect('e', 'during', 'common', ['nasal']),
];
const ids = (effects: readonly SideEffect[]) => effects.map((item) => item.id);

describe('side effects grouping and filtering', () => {
  describe('filterByRoute', () => {
    const cases: [string | null, string[]][] = [
      [null, ['a', 'b', 'c', 'd', 'e']],
      ['iv', ['a', 'b']],
      ['nasal', ['b', 'd', 'e']],
      ['im', ['d']],
      ['oral', ['c']],
    ];
    for (const [route, expected] of cases) {
      it(`${route ?? 'no route'} → ${expected.join(',')}`, () => {
        expect(ids(filterByRoute(sample, route as never))).to.deep.equal(expected);
      });
    }

    it('returns a new array, leaving the input alone', () => {
      const result = filterByRoute(sample, null);
      expect(result).not.to.equal(sample);
      expect(result).to.deep.equal(sample);
    });
  });

  describe('groupEffects', () => {
    it('groups by timing in vocabulary order, keeping content order inside a group', () => {
      const groups = groupEffects(sample, 'timing');
      expect(groups.map((group) => [group.key, ids(group.effects)])).to.deep.equal([
        ['during', ['b', 'd', 'e']],
        ['hours-after', ['c']],
        ['long-term', ['a']],
      ]);
    });

    it('groups by severity in vocabulary order', () => {
      const groups = groupEffects(sample, 'severity');
      expect(groups.map((group) => [group.key, ids(group.effects)])).to.deep.equal([
        ['common', ['b', 'e']],
        ['less-common', ['c']],
        ['serious', ['a', 'd']],
      ]);
    });

    it('leaves out empty groups', () => {
      const groups = groupEffects(filterByRoute(sample, 'oral'), 'timing');
      expect(groups.map((group) => group.key)).to.deep.equal(['hours-after']);
      expect(groupEffects([], 'severity')).to.deep.equal([]);
    });
  });

  describe('buildSideEffectsView on the bundled English content', () => {
    const all: ReadonlySet<Section> = new Set(['effects', 'contraindications', 'help']);

    it('keeps every side effect exactly once, in both groupings', () => {
      for (const groupBy of ['timing', 'severity'] as const) {
        const view = buildSideEffectsView(content, { groupBy, route: null, sections: all, layout: 'full' }, 'en-US');
        const shown = view.groups.flatMap((group) => group.items.map((item) => item.effect.id));
        expect([...shown].sort(), groupBy).to.deep.equal(content.effects.map((item) => item.id).sort());
      }
    });

    it('resolves headings, labels and the route note', () => {
      const view = buildSideEffectsView(content, { groupBy: 'severity', route: 'iv', sections: all, layout: 'full' }, 'en-US');
      expect(view.groups.map((group) => group.heading)).to.deep.equal(['Common', 'Less common', 'Serious']);
      expect(view.showingRoute).to.equal('Showing side effects reported for: IV infusion (ketamine into a vein)');
      expect(view.route!.note).to.contain('not IV ketamine');
      const dissociation = view.groups[0].items.find((item) => item.effect.id === 'dissociation')!;
      expect(dissociation.severityLabel).to.equal('Common');
      expect(dissociation.timingLabel).to.equal('During and right after a dose');
      expect(dissociation.routesText).to.equal(
        'IV infusion (ketamine into a vein), Nasal spray (SPRAVATO), Shot into a muscle (IM), and By mouth (tablet or lozenge)',
      );
      expect(dissociation.frequency!.bars.map((bar) => bar.percent)).to.deep.equal([41, 9]);
    });

    it('has no route note and no frequency for effects without one', () => {
      const view = buildSideEffectsView(content, { groupBy: 'timing', route: null, sections: all, layout: 'full' }, 'en-US');
      expect(view.route).to.equal(null);
      expect(view.showingRoute).to.equal(null);
      const liver = view.groups.flatMap((group) => group.items).find((item) => item.effect.id === 'liver-problems')!;
      expect(liver.frequency).to.equal(undefined);
    });

    it('full layout: every item shown, nothing behind "Show all"', () => {
      const view = buildSideEffectsView(content, { groupBy: 'timing', route: null, sections: all, layout: 'full' }, 'en-US');
      expect(view.moreCount).to.equal(0);
      expect(view.totalCount).to.equal(content.effects.length);
      for (const group of view.groups) expect(group.shown).to.deep.equal(group.items);
    });

    it('summary layout: serious and 1-in-5 effects shown, in content order; the rest behind "Show all"', () => {
      const view = buildSideEffectsView(content, { groupBy: 'timing', route: null, sections: all, layout: 'summary' }, 'en-US');
      const shown = view.groups.flatMap((group) => group.shown.map((item) => item.effect.id));
      const expected = content.effects.filter((effect) => effect.severity === 'serious' || (effect.frequency?.percent ?? 0) >= 20).map((effect) => effect.id);
      expect(shown).to.deep.equal(expected);
      // The bundled content's short list, spelled out so a content change that empties it is noticed.
      expect(shown).to.include.members([
        'dissociation',
        'dizziness',
        'nausea',
        'deep-sedation',
        'thinking-driving',
        'bladder-problems',
        'liver-problems',
        'dependence-misuse',
      ]);
      expect(shown).not.to.include('taste-change');
      expect(view.moreCount + shown.length).to.equal(content.effects.length);
      expect(view.totalCount).to.equal(content.effects.length);
      for (const group of view.groups) expect([...group.shown, ...group.more].length).to.equal(group.items.length);
    });

    it('isKeyEffect: serious, or at least 20 % of people', () => {
      const base = content.effects.find((effect) => effect.id === 'taste-change')!;
      expect(isKeyEffect(base)).to.equal(false);
      expect(isKeyEffect({ ...base, frequency: { ...base.frequency!, percent: 20 } })).to.equal(true);
      expect(isKeyEffect({ ...base, frequency: undefined, severity: 'serious' })).to.equal(true);
    });
  });

  describe('helpers', () => {
    const hrefs: ['call' | 'text', string, string | null][] = [
      ['call', '911', 'tel:911'],
      ['call', '988', 'tel:988'],
      ['text', '988', 'sms:988'],
      ['text', '838255', 'sms:838255'],
      ['call', '91', null],
      ['call', 'javascript:alert(1)', null],
      ['text', '988;body=x', null],
    ];
    for (const [kind, number, href] of hrefs) {
      it(`contactHref(${kind}, ${number}) → ${href}`, () => expect(contactHref(kind, number)).to.equal(href));
    }

    it('clinicDisplayName uses the clinic name, trimmed and capped, else the fallback', () => {
      expect(clinicDisplayName('  Lakeside Clinic ', 'your clinic')).to.equal('Lakeside Clinic');
      expect(clinicDisplayName('', 'your clinic')).to.equal('your clinic');
      expect(clinicDisplayName('   ', 'su clínica')).to.equal('su clínica');
      expect(clinicDisplayName(null, 'your clinic')).to.equal('your clinic');
      expect(clinicDisplayName('x'.repeat(500), 'your clinic')).to.have.length(120);
    });

    it('formatList joins in the locale', () => {
      expect(formatList(['a', 'b', 'c'], 'and', 'en')).to.equal('a, b, and c');
      expect(formatList(['a', 'b'], 'and', 'en')).to.equal('a and b');
      expect(formatList(['a'], 'and', 'en')).to.equal('a');
      expect(formatList(['a', 'b', 'c'], 'y', 'es')).to.equal('a, b y c');
      // Spanish "y" becomes "e" before an i sound, as Intl.ListFormat does.
      for (const items of [
        ['nasal', 'IV'],
        ['nasal', 'inyección'],
        ['oral', 'hielo'],
        ['a', 'b', 'hilo'],
      ]) {
        const intl = new Intl.ListFormat('es-US', { style: 'long', type: 'conjunction' }).format(items);
        expect(formatList(items, 'y', 'es'), items.join(' / ')).to.equal(intl);
      }
    });
  });
});
