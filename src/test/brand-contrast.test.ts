// Issue 14.3: a clinic's brand colour never costs contrast. Whatever `--kw-accent` (light) or
// `--kw-dark-accent` (dark) a clinic sets, the text of every button, link, call to action and
// crisis button still reaches 4.5:1, measured on the colours Chromium renders.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../index.js';
import { failures, paintedRgba, quizToResultWithCrisis, textContrasts, type TextContrast } from './rendered-contrast.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A light, a dark and two mid colours: yellow fails white text, navy fails a dark surface. */
const BRANDS = ['#f5c542', '#1a1a40', '#3a7bd5', '#e4572e'];

const ELEMENTS: { name: string; render: () => TemplateResult; prepare?: (el: Widget) => Promise<void> }[] = [
  {
    name: 'ketamine-faq',
    render: () =>
      html`<ketamine-faq
        searchable
        open="what-is-ketamine-therapy"
        clinic-name="Lakeside"
        phone="(555) 010-2345"
        booking-url="https://example.com/book"
      ></ketamine-faq>`,
  },
  {
    name: 'side-effects-list',
    render: () => html`<side-effects-list clinic-name="Lakeside" phone="(555) 010-2345" booking-url="https://example.com/book"></side-effects-list>`,
  },
  {
    name: 'cost-estimator',
    render: () => html`<cost-estimator clinic-name="Lakeside" phone="(555) 010-2345" booking-url="https://example.com/book"></cost-estimator>`,
  },
  {
    name: 'candidacy-quiz',
    render: () => html`<candidacy-quiz clinic-name="Lakeside" phone="(555) 010-2345" booking-url="https://example.com/book"></candidacy-quiz>`,
    prepare: quizToResultWithCrisis,
  },
];

async function rendered(entry: (typeof ELEMENTS)[number]): Promise<Widget> {
  const el = await fixture<Widget>(entry.render());
  await el.updateComplete;
  await entry.prepare?.(el);
  // Sources sit in closed disclosures: open them, so their links are measured too.
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await el.updateComplete;
  return el;
}

const has = (contrasts: readonly TextContrast[], pattern: RegExp) => contrasts.some((entry) => pattern.test(entry.where));

describe('brand colours keep 4.5:1 (issue 14.3)', () => {
  for (const entry of ELEMENTS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${entry.name}, ${theme}: every text, button, link and call to action under ${BRANDS.join(', ')}`, async () => {
        const el = await rendered(entry);
        el.setAttribute('theme', theme);
        const token = theme === 'light' ? '--kw-accent' : '--kw-dark-accent';
        for (const brand of BRANDS) {
          el.style.setProperty(token, brand);
          const contrasts = textContrasts(el.shadowRoot!);
          // The measurement covers what the issue names, so it cannot pass by measuring nothing.
          expect(has(contrasts, /^a\[part=cta-book\]\.button /), 'primary call to action measured').to.equal(true);
          expect(has(contrasts, /^a\[part=cta-call\]\.button\.secondary /), 'secondary call to action measured').to.equal(true);
          expect(has(contrasts, /^a(\[part=[\w-]+\])? "/), 'a plain link (not a button) measured').to.equal(true);
          expect(failures(contrasts), `${brand} in ${theme}`).to.deep.equal([]);
        }
      });
    }
  }

  it('the crisis buttons (Call 988 / Text 988 / Call 911) are measured in side-effects-list and the quiz', async () => {
    for (const entry of ELEMENTS.filter((e) => e.name === 'side-effects-list' || e.name === 'candidacy-quiz')) {
      const el = await rendered(entry);
      el.style.setProperty('--kw-accent', '#f5c542');
      const crisis = textContrasts(el.shadowRoot!).filter((c) => /"(Call|Text) (988|911)"/.test(c.where));
      expect(crisis.length, entry.name).to.be.at.least(3);
      expect(failures(crisis), entry.name).to.deep.equal([]);
    }
  });

  it('text on an accent button is black on a light brand and white on a dark one', async () => {
    const el = await rendered(ELEMENTS[2]);
    const cta = el.shadowRoot!.querySelector('[part="cta-book"]')!;
    el.style.setProperty('--kw-accent', '#f5c542');
    const onLight = getComputedStyle(cta).color;
    el.style.setProperty('--kw-accent', '#1a1a40');
    const onDark = getComputedStyle(cta).color;
    expect([onLight, onDark]).to.deep.equal(['color(xyz-d65 0 0 0)', 'color(xyz-d65 0.95047 1 1.08883)']);
  });

  it('keeps a brand colour that already passes as it is (the default accent, links and fill)', async () => {
    const el = await rendered(ELEMENTS[2]);
    el.style.setProperty('--kw-accent', '#1a1a40');
    const link = el.shadowRoot!.querySelector('[part="cta-call"]')!;
    expect(paintedRgba(getComputedStyle(link).color)).to.deep.equal([0x1a, 0x1a, 0x40, 1]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is axe-clean with a light brand colour (${theme})`, async () => {
      for (const entry of ELEMENTS) {
        const el = await rendered(entry);
        el.setAttribute('theme', theme);
        el.style.setProperty(theme === 'light' ? '--kw-accent' : '--kw-dark-accent', '#f5c542');
        await expect(el).to.be.accessible();
      }
    });
  }
});
