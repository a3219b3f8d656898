// What a screen reader gets from <cost-estimator>: the accessibility tree (CDP) and the live
// region over time (issue 14.2, audit defect 3).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../content/en/cost.json';
import es from '../../content/es/cost.json';
import { axTree, type AxNode } from '../shared/test/ax-tree.js';
import { liveRegionsIn, recordLiveRegions } from '../shared/test/live-region-recorder.js';
import { ANNOUNCE_DELAY_MS } from '../shared/announcement-controller.js';
import './define.js';
import type { CostEstimator } from './cost-estimator.js';

const CONTENT = { en, es } as const;
const input = (el: CostEstimator, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const exposed = (tree: readonly AxNode[], role: string) => tree.filter((node) => node.role === role && !node.ignored);
const names = (tree: readonly AxNode[], role: string) => exposed(tree, role).map((node) => node.name);

/** Replaces the field's text key by key, as a person types, `gapMs` between keys. */
async function typeSlowly(el: CostEstimator, id: string, value: string, gapMs: number) {
  const field = input(el, id);
  field.focus();
  field.select();
  for (const key of value) {
    await sendKeys({ type: key });
    await aTimeout(gapMs);
  }
  await el.updateComplete;
}

/** Sets the whole value at once, as a paste does. */
async function paste(el: CostEstimator, id: string, value: string) {
  const field = input(el, id);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Long enough for any pending announcement to be spoken. */
const pause = () => aTimeout(ANNOUNCE_DELAY_MS + 400);

async function mount(markup = html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`) {
  const el = await fixture<CostEstimator>(markup);
  const recorder = recordLiveRegions(liveRegionsIn(el.shadowRoot!));
  return { el, recorder };
}

describe('<cost-estimator> for screen readers', function () {
  this.timeout(30000);

  describe('announcements (live region over time)', () => {
    it('has one polite status region, silent on arrival', async () => {
      const { el, recorder } = await mount();
      const regions = liveRegionsIn(el.shadowRoot!);
      expect(regions).to.have.length(1);
      expect(regions[0].getAttribute('aria-live')).to.equal('polite');
      await pause();
      expect(recorder.texts()).to.deep.equal([]);
    });

    it('speaks one total, for the value in the field, a second after the last key', async () => {
      const { el, recorder } = await mount();
      await typeSlowly(el, 'price', '480', 150);
      const afterLastKey = recorder.elapsed();
      await pause();
      expect(recorder.texts()).to.deep.equal(['Estimated total: $2,880.']);
      expect(recorder.announcements[0].politeness).to.equal('polite');
      // Spoken after the pause (measured from 150 ms after the last key), not with a key.
      expect(recorder.announcements[0].at - afterLastKey).to.be.at.least(ANNOUNCE_DELAY_MS - 200);
    });

    it('never speaks a total for a value no longer in the field (450 → 200000, over the maximum)', async () => {
      const { el, recorder } = await mount();
      await typeSlowly(el, 'price', '200000', 150);
      await pause();
      // Before: "Estimated total: $120,250." for the passing "20000" while the screen showed the error.
      expect(recorder.texts()).to.deep.equal(['Enter a number from 0.01 to 100,000.']);
    });

    it('cancels a waiting total when the field turns invalid, and says the error once', async () => {
      const { el, recorder } = await mount();
      await paste(el, 'price', '500');
      await aTimeout(300);
      await paste(el, 'price', '-5');
      await pause();
      expect(recorder.texts()).to.deep.equal(['Enter a number from 0.01 to 100,000.']);
      // Still invalid for the same reason: not said again.
      await paste(el, 'price', '-55');
      await pause();
      expect(recorder.texts()).to.deep.equal(['Enter a number from 0.01 to 100,000.']);
      // Fixed: the total for the fixed value, even though it is the total from before the error.
      await paste(el, 'price', '450');
      await pause();
      expect(recorder.texts()).to.deep.equal(['Enter a number from 0.01 to 100,000.', 'Estimated total: $2,700.']);
    });

    it('says nothing when a value returns to the one last spoken before the pause ends', async () => {
      const { el, recorder } = await mount();
      await paste(el, 'price', '4500');
      await aTimeout(300);
      await paste(el, 'price', '450');
      await pause();
      expect(recorder.texts()).to.deep.equal([]);
    });

    it('speaks the error of a field emptied with no range to fall back on', async () => {
      const { el, recorder } = await mount(html`<cost-estimator treatment="im" prices='{"im": 350}'></cost-estimator>`);
      await paste(el, 'price', '');
      await pause();
      expect(recorder.texts()).to.deep.equal(['Enter a number.']);
    });

    it('announces in Spanish, and a language switch alone says nothing', async () => {
      const { el } = await mount();
      el.setAttribute('lang', 'es');
      await waitUntil(() => el.shadowRoot!.querySelector('#title')?.textContent?.includes(es.title), 'Spanish shown');
      // The Spanish render may stamp a new region: record the one on screen now.
      const recorder = recordLiveRegions(liveRegionsIn(el.shadowRoot!));
      await pause();
      expect(recorder.texts()).to.deep.equal([]);
      await paste(el, 'price', '500');
      await pause();
      expect(recorder.texts()).to.have.length(1);
      expect(recorder.texts()[0]).to.match(/^Total estimado: .*3[.,\s]?000/);
    });
  });

  it('shows the chosen option in full in a 320 px wide estimator (es and en), without sideways scrolling', async () => {
    for (const [lang, treatment] of [
      ['es', 'iv'],
      ['en', 'oral'],
    ] as const) {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><cost-estimator lang=${lang} treatment=${treatment}></cost-estimator></div>`);
      const el = wrapper.querySelector<CostEstimator>('cost-estimator')!;
      await waitUntil(() => el.shadowRoot!.querySelector('#title')?.textContent?.trim() === CONTENT[lang].title, 'content shown');
      const coverage = el.shadowRoot!.querySelector<HTMLSelectElement>('#coverage')!;
      for (const select of el.shadowRoot!.querySelectorAll('select')) {
        // The customizable select wraps the value; where it does not exist the native one still cuts it.
        if (!CSS.supports('appearance', 'base-select')) continue;
        expect(select.scrollWidth, `${lang} #${select.id}`).to.be.at.most(select.clientWidth);
        expect(select.getBoundingClientRect().height).to.be.at.least(44);
      }
      expect(coverage.selectedOptions[0].textContent).to.equal(CONTENT[lang].form.coverageOptions.none);
      expect(el.scrollWidth).to.be.at.most(320);
    }
  });

  it('arrow keys change a price by whole units', async () => {
    const { el } = await mount();
    input(el, 'price').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input(el, 'price').value).to.equal('451');
  });

  describe('accessibility tree (CDP)', () => {
    for (const lang of ['en', 'es'] as const) {
      const content = CONTENT[lang];
      it(`${lang}: headings, groups, labelled controls and the result table have their roles and names`, async () => {
        const el = await fixture<CostEstimator>(html`<cost-estimator lang=${lang} prices='{"iv": 450}'></cost-estimator>`);
        await waitUntil(() => el.shadowRoot!.querySelector('#title')?.textContent?.trim() === content.title, 'content shown');
        const tree = await axTree('cost-estimator');
        const f = content.form;
        expect(names(tree, 'heading')).to.include.members([content.title, content.result.heading, content.notesHeading]);
        expect(names(tree, 'group')).to.include.members([f.planLegend, f.priceLegend, f.maintenanceLegend, f.insuranceLegend]);
        expect(names(tree, 'combobox')).to.deep.equal([f.planLabel, f.maintenanceLabel, f.coverageLabel]);
        const spinbuttons = exposed(tree, 'spinbutton');
        expect(spinbuttons.map((node) => node.name)).to.deep.equal([f.priceLabel.replace('{currency}', 'USD'), f.feeLabel.replace('{currency}', 'USD')]);
        for (const node of spinbuttons) expect(node.invalid ?? 'false').to.equal('false');
        expect(names(tree, 'region')).to.include(content.result.heading);
        expect(names(tree, 'table')).to.deep.equal([content.result.caption]);
        expect(names(tree, 'rowheader')).to.include(content.result.totalRow);
        const status = exposed(tree, 'status');
        expect(status).to.have.length(1);
        expect(status[0].live).to.equal('polite');
      });

      it(`${lang}: an invalid field is exposed as invalid, with its error in the description`, async () => {
        const el = await fixture<CostEstimator>(html`<cost-estimator lang=${lang} prices='{"iv": 450}'></cost-estimator>`);
        await waitUntil(() => el.shadowRoot!.querySelector('#title')?.textContent?.trim() === content.title, 'content shown');
        await paste(el, 'price', '-5');
        const tree = await axTree('cost-estimator');
        const price = exposed(tree, 'spinbutton')[0];
        expect(price.invalid).to.equal('true');
        expect(price.description).to.contain(content.errors.outOfRange.split('{')[0].trim());
      });
    }
  });
});
