import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import en from '../../content/en/faq.json';
import es from '../../content/es/faq.json';
import type { FaqContent, FaqOverride } from '../content/schemas/faq.js';
import type { ContentErrorDetail } from '../content/override.js';
import { findSource } from '../shared/sources.js';
import './define.js';
import { structuredDataModule, type FaqToggleDetail, type KetamineFaq } from './ketamine-faq.js';

const english = en as FaqContent;
const spanish = es as FaqContent;
const allItems = (content: FaqContent) => content.categories.flatMap((category) => category.items);
const paragraphs = (answer: string) => answer.split(/\n\s*\n/).map((p) => p.trim());

function captureConsole(method: 'error' | 'warn') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console[method] = original) };
}

const root = (el: KetamineFaq) => el.shadowRoot!;
const items = (el: KetamineFaq) => [...root(el).querySelectorAll<HTMLElement>('.item')];
const visibleItems = (el: KetamineFaq) => items(el).filter((item) => !item.hidden);
const button = (el: KetamineFaq, id: string) => root(el).querySelector<HTMLButtonElement>(`#faq-${id}-question`)!;
const panel = (el: KetamineFaq, id: string) => root(el).querySelector<HTMLElement>(`#faq-${id}-answer`)!;
const isOpen = (el: KetamineFaq, id: string) => button(el, id).getAttribute('aria-expanded') === 'true' && !panel(el, id).hasAttribute('hidden');
const questionText = (item: HTMLElement) => item.querySelector('.question-button')!.textContent!;
const searchInput = (el: KetamineFaq) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
/** The visible match count (the live region that speaks it waits for a pause: ketamine-faq.a11y.test.ts). */
const status = (el: KetamineFaq) => root(el).querySelector('[part="search-status"]')!.textContent!.trim();
const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
/** The JSON-LD code is a lazy chunk: the first FAQ with `structured-data` publishes once it arrives. */
const jsonLdPublished = () => waitUntil(() => jsonLdScripts().length > 0, 'no JSON-LD was published', { timeout: 3000 });

function toggles(target: EventTarget): FaqToggleDetail[] {
  const seen: FaqToggleDetail[] = [];
  target.addEventListener('faq-toggle', (event) => seen.push((event as CustomEvent<FaqToggleDetail>).detail));
  return seen;
}

/** Closed answers are attached in idle time after the first render: wait for all of them. */
async function answersAttached(el: KetamineFaq): Promise<void> {
  await waitUntil(() => items(el).every((item) => item.querySelector('.answer-body')), 'the closed answers were not attached', { timeout: 5000 });
  await el.updateComplete;
}

async function spanishFaq(template = html`<ketamine-faq lang="es"></ketamine-faq>`): Promise<KetamineFaq> {
  const el = await fixture<KetamineFaq>(template);
  await waitUntil(() => root(el).querySelector('.question-button')?.textContent === spanish.categories[0].items[0].question, 'Spanish content did not load');
  return el;
}

/** Types like a person and waits for the search to apply (it waits for a pause in typing). */
async function typeQuery(el: KetamineFaq, text: string): Promise<void> {
  searchInput(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => el.query === text, 'the search did not apply what was typed', { timeout: 3000 });
  await el.updateComplete;
}

describe('<ketamine-faq>', function () {
  // axe over ~40 questions with their citations takes seconds on a busy machine.
  this.timeout(60000);

  // The override validator (zod) and Spanish content are lazy chunks; the dev server compiles each
  // on first request, which can take seconds on a busy machine. Load them once up front so the
  // tests below measure the element, not the compiler.
  before(async () => {
    await Promise.all([import('./faq-override.js'), import('../../content/es/faq.json'), import('../../content/es/common.json')]);
  });

  afterEach(() => {
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  describe('rendering', () => {
    it('renders every question, answer and citation from the English content, grouped by category', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      await answersAttached(el);
      const headings = [...root(el).querySelectorAll('h2.category-title')].map((h) => h.textContent);
      expect(headings).to.deep.equal(english.categories.map((category) => category.title));

      const expected = allItems(english);
      const rendered = items(el);
      expect(rendered.length).to.equal(expected.length);
      expected.forEach((item, index) => {
        const element = rendered[index];
        expect(element.id).to.equal(`faq-${item.id}`);
        expect(questionText(element)).to.equal(item.question);
        const answerParagraphs = [...element.querySelectorAll('.answer-body > p')].map((p) => p.textContent);
        expect(answerParagraphs, item.id).to.deep.equal(paragraphs(item.answer));
        const links = [...element.querySelectorAll<HTMLAnchorElement>('.citations ol > li > a')];
        expect(
          links.map((a) => a.href),
          item.id,
        ).to.deep.equal(item.sources.map((id) => new URL(findSource(id)!.url).href));
        expect(links.map((a) => a.textContent)).to.deep.equal(item.sources.map((id) => findSource(id)!.title));
        expect(element.querySelector('.citations-heading')!.textContent).to.equal('Sources');
      });
    });

    it('puts category headings at heading-level (default 2) and questions one level below, each holding one button', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const first = items(el)[0];
      const heading = first.querySelector('.question')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.children.length).to.equal(1);
      expect(heading.firstElementChild!.localName).to.equal('button');

      expect(root(el).querySelector('.category-title')!.localName).to.equal('h2');

      el.headingLevel = 4;
      await el.updateComplete;
      expect(items(el)[0].querySelector('.question')!.localName).to.equal('h5');
      expect(root(el).querySelector('.category-title')!.localName).to.equal('h4');

      // Past h6 the question is an ARIA heading one level below its category, never beside it.
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      const deep = items(el)[0].querySelector('.question')!;
      expect([deep.localName, deep.getAttribute('role'), deep.getAttribute('aria-level')]).to.deep.equal(['div', 'heading', '7']);
      expect(root(el).querySelector('.category-title')!.localName).to.equal('h6');
    });

    it('refuses a bad heading-level with a console error and content-error, and falls back to 2', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('ketamine-faq');
        el.setAttribute('heading-level', 'nine');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({
          element: 'ketamine-faq',
          source: 'attribute',
          path: 'heading-level',
          message: '"nine" is not a whole number from 2 to 6; using 2',
        });
        expect(errors.lines).to.include('[ketamine-faq] heading-level: "nine" is not a whole number from 2 to 6; using 2');
        await el.updateComplete;
        expect(items(el)[0].querySelector('.question')!.localName).to.equal('h3');
        expect(items(el).length).to.equal(allItems(english).length);
      } finally {
        errors.restore();
      }
    });

    it('treats an empty heading-level as not set, without an error', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<KetamineFaq>(html`<ketamine-faq heading-level=""></ketamine-faq>`);
        expect(items(el)[0].querySelector('.question')!.localName).to.equal('h3');
        expect(errors.lines).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('keeps closed answers in the DOM, findable (hidden="until-found", never display:none), wired with aria-controls', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      await answersAttached(el);
      for (const item of allItems(english)) {
        const trigger = button(el, item.id);
        expect(trigger.getAttribute('aria-expanded')).to.equal('false');
        const controlled = root(el).getElementById(trigger.getAttribute('aria-controls')!)!;
        expect(controlled).to.equal(panel(el, item.id));
        expect(controlled.getAttribute('hidden')).to.equal('until-found');
        expect(getComputedStyle(controlled).display).not.to.equal('none');
        expect(controlled.textContent).to.contain(paragraphs(item.answer)[0]);
      }
    });

    it('attaches closed answers after the first render without moving anything, and an opened one at once', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      // First render: questions only, so the first frame costs what the questions cost.
      expect(items(el).filter((item) => item.querySelector('.answer-body')).length).to.be.lessThan(items(el).length);
      const last = items(el).at(-1)!;
      const before = { height: el.getBoundingClientRect().height, lastTop: last.getBoundingClientRect().top };
      // Opening a question whose answer is not attached yet shows it in the same update.
      const id = last.id.replace(/^faq-/, '');
      button(el, id).click();
      await el.updateComplete;
      expect(isOpen(el, id)).to.equal(true);
      expect(panel(el, id).textContent).to.contain(paragraphs(allItems(english).at(-1)!.answer)[0]);
      button(el, id).click();
      await el.updateComplete;
      await answersAttached(el);
      // Hidden until found: attaching them changed no height and moved no question.
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      expect(last.getBoundingClientRect().top).to.equal(before.lastTop);
    });

    it('turns the chevron animation off when reduced motion is asked for', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const chevron = () => getComputedStyle(root(el).querySelector('.question-button')!, '::after').transitionDuration;
      expect(chevron()).to.equal('0.2s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(chevron()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('renders the footer with the not-medical-advice line and review date, and a call to action when set', async () => {
      const el = await fixture<KetamineFaq>(
        html`<ketamine-faq clinic-name="Lakeside" phone="555-010-2345" booking-url="https://book.lakeside.example/"></ketamine-faq>`,
      );
      const footer = root(el).querySelector('[part="footer"]')!;
      expect(footer.textContent).to.contain('Educational information, not medical advice.');
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(english.reviewed);
      expect(footer.querySelector<HTMLAnchorElement>('[part="cta-book"]')!.href).to.equal('https://book.lakeside.example/');
      expect(footer.querySelector<HTMLAnchorElement>('[part="cta-call"]')!.getAttribute('href')).to.equal('tel:5550102345');
    });

    it('has no inline event-handler or style attributes anywhere in its shadow tree', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable structured-data></ketamine-faq>`);
      for (const node of root(el).querySelectorAll('*')) {
        for (const attribute of node.getAttributeNames()) {
          expect(attribute.startsWith('on') || attribute === 'style', `${node.localName}[${attribute}]`).to.equal(false);
        }
      }
      el.remove();
    });
  });

  describe('opening and closing', () => {
    it('toggles on click and fires faq-toggle with the content id', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const seen = toggles(document);
      button(el, 'what-is-trd').click();
      await el.updateComplete;
      expect(isOpen(el, 'what-is-trd')).to.equal(true);
      button(el, 'what-is-trd').click();
      await el.updateComplete;
      expect(isOpen(el, 'what-is-trd')).to.equal(false);
      expect(seen).to.deep.equal([
        { id: 'what-is-trd', open: true },
        { id: 'what-is-trd', open: false },
      ]);
    });

    it('stamps no answer again when a question opens or closes (each source link is checked once, when its answer is attached)', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      await answersAttached(el);
      // Rendering an answer's sources parses each link (new URL): count those during an open and a close.
      const Original = globalThis.URL;
      let parsed = 0;
      globalThis.URL = new Proxy(Original, {
        construct(target, args) {
          parsed++;
          return Reflect.construct(target, args) as object;
        },
      });
      try {
        button(el, 'how-does-it-work').click();
        await el.updateComplete;
        expect(isOpen(el, 'how-does-it-work')).to.equal(true);
        button(el, 'how-does-it-work').click();
        await el.updateComplete;
      } finally {
        globalThis.URL = Original;
      }
      expect(isOpen(el, 'how-does-it-work')).to.equal(false);
      expect(parsed).to.equal(0);
    });

    it("sets an answer's sources at the footer's type size, so the first answer opened needs no new font size", async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      button(el, 'how-does-it-work').click();
      await el.updateComplete;
      const citations = panel(el, 'how-does-it-work').querySelector('.citations')!;
      expect(getComputedStyle(citations).fontSize).to.equal(getComputedStyle(root(el).querySelector('[part="footer"]')!).fontSize);
    });

    it('fires a bubbling, composed event', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const event = oneEvent(document.body, 'faq-toggle');
      button(el, 'iv-cost').click();
      const fired = (await event) as CustomEvent<FaqToggleDetail>;
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
      expect(fired.detail).to.deep.equal({ id: 'iv-cost', open: true });
    });

    it('toggles with Enter and Space from the real keyboard, keeping focus on the question', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const trigger = button(el, 'how-does-it-work');
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el, 'how-does-it-work')).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(isOpen(el, 'how-does-it-work')).to.equal(false);
      expect(root(el).activeElement).to.equal(trigger);
    });

    it('reaches the questions with Tab, and moves between them with the arrow keys, Home and End', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq single></ketamine-faq>`);
      root(el).querySelector<HTMLButtonElement>('[part="collapse-all"]')!.focus();
      await sendKeys({ press: 'Tab' });
      const ids = allItems(english).map((item) => item.id);
      expect(root(el).activeElement).to.equal(button(el, ids[0]));
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(button(el, ids[1]));
      await sendKeys({ press: 'End' });
      expect(root(el).activeElement).to.equal(button(el, ids[ids.length - 1]));
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(button(el, ids[0]));
      await sendKeys({ press: 'ArrowUp' });
      expect(root(el).activeElement).to.equal(button(el, ids[ids.length - 1]));
      await sendKeys({ press: 'Home' });
      expect(root(el).activeElement).to.equal(button(el, ids[0]));
    });

    it('in single mode, opening one closes the others, reporting both changes, and offers no "Expand all"', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq single></ketamine-faq>`);
      expect(root(el).querySelector('[part="expand-all"]')).to.equal(null);
      const seen = toggles(el);
      button(el, 'iv-cost').click();
      await el.updateComplete;
      button(el, 'insurance').click();
      await el.updateComplete;
      expect(isOpen(el, 'iv-cost')).to.equal(false);
      expect(isOpen(el, 'insurance')).to.equal(true);
      expect(seen).to.deep.equal([
        { id: 'iv-cost', open: true },
        { id: 'iv-cost', open: false },
        { id: 'insurance', open: true },
      ]);
    });

    it('expands and collapses all, firing one event per question that changed', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq category="cost"></ketamine-faq>`);
      const ids = english.categories.find((c) => c.id === 'cost')!.items.map((i) => i.id);
      button(el, ids[0]).click();
      await el.updateComplete;
      const seen = toggles(el);
      const expand = root(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!;
      expect(expand.textContent).to.equal('Expand all');
      expand.click();
      await el.updateComplete;
      for (const id of ids) expect(isOpen(el, id), id).to.equal(true);
      expect(seen).to.deep.equal(ids.slice(1).map((id) => ({ id, open: true })));
      seen.length = 0;
      const collapse = root(el).querySelector<HTMLButtonElement>('[part="collapse-all"]')!;
      expect(collapse.textContent).to.equal('Collapse all');
      collapse.click();
      await el.updateComplete;
      for (const id of ids) expect(isOpen(el, id), id).to.equal(false);
      expect(seen).to.deep.equal(ids.map((id) => ({ id, open: false })));
    });

    it('opens a closed answer when find-in-page reveals it (beforematch)', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      const seen = toggles(el);
      const target = panel(el, 'spravato-visit');
      // What Chromium does on a find-in-page match: fire beforematch, then remove `hidden`.
      target.dispatchEvent(new Event('beforematch', { bubbles: true }));
      target.removeAttribute('hidden');
      await el.updateComplete;
      expect(isOpen(el, 'spravato-visit')).to.equal(true);
      expect(seen).to.deep.equal([{ id: 'spravato-visit', open: true }]);
      // It then closes normally.
      button(el, 'spravato-visit').click();
      await el.updateComplete;
      expect(panel(el, 'spravato-visit').getAttribute('hidden')).to.equal('until-found');
    });

    it('shows every answer when printed', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      const closed = panel(el, 'iv-cost');
      expect(getComputedStyle(closed).contentVisibility).to.equal('hidden');
      await emulateMedia({ media: 'print' });
      try {
        // Closed answers may not be attached yet; turning to print attaches them all.
        await waitUntil(() => closed.querySelector('.answer-body'), 'printing did not attach the closed answers');
        await el.updateComplete;
        expect(getComputedStyle(closed).contentVisibility).to.equal('visible');
        expect(closed.getBoundingClientRect().height).to.be.greaterThan(40);
        expect(getComputedStyle(root(el).querySelector('.toolbar')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.search')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('categories', () => {
    it('shows only the listed categories, in the listed order', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq category="safety,cost"></ketamine-faq>`);
      const categories = [...root(el).querySelectorAll<HTMLElement>('.category')];
      expect(categories.map((c) => c.dataset.category)).to.deep.equal(['safety', 'cost']);
      const expected = ['safety', 'cost'].flatMap((id) => english.categories.find((c) => c.id === id)!.items.map((i) => `faq-${i.id}`));
      expect(items(el).map((i) => i.id)).to.deep.equal(expected);
    });

    it('reports unknown category ids naming the attribute, and keeps the known ones', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('ketamine-faq');
        el.setAttribute('category', 'cost, pricing');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'ketamine-faq', source: 'attribute', path: 'category', message: 'unknown category "pricing"; showing cost' });
        expect(errors.lines).to.include('[ketamine-faq] category: unknown category "pricing"; showing cost');
        await el.updateComplete;
        expect([...root(el).querySelectorAll<HTMLElement>('.category')].map((c) => c.dataset.category)).to.deep.equal(['cost']);
      } finally {
        errors.restore();
      }
    });

    it('falls back to every category when none is known', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<KetamineFaq>(html`<ketamine-faq category="nothing"></ketamine-faq>`);
        expect(items(el).length).to.equal(allItems(english).length);
        expect(errors.lines).to.include('[ketamine-faq] category: unknown category "nothing"; showing all categories');
      } finally {
        errors.restore();
      }
    });
  });

  describe('search', () => {
    it('keeps every keystroke and filters once typing pauses', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      const all = visibleItems(el).length;
      searchInput(el).focus();
      await sendKeys({ type: 'dri' });
      // Something else re-renders while the search is waiting: the typed text must survive it.
      button(el, 'insurance').click();
      await el.updateComplete;
      await sendKeys({ type: 've' });
      expect(searchInput(el).value).to.equal('drive');
      await waitUntil(() => el.query === 'drive', 'the search never applied', { timeout: 3000 });
      await el.updateComplete;
      expect(searchInput(el).value).to.equal('drive');
      expect(visibleItems(el).length).to.be.greaterThan(0).and.below(all);
    });

    it('applies the search at once on Enter', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      searchInput(el).focus();
      await sendKeys({ type: 'cost' });
      await sendKeys({ press: 'Enter' });
      expect(el.query).to.equal('cost');
    });

    it('is absent unless searchable', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      expect(root(el).querySelector('input')).to.equal(null);
    });

    it('has a labelled, described search box and an empty polite live region', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      const input = searchInput(el);
      expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(english.ui.searchLabel);
      expect(root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(english.ui.searchHint);
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('filters as you type, highlights matches and announces the count', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      await typeQuery(el, 'pressure');
      await answersAttached(el);
      const expected = allItems(english).filter((i) => `${i.question} ${i.answer}`.toLowerCase().includes('pressure'));
      expect(expected.length).to.be.greaterThan(1);
      expect(visibleItems(el).map((i) => i.id)).to.deep.equal(expected.map((i) => `faq-${i.id}`));
      expect(status(el)).to.equal(`${expected.length} questions match`);
      expect(root(el).querySelector('[role="status"]')).to.exist;
      const marks = [...root(el).querySelectorAll('mark')].filter((mark) => !mark.closest('.item')!.hasAttribute('hidden'));
      expect(marks.length).to.be.at.least(expected.length);
      for (const mark of marks) expect(mark.textContent!.toLowerCase()).to.equal('pressure');
      expect(el.query).to.equal('pressure');
    });

    it('says "1 question matches" for a single match', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      await typeQuery(el, 'askp3');
      expect(visibleItems(el).map((i) => i.id)).to.deep.equal(['faq-choose-iv-clinic']);
      expect(status(el)).to.equal('1 question matches');
    });

    it('hides category headings with no match', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      el.query = 'ASKP3';
      await el.updateComplete;
      const shown = [...root(el).querySelectorAll<HTMLElement>('.category')].filter((c) => !c.hidden).map((c) => c.dataset.category);
      expect(shown).to.deep.equal(['providers']);
    });

    it('says when nothing matches, offers to clear, and clearing restores everything and refocuses the box', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      await typeQuery(el, 'xylophone');
      expect(visibleItems(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No questions match “xylophone”. Try another word, or clear the search to see all questions.');
      const clear = root(el).querySelector<HTMLButtonElement>('[part="clear-search"]')!;
      expect(clear.textContent).to.equal('Clear search');
      await expect(el).to.be.accessible();
      clear.click();
      await waitUntil(() => root(el).activeElement === searchInput(el));
      expect(searchInput(el).value).to.equal('');
      expect(status(el)).to.equal('');
      expect(visibleItems(el).length).to.equal(allItems(english).length);
    });

    it('clears with Escape', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable></ketamine-faq>`);
      await typeQuery(el, 'cost');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(searchInput(el).value).to.equal('');
      expect(visibleItems(el).length).to.equal(allItems(english).length);
    });

    it('finds Spanish text regardless of accents and case, highlighting the original spelling', async () => {
      const el = await spanishFaq(html`<ketamine-faq lang="es" searchable></ketamine-faq>`);
      await typeQuery(el, 'PRESION');
      const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const expected = allItems(spanish).filter((i) => fold(`${i.question} ${i.answer}`).includes('presion'));
      expect(expected.length).to.be.greaterThan(2);
      expect(visibleItems(el).map((i) => i.id)).to.deep.equal(expected.map((i) => `faq-${i.id}`));
      expect(status(el)).to.equal(`${expected.length} preguntas coinciden`);
      const marks = new Set([...root(el).querySelectorAll('.item:not([hidden]) mark')].map((m) => m.textContent!.toLowerCase()));
      expect(marks).to.deep.equal(new Set(['presión']));
      await expect(el).to.be.accessible();
    });

    it('starts from the query attribute', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq searchable query="ASKP3"></ketamine-faq>`);
      expect(searchInput(el).value).to.equal('ASKP3');
      expect(visibleItems(el).length).to.equal(1);
    });
  });

  describe('deep links', () => {
    // Reduced motion makes the scroll instant (and exercises that path).
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('opens and scrolls to the question named in the URL hash on load', async () => {
      history.replaceState(history.state, '', '#faq-driving-after');
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      await el.updateComplete;
      expect(isOpen(el, 'driving-after')).to.equal(true);
      const item = root(el).getElementById('faq-driving-after')!;
      await waitUntil(() => Math.abs(item.getBoundingClientRect().top) < 5, 'the linked question was not scrolled to the top', { timeout: 3000 });
    });

    it('follows later hash changes, moving focus to the question', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      location.hash = '#faq-insurance';
      await waitUntil(() => isOpen(el, 'insurance'));
      await waitUntil(() => root(el).activeElement === button(el, 'insurance'));
    });

    it('ignores hashes it does not own', async () => {
      history.replaceState(history.state, '', '#faq-does-not-exist');
      const el = await fixture<KetamineFaq>(html`<ketamine-faq category="cost"></ketamine-faq>`);
      location.hash = '#faq-driving-after';
      await aTimeout(50);
      expect(root(el).querySelectorAll('[aria-expanded="true"]').length).to.equal(0);
    });

    it('opens and scrolls to the open attribute, without an event', async () => {
      const seen = toggles(document);
      const el = await fixture<KetamineFaq>(html`<ketamine-faq open="choose-iv-clinic"></ketamine-faq>`);
      await el.updateComplete;
      expect(isOpen(el, 'choose-iv-clinic')).to.equal(true);
      const item = root(el).getElementById('faq-choose-iv-clinic')!;
      await waitUntil(() => item.getBoundingClientRect().top < innerHeight && item.getBoundingClientRect().bottom > 0);
      expect(seen).to.deep.equal([]);
      el.open = 'iv-cost';
      await el.updateComplete;
      expect(isOpen(el, 'iv-cost')).to.equal(true);
    });

    it('reports an open attribute naming no shown question', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('ketamine-faq');
        el.setAttribute('category', 'cost');
        el.setAttribute('open', 'driving-after');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'ketamine-faq', source: 'attribute', path: 'open', message: 'no shown question has the id "driving-after"' });
      } finally {
        errors.restore();
      }
    });

    // Issue 15.4: ids are resolved after the (asynchronous) clinic override has settled.
    describe('to a question a clinic override adds', () => {
      const clinicOverride: FaqOverride = {
        categories: [{ id: 'cost', items: [{ id: 'clinic-a', question: 'Where do I park?', answer: 'Behind the clinic.' }] }],
      };
      const withScript = (el: HTMLElement) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(clinicOverride);
        el.append(script);
      };
      const setProperty = (el: HTMLElement) => ((el as KetamineFaq).content = clinicOverride);

      for (const [how, addOverride] of [
        ['the content property', setProperty],
        ['an inline script', withScript],
      ] as const) {
        it(`open="clinic-a" opens it, with ${how}, and reports nothing`, async () => {
          const errors = captureConsole('error');
          try {
            const wrapper = await fixture<HTMLElement>(html`<div></div>`);
            const reported: ContentErrorDetail[] = [];
            wrapper.addEventListener('content-error', (e) => reported.push((e as CustomEvent<ContentErrorDetail>).detail));
            const el = document.createElement('ketamine-faq');
            el.setAttribute('open', 'clinic-a');
            addOverride(el);
            wrapper.append(el);
            await waitUntil(() => root(el).getElementById('faq-clinic-a') !== null, 'the clinic question', { timeout: 3000 });
            await el.updateComplete;
            expect(isOpen(el, 'clinic-a')).to.equal(true);
            expect(reported).to.deep.equal([]);
            expect(errors.lines).to.deep.equal([]);
          } finally {
            errors.restore();
          }
        });

        it(`#faq-clinic-a opens it on load, with ${how}`, async () => {
          history.replaceState(history.state, '', '#faq-clinic-a');
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement('ketamine-faq');
          addOverride(el);
          wrapper.append(el);
          await waitUntil(() => root(el).getElementById('faq-clinic-a') !== null, 'the clinic question', { timeout: 3000 });
          await el.updateComplete;
          expect(isOpen(el, 'clinic-a')).to.equal(true);
          history.replaceState(history.state, '', location.pathname + location.search);
        });
      }

      it('an open id still unknown once the override has settled is reported, once', async () => {
        const errors = captureConsole('error');
        try {
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const reported: ContentErrorDetail[] = [];
          wrapper.addEventListener('content-error', (e) => reported.push((e as CustomEvent<ContentErrorDetail>).detail));
          const el = document.createElement('ketamine-faq');
          el.setAttribute('open', 'clinic-b');
          setProperty(el);
          wrapper.append(el);
          await waitUntil(() => reported.length > 0, 'the report', { timeout: 3000 });
          expect(root(el).getElementById('faq-clinic-a')).to.not.equal(null);
          expect(reported).to.deep.equal([{ element: 'ketamine-faq', source: 'attribute', path: 'open', message: 'no shown question has the id "clinic-b"' }]);
          // An override that arrives later and adds the question opens it, without another report.
          el.content = { categories: [{ id: 'cost', items: [{ id: 'clinic-b', question: 'Is there a lift?', answer: 'Yes.' }] }] };
          await waitUntil(() => root(el).getElementById('faq-clinic-b') !== null, 'the later clinic question', { timeout: 3000 });
          await el.updateComplete;
          expect(isOpen(el, 'clinic-b')).to.equal(true);
          expect(reported).to.have.length(1);
        } finally {
          errors.restore();
        }
      });
    });

    it('writes the hash only with link-hash, by replaceState, and clears it on close', async () => {
      const length = history.length;
      const plain = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      button(plain, 'iv-cost').click();
      expect(location.hash).to.equal('');

      const el = await fixture<KetamineFaq>(html`<ketamine-faq link-hash></ketamine-faq>`);
      button(el, 'iv-cost').click();
      expect(location.hash).to.equal('#faq-iv-cost');
      button(el, 'insurance').click();
      expect(location.hash).to.equal('#faq-insurance');
      button(el, 'iv-cost').click();
      expect(location.hash).to.equal('#faq-insurance');
      button(el, 'insurance').click();
      expect(location.hash).to.equal('');
      expect(location.href.endsWith('#')).to.equal(false);
      expect(history.length).to.equal(length);
    });
  });

  describe('structured data', () => {
    const parsed = () => JSON.parse(jsonLdScripts()[0].textContent!) as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };

    it('adds nothing without the attribute', async () => {
      await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      expect(jsonLdScripts()).to.deep.equal([]);
    });

    it('describes exactly the shown questions, and is removed with the element', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq structured-data category="safety"></ketamine-faq>`);
      await jsonLdPublished();
      expect(jsonLdScripts().length).to.equal(1);
      const data = parsed();
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q) => q.name)).to.deep.equal(items(el).map(questionText));
      const safety = english.categories.find((c) => c.id === 'safety')!.items;
      expect(data.mainEntity.map((q) => q.acceptedAnswer.text)).to.deep.equal(safety.map((i) => paragraphs(i.answer).join('\n\n')));
      el.remove();
      expect(jsonLdScripts()).to.deep.equal([]);
    });

    it('stays in sync with the category filter, an override and the language', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq structured-data category="cost"></ketamine-faq>`);
      await jsonLdPublished();
      el.category = 'providers';
      await el.updateComplete;
      expect(parsed().mainEntity.map((q) => q.name)).to.deep.equal(items(el).map(questionText));
      el.content = { hide: ['find-spravato-center'] };
      await waitUntil(() => items(el).length === 1);
      expect(parsed().mainEntity.map((q) => q.name)).to.deep.equal([english.categories.find((c) => c.id === 'providers')!.items[1].question]);
      el.setAttribute('lang', 'es');
      await waitUntil(() => parsed().mainEntity[0].name === spanish.categories.find((c) => c.id === 'providers')!.items[1].question);
      el.remove();
    });

    it('keeps a single script for two FAQs, with the union of their questions, until the last one goes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><ketamine-faq structured-data category="cost"></ketamine-faq><ketamine-faq structured-data category="cost,providers"></ketamine-faq></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('ketamine-faq')];
      await first.updateComplete;
      await second.updateComplete;
      await jsonLdPublished();
      await waitUntil(() => parsed().mainEntity.length > english.categories.find((c) => c.id === 'cost')!.items.length, 'the second FAQ did not publish');
      expect(jsonLdScripts().length).to.equal(1);
      const expected = ['cost', 'providers'].flatMap((id) => english.categories.find((c) => c.id === id)!.items.map((i) => i.question));
      expect(parsed().mainEntity.map((q) => q.name)).to.deep.equal(expected);
      second.remove();
      expect(jsonLdScripts().length).to.equal(1);
      expect(parsed().mainEntity.map((q) => q.name)).to.deep.equal(english.categories.find((c) => c.id === 'cost')!.items.map((i) => i.question));
      first.remove();
      expect(jsonLdScripts()).to.deep.equal([]);
    });

    it('stops publishing when the attribute is removed, and comes back on reconnect', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq structured-data category="cost"></ketamine-faq>`);
      await jsonLdPublished();
      el.structuredData = false;
      await el.updateComplete;
      expect(jsonLdScripts()).to.deep.equal([]);
      el.structuredData = true;
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      expect(jsonLdScripts()).to.deep.equal([]);
      parent.append(el);
      await el.updateComplete;
      expect(jsonLdScripts().length).to.equal(1);
      el.remove();
    });

    it('when its code fails to load, reports it once (console and content-error), adds no JSON-LD and still shows the questions', async () => {
      structuredDataModule.replaceLoader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const console = captureConsole('error');
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      // Heard on the document from the start: the failure may come before fixture() returns.
      const errors: ContentErrorDetail[] = [];
      const onError = (event: Event) => errors.push((event as CustomEvent<ContentErrorDetail>).detail);
      document.addEventListener('content-error', onError);
      try {
        const el = await fixture<KetamineFaq>(html`<ketamine-faq structured-data category="cost"></ketamine-faq>`);
        await waitUntil(() => errors.length > 0, 'no content-error for the failed chunk');
        el.category = 'providers';
        await el.updateComplete;
        await aTimeout(20);
        expect(errors).to.deep.equal([
          {
            element: 'ketamine-faq',
            source: 'attribute',
            path: 'structured-data',
            message: 'could not load its code (Failed to fetch dynamically imported module); no JSON-LD added',
          },
        ]);
        expect(console.lines).to.deep.equal([
          '[ketamine-faq] structured-data: could not load its code (Failed to fetch dynamically imported module); no JSON-LD added',
        ]);
        expect(jsonLdScripts()).to.deep.equal([]);
        expect(items(el).length).to.equal(english.categories.find((c) => c.id === 'providers')!.items.length);
        expect(rejections).to.deep.equal([]);
      } finally {
        console.restore();
        document.removeEventListener('content-error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        structuredDataModule.replaceLoader(() => import('./faq-structured-data.js'));
      }
    });
  });

  describe('clinic overrides', () => {
    const override: FaqOverride = {
      categories: [
        {
          id: 'cost',
          title: 'Paying for care',
          items: [{ id: 'clinic-payment-plans', question: 'Do you offer payment plans?', answer: 'Yes. Ask the front desk about monthly plans.' }],
        },
      ],
      hide: ['spravato-cost'],
      ui: { expandAll: 'Open all' },
    };

    it('appends clinic questions to a category, hides by id and replaces UI strings', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq category="cost"></ketamine-faq>`);
      el.content = override;
      await waitUntil(() => root(el).getElementById('faq-clinic-payment-plans') !== null);
      expect(items(el).map((i) => i.id)).to.deep.equal(['faq-iv-cost', 'faq-insurance', 'faq-clinic-payment-plans']);
      expect(root(el).querySelector('.category-title')!.textContent).to.equal('Paying for care');
      expect(root(el).querySelector('[part="expand-all"]')!.textContent).to.equal('Open all');
      // A clinic question without sources renders no citation list.
      expect(root(el).getElementById('faq-clinic-payment-plans')!.querySelector('.citations')).to.equal(null);
    });

    it('renders markup in clinic text as text', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq category="cost"></ketamine-faq>`);
      const payload = '<img src=x onerror="window.__faqXss=1">';
      el.content = { categories: [{ id: 'cost', items: [{ id: 'clinic-xss', question: payload, answer: `${payload} {count} \${x}` }] }] };
      await waitUntil(() => root(el).getElementById('faq-clinic-xss') !== null);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(questionText(root(el).getElementById('faq-clinic-xss')!)).to.equal(payload);
      expect((window as unknown as { __faqXss?: number }).__faqXss).to.equal(undefined);
    });

    it('refuses an invalid inline override naming the path, and renders the full bundled FAQ', async () => {
      const errors = captureConsole('error');
      try {
        const el = document.createElement('ketamine-faq');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify({ categories: [{ id: 'cost', items: [{ id: 'clinic-a', question: 'Parking?', answer: '' }] }] });
        el.append(script);
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'ketamine-faq', source: 'script', path: 'categories[0].items[0].answer', message: 'must not be empty' });
        expect(errors.lines).to.include('[ketamine-faq] content (script): categories[0].items[0].answer: must not be empty');
        await el.updateComplete;
        expect(items(el).length).to.equal(allItems(english).length);
        expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('standard content is shown');
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    // Issue 15.5: reported like <side-effects-list> does, at the path, and the rest of the override applies.
    it("reports unknown ids in hide and in a clinic question's sources at their paths, and applies the rest", async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const reported: ContentErrorDetail[] = [];
        wrapper.addEventListener('content-error', (e) => reported.push((e as CustomEvent<ContentErrorDetail>).detail));
        const el = document.createElement('ketamine-faq');
        el.setAttribute('category', 'cost');
        el.content = {
          categories: [{ id: 'cost', items: [{ id: 'clinic-a', question: 'Parking?', answer: 'Behind the clinic.', sources: ['no-such-source'] }] }],
          hide: ['spravato-cost', 'no-such-question', 'clinic-a'],
        };
        wrapper.append(el);
        await waitUntil(() => reported.length === 2, 'two reports', { timeout: 3000 });
        expect(reported).to.deep.equal([
          { element: 'ketamine-faq', source: 'property', path: 'categories[0].items[0].sources[0]', message: 'unknown source id "no-such-source"; ignored' },
          { element: 'ketamine-faq', source: 'property', path: 'hide[1]', message: 'unknown question id "no-such-question"; ignored' },
        ]);
        expect(errors.lines).to.include('[ketamine-faq] content (property): hide[1]: unknown question id "no-such-question"; ignored');
        await el.updateComplete;
        expect(items(el).map((i) => i.id)).to.deep.equal(['faq-iv-cost', 'faq-insurance']);
        expect(root(el).querySelector('[part="error"]')).to.equal(null);
      } finally {
        errors.restore();
      }
    });

    it('refuses a clinic question that reuses a bundled id', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('ketamine-faq');
        el.content = { categories: [{ id: 'cost', items: [{ id: 'insurance', question: 'Insurance?', answer: 'We take most plans.' }] }] };
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail.path).to.equal('categories[0].items[0].id');
        expect(detail.source).to.equal('property');
        expect(detail.message).to.contain('already a bundled question');
      } finally {
        errors.restore();
      }
    });
  });

  describe('Spanish', () => {
    it('renders the Spanish content and UI', async () => {
      const el = await spanishFaq(html`<ketamine-faq lang="es" searchable></ketamine-faq>`);
      await answersAttached(el);
      expect(items(el).map(questionText)).to.deep.equal(allItems(spanish).map((i) => i.question));
      expect([...root(el).querySelectorAll('.category-title')].map((h) => h.textContent)).to.deep.equal(spanish.categories.map((c) => c.title));
      expect(root(el).querySelector('[part="expand-all"]')!.textContent).to.equal('Abrir todas');
      expect(root(el).querySelector('label')!.textContent).to.equal(spanish.ui.searchLabel);
      expect(root(el).querySelector('.citations-heading')!.textContent).to.equal('Fuentes');
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal(spanish.ui.regionLabel);
    });

    it('keeps open questions open across a language switch', async () => {
      const el = await fixture<KetamineFaq>(html`<ketamine-faq></ketamine-faq>`);
      button(el, 'iv-cost').click();
      el.setAttribute('lang', 'es');
      await waitUntil(() => questionText(root(el).getElementById('faq-iv-cost')!) === '¿Cuánto cuesta la ketamina IV?');
      expect(isOpen(el, 'iv-cost')).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible closed and all open, theme=${theme}`, async () => {
        const el = await fixture<KetamineFaq>(html`<ketamine-faq theme=${theme} searchable></ketamine-faq>`);
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
        await el.updateComplete;
        expect(root(el).querySelectorAll('[aria-expanded="false"]').length).to.equal(0);
        await expect(el).to.be.accessible();
      });

      it(`is accessible with search matches highlighted, theme=${theme}`, async () => {
        const el = await fixture<KetamineFaq>(html`<ketamine-faq theme=${theme} searchable query="spravato"></ketamine-faq>`);
        root(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
        await el.updateComplete;
        expect(root(el).querySelectorAll('mark').length).to.be.greaterThan(5);
        await expect(el).to.be.accessible();
      });

      it(`is accessible in Spanish, single mode, theme=${theme}`, async () => {
        const el = await spanishFaq(html`<ketamine-faq lang="es" single theme=${theme} heading-level="2"></ketamine-faq>`);
        button(el, 'serious-risks').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('layout', () => {
    it('reflows at 320 px without horizontal overflow', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><ketamine-faq searchable></ketamine-faq></div>`);
      const el = wrapper.querySelector('ketamine-faq')!;
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const trigger of root(el).querySelectorAll<HTMLElement>('.question-button, .toolbar button, input')) {
        expect(trigger.getBoundingClientRect().height, trigger.className).to.be.at.least(44);
        expect(trigger.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  });
});
