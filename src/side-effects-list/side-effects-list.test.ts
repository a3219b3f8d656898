import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import en from '../../content/en/side-effects.json';
import es from '../../content/es/side-effects.json';
import type { SideEffectsContent } from '../content/schemas/side-effects.js';
import type { ContentErrorDetail } from '../content/override.js';
import './define.js';
import type { SideEffectsList } from './side-effects-list.js';

const EN = en as SideEffectsContent;
const ES = es as SideEffectsContent;

function captureConsole(method: 'error' | 'warn') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console[method] = original) };
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: SideEffectsList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: SideEffectsList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const shadowText = (el: SideEffectsList) => clean(el.shadowRoot!.textContent);
const shownIds = (el: SideEffectsList) => $$(el, '[part="effect"]').map((item) => item.dataset.id!);
const groupKeys = (el: SideEffectsList) => $$(el, '[part="group"]').map((group) => group.dataset.group!);
const groupIds = (el: SideEffectsList, key: string) =>
  [...el.shadowRoot!.querySelector(`[part="group"][data-group="${key}"]`)!.querySelectorAll<HTMLElement>('[part="effect"]')].map((item) => item.dataset.id!);
const item = (el: SideEffectsList, id: string) => $$(el, '[part="effect"]').find((node) => node.dataset.id === id)!;
const allIds = EN.effects.map((effect) => effect.id);

/** Mounts an element in a wrapper that records `content-error` events from the first update on. */
async function mountWatched(setup: (el: SideEffectsList) => void) {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const events: ContentErrorDetail[] = [];
  wrapper.addEventListener('content-error', (event) => events.push((event as CustomEvent<ContentErrorDetail>).detail));
  const el = document.createElement('side-effects-list');
  setup(el);
  wrapper.append(el);
  await el.updateComplete;
  return { el, events };
}

describe('<side-effects-list>', function () {
  // axe over a long list, and the dev server's first compile of the lazy zod chunk, are slow on a busy machine.
  this.timeout(60000);

  before(async () => {
    // Warm the lazily loaded override validator so override tests time the element, not the dev server.
    await import('./side-effects-override.js');
  });

  describe('default rendering', () => {
    it('layout="full": groups every side effect by timing, in order, under the content headings', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list layout="full"></side-effects-list>`);
      expect(groupKeys(el)).to.deep.equal(['during', 'hours-after', 'long-term']);
      expect($$(el, '.group-heading').map((node) => clean(node.textContent))).to.deep.equal([
        EN.labels.timing.during.heading,
        EN.labels.timing['hours-after'].heading,
        EN.labels.timing['long-term'].heading,
      ]);
      for (const key of ['during', 'hours-after', 'long-term'] as const) {
        expect(groupIds(el, key), key).to.deep.equal(EN.effects.filter((effect) => effect.timing === key).map((effect) => effect.id));
      }
      expect([...shownIds(el)].sort()).to.deep.equal([...allIds].sort());
    });

    it('layout="full": names each side effect in a heading and shows its severity as icon plus text', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list layout="full"></side-effects-list>`);
      for (const effect of EN.effects) {
        const node = item(el, effect.id);
        expect(clean(node.querySelector('h4')!.textContent)).to.equal(effect.name);
        const badge = node.querySelector('[part="severity"]')!;
        expect(clean(badge.textContent)).to.equal(EN.labels.severity[effect.severity].label);
        expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        expect(badge.classList.contains(effect.severity)).to.equal(true);
      }
      // Shapes differ between severities, so colour is never the only cue.
      const shape = (id: string) => item(el, id).querySelector('[part="severity"] svg')!.innerHTML;
      expect(shape('dissociation')).not.to.equal(shape('bladder-problems'));
      expect(shape('vomiting')).not.to.equal(shape('dissociation'));
    });

    it('shows what the clinic does, the routes and the sources of each side effect', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      const dissociation = item(el, 'dissociation');
      expect(clean(dissociation.querySelector('.clinic-action')!.textContent)).to.equal(`What the clinic does: ${EN.effects[0].clinicAction}`);
      expect(clean(dissociation.querySelector('.routes')!.textContent)).to.contain('Reported for: IV infusion');
      const links = [...dissociation.querySelectorAll<HTMLAnchorElement>('[part="citation-link"]')].map((link) => link.href);
      expect(links).to.include('https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc');
      expect(links).to.have.length(EN.effects[0].sources.length);
    });

    it('renders the footer from the shared base', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      expect(clean($(el, '[part="disclaimer"]')!.textContent)).to.contain('not medical advice');
      expect($(el, '.footer time')!.getAttribute('datetime')).to.equal(EN.reviewed);
    });
  });

  describe('group-by="severity"', () => {
    it('groups by severity with the timing shown on each item', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list group-by="severity" layout="full"></side-effects-list>`);
      expect(groupKeys(el)).to.deep.equal(['common', 'less-common', 'serious']);
      for (const key of ['common', 'less-common', 'serious'] as const) {
        expect(groupIds(el, key), key).to.deep.equal(EN.effects.filter((effect) => effect.severity === key).map((effect) => effect.id));
      }
      expect(groupIds(el, 'serious')).to.include.members(['deep-sedation', 'bladder-problems', 'liver-problems', 'dependence-misuse']);
      expect(clean(item(el, 'bladder-problems').querySelector('.badge.timing')!.textContent)).to.equal('When: With frequent or long-term use');
    });

    it('switches back to timing when the property changes', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list group-by="severity"></side-effects-list>`);
      el.groupBy = 'timing';
      await el.updateComplete;
      expect(groupKeys(el)).to.deep.equal(['during', 'hours-after', 'long-term']);
      expect($(el, '.badge.timing')).to.equal(null);
    });
  });

  describe('route filter', () => {
    for (const route of ['iv', 'nasal', 'im', 'oral'] as const) {
      it(`route="${route}" shows only what is reported for it, with the route note`, async () => {
        const el = await fixture<SideEffectsList>(html`<side-effects-list route=${route}></side-effects-list>`);
        const expected = EN.effects.filter((effect) => (effect.routes as string[]).includes(route)).map((effect) => effect.id);
        expect(expected.length).to.be.greaterThan(0);
        expect(expected.length).to.be.lessThan(allIds.length);
        expect(shownIds(el)).to.have.members(expected);
        const info = EN.routes.find((entry) => entry.id === route)!;
        const note = clean($(el, '[part="route-note"]')!.textContent);
        expect(note).to.contain(`Showing side effects reported for: ${info.label}`);
        expect(note).to.contain(info.note);
      });
    }

    it('hides spray-only effects for IV and the IV liver signal for the spray', async () => {
      const iv = await fixture<SideEffectsList>(html`<side-effects-list route="iv"></side-effects-list>`);
      expect(shownIds(iv)).to.include('liver-problems').and.not.include('vertigo').and.not.include('nose-discomfort');
      const nasal = await fixture<SideEffectsList>(html`<side-effects-list route="nasal"></side-effects-list>`);
      expect(shownIds(nasal)).to.include('vertigo').and.not.include('liver-problems');
    });

    it('still says the numbers come from SPRAVATO studies when filtered to IV', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list route="iv"></side-effects-list>`);
      expect(clean($(el, '[part="route-note"]')!.textContent)).to.contain('not IV ketamine');
      expect(clean($(el, '[part="frequency-note"]')!.textContent)).to.equal(EN.effectsSection.frequencyNote);
      expect(clean(item(el, 'dissociation').querySelector('.frequency-words')!.textContent)).to.contain('In SPRAVATO studies of');
    });

    it('follows a change of the route property, and no route shows everything', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list route="oral"></side-effects-list>`);
      el.route = null;
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(allIds.length);
      expect($(el, '[part="route-note"]')).to.equal(null);
    });
  });

  describe('sections (show)', () => {
    it('shows effects, cautions and the help block by default', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      expect($(el, '[part="help"]')).to.exist;
      expect($(el, '[part="effects"]')).to.exist;
      expect($(el, '[part="cautions"]')).to.exist;
    });

    it('show="contraindications" keeps the label contraindications apart from the careful-review list', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list show="contraindications"></side-effects-list>`);
      expect($(el, '[part="effects"]')).to.equal(null);
      expect($(el, '[part="help"]')).to.equal(null);
      const contraindications = $(el, '[part="contraindications"]')!;
      const review = $(el, '[part="review-needed"]')!;
      const idsIn = (node: HTMLElement) => [...node.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id);
      expect(idsIn(contraindications)).to.deep.equal(['aneurysm-avm', 'brain-bleed', 'allergy']);
      expect(idsIn(review)).to.deep.equal(['psychosis', 'substance-use', 'heart-blood-pressure', 'pregnancy', 'liver', 'other-medicines']);
      expect(contraindications.contains(review)).to.equal(false);
      expect(clean(contraindications.querySelector('h3')!.textContent)).to.equal(EN.cautions.contraindications.heading);
      expect(clean(contraindications.textContent)).to.contain('only these three');
      expect(clean(review.textContent)).not.to.contain('aneurysm');
    });

    it('show="effects" brings the help block along', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list show="effects"></side-effects-list>`);
      expect($(el, '[part="effects"]')).to.exist;
      expect($(el, '[part="help"]')).to.exist;
      expect($(el, '[part="cautions"]')).to.equal(null);
    });

    it('show="help" shows only the help block', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list show="help"></side-effects-list>`);
      expect($$(el, 'section').map((node) => node.getAttribute('part'))).to.deep.equal(['help']);
    });
  });

  describe('frequencies', () => {
    it('match the content in words, bars and bar text for every side effect', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      for (const effect of EN.effects) {
        const node = item(el, effect.id);
        const meters = [...node.querySelectorAll('meter')];
        if (!effect.frequency) {
          expect(meters, effect.id).to.have.length(0);
          continue;
        }
        const expected =
          effect.frequency.placeboPercent === undefined ? [effect.frequency.percent] : [effect.frequency.percent, effect.frequency.placeboPercent];
        expect(
          meters.map((meter) => meter.value),
          effect.id,
        ).to.deep.equal(expected);
        expect(
          meters.map((meter) => meter.getAttribute('aria-label')),
          effect.id,
        ).to.deep.equal(expected.map((percent, index) => `${index === 0 ? 'SPRAVATO' : 'Placebo spray'}: ${percent}% of people`));
        const words = clean(node.querySelector('.frequency-words')!.textContent);
        const population = EN.studies.find((study) => study.id === effect.frequency!.study)!.population;
        expect(words, effect.id).to.contain(population);
        expect(words.includes('placebo spray'), effect.id).to.equal(effect.frequency.placeboPercent !== undefined);
      }
    });

    it('words dissociation, nausea and headache as a patient would read them', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      const words = (id: string) => clean(item(el, id).querySelector('.frequency-words')!.textContent);
      expect(words('dissociation')).to.equal(
        'How often: In SPRAVATO studies of adults with depression that other medicines had not helped, this happened to about 4 in 10 people who took SPRAVATO, compared with about 1 in 10 people who took a placebo spray.',
      );
      expect(words('nausea')).to.equal(
        'How often: In SPRAVATO studies of adults with depression that other medicines had not helped, this happened to about 3 in 10 people who took SPRAVATO.',
      );
      expect(words('headache')).to.contain('about 20 in 100 people who took SPRAVATO, compared with about 17 in 100 people who took a placebo spray');
      expect(words('frequent-urination')).to.contain('about 3 in 100 people who took SPRAVATO, compared with fewer than 1 in 100 people');
      expect(words('slurred-speech')).to.contain('compared with no one who took a placebo spray');
      const shown = [...item(el, 'dissociation').querySelectorAll('.bar-value')].map((node) => clean(node.textContent));
      expect(shown).to.deep.equal(['41%', '9%']);
    });
  });

  describe('Get help now', () => {
    it('offers 911, 988 by call and text, and the clinic', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      const help = $(el, '[part="help"]')!;
      expect(clean(help.querySelector('h2')!.textContent)).to.equal('Get help now');
      const hrefs = [...help.querySelectorAll<HTMLAnchorElement>('[part="help-action"]')].map((link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
      const text = clean(help.textContent);
      for (const words of [
        'Call 911 right away for:',
        'Chest pain',
        'Trouble breathing',
        'A sudden, severe headache',
        'Confusion',
        'Call or text 988 for:',
        'Call your clinic for:',
      ]) {
        expect(text).to.contain(words);
      }
      expect(text).not.to.contain('press 3');
    });

    it('adds a call button with the clinic name when the clinic set a phone', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list clinic-name="Lakeside Clinic" phone="(555) 010-2345"></side-effects-list>`);
      const step = $(el, '[data-step="clinic"]')!;
      expect(clean(step.querySelector('h3')!.textContent)).to.equal('Call Lakeside Clinic for:');
      const call = step.querySelector<HTMLAnchorElement>('[part="help-action"]')!;
      expect(call.getAttribute('href')).to.equal('tel:5550102345');
      expect(clean(call.textContent)).to.equal('Call Lakeside Clinic: (555) 010-2345');
    });

    it('is set apart with the danger surface, in light and dark', async () => {
      const light = await fixture<SideEffectsList>(html`<side-effects-list theme="light"></side-effects-list>`);
      expect(getComputedStyle($(light, '[part="help"]')!).backgroundColor).to.equal('rgb(253, 236, 234)');
      const dark = await fixture<SideEffectsList>(html`<side-effects-list theme="dark"></side-effects-list>`);
      expect(getComputedStyle($(dark, '[part="help"]')!).backgroundColor).to.equal('rgb(59, 21, 18)');
      expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(21, 24, 28)');
    });

    it('has buttons at least 44 px tall', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list phone="555 010 2345"></side-effects-list>`);
      for (const link of $$(el, '[part="help-action"]')) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('summary layout (the default, issue 17.5)', () => {
    const KEY = EN.effects.filter((effect) => effect.severity === 'serious' || (effect.frequency?.percent ?? 0) >= 20).map((effect) => effect.id);
    const visibleIds = (el: SideEffectsList) =>
      $$(el, '[part="effect"]')
        .filter((node) => node.checkVisibility())
        .map((node) => node.dataset.id!);
    const showAll = (el: SideEffectsList) => $(el, '[part="show-all"]') as HTMLButtonElement;

    it('shows the help block, the serious and the 1-in-5 side effects as one-line disclosures, and says so', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      expect($(el, '[part="help"]')!.checkVisibility()).to.equal(true);
      expect(visibleIds(el)).to.deep.equal(KEY);
      expect(KEY).to.include.members(['dissociation', 'nausea', 'deep-sedation', 'thinking-driving', 'liver-problems']);
      for (const id of KEY) expect(item(el, id).querySelector('details')!.open, id).to.equal(false);
      expect(clean($(el, '[part="summary-note"]')!.textContent)).to.equal(EN.labels.summaryNote);
      expect(clean(showAll(el).textContent)).to.equal(`Show all ${EN.effects.length} side effects`);
      expect(showAll(el).getAttribute('aria-expanded')).to.equal('false');
      // Every effect is still in the page (find-in-page reaches it), waiting in hidden="until-found".
      expect(shownIds(el)).to.have.length(allIds.length);
      for (const block of $$(el, '.more')) expect(block.getAttribute('hidden')).to.equal('until-found');
      const controlled = showAll(el).getAttribute('aria-controls')!.split(' ');
      expect(controlled).to.deep.equal($$(el, '.more').map((block) => block.id));
      expect($(el, '[part="cautions"]')!.checkVisibility()).to.equal(true);
    });

    it('is much shorter than the full list', async () => {
      const summary = await fixture<SideEffectsList>(html`<side-effects-list style="display:block;width:800px"></side-effects-list>`);
      const full = await fixture<SideEffectsList>(html`<side-effects-list layout="full" style="display:block;width:800px"></side-effects-list>`);
      const height = (el: SideEffectsList) => el.getBoundingClientRect().height;
      expect(height(summary)).to.be.below(height(full) / 2.5);
    });

    it('"Show all" works from the keyboard, shows every side effect, and "Show fewer" goes back', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      showAll(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleIds(el)).to.have.members(allIds);
      expect(showAll(el).getAttribute('aria-expanded')).to.equal('true');
      expect(clean(showAll(el).textContent)).to.equal(EN.labels.showFewer);
      expect(el.shadowRoot!.activeElement).to.equal(showAll(el));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(visibleIds(el)).to.deep.equal(KEY);
      expect(showAll(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('find-in-page reveals a waiting side effect (beforematch) and the button follows', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      const taste = item(el, 'taste-change');
      expect(taste.checkVisibility()).to.equal(false);
      // What Chromium does on a find-in-page match: fire beforematch on the hidden block, then remove \`hidden\`.
      const block = taste.closest<HTMLElement>('.more')!;
      block.dispatchEvent(new Event('beforematch', { bubbles: true }));
      block.removeAttribute('hidden');
      await el.updateComplete;
      expect(taste.checkVisibility()).to.equal(true);
      expect(showAll(el).getAttribute('aria-expanded')).to.equal('true');
      expect(visibleIds(el)).to.have.members(allIds);
    });

    it('by severity, a group with no side effect shown first waits whole, heading included', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list group-by="severity"></side-effects-list>`);
      const lessCommon = $(el, '[part="group"][data-group="less-common"]')!;
      expect(lessCommon.getAttribute('hidden')).to.equal('until-found');
      const heading = lessCommon.querySelector<HTMLElement>('.group-heading')!;
      expect(heading.checkVisibility()).to.equal(false);
      expect(lessCommon.getBoundingClientRect().height).to.equal(0);
      showAll(el).click();
      await el.updateComplete;
      expect(heading.checkVisibility()).to.equal(true);
    });

    it('prints every side effect, without the button', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '.more')!).contentVisibility).to.equal('visible');
        expect(getComputedStyle(showAll(el)).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('with nothing to hide (layout="full", or a route whose effects are all key ones) there is no button and no note', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list layout="full"></side-effects-list>`);
      expect(showAll(el)).to.equal(null);
      expect($(el, '[part="summary-note"]')).to.equal(null);
      expect(visibleIds(el)).to.have.members(allIds);
      expect($(el, 'details.effect-details')).to.equal(null);
    });

    it('switching layout="full" → summary at run time hides the rest again', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list layout="full"></side-effects-list>`);
      el.layout = null;
      await el.updateComplete;
      expect(visibleIds(el)).to.deep.equal(KEY);
    });

    it('Spanish strings for the note and the button', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list lang="es"></side-effects-list>`);
      await waitUntil(() => $(el, '#effects-heading')?.textContent === ES.effectsSection.heading);
      expect(clean($(el, '[part="summary-note"]')!.textContent)).to.equal(ES.labels.summaryNote);
      expect(clean(showAll(el).textContent)).to.equal(`Ver los ${ES.effects.length} efectos secundarios`);
    });
  });

  describe('compact', () => {
    it('makes each side effect a closed disclosure showing its name and severity', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list compact></side-effects-list>`);
      const items = $$(el, '[part="effect"]');
      expect(items).to.have.length(allIds.length);
      for (const node of items) {
        const details = node.querySelector('details')!;
        expect(details.open).to.equal(false);
        const summary = clean(details.querySelector('summary')!.textContent);
        const effect = EN.effects.find((entry) => entry.id === node.dataset.id)!;
        expect(summary).to.contain(effect.name).and.contain(EN.labels.severity[effect.severity].label);
      }
      expect($(el, 'h4')).to.equal(null);
    });

    it('opens with the keyboard and reveals the details', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list compact></side-effects-list>`);
      const summary = item(el, 'dissociation').querySelector('summary')!;
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);
      const details = summary.parentElement as HTMLDetailsElement;
      const body = details.querySelector<HTMLElement>('.effect-body')!;
      expect(body.checkVisibility()).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details.open);
      expect(body.checkVisibility()).to.equal(true);
      expect(clean(details.querySelector('.frequency-words')!.textContent)).to.contain('about 4 in 10 people');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !details.open);
    });

    it('turns the disclosure marker animation off when reduced motion is asked for', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list compact></side-effects-list>`);
      const marker = () => getComputedStyle(item(el, 'dissociation').querySelector('summary')!, '::before').transitionDuration;
      expect(marker()).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(marker()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('Spanish', () => {
    it('renders every word from the Spanish content', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list lang="es" layout="full"></side-effects-list>`);
      await waitUntil(() => $(el, '#effects-heading')?.textContent === ES.effectsSection.heading);
      expect(clean($(el, '[part="help"] h2')!.textContent)).to.equal('Busque ayuda ahora');
      expect(clean($(el, '[data-step="clinic"] h3')!.textContent)).to.equal('Llame a su clínica si tiene:');
      expect(clean(item(el, 'dissociation').querySelector('.frequency-words')!.textContent)).to.contain(
        'esto les pasó a alrededor de 4 de cada 10 personas que usaron SPRAVATO, comparado con alrededor de 1 de cada 10 personas que usaron un spray placebo',
      );
      expect(item(el, 'dissociation').querySelector('meter')!.getAttribute('aria-label')).to.equal('SPRAVATO: 41% de las personas');
      expect(clean(item(el, 'dissociation').querySelector('.routes')!.textContent)).to.contain(' y Por la boca');
      expect(shownIds(el)).to.deep.equal(ES.effects.map((effect) => effect.id));
      const text = shadowText(el);
      for (const english of ['How often', 'What the clinic does', 'Reported for', 'Get help now']) expect(text).not.to.contain(english);
    });

    it('groups by severity in Spanish', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list lang="es" group-by="severity"></side-effects-list>`);
      await waitUntil(() => $(el, '.group-heading')?.textContent === 'Comunes');
      expect($$(el, '.group-heading').map((node) => clean(node.textContent))).to.deep.equal(['Comunes', 'Menos comunes', 'Graves']);
    });
  });

  describe('bad attributes', () => {
    const cases: [string, string, string][] = [
      ['group-by', 'x', '"x" is not timing or severity; grouping by timing'],
      ['route', 'xyz', '"xyz" is not one of iv, nasal, im, oral; showing every route'],
      ['show', 'foo', '"foo" is not a section (use effects, contraindications, help); showing all sections'],
      ['layout', 'long', '"long" is not summary or full; using the summary layout'],
    ];
    for (const [attribute, value, message] of cases) {
      it(`${attribute}="${value}": console error, content-error naming the attribute, default rendered`, async () => {
        const errors = captureConsole('error');
        try {
          const { el, events } = await mountWatched((node) => node.setAttribute(attribute, value));
          expect(events).to.deep.equal([{ element: 'side-effects-list', source: 'attribute', path: attribute, message }]);
          expect(errors.lines).to.deep.equal([`[side-effects-list] ${attribute}: ${message}`]);
          expect(groupKeys(el)).to.deep.equal(['during', 'hours-after', 'long-term']);
          expect(shownIds(el)).to.have.length(allIds.length);
          expect($(el, '[part="help"]')).to.exist;
          expect($(el, '[part="cautions"]')).to.exist;
        } finally {
          errors.restore();
        }
      });
    }

    it('settles on the last value after rapid changes, without stale errors', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
        for (let round = 0; round < 50; round++) {
          el.setAttribute('route', round % 2 ? 'nope' : 'iv');
          el.setAttribute('group-by', round % 3 ? 'severity' : 'bad');
        }
        el.setAttribute('route', 'nasal');
        el.setAttribute('group-by', 'severity');
        await el.updateComplete;
        expect(groupKeys(el)).to.deep.equal(['common', 'less-common', 'serious']);
        expect(shownIds(el)).to.include('vertigo').and.not.include('liver-problems');
        errors.lines.length = 0;
        el.requestUpdate();
        await el.updateComplete;
        expect(errors.lines).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('treats empty attributes as not set', async () => {
      const errors = captureConsole('error');
      try {
        const { el, events } = await mountWatched((node) => {
          node.setAttribute('group-by', '');
          node.setAttribute('route', '');
          node.setAttribute('show', '');
        });
        expect(events).to.deep.equal([]);
        expect(errors.lines).to.deep.equal([]);
        expect(shownIds(el)).to.have.length(allIds.length);
      } finally {
        errors.restore();
      }
    });
  });

  describe('clinic override', () => {
    it('hides side effects by id and adds clinic notes', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list clinic-name="Lakeside Clinic"></side-effects-list>`);
      el.content = {
        hide: ['vertigo', 'liver-problems'],
        clinicNote: 'We give nausea medicine before each session.',
        notes: [{ id: 'nausea', text: 'Ask us for a tablet.' }],
      };
      await waitUntil(() => !shownIds(el).includes('vertigo'), 'override applied', { timeout: 20000 });
      expect(shownIds(el)).not.to.include('liver-problems');
      expect(shownIds(el)).to.have.length(allIds.length - 2);
      expect(clean($(el, '[part="clinic-note"]')!.textContent)).to.equal('A note from Lakeside Clinic We give nausea medicine before each session.');
      expect(clean(item(el, 'nausea').querySelector('[part="item-note"]')!.textContent)).to.equal('A note from Lakeside Clinic: Ask us for a tablet.');
      expect($(el, '[part="help"]')).to.exist;
      expect($$(el, '[part="contraindications"] li[data-id]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('applies an inline JSON script', async () => {
      const el = await fixture<SideEffectsList>(
        html`<side-effects-list
          ><script type="application/json">
            { "hide": ["dissociation"] }
          </script></side-effects-list
        >`,
      );
      await waitUntil(() => !shownIds(el).includes('dissociation'), 'override applied', { timeout: 20000 });
      expect(shownIds(el)).to.have.length(allIds.length - 1);
    });

    it('reports an unknown id with the exact path, and applies the rest of the override (issue 15.5)', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('side-effects-list');
        el.content = { hide: ['vertigo', 'nope'] };
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'side-effects-list', source: 'property', path: 'hide[1]', message: 'unknown side effect id "nope"; ignored' });
        expect(errors.lines).to.include('[side-effects-list] content (property): hide[1]: unknown side effect id "nope"; ignored');
        await el.updateComplete;
        expect(shownIds(el)).to.have.length(allIds.length - 1);
        expect(shownIds(el)).not.to.include('vertigo');
        expect($(el, '[part="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('refuses unknown keys in an inline script', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('side-effects-list');
        el.innerHTML = '<script type="application/json">{"hide": ["vertigo"], "help": null}</script>';
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail.source).to.equal('script');
        expect(detail.message).to.contain('help');
        await el.updateComplete;
        expect(shownIds(el)).to.include('vertigo');
      } finally {
        errors.restore();
      }
    });

    it('renders markup and template syntax in notes as text', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      const hostile = '<img src=x onerror="window.__pwned=1"> ${7*7} {{7*7}} $&';
      el.content = { clinicNote: hostile, notes: [{ id: 'headache', text: hostile }] };
      await waitUntil(() => $(el, '[part="clinic-note"]') !== null, 'override applied', { timeout: 20000 });
      expect(clean($(el, '[part="clinic-note"]')!.textContent)).to.contain(hostile);
      expect($(el, 'img')).to.equal(null);
      const withHandlers = $$(el, '*').filter((node) => [...node.attributes].some((attribute) => attribute.name.startsWith('on')));
      expect(withHandlers).to.deep.equal([]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps hidden items hidden after switching to Spanish', async () => {
      const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
      el.content = { hide: ['vertigo'] };
      await waitUntil(() => !shownIds(el).includes('vertigo'), 'override applied', { timeout: 20000 });
      el.setAttribute('lang', 'es');
      await waitUntil(() => $(el, '#effects-heading')?.textContent === ES.effectsSection.heading);
      expect(shownIds(el)).not.to.include('vertigo');
      expect(shownIds(el)).to.have.length(allIds.length - 1);
    });
  });

  describe('layout', () => {
    it('reflows at 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px"><side-effects-list clinic-name="Lakeside Clinic" phone="555 010 2345"></side-effects-list></div>`,
      );
      const el = wrapper.querySelector('side-effects-list')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const overflowing = $$(el, '*').filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5);
      expect(overflowing.map((node) => node.className || node.localName)).to.deep.equal([]);
    });
  });

  describe('accessibility (axe) in every state, light and dark', () => {
    const states: [string, (theme: string) => ReturnType<typeof html>][] = [
      [
        'default',
        (theme) =>
          html`<side-effects-list theme=${theme} clinic-name="Lakeside Clinic" phone="555 010 2345" booking-url="https://book.example/"></side-effects-list>`,
      ],
      ['by severity', (theme) => html`<side-effects-list theme=${theme} group-by="severity"></side-effects-list>`],
      ['route iv', (theme) => html`<side-effects-list theme=${theme} route="iv"></side-effects-list>`],
      ['route nasal', (theme) => html`<side-effects-list theme=${theme} route="nasal"></side-effects-list>`],
      ['route im', (theme) => html`<side-effects-list theme=${theme} route="im"></side-effects-list>`],
      ['route oral', (theme) => html`<side-effects-list theme=${theme} route="oral"></side-effects-list>`],
      ['compact', (theme) => html`<side-effects-list theme=${theme} compact></side-effects-list>`],
      ['layout full', (theme) => html`<side-effects-list theme=${theme} layout="full"></side-effects-list>`],
      ['layout full, compact', (theme) => html`<side-effects-list theme=${theme} layout="full" compact></side-effects-list>`],
      ['contraindications only', (theme) => html`<side-effects-list theme=${theme} show="contraindications"></side-effects-list>`],
      ['help only', (theme) => html`<side-effects-list theme=${theme} show="help"></side-effects-list>`],
    ];
    for (const theme of ['light', 'dark']) {
      for (const [name, template] of states) {
        it(`${name}, ${theme}`, async () => {
          const el = await fixture<SideEffectsList>(template(theme));
          await expect(el).to.be.accessible();
        });
      }

      it(`summary layout after "Show all", by severity, ${theme}`, async () => {
        const el = await fixture<SideEffectsList>(html`<side-effects-list theme=${theme} group-by="severity"></side-effects-list>`);
        $(el, '[part="show-all"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`compact with every item open, ${theme}`, async () => {
        const el = await fixture<SideEffectsList>(html`<side-effects-list theme=${theme} compact group-by="severity"></side-effects-list>`);
        for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
        await expect(el).to.be.accessible();
      });

      it(`Spanish, ${theme}`, async () => {
        const el = await fixture<SideEffectsList>(html`<side-effects-list theme=${theme} lang="es"></side-effects-list>`);
        await waitUntil(() => $(el, '#effects-heading')?.textContent === ES.effectsSection.heading);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('content review 2026-11-30: side-effects fixes (S1, ES1)', () => {
  const ES = es as SideEffectsContent;
  const review = (content: SideEffectsContent, id: string) => content.cautions.reviewNeeded.items.find((entry) => entry.id === id)!.text;

  it('never lists a past stroke as review-only without saying a bleed in the brain rules SPRAVATO out', async () => {
    expect(review(EN, 'heart-blood-pressure')).to.contain('a past stroke caused by a blood clot');
    expect(review(EN, 'heart-blood-pressure')).to.contain('A past bleed in the brain is different: it is a reason never to use SPRAVATO.');
    expect(review(ES, 'heart-blood-pressure')).to.contain('un accidente cerebrovascular (ACV) causado por un coágulo');
    expect(JSON.stringify(ES)).not.to.contain('derrame');

    const el = await fixture<SideEffectsList>(html`<side-effects-list></side-effects-list>`);
    expect(el.shadowRoot!.textContent).to.contain('a past stroke caused by a blood clot');
    expect(el.shadowRoot!.textContent).to.contain('A past bleed in the brain (a bleeding stroke).');
  });
});
