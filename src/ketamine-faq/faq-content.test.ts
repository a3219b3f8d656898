// Editorial rules for the bundled FAQ that the schema cannot express.
import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import { FAQ_CATEGORY_IDS, faqContentSchema, type FaqContent } from '../content/schemas/faq.js';
import { findSource } from '../shared/sources.js';

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
