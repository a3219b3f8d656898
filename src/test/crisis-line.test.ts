// Issue 13: every widget shows the crisis line (988, 911) in its shared footer, in English and
// Spanish, with tel: links, and neither page CSS nor a clinic override can remove it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import enCommon from '../../content/en/common.json';
import esCommon from '../../content/es/common.json';

const TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const crisisLine = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="crisis-line"]') ?? null;

/** An override for each element that hides or rewrites as much as its schema allows. */
const OVERRIDES: Record<(typeof TAGS)[number], unknown> = {
  'ketamine-faq': { hide: ['find-spravato-center'] },
  'side-effects-list': { clinicNote: 'Our own note.' },
  'cost-estimator': { clinicNote: 'Our own note.' },
  'candidacy-quiz': {},
};

describe('the crisis line in every widget (issue 13)', () => {
  for (const tag of TAGS) {
    for (const [lang, common] of [
      ['en', enCommon],
      ['es', esCommon],
    ] as const) {
      it(`<${tag} lang="${lang}"> shows the crisis line with 988 and 911 as tel: links`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
        const el = document.createElement(tag);
        wrapper.append(el);
        await waitUntil(() => crisisLine(el) && squash(crisisLine(el)!.textContent!) === squash(common.crisisShort), `the ${lang} crisis line`, {
          timeout: 4000,
        });
        const line = crisisLine(el)!;
        expect(line.textContent)
          .to.match(/\b988\b/)
          .and.to.match(/\b911\b/);
        if (lang === 'es') {
          expect(common.crisisShort).to.contain('español');
          expect(line.textContent).to.contain('español');
        }
        const hrefs = [...line.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.include.members(['tel:988', 'tel:911']);
        // Visible: laid out, not behind a toggle.
        expect(line.closest('details')).to.equal(null);
        expect(line.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }

    it(`<${tag}>: page CSS on ::part(crisis-line) and ::part(footer) cannot hide it, nor can an override`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}::part(crisis-line), ${tag}::part(footer) { display: none !important; visibility: hidden !important; opacity: 0 !important; }`;
      document.head.append(style);
      try {
        const el = await fixture<HTMLElement & { content: unknown }>(html`<div></div>`).then((wrapper) => {
          const element = document.createElement(tag) as HTMLElement & { content: unknown };
          element.content = OVERRIDES[tag];
          wrapper.append(element);
          return element;
        });
        await waitUntil(() => crisisLine(el), 'the crisis line', { timeout: 4000 });
        const line = crisisLine(el)!;
        const styles = getComputedStyle(line);
        expect([styles.display, styles.visibility, styles.opacity]).to.deep.equal(['block', 'visible', '1']);
        expect(line.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(squash(line.textContent!)).to.equal(squash(enCommon.crisisShort));
      } finally {
        style.remove();
      }
    });
  }
});
