// The bundled FAQ (editorial rules the schema cannot express) and how a clinic override merges into it.
import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import { FAQ_CATEGORY_IDS, faqContentSchema, type FaqContent, type FaqOverride } from '../content/schemas/faq.js';
import { findSource } from '../shared/sources.js';
import { findIdClash, itemIds, mergeFaqOverride } from './faq-content.js';

const files: [string, FaqContent][] = [
  ['en', en as FaqContent],
  ['es', es as FaqContent],
];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

for (const [lang, content] of files) {
  describe(`content/${lang}/faq.json`, () => {
    const items = content.categories.flatMap((c) => c.items);

    it('passes its schema', () => {
      expect(faqContentSchema.safeParse(content).success).to.equal(true);
    });

    it('has every category, in the documented order, and at least 24 questions', () => {
      expect(content.categories.map((c) => c.id)).to.deep.equal([...FAQ_CATEGORY_IDS]);
      expect(items.length).to.be.at.least(24);
    });

    it('keeps every answer between 40 and 150 words', () => {
      for (const item of items) expect(words(item.answer), item.id).to.be.within(40, 150);
    });

    it('cites only sources that exist and have a link', () => {
      for (const item of items) {
        expect(item.sources.length, item.id).to.be.greaterThan(0);
        for (const id of item.sources) expect(findSource(id), `${item.id}: ${id}`).to.not.equal(undefined);
      }
    });

    it('says none of the claims the brief marks wrong, outdated or unverified', () => {
      const all = JSON.stringify(content).toLowerCase();
      for (const banned of ['79.3', 'press 3', 'marque 3', 'hsa', 'fsa', 'prevents suicide', 'evita el suicidio.']) {
        expect(all, banned).not.to.contain(banned);
      }
    });

    it('states plainly that SPRAVATO never goes home', () => {
      const nasal = items.find((i) => i.id === 'spravato-nasal-spray')!;
      expect(nasal.answer).to.match(lang === 'en' ? /never sent home/ : /Nunca se lo llevan a casa/);
    });
  });
}

describe('en and es FAQ', () => {
  it('have the same categories, question ids and sources, in the same order', () => {
    const shape = (content: FaqContent) => content.categories.map((c) => [c.id, c.items.map((i) => [i.id, i.sources])]);
    expect(shape(es as FaqContent)).to.deep.equal(shape(en as FaqContent));
  });
});

/** The fixes of the 2026-11-30 clinical content review (issue 13), item by item, in both languages. */
describe('content review 2026-11-30: FAQ fixes', () => {
  const item = (content: FaqContent, id: string) => content.categories.flatMap((c) => c.items).find((entry) => entry.id === id)!;
  const EN = en as FaqContent;
  const ES = es as FaqContent;

  it('F1: esketamine is one of two mirror-image forms, never "half a molecule"', () => {
    for (const content of [EN, ES]) {
      const all = JSON.stringify(content).toLowerCase();
      expect(all).not.to.contain('half of the ketamine molecule');
      expect(all).not.to.contain('mitad de la molécula');
    }
    expect(item(EN, 'what-is-ketamine-therapy').answer).to.contain('one of the two mirror-image forms of ketamine');
  });

  it('F4: SPRAVATO alone only for treatment-resistant depression; with an antidepressant for acute suicidal thoughts', () => {
    const answer = item(EN, 'fits-with-therapy').answer;
    expect(answer).not.to.contain('SPRAVATO can be used alone or along with');
    expect(answer).to.contain('For treatment-resistant depression, SPRAVATO can be used alone or with a daily antidepressant pill.');
    expect(answer).to.contain('it is used together with an antidepressant pill');
    expect(item(ES, 'fits-with-therapy').answer).to.contain('se usa junto con una pastilla antidepresiva');
  });

  it('F5 and section 2: one hedged sentence on therapy alongside ketamine, with no claimed benefit', () => {
    expect(item(EN, 'fits-with-therapy').answer).to.contain(
      'Some clinics pair ketamine sessions with talk therapy. Whether this adds to the benefit has not been well studied.',
    );
  });

  it('F6: "current (acute)" suicidal thoughts, never "sudden" or "de pronto"', () => {
    for (const id of ['fda-approved-uses', 'suicidal-thoughts', 'spravato-schedule']) {
      expect(item(EN, id).answer, id).to.contain('current (acute)');
      expect(item(EN, id).answer.toLowerCase(), id).not.to.contain('sudden');
      expect(item(ES, id).answer, id).to.contain('actuales (agudos)');
      expect(item(ES, id).answer, id).not.to.contain('de pronto');
    }
  });

  it('F7, F8: ELEKT-D with its context wherever its numbers appear', () => {
    for (const id of ['off-label', 'how-soon']) {
      const answer = item(EN, id).answer;
      expect(answer, id).to.contain('about 55 in 100 had their symptoms drop by at least half');
      expect(answer, id).to.contain('referred for ECT');
      expect(answer, id).to.contain('the benefit can fade');
      expect(answer, id).not.to.contain('responded well');
    }
    expect(item(EN, 'off-label').answer).to.contain('not worse than ECT');
    expect(item(EN, 'off-label').answer).to.contain('This is not the same as a cure');
  });

  it('F9: no claim that pain doctors use ketamine', () => {
    expect(item(EN, 'bipolar-and-pain').answer).not.to.contain('pain doctors');
    expect(item(EN, 'bipolar-and-pain').answer).to.contain(
      'It is not FDA-approved to treat long-term pain. If you live with chronic pain, ask a pain specialist.',
    );
    expect(item(ES, 'bipolar-and-pain').answer).not.to.contain('médicos del dolor');
  });

  it('F10, F11, F12: exclusion criteria from the trial source, the clot stroke, and label rates with placebo', () => {
    expect(item(EN, 'needs-careful-review').sources).to.include('ketamine-si-trial-exclusions-2023');
    expect(item(EN, 'needs-careful-review').sources).not.to.include('sanacora-2017');
    expect(item(EN, 'needs-careful-review').answer).to.contain('a past stroke caused by a blood clot');
    const rates = item(EN, 'common-side-effects');
    expect(rates.sources).to.include('spravato-label');
    expect(rates.sources).not.to.include('spravato-trials-ae');
    expect(rates.answer).to.contain('about 41 felt disconnected, compared with 9 on a placebo spray');
    expect(rates.answer).to.contain('29 felt dizzy (8 on placebo)');
    expect(item(ES, 'common-side-effects').answer).to.contain('una subida de la presión (10)');
    expect(item(ES, 'common-side-effects').answer).not.to.contain('la presión alta');
  });

  it('F13: long-term thinking and memory problems (label warning)', () => {
    expect(item(EN, 'long-term-safety').answer).to.contain('long-term problems with thinking and memory');
    expect(item(EN, 'long-term-safety').sources).to.include('spravato-label');
  });

  it('Spanish: one term per concept (spray nasal, fuera de indicación, farmacia de compuestos, profesional que receta)', () => {
    const all = JSON.stringify(ES);
    for (const old of [
      'aerosol',
      'farmacias de preparación',
      'fuera de etiqueta',
      'fuera de lo aprobado',
      'médico que receta',
      'estancia en el hospital',
      'con una bolsa',
    ]) {
      expect(all.includes(old), old).to.equal(false);
    }
    expect(all.includes('(un uso que la FDA no aprobó)'), '(un uso que la FDA no aprobó)').to.equal(true);
    expect(all.includes('farmacia de compuestos (que prepara medicamentos a mano)'), 'farmacia de compuestos (que prepara medicamentos a mano)').to.equal(true);
    expect(all.toLowerCase().includes('una arteria débil y abultada (aneurisma)'), 'aneurysm gloss').to.equal(true);
  });
});

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
    const override: FaqOverride = {
      categories: [
        { id: 'cost', items: [clinicItem] },
        { id: 'safety', items: [{ ...clinicItem, id: 'serious-risks' }] },
      ],
    };
    expect(findIdClash(override, itemIds(bundled))).to.deep.include({ ok: false, path: 'categories[1].items[0].id' });
  });
});
