// Issue 14.4: every element's headings fit the host page's outline. `heading-level` (2–6,
// default 2) is the level of an element's top headings; the inner ones sit one and two levels
// below, as h2–h6 or, past h6, role="heading" aria-level. Levels are read from the DOM.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../index.js';
import type { ContentErrorDetail } from '../content/override.js';
import { quizToResultWithCrisis } from './rendered-contrast.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; headingLevel: number | null };

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A heading's level as assistive technology gets it: aria-level, else the tag's number. */
const levelOf = (heading: Element) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Each heading's text with its level, in document order. */
const outline = (el: Widget) => [...el.shadowRoot!.querySelectorAll(HEADINGS)].map((h) => [levelOf(h), textOf(h)] as const);

const ELEMENTS: { name: string; render: (level: string | null) => TemplateResult; prepare?: (el: Widget) => Promise<void>; tiers: number }[] = [
  { name: 'ketamine-faq', render: (level) => html`<ketamine-faq heading-level=${level ?? ''}></ketamine-faq>`, tiers: 2 },
  // The full layout: its side effects are headings (the default summary layout makes them one-line disclosures).
  { name: 'side-effects-list', render: (level) => html`<side-effects-list layout="full" heading-level=${level ?? ''}></side-effects-list>`, tiers: 3 },
  {
    name: 'cost-estimator',
    render: (level) => html`<cost-estimator heading-level=${level ?? ''} .content=${{ clinicNote: 'Ask us about payment plans.' }}></cost-estimator>`,
    // The clinic note (the third tier) arrives once the override validator has loaded.
    prepare: (el) => waitUntil(() => el.shadowRoot!.querySelector('.clinic-note'), 'clinic note shown', { timeout: 10_000 }),
    tiers: 3,
  },
  {
    name: 'candidacy-quiz',
    render: (level) => html`<candidacy-quiz heading-level=${level ?? ''}></candidacy-quiz>`,
    prepare: quizToResultWithCrisis,
    tiers: 3,
  },
];

async function rendered(entry: (typeof ELEMENTS)[number], level: string | null): Promise<Widget> {
  const el = await fixture<Widget>(entry.render(level));
  await el.updateComplete;
  await entry.prepare?.(el);
  await el.updateComplete;
  return el;
}

function captureConsole() {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = original) };
}

describe('heading-level (issue 14.4)', () => {
  for (const entry of ELEMENTS) {
    describe(entry.name, () => {
      it('defaults to 2: top headings h2, never an h1, inner ones below', async () => {
        const levels = outline(await rendered(entry, null)).map(([level]) => level);
        expect(Math.min(...levels)).to.equal(2);
        expect([...new Set(levels)].sort()).to.deep.equal([2, 3, 4].slice(0, entry.tiers));
      });

      it('shifts every heading by heading-level, keeping the outline shape (2 → 6)', async () => {
        const base = outline(await rendered(entry, null));
        for (const level of [3, 4, 5, 6]) {
          const shifted = outline(await rendered(entry, String(level)));
          expect(
            shifted.map(([, text]) => text),
            `level ${level}`,
          ).to.deep.equal(base.map(([, text]) => text));
          expect(
            shifted.map(([l]) => l),
            `level ${level}`,
          ).to.deep.equal(base.map(([l]) => l + level - 2));
        }
      });

      it('uses role="heading" with aria-level past h6, and reaches assistive technology that way', async () => {
        const el = await rendered(entry, '6');
        const deep = [...el.shadowRoot!.querySelectorAll('[role="heading"]')];
        expect(deep.length).to.be.greaterThan(0);
        for (const heading of deep) expect(Number(heading.getAttribute('aria-level'))).to.be.within(7, 8);
        await expect(el).to.be.accessible();
      });

      for (const bad of ['nine', '1', '7', '3.5']) {
        it(`refuses heading-level="${bad}" with a console error naming it and a content-error, and uses 2`, async () => {
          const errors = captureConsole();
          try {
            const wrapper = await fixture<HTMLElement>(html`<div></div>`);
            const event = oneEvent(wrapper, 'content-error');
            const el = document.createElement(entry.name) as Widget;
            el.setAttribute('heading-level', bad);
            wrapper.append(el);
            const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
            const message = `"${bad}" is not a whole number from 2 to 6; using 2`;
            expect(detail).to.deep.equal({ element: entry.name, source: 'attribute', path: 'heading-level', message });
            expect(errors.lines).to.include(`[${entry.name}] heading-level: ${message}`);
            await el.updateComplete;
            // (The estimator's prepare waits for the clinic note this element was not given.)
            if (entry.name !== 'cost-estimator') await entry.prepare?.(el);
            expect(Math.min(...outline(el).map(([level]) => level))).to.equal(2);
          } finally {
            errors.restore();
          }
        });
      }
    });
  }

  it('ketamine-faq: categories and questions never share a level', async () => {
    for (const level of ['2', '3', '4', '5', '6']) {
      const el = await rendered(ELEMENTS[0], level);
      const category = el.shadowRoot!.querySelector('.category-title')!;
      const question = el.shadowRoot!.querySelector('.question')!;
      expect([levelOf(category), levelOf(question)], level).to.deep.equal([Number(level), Number(level) + 1]);
    }
  });

  it('keeps the text size of each tier whatever the level (sizes follow the tier, not the tag)', async () => {
    for (const entry of ELEMENTS.slice(1)) {
      const sizes = async (level: string | null) =>
        [...(await rendered(entry, level)).shadowRoot!.querySelectorAll(HEADINGS)].map((h) => getComputedStyle(h).fontSize);
      expect(await sizes('6'), entry.name).to.deep.equal(await sizes(null));
    }
  });
});
