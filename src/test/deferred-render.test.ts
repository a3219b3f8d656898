// Issue 18: on a page with all four, the widgets below the first viewport render after the first
// paint (src/shared/first-render-scheduler.ts). What a reader, a screen reader, print and a deep
// link get must not change: only when.
import { expect, fixtureCleanup, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import type { CostEstimator } from '../cost-estimator/cost-estimator.js';
import type { KetamineFaq } from '../ketamine-faq/ketamine-faq.js';
import { exposedAxNodes, describe as describeAx } from '../shared/test/ax-tree.js';

const TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;
const rendered = (el: Element) => !!el.shadowRoot?.querySelector('[part~="footer"]');
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const isOpen = (el: KetamineFaq, id: string) => el.shadowRoot!.querySelector(`#faq-${id}-question`)?.getAttribute('aria-expanded') === 'true';

let page: HTMLElement | null = null;
/** A clinic-like page: a heading and an intro, then the given elements, each in its section. */
function clinicPage(tags: readonly string[], { spacerScreens = 0 } = {}): HTMLElement[] {
  page = document.createElement('main');
  page.innerHTML = `<h1>Ketamine treatment</h1><p>Read the answers below.</p>${spacerScreens ? `<div style="height: ${spacerScreens * innerHeight}px"></div>` : ''}`;
  const els = tags.map((tag) => {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = tag;
    const el = document.createElement(tag);
    el.setAttribute('clinic-name', 'Lakeside Mind Clinic');
    section.append(heading, el);
    page!.append(section);
    return el;
  });
  document.body.append(page);
  return els;
}

describe('widgets below the first viewport (issue 18)', () => {
  afterEach(() => {
    window.dispatchEvent(new Event('beforeprint'));
    page?.remove();
    page = null;
    fixtureCleanup();
    history.replaceState(history.state, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('renders the FAQ at the top at once and the three below it after the first paint, with every first-render event still sent', async () => {
    // The quiz sends quiz-step for the first question it shows, on its first render.
    const steps: boolean[] = [];
    const onStep = (event: Event) => steps.push(rendered(event.target as Element));
    document.addEventListener('quiz-step', onStep);
    try {
      const [faq, ...below] = clinicPage(TAGS);
      await nextTask();
      expect(rendered(faq)).to.equal(true);
      expect(faq.getBoundingClientRect().bottom).to.be.greaterThan(innerHeight);
      expect(below.map(rendered)).to.deep.equal([false, false, false]);
      expect(steps).to.deep.equal([]);
      expect((below[1] as CostEstimator).estimate).to.equal(null);
      await waitUntil(() => below.every(rendered), 'every widget rendered in idle time', { timeout: 5000 });
      expect(steps).to.deep.equal([true]);
      expect((below[1] as CostEstimator).estimate).to.not.equal(null);
      // What assistive technology gets once they have rendered: every widget's headings and controls.
      await expect(page!).to.be.accessible();
      const quizHeadings = describeAx(await exposedAxNodes('candidacy-quiz'), 'heading');
      expect(quizHeadings.length).to.be.greaterThan(0);
      expect(
        describeAx(await exposedAxNodes('cost-estimator'), 'combobox').length + describeAx(await exposedAxNodes('cost-estimator'), 'radio').length,
      ).to.be.greaterThan(0);
    } finally {
      document.removeEventListener('quiz-step', onStep);
    }
  });

  it('moves nothing inside the viewport when the widgets below render', async () => {
    const [faq, ...below] = clinicPage(TAGS);
    await nextTask();
    await nextFrame();
    const before = faq.getBoundingClientRect();
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    await waitUntil(() => below.every(rendered), 'every widget rendered', { timeout: 5000 });
    await nextFrame();
    await nextFrame();
    observer.disconnect();
    expect(faq.getBoundingClientRect().top).to.equal(before.top);
    expect(shifts).to.deep.equal([]);
  });

  it('prints every widget: beforeprint renders the waiting ones with every FAQ answer attached', async () => {
    const [faq] = clinicPage(['ketamine-faq'], { spacerScreens: 3 }) as KetamineFaq[];
    await nextTask();
    expect(rendered(faq)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(faq)).to.equal(true);
    await faq.updateComplete;
    const answers = [...faq.shadowRoot!.querySelectorAll('[id$="-answer"]')];
    expect(answers.length).to.be.greaterThan(30);
    expect(answers.filter((answer) => !answer.textContent!.trim())).to.deep.equal([]);
  });

  describe('deep links', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('a #faq-<id> in the URL on load: the FAQ far below renders at once, opens the question and scrolls to it', async () => {
      history.replaceState(history.state, '', '#faq-insurance');
      const [faq] = clinicPage(['ketamine-faq'], { spacerScreens: 3 }) as KetamineFaq[];
      await nextTask();
      expect(rendered(faq)).to.equal(true);
      await faq.updateComplete;
      expect(isOpen(faq, 'insurance')).to.equal(true);
      const item = faq.shadowRoot!.getElementById('faq-insurance')!;
      await waitUntil(() => Math.abs(item.getBoundingClientRect().top) < 5, 'scrolled to the linked question', { timeout: 3000 });
    });

    it('a later hashchange into a waiting FAQ renders it, opens the question, scrolls to it and moves focus there', async () => {
      const [faq] = clinicPage(['ketamine-faq'], { spacerScreens: 3 }) as KetamineFaq[];
      await nextTask();
      expect(rendered(faq)).to.equal(false);
      location.hash = '#faq-insurance';
      await waitUntil(() => rendered(faq) && isOpen(faq, 'insurance'), 'the linked question open');
      const item = faq.shadowRoot!.getElementById('faq-insurance')!;
      await waitUntil(() => Math.abs(item.getBoundingClientRect().top) < 5, 'scrolled to the linked question', { timeout: 3000 });
      await waitUntil(() => faq.shadowRoot!.activeElement?.id === 'faq-insurance-question', 'focus on the linked question');
    });
  });
});
