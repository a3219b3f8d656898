// The FAQ's answers are a lazy chunk (issue 18, bytes): the first frame has the questions only.
// These tests hold the chunk back (or fail it) with `faqAnswers(lang).replaceLoader` and check that
// nothing opens, links, publishes or counts search matches as if the answers were there.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../content/en/faq.json';
import enQuestions from '../../content/en/faq.json?questions';
import enAnswers from '../../content/en/faq.json?answers';
import type { FaqContent, FaqDocument } from '../content/schemas/faq.js';
import type { ContentErrorDetail } from '../content/override.js';
import './define.js';
import { faqAnswers, withAnswers, type FaqAnswers } from './faq-content.js';
import { structuredDataModule, type KetamineFaq } from './ketamine-faq.js';

const english = en as FaqContent;
const first = english.categories[0].items[0];
const firstParagraph = first.answer.split(/\n\s*\n/)[0].trim();
const root = (el: KetamineFaq) => el.shadowRoot!;
const button = (el: KetamineFaq, id: string) => root(el).querySelector<HTMLButtonElement>(`#faq-${id}-question`)!;
const panel = (el: KetamineFaq, id: string) => root(el).querySelector<HTMLElement>(`#faq-${id}-answer`)!;
const isOpen = (el: KetamineFaq, id: string) => button(el, id).getAttribute('aria-expanded') === 'true' && !panel(el, id).hasAttribute('hidden');
const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

/** Holds the English answers chunk until `release()` (or fails it with `fail()`). */
function holdAnswers(real: FaqAnswers) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const arrived = new Promise<FaqAnswers>((resolve, reject) => {
    release = () => resolve(real);
    fail = reject;
  });
  faqAnswers('en').replaceLoader(() => arrived);
  return { release, fail };
}

function captureErrors() {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = original) };
}

describe('the FAQ answers chunk', function () {
  this.timeout(30000);
  let real: FaqAnswers;

  before(async () => {
    real = await faqAnswers('en').load();
    await import('./faq-override.js');
  });
  afterEach(() => {
    faqAnswers('en').replaceLoader(() => Promise.resolve(real));
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  describe('the build-time split of content/en/faq.json', () => {
    it('questions: the whole document without any answer or source; answers: every answer and its sources by id', () => {
      const questions = enQuestions as FaqContent;
      expect(JSON.stringify(questions)).not.to.include(firstParagraph);
      expect(questions.ui).to.deep.equal(english.ui);
      for (const [index, category] of questions.categories.entries()) {
        expect(category.items.map((item) => Object.keys(item).sort())).to.deep.equal(category.items.map(() => ['id', 'question']));
        expect(category.items.map((item) => item.question)).to.deep.equal(english.categories[index].items.map((item) => item.question));
      }
      const all = english.categories.flatMap((category) => category.items);
      expect(Object.keys(enAnswers.answers)).to.deep.equal(all.map((item) => item.id));
      for (const item of all) expect(enAnswers.answers[item.id]).to.deep.equal({ answer: item.answer, sources: item.sources });
    });
  });

  describe('withAnswers', () => {
    const doc = enQuestions as unknown as FaqDocument;
    const clinic = { id: 'parking', question: 'Where do I park?', answer: 'Behind the clinic.' };
    const withClinic: FaqDocument = { ...doc, categories: [{ ...doc.categories[0], items: [...doc.categories[0].items, clinic] }, ...doc.categories.slice(1)] };

    it('fills every bundled answer and its sources, and leaves a clinic question as it is', () => {
      const filled = withAnswers(withClinic, real, 'unavailable');
      expect(filled.categories[0].items[0]).to.deep.equal({ id: first.id, question: first.question, answer: first.answer, sources: first.sources });
      expect(filled.categories[0].items.at(-1)).to.equal(clinic);
    });
    it('while loading (null): empty answers; failed ({}): the content’s words in each', () => {
      expect(withAnswers(doc, null, 'unavailable').categories[0].items[0].answer).to.equal('');
      expect(withAnswers(doc, {}, 'unavailable').categories[0].items[0]).to.deep.include({ answer: 'unavailable', sources: [] });
    });
    it('returns a complete document itself (the server build)', () => {
      const complete = withAnswers(doc, real, 'x');
      expect(withAnswers(complete, null, 'x')).to.equal(complete);
    });
  });

  it('is fetched in the task after connect, behind the first render and not after a frame (no waterfall)', async () => {
    let asked = 0;
    faqAnswers('en').replaceLoader(() => {
      asked++;
      return Promise.resolve(real);
    });
    const el = document.createElement('ketamine-faq') as KetamineFaq;
    document.body.append(el);
    try {
      expect(asked, 'not in the connecting task: its import() would delay the first render').to.equal(0);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(asked, 'not before the first render either').to.equal(0);
      await new Promise((resolve) => setTimeout(resolve));
      expect(asked, 'asked for in the next task').to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('a question clicked before the answers arrive opens only once they are in: never an empty panel announced as open', async () => {
    const held = holdAnswers(real);
    const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
    const opened: string[] = [];
    el.addEventListener('faq-toggle', (event) => opened.push((event as CustomEvent<{ id: string }>).detail.id));
    button(el, first.id).click();
    await aTimeout(50);
    expect(isOpen(el, first.id)).to.equal(false);
    expect(button(el, first.id).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el, first.id).textContent!.trim()).to.equal('');
    // No closed answer is attached while they load either (find-in-page and the AX tree get them with the chunk).
    expect(root(el).querySelectorAll('.answer-body').length).to.equal(0);
    held.release();
    await waitUntil(() => isOpen(el, first.id), 'the held click did not open the question');
    expect(panel(el, first.id).textContent).to.include(firstParagraph);
    expect(panel(el, first.id).querySelector('[part="citations"]'), 'its sources').to.exist;
    expect(opened).to.deep.equal([first.id]);
    await waitUntil(
      () => root(el).querySelectorAll('.answer-body').length === root(el).querySelectorAll('.item').length,
      'the closed answers were not attached',
    );
  });

  it('the open attribute and a #faq- link wait for the answers, then open with them', async () => {
    const held = holdAnswers(real);
    const second = english.categories[1].items[0];
    history.replaceState(history.state, '', `#faq-${second.id}`);
    const el = await fixture<KetamineFaq>(html`<ketamine-faq open=${first.id}></ketamine-faq>`);
    await aTimeout(50);
    expect(isOpen(el, first.id)).to.equal(false);
    expect(isOpen(el, second.id)).to.equal(false);
    held.release();
    await waitUntil(() => isOpen(el, first.id) && isOpen(el, second.id), 'the open attribute and the hash did not open their questions');
    expect(panel(el, second.id).textContent).to.include(second.answer.split(/\n\s*\n/)[0].trim());
  });

  it('Expand all waits for the answers', async () => {
    const held = holdAnswers(real);
    const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
    root(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
    await aTimeout(50);
    expect(root(el).querySelectorAll('[aria-expanded="true"]').length).to.equal(0);
    held.release();
    await waitUntil(() => root(el).querySelectorAll('[aria-expanded="false"]').length === 0, 'Expand all did not open every question');
    expect(panel(el, first.id).textContent).to.include(firstParagraph);
  });

  it('search: no "no matches" for a word only in the answers while they load; the real count once they are in', async () => {
    const held = holdAnswers(real);
    // "anesthetic"-like words are only in answers: find one that is in no question.
    const questions = english.categories.flatMap((category) => category.items.map((item) => item.question.toLowerCase())).join(' ');
    const word = firstParagraph
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((candidate) => candidate.length > 6 && !questions.includes(candidate))!;
    expect(word, 'a word only in an answer').to.be.a('string');
    const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable query=${word}></ketamine-faq>`);
    await aTimeout(50);
    const status = () => root(el).querySelector('[part="search-status"]')!.textContent!.trim();
    expect(status()).to.equal('');
    expect(root(el).textContent).not.to.include('No questions match');
    held.release();
    await waitUntil(() => status() !== '', 'no count once the answers arrived');
    expect(status()).to.match(/^\d+ questions? match/);
    expect(button(el, first.id).closest<HTMLElement>('.item')!.hidden).to.equal(false);
  });

  it('structured data: no FAQPage JSON-LD with empty answers; published once they are in', async () => {
    await structuredDataModule.load();
    const held = holdAnswers(real);
    const el = await fixture<KetamineFaq>(html`<ketamine-faq structured-data></ketamine-faq>`);
    try {
      await aTimeout(50);
      expect(jsonLdScripts().length).to.equal(0);
      held.release();
      await waitUntil(() => jsonLdScripts().length === 1, 'no JSON-LD once the answers arrived');
      const data = JSON.parse(jsonLdScripts()[0].textContent!);
      expect(data.mainEntity[0].acceptedAnswer.text).to.include(firstParagraph);
    } finally {
      el.remove();
    }
  });

  it('a failed chunk: console.error naming the element and the answers, content-error, and each panel says so in the content’s words', async () => {
    const held = holdAnswers(real);
    const errors = captureErrors();
    const reported: ContentErrorDetail[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent<ContentErrorDetail>).detail);
    document.addEventListener('content-error', listener);
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      button(el, first.id).click();
      held.fail(new TypeError('Failed to fetch dynamically imported module: en-faq-answers.js'));
      await waitUntil(() => isOpen(el, first.id), 'the question did not open after the failure');
      expect(panel(el, first.id).textContent!.trim()).to.include(english.ui.answerUnavailable);
      expect(errors.lines.filter((line) => line.includes('answers'))).to.have.length(1);
      expect(errors.lines[0]).to.match(/^\[ketamine-faq\] lang: could not load the answers to the "en" questions \(Failed to fetch/);
      expect(reported.map((detail) => [detail.element, detail.path])).to.deep.equal([['ketamine-faq', 'lang']]);
      // Every other question still works, each with the same notice.
      const other = english.categories[2].items[0].id;
      button(el, other).click();
      await el.updateComplete;
      expect(isOpen(el, other)).to.equal(true);
      expect(panel(el, other).textContent).to.include(english.ui.answerUnavailable);
      await aTimeout(20);
      expect(unhandled).to.deep.equal([]);
    } finally {
      errors.restore();
      document.removeEventListener('content-error', listener);
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('a clinic override still replaces an answer (hide the bundled question, add the clinic’s)', async () => {
    const override = {
      version: 1,
      hide: [first.id],
      categories: [{ id: 'basics', items: [{ id: 'our-ketamine-therapy', question: first.question, answer: 'At our clinic, a doctor explains it first.' }] }],
    };
    const el = await fixture<KetamineFaq>(html`<ketamine-faq .content=${override} open="our-ketamine-therapy"></ketamine-faq>`);
    await waitUntil(() => button(el, 'our-ketamine-therapy') && isOpen(el, 'our-ketamine-therapy'), 'the clinic question did not open');
    expect(button(el, first.id)).to.equal(null);
    expect(panel(el, 'our-ketamine-therapy').textContent).to.include('At our clinic, a doctor explains it first.');
    const other = english.categories[0].items[1];
    button(el, other.id).click();
    await el.updateComplete;
    expect(panel(el, other.id).textContent).to.include(other.answer.split(/\n\s*\n/)[0].trim());
  });
});
