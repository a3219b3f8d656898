import { expect } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import type { FaqContent, FaqUi } from '../content/schemas/faq.js';
import {
  faqPageEntries,
  filterFaq,
  indexCategories,
  matchMessage,
  parseCategoryList,
  searchStatus,
  shownItems,
  splitParagraphs,
  visibleIds,
} from './faq-view.js';

const english = en as FaqContent;
const spanish = es as FaqContent;

describe('faq-view', () => {
  describe('parseCategoryList', () => {
    const cases: [string | null, { ids: string[] | null; unknown: string[] }][] = [
      [null, { ids: null, unknown: [] }],
      ['', { ids: null, unknown: [] }],
      ['safety', { ids: ['safety'], unknown: [] }],
      ['safety,cost', { ids: ['safety', 'cost'], unknown: [] }],
      [' Cost ,  SAFETY ', { ids: ['cost', 'safety'], unknown: [] }],
      ['cost cost', { ids: ['cost'], unknown: [] }],
      ['cost,pricing', { ids: ['cost'], unknown: ['pricing'] }],
      ['constructor,__proto__', { ids: null, unknown: ['constructor', '__proto__'] }],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)}`, () => {
        const { ids, unknown } = parseCategoryList(value);
        expect({ ids, unknown }).to.deep.equal(expected);
      });
    }

    it('names the unknown words and what is shown instead, only when there are some', () => {
      expect(parseCategoryList('safety, parking').error).to.equal('unknown category "parking"; showing safety');
      expect(parseCategoryList('a b').error).to.equal('unknown categories "a", "b"; showing all categories');
      expect(parseCategoryList('safety').error).to.equal(null);
    });
  });

  it('lists the visible ids and the status of a search, and the shown questions as FAQPage entries', () => {
    const categories = indexCategories(english, ['safety', 'cost']);
    const all = shownItems(categories).map((item) => item.entry.id);
    expect(visibleIds(filterFaq(categories, ''))).to.deep.equal(all);
    expect(searchStatus(filterFaq(categories, ''), english.ui, '', 'en-US')).to.equal('');
    const searched = filterFaq(categories, 'zzzzqqq');
    expect(visibleIds(searched)).to.deep.equal([]);
    expect(searchStatus(searched, english.ui, 'zzzzqqq', 'en-US')).to.equal(matchMessage(english.ui, 0, 'zzzzqqq', 'en-US'));
    const entries = faqPageEntries(categories);
    expect(entries.map((entry) => entry.id)).to.deep.equal(all);
    expect(entries[0].answer).to.equal(shownItems(categories)[0].paragraphs.join('\n\n'));
  });

  it('splits answers into paragraphs on blank lines', () => {
    expect(splitParagraphs('One.\n\nTwo\nstill two.\n   \nThree.')).to.deep.equal(['One.', 'Two\nstill two.', 'Three.']);
  });

  describe('indexCategories', () => {
    it('keeps the content order without a filter', () => {
      expect(indexCategories(english, null).map((c) => c.id)).to.deep.equal(english.categories.map((c) => c.id));
    });
    it('keeps the order asked for, and drops empty categories', () => {
      const withEmpty = { ...english, categories: english.categories.map((c) => (c.id === 'cost' ? { ...c, items: [] } : c)) };
      expect(indexCategories(withEmpty, ['safety', 'cost', 'basics']).map((c) => c.id)).to.deep.equal(['safety', 'basics']);
    });
  });

  describe('filterFaq', () => {
    const all = indexCategories(english, null);
    const total = shownItems(all).length;

    it('shows everything without a query', () => {
      const view = filterFaq(all, '  ');
      expect(view.searching).to.equal(false);
      expect(view.visibleCount).to.equal(total);
    });

    it('matches questions and answers, all words required', () => {
      const view = filterFaq(all, 'drive next day');
      const ids = view.categories.flatMap((c) => c.items.filter((i) => i.visible).map((i) => i.id));
      expect(ids).to.include('driving-after');
      for (const id of ids) {
        const entry = shownItems(all).find((item) => item.entry.id === id)!.entry;
        const text = `${entry.question} ${entry.answer}`.toLowerCase();
        for (const word of ['drive', 'next', 'day']) expect(text, id).to.contain(word);
      }
      expect(view.visibleCount).to.equal(ids.length);
    });

    it('finds Spanish words without their accents and highlights the original spelling', () => {
      const view = filterFaq(indexCategories(spanish, null), 'presion');
      const visible = view.categories.flatMap((c) => c.items.filter((i) => i.visible));
      expect(visible.length).to.be.greaterThan(3);
      const marks = visible.flatMap((item) =>
        [item.question, ...item.paragraphs]
          .flat()
          .filter((s) => s.match)
          .map((s) => s.text.toLowerCase()),
      );
      expect(new Set(marks)).to.deep.equal(new Set(['presión']));
    });

    it('counts per category and in total', () => {
      const view = filterFaq(all, 'SPRAVATO');
      expect(view.visibleCount).to.equal(view.categories.reduce((sum, c) => sum + c.visibleCount, 0));
      expect(view.categories.find((c) => c.id === 'cost')!.visibleCount).to.be.greaterThan(0);
    });

    it('matches nothing for a word that is nowhere', () => {
      expect(filterFaq(all, 'xylophone').visibleCount).to.equal(0);
    });
  });

  describe('matchMessage', () => {
    const cases: [FaqUi, number, string, string, string][] = [
      [english.ui, 0, 'zzz', 'en-US', 'No questions match “zzz”. Try another word, or clear the search to see all questions.'],
      [english.ui, 1, 'x', 'en-US', '1 question matches'],
      [english.ui, 7, 'x', 'en-US', '7 questions match'],
      [spanish.ui, 1, 'x', 'es-US', '1 pregunta coincide'],
      [spanish.ui, 12, 'x', 'es-US', '12 preguntas coinciden'],
      [spanish.ui, 0, ' dolor ', 'es-US', 'Ninguna pregunta coincide con “dolor”. Pruebe otra palabra o borre la búsqueda para ver todas las preguntas.'],
      // Placeholder syntax in the query stays literal.
      [english.ui, 0, '{count} $&', 'en-US', 'No questions match “{count} $&”. Try another word, or clear the search to see all questions.'],
    ];
    for (const [ui, count, query, locale, expected] of cases) {
      it(`${locale} ${count}`, () => expect(matchMessage(ui, count, query, locale)).to.equal(expected));
    }
  });
});
