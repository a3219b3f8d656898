// What a screen reader gets from <ketamine-faq>: the accessibility tree (CDP) and the search's
// live region over time (issue 14.2, audit defect 6), plus simple word forms (issue 14.6).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import { axTree, type AxNode } from '../shared/test/ax-tree.js';
import { liveRegionsIn, recordLiveRegions } from '../shared/test/live-region-recorder.js';
import type { FaqContent } from '../content/schemas/faq.js';
import { ANNOUNCE_DELAY_MS } from '../shared/announcement-controller.js';
import './define.js';
import type { KetamineFaq } from './ketamine-faq.js';

const CONTENT: Record<'en' | 'es', FaqContent> = { en: en as FaqContent, es: es as FaqContent };
const root = (el: KetamineFaq) => el.shadowRoot!;
const searchInput = (el: KetamineFaq) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const visibleQuestions = (el: KetamineFaq) =>
  [...root(el).querySelectorAll<HTMLElement>('.item')]
    .filter((item) => !item.hidden)
    .map((item) => item.querySelector('.question-button')!.textContent!.trim());
const exposed = (tree: readonly AxNode[], role: string) => tree.filter((node) => node.role === role && !node.ignored);
const pause = () => aTimeout(ANNOUNCE_DELAY_MS + 500);

async function mount(lang: 'en' | 'es' = 'en'): Promise<KetamineFaq> {
  const el = await fixture<KetamineFaq>(html`<ketamine-faq lang=${lang} searchable></ketamine-faq>`);
  const first = CONTENT[lang].categories[0].items[0].question;
  await waitUntil(() => root(el).querySelector('.question-button')?.textContent?.trim() === first, 'content shown');
  return el;
}

/** Types key by key, `gapMs` apart, as a slow typist does. */
async function typeSlowly(el: KetamineFaq, text: string, gapMs: number) {
  searchInput(el).focus();
  for (const key of text) {
    await sendKeys({ type: key });
    await aTimeout(gapMs);
  }
}

describe('<ketamine-faq> for screen readers', function () {
  this.timeout(60000);

  describe('search announcements (live region over time)', () => {
    it('a slow typist hears one count, after the pause, not one per key', async () => {
      const el = await mount();
      const recorder = recordLiveRegions(liveRegionsIn(root(el)));
      await typeSlowly(el, 'pressure', 250);
      const afterLastKey = recorder.elapsed();
      await pause();
      const count = visibleQuestions(el).length;
      expect(count).to.be.greaterThan(0);
      // Before: one message per key (120 ms after each): "37 questions match", "11 questions match", …
      expect(recorder.texts()).to.deep.equal([count === 1 ? '1 question matches' : `${count} questions match`]);
      expect(recorder.announcements[0].at - afterLastKey).to.be.at.least(ANNOUNCE_DELAY_MS - 300);
      // The visible count did not wait.
      expect(root(el).querySelector('[part="search-status"]')!.textContent).to.equal(recorder.texts()[0]);
    });

    it('Enter says the count at once; Escape empties the region, and the same search is spoken again', async () => {
      const el = await mount();
      const recorder = recordLiveRegions(liveRegionsIn(root(el)));
      searchInput(el).focus();
      await sendKeys({ type: 'spravato' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => recorder.texts().length === 1, 'spoken on Enter', { timeout: ANNOUNCE_DELAY_MS / 2 });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
      await sendKeys({ type: 'spravato' });
      await pause();
      expect(recorder.texts()).to.have.length(2);
      expect(recorder.texts()[1]).to.equal(recorder.texts()[0]);
    });

    it('speaks "no match" with the query, in Spanish too', async () => {
      const el = await mount('es');
      const recorder = recordLiveRegions(liveRegionsIn(root(el)));
      await typeSlowly(el, 'xilófono', 60);
      await pause();
      expect(recorder.texts()).to.deep.equal([es.ui.noMatches.replace('{query}', 'xilófono')]);
    });
  });

  describe('simple word forms', () => {
    it('"driving" finds "Can I drive…", "costs" finds the cost questions', async () => {
      const el = await mount();
      el.query = 'driving';
      await el.updateComplete;
      expect(visibleQuestions(el).some((question) => /\bdrive\b/i.test(question))).to.equal(true);
      el.query = 'costs';
      await el.updateComplete;
      const costQuestions = CONTENT.en.categories.flatMap((c) => c.items).filter((item) => /\bcost\b/i.test(item.question));
      expect(costQuestions.length).to.be.greaterThan(0);
      expect(visibleQuestions(el)).to.include.members(costQuestions.map((item) => item.question));
    });

    it('"manejando" finds the Spanish driving question', async () => {
      const el = await mount('es');
      el.query = 'manejando';
      await el.updateComplete;
      expect(visibleQuestions(el).some((question) => /manejar/i.test(question))).to.equal(true);
    });
  });

  describe('accessibility tree (CDP)', () => {
    for (const lang of ['en', 'es'] as const) {
      const content = CONTENT[lang];
      it(`${lang}: region, search, toolbar, category and question headings with collapsed buttons`, async () => {
        await mount(lang);
        const tree = await axTree('ketamine-faq');
        expect(exposed(tree, 'region').map((node) => node.name)).to.include(content.ui.regionLabel);
        expect(exposed(tree, 'search')).to.have.length(1);
        const box = exposed(tree, 'searchbox');
        expect(box.map((node) => node.name)).to.deep.equal([content.ui.searchLabel]);
        expect(box[0].description).to.equal(content.ui.searchHint);
        expect(exposed(tree, 'status')).to.have.length(1);
        expect(exposed(tree, 'button').map((node) => node.name)).to.include.members([content.ui.expandAll, content.ui.collapseAll]);

        const questions = content.categories.flatMap((category) => category.items.map((item) => item.question));
        const questionButtons = exposed(tree, 'button').filter((node) => questions.includes(node.name));
        expect(questionButtons.map((node) => node.name)).to.deep.equal(questions);
        for (const node of questionButtons) expect(node.expanded, node.name).to.equal(false);

        const headings = exposed(tree, 'heading');
        const categoryHeadings = headings.filter((node) => content.categories.some((category) => category.title === node.name));
        const questionHeadings = headings.filter((node) => questions.includes(node.name));
        expect(categoryHeadings.map((node) => node.name)).to.deep.equal(content.categories.map((category) => category.title));
        expect(questionHeadings).to.have.length(questions.length);
        // Questions sit one level or more below their category, never beside it.
        expect(Math.min(...questionHeadings.map((node) => node.level!))).to.be.greaterThan(Math.max(...categoryHeadings.map((node) => node.level!)));
      });
    }

    it('an opened question is exposed as expanded', async () => {
      const el = await mount();
      const first = root(el).querySelector<HTMLButtonElement>('.question-button')!;
      first.click();
      await el.updateComplete;
      const tree = await axTree('ketamine-faq');
      const node = exposed(tree, 'button').find((candidate) => candidate.name === first.textContent!.trim())!;
      expect(node.expanded).to.equal(true);
    });
  });
});
