import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CostEstimator, EstimateChangeDetail } from './cost-estimator.js';
import type { ContentErrorDetail } from '../content/override.js';
import costEn from '../../content/en/cost.json';

function captureConsole(method: 'error' | 'warn') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console[method] = original) };
}

const $ = <T extends Element = HTMLElement>(el: CostEstimator, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: CostEstimator) => text(el.shadowRoot as unknown as Element);
/** Each breakdown row as [item, cost]. */
const rows = (el: CostEstimator) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
const row = (el: CostEstimator, label: string) => rows(el).find(([item]) => item.startsWith(label))?.[1];
const input = (el: CostEstimator, id: string) => $<HTMLInputElement>(el, `#${id}`)!;

async function typeInto(el: CostEstimator, id: string, value: string) {
  const field = input(el, id);
  field.focus();
  field.value = '';
  if (value === '') field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  else await sendKeys({ type: value });
  await el.updateComplete;
}

/** Sets the whole value at once, as a paste does, so no shorter prefix is ever valid in between. */
async function pasteInto(el: CostEstimator, id: string, value: string) {
  const field = input(el, id);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: CostEstimator, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Never NaN, Infinity, undefined, [object Object], exponent notation or a negative amount. */
function expectNoBadNumbers(el: CostEstimator) {
  const all = shadowText(el);
  for (const bad of ['NaN', 'Infinity', '∞', 'undefined', '[object', '-$', '−$', '$-', 'e+']) expect(all, bad).not.to.contain(bad);
}

async function expectAccessibleInBothThemes(el: CostEstimator) {
  el.theme = 'light';
  el.setAttribute('theme', 'light');
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  el.setAttribute('theme', 'dark');
  await el.updateComplete;
  await expect(el).to.be.accessible();
}

describe('<cost-estimator>', function () {
  // axe runs on a large shadow tree, twice per state; a busy CI machine needs the room.
  this.timeout(60_000);

  describe('defaults (en-US, USD, labelled published example)', () => {
    it('estimates the IV course from the New York City example and labels it as such, never as "typical"', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator></cost-estimator>`);
      expect($<HTMLSelectElement>(el, '#plan')!.value).to.equal('iv');
      expect(input(el, 'price').value).to.equal('');
      expect(text($(el, '#price-hint'))).to.equal('Leave it empty to use $500 to $1,000 per session: New York City example (2022).');
      expect(text($(el, '[part="details"]'))).to.contain('$500 to $1,000New York City example (2022). Self-pay prices');
      expect(rows(el)).to.deep.equal([
        ['First course (2 to 3 weeks) 6 sessions at $500 to $1,000 each', '$3,000 to $6,000'],
        ['Consultation (one time)', '$0'],
        ['Total before insurance', '$3,000 to $6,000'],
        ['First year before insurance', '$3,000 to $6,000'],
      ]);
      expect(text($(el, '[part="estimate-note"]'))).to.equal(
        'This is an estimate, not a quote. The clinic confirms its prices, and your insurer confirms what it pays.',
      );
      expect(text($(el, '[part="disclaimer-prices"]'))).to.contain('published examples, not quotes');
      expect(text(el.shadowRoot!.querySelector('section.estimator')).toLowerCase()).not.to.contain('typical');
      expect(el.estimate!.isRange).to.equal(true);
      expectNoBadNumbers(el);
      await expectAccessibleInBothThemes(el);
    });

    it('uses real form controls with labels, limits and input modes', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator></cost-estimator>`);
      const price = input(el, 'price');
      expect(price.type).to.equal('number');
      // Arrows move by whole units from 0 (issue 14.6); cents can still be typed.
      expect([price.min, price.max, price.step, price.inputMode]).to.deep.equal(['0', '100000', '1', 'decimal']);
      expect(text(el.shadowRoot!.querySelector('label[for="price"]'))).to.equal('Price per session (USD)');
      expect(el.shadowRoot!.querySelectorAll('fieldset > legend').length).to.equal(4);
      for (const control of el.shadowRoot!.querySelectorAll('input, select')) {
        expect(el.shadowRoot!.querySelector(`label[for="${control.id}"]`), control.id).to.exist;
        expect(control.getBoundingClientRect().height, control.id).to.be.at.least(44);
      }
    });

    it('shows the SPRAVATO label schedule as two phases, day 1 at the 56 mg price, and the 2019 list price label', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator treatment="spravato"></cost-estimator>`);
      expect(rows(el).slice(0, 2)).to.deep.equal([
        ['Weeks 1 to 4, twice a week 8 sessions at $590 to $885 each', '$4,720 to $6,785'],
        ['Weeks 5 to 8, once a week 4 sessions at $590 to $885 each', '$2,360 to $3,540'],
      ]);
      // $590 + 11 × $885: day 1 is always 56 mg.
      expect(row(el, 'Total before insurance')).to.equal('$7,080 to $10,325');
      expect(text($(el, '#price-hint'))).to.equal(
        'Leave it empty to use $590 to $885 per session: 2019 list price of the drug only; visit and 2-hour observation fees extra.',
      );
      expect(text($(el, '[part="details"]'))).to.contain('The SPRAVATO label says twice a week in weeks 1 to 4');
      expect(text($(el, '[part="details"]'))).to.contain('The first dose is always the lower dose (56 mg)');
    });

    it('offers only the label maintenance schedules for SPRAVATO, and resets a choice the new plan lacks', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450, "spravato": 600}'></cost-estimator>`);
      const options = () => [...$<HTMLSelectElement>(el, '#maintenance')!.options].map((option) => option.value);
      expect(options()).to.deep.equal(['none', 'every-2-weeks', 'monthly', 'every-2-months', 'custom']);
      await choose(el, 'maintenance', 'monthly');
      expect(rows(el)[1][0]).to.contain('Maintenance for 12 months');
      await choose(el, 'plan', 'spravato');
      expect(options()).to.deep.equal(['none', 'weekly', 'every-2-weeks']);
      expect($<HTMLSelectElement>(el, '#maintenance')!.value).to.equal('none');
      expect(
        rows(el)
          .map((cells) => cells[0])
          .some((label) => label.startsWith('Maintenance')),
      ).to.equal(false);
      await choose(el, 'maintenance', 'weekly');
      expect(text($<HTMLSelectElement>(el, '#maintenance')!.selectedOptions[0])).to.equal('Once a week');
      expect(rows(el)[2]).to.deep.equal(['Maintenance for 12 months 52 sessions at $600 each', '$31,200']);
      await expectAccessibleInBothThemes(el);
    });

    it('asks for a price where none is published, without an error', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator treatment="oral"></cost-estimator>`);
      expect(text($(el, '[part="empty"]'))).to.equal('Enter a price per session to see an estimate.');
      expect(input(el, 'price').getAttribute('aria-invalid')).to.equal('false');
      expect(text($(el, '#price-hint'))).to.contain('We have no checked price for this treatment');
      expect(text($(el, '[part="details"]'))).to.contain('We have no checked price for this treatment. It varies, so ask the clinic.');
      expect(el.estimate).to.equal(null);
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('clinic prices', () => {
    it('prefills the clinic price per plan and formats whole dollars', async () => {
      const el = await fixture<CostEstimator>(
        html`<cost-estimator prices='{"iv": 450, "spravato": {"low": 600, "high": 900}}' consultation-fee="250"></cost-estimator>`,
      );
      expect(input(el, 'price').value).to.equal('450');
      expect(input(el, 'fee').value).to.equal('250');
      expect(rows(el)).to.deep.equal([
        ['First course (2 to 3 weeks) 6 sessions at $450 each', '$2,700'],
        ['Consultation (one time)', '$250'],
        ['Total before insurance', '$2,950'],
        ['First year before insurance', '$2,950'],
      ]);
      await choose(el, 'plan', 'spravato');
      expect(input(el, 'price').value).to.equal('');
      expect(text($(el, '#price-hint'))).to.equal("Leave it empty to use the clinic's range of $600 to $900 per session.");
      // $250 + 12 × $600 to $250 + $600 + 11 × $900: SPRAVATO day 1 is always 56 mg, the low end of the range.
      expect(row(el, 'Total before insurance')).to.equal('$7,450 to $10,750');
    });

    it('shows cents everywhere once any amount has them', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 449.99}'></cost-estimator>`);
      expect(row(el, 'First course')).to.equal('$2,699.94');
      expect(row(el, 'Consultation')).to.equal('$0.00');
    });

    it('locks prices: the clinic price is text, not an input', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator locked-prices prices='{"iv": 450}' consultation-fee="200"></cost-estimator>`);
      expect(input(el, 'price')).to.equal(null);
      expect(input(el, 'fee')).to.equal(null);
      const locked = [...el.shadowRoot!.querySelectorAll('[part="locked-price"]')].map(text);
      expect(locked).to.deep.equal(['Price per session, set by the clinic $450', 'One-time consultation fee, set by the clinic $200']);
      expect(row(el, 'Total before insurance')).to.equal('$2,900');
      await expectAccessibleInBothThemes(el);
    });

    it('locked without a clinic price for the plan: "Ask the clinic", the published example if there is one', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator locked-prices prices='{"iv": 450}' treatment="im"></cost-estimator>`);
      expect(text($(el, '[part="locked-price"]'))).to.equal('Price per session, set by the clinic Ask the clinic');
      expect(input(el, 'fee'), 'no fee field when the clinic set none').to.equal(null);
      expect(text($(el, '[part="empty"]'))).to.equal('Ask the clinic');
      await choose(el, 'plan', 'spravato');
      expect(row(el, 'Total before insurance')).to.equal('$7,080 to $10,325');
    });
  });

  describe('bad attributes fall back with an error naming the attribute', () => {
    const cases: [string, string, string, string][] = [
      // attribute, value, console line, path
      ['prices', '{"iv": -1}', '[cost-estimator] prices.iv: must be a positive number ≤ 100000', 'prices.iv'],
      ['prices', '{"iv": 1e309}', '[cost-estimator] prices.iv: must be a positive number ≤ 100000', 'prices.iv'],
      ['prices', '{"iv": "450"}', '[cost-estimator] prices.iv: must be a positive number ≤ 100000, or {"low", "high"}', 'prices.iv'],
      ['prices', '{"iv": 450', '[cost-estimator] prices: invalid JSON', 'prices'],
      ['currency', 'US$', '[cost-estimator] currency: "US$" is not an ISO 4217 currency code; using USD', 'currency'],
      ['locale', 'en_US', '[cost-estimator] locale: "en_US" is not a supported locale', 'locale'],
      ['treatment', 'ketamine', '[cost-estimator] treatment: "ketamine" is not one of iv, spravato, im, oral', 'treatment'],
      ['consultation-fee', '-50', '[cost-estimator] consultation-fee: "-50" must be a number from 0 to 100000', 'consultation-fee'],
    ];
    for (const [attribute, value, line, path] of cases) {
      it(`${attribute}="${value}"`, async () => {
        const errors = captureConsole('error');
        try {
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const events: ContentErrorDetail[] = [];
          wrapper.addEventListener('content-error', (event) => events.push((event as CustomEvent<ContentErrorDetail>).detail));
          const el = document.createElement('cost-estimator');
          el.setAttribute(attribute, value);
          wrapper.append(el);
          await el.updateComplete;
          expect(
            errors.lines.some((entry) => entry.startsWith(line)),
            errors.lines.join('\n'),
          ).to.equal(true);
          expect(events.map((event) => [event.source, event.path])).to.deep.equal([['attribute', path]]);
          // Defaults: the IV typical range in US dollars.
          expect(row(el, 'Total before insurance')).to.equal('$3,000 to $6,000');
          expectNoBadNumbers(el);
        } finally {
          errors.restore();
        }
      });
    }

    it('accepts a lower-case currency and settles on the last of rapid attribute changes', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
        for (let i = 0; i < 30; i++) {
          el.setAttribute('prices', i % 3 === 0 ? '{"iv": -1}' : i % 3 === 1 ? '{"__proto__": {"x": 1}}' : `{"iv": ${400 + i}}`);
        }
        el.setAttribute('currency', 'usd');
        el.setAttribute('prices', '{"iv": 500}');
        await el.updateComplete;
        expect(row(el, 'Total before insurance')).to.equal('$3,000');
        expect(({} as Record<string, unknown>).x).to.equal(undefined);
      } finally {
        errors.restore();
      }
    });
  });

  describe('formatting by locale and currency', () => {
    it('es-US with US dollars', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator lang="es" prices='{"iv": 450}' consultation-fee="250.5"></cost-estimator>`);
      await waitUntil(() => text($(el, 'h2')) === '¿Cuánto podría costar el tratamiento?', 'Spanish loaded', { timeout: 10_000 });
      expect(rows(el)).to.deep.equal([
        ['Primer ciclo (2 a 3 semanas) 6 sesiones a $450.00 cada una', '$2,700.00'],
        ['Consulta (una sola vez)', '$250.50'],
        ['Total antes del seguro', '$2,950.50'],
        ['Primer año antes del seguro', '$2,950.50'],
      ]);
      expect(text(el.shadowRoot!.querySelector('label[for="price"]'))).to.equal('Precio por sesión (USD)');
      await expectAccessibleInBothThemes(el);
    });

    it('es-MX with Mexican pesos, and a published example that stays in US dollars as information only', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator lang="es" locale="es-MX" currency="MXN" prices='{"iv": 8550}'></cost-estimator>`);
      await waitUntil(() => text($(el, 'h2')) === '¿Cuánto podría costar el tratamiento?', 'Spanish loaded', { timeout: 10_000 });
      expect(row(el, 'Primer ciclo')).to.equal('$51,300');
      expect(text(el.shadowRoot!.querySelector('label[for="price"]'))).to.equal('Precio por sesión (MXN)');
      expect(text($(el, '#price-hint'))).to.equal('El ejemplo publicado está en dólares de EE. UU. Escriba el precio de la clínica en MXN.');
      await choose(el, 'plan', 'spravato');
      // No clinic price in pesos, and dollars are not pesos: no estimate until a price is entered.
      expect(text($(el, '[part="empty"]'))).to.equal('Escriba un precio por sesión para ver un cálculo aproximado.');
      await typeInto(el, 'price', '12000');
      expect(row(el, 'Total antes del seguro')).to.equal('$144,000');
      await expectAccessibleInBothThemes(el);
    });

    it('en-US with Mexican pesos says which dollar it means', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator currency="MXN" prices='{"iv": 8550}'></cost-estimator>`);
      expect(row(el, 'First course')).to.equal('MX$51,300');
    });

    it('yen, with no minor unit', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator currency="JPY" prices='{"iv": 45000}'></cost-estimator>`);
      expect(row(el, 'First course')).to.equal('¥270,000');
      expect(input(el, 'price').step).to.equal('1');
      expect(input(el, 'price').inputMode).to.equal('numeric');
    });
  });

  describe('typing', () => {
    it('updates the result as you type and fires estimate-change with the totals', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      const events: EstimateChangeDetail[] = [];
      el.addEventListener('estimate-change', (event) => events.push((event as CustomEvent<EstimateChangeDetail>).detail));
      await typeInto(el, 'price', '500');
      expect(row(el, 'Total before insurance')).to.equal('$3,000');
      expect(events.length).to.be.at.least(1);
      const money = (amount: number) => ({ low: amount, high: amount });
      expect(events.at(-1)).to.deep.equal({
        plan: 'iv',
        currency: 'USD',
        fractionDigits: 2,
        isRange: false,
        totals: {
          firstCourse: money(300_000),
          maintenance: money(0),
          consultationFee: 0,
          total: money(300_000),
          insurancePays: money(0),
          outOfPocket: money(300_000),
          firstYear: money(300_000),
          firstYearOutOfPocket: money(300_000),
        },
      });
    });

    it('does not fire for the first estimate on screen, nor for a change that leaves totals alone', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      let count = 0;
      el.addEventListener('estimate-change', () => count++);
      await aTimeout(20);
      expect(count).to.equal(0);
      await choose(el, 'maintenance', 'none');
      expect(count).to.equal(0);
    });

    // Typed keys pass through shorter prefixes, and the last valid prefix is the estimate kept.
    const invalid: [string, string, string, typeof pasteInto, string][] = [
      ['-5', 'out of range', 'Enter a number from 0.01 to 100,000.', pasteInto, '$2,700'],
      ['100001', 'too large', 'Enter a number from 0.01 to 100,000.', pasteInto, '$2,700'],
      ['0', 'zero', 'Enter a number from 0.01 to 100,000.', pasteInto, '$2,700'],
      ['-', 'not a number (typed)', 'Enter digits only, like 450.', typeInto, '$2,700'],
      ['1e309', 'overflow (typed)', 'Enter digits only, like 450.', typeInto, '$6,000'],
      ['100001', 'too large (typed)', 'Enter a number from 0.01 to 100,000.', typeInto, '$60,000'],
    ];
    for (const [typed, name, message, enter, kept] of invalid) {
      it(`shows an inline error for ${name} (${typed}) and keeps the last valid result`, async () => {
        const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
        let events = 0;
        el.addEventListener('estimate-change', () => events++);
        await enter(el, 'price', typed);
        const price = input(el, 'price');
        expect(price.getAttribute('aria-invalid')).to.equal('true');
        expect(price.getAttribute('aria-describedby')!.split(' ')).to.include('price-error');
        expect(text($(el, '#price-error'))).to.equal(message);
        expect(row(el, 'Total before insurance')).to.equal(kept);
        expect($(el, '[part="stale-note"]')!.classList.contains('shown')).to.equal(true);
        // A paste goes straight to an invalid value: nothing changed, so no event.
        if (enter === pasteInto) expect(events).to.equal(0);
        expectNoBadNumbers(el);
        await expectAccessibleInBothThemes(el);
        // Fixing the field clears the error.
        await typeInto(el, 'price', '400');
        expect(price.getAttribute('aria-invalid')).to.equal('false');
        expect(price.getAttribute('aria-describedby')).to.equal('price-hint');
        expect(text($(el, '#price-error'))).to.equal('');
        expect(row(el, 'Total before insurance')).to.equal('$2,400');
      });
    }

    it('an emptied price with no typical range is an error once there was an estimate', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator treatment="im" prices='{"im": 350}'></cost-estimator>`);
      expect(row(el, 'Total before insurance')).to.equal('$2,100');
      await typeInto(el, 'price', '');
      expect(text($(el, '#price-error'))).to.equal('Enter a number.');
      expect(row(el, 'Total before insurance')).to.equal('$2,100');
    });

    it('keeps the result area the same size while typing, valid or not', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      const result = $(el, '[part="result"]')!;
      const before = result.getBoundingClientRect();
      await typeInto(el, 'price', '-');
      await typeInto(el, 'price', '99999');
      const after = result.getBoundingClientRect();
      expect([after.top, after.height]).to.deep.equal([before.top, before.height]);
    });

    it('fills the line under "Your estimate" with visible text, never a blank reserved gap', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      const visible = (part: string) => $(el, `[part="${part}"]`)!.checkVisibility({ visibilityProperty: true });
      const status = $(el, '[part="updates-note"]')!.parentElement!;
      const lineTop = status.getBoundingClientRect().top;
      expect(visible('updates-note')).to.equal(true);
      expect(text($(el, '[part="updates-note"]'))).to.equal(costEn.result.updatesNote);
      expect(visible('stale-note')).to.equal(false);
      await typeInto(el, 'price', '-');
      expect(visible('stale-note')).to.equal(true);
      expect(visible('updates-note')).to.equal(false);
      // The stale note takes the updates note's place: same top, and the table below does not move.
      expect($(el, '[part="stale-note"]')!.getBoundingClientRect().top).to.equal(lineTop);
      await typeInto(el, 'price', '400');
      expect(visible('updates-note')).to.equal(true);
    });

    it('announces the new total politely, once, after a pause', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      const status = $(el, '[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(text(status)).to.equal('');
      await typeInto(el, 'price', '5');
      await typeInto(el, 'price', '50');
      await typeInto(el, 'price', '500');
      expect(text(status)).to.equal('');
      await waitUntil(() => text(status) !== '', 'announced', { timeout: 5000 });
      expect(text(status)).to.equal('Estimated total: $3,000.');
    });
  });

  describe('maintenance and insurance', () => {
    it('adds maintenance sessions over the chosen months', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      await choose(el, 'maintenance', 'every-2-weeks');
      expect(input(el, 'months').value).to.equal('12');
      expect(rows(el)[1]).to.deep.equal(['Maintenance for 12 months 26 sessions at $450 each', '$11,700']);
      expect(row(el, 'Total before insurance')).to.equal('$14,400');
      expect(row(el, 'First year before insurance')).to.equal('$13,500');
      await typeInto(el, 'months', '1');
      expect(rows(el)[1]).to.deep.equal(['Maintenance for 1 month 2 sessions at $450 each', '$900']);
      await pasteInto(el, 'months', '2.5');
      expect(text($(el, '#months-error'))).to.equal('Enter a whole number, like 6.');
      await choose(el, 'maintenance', 'custom');
      await pasteInto(el, 'sessions-per-month', '13');
      expect(text($(el, '#sessions-per-month-error'))).to.equal('Enter a number from 0 to 12.');
      await expectAccessibleInBothThemes(el);
    });

    it('percent coverage: asks for the percent, then shows what the plan and the patient pay', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}' consultation-fee="100"></cost-estimator>`);
      await choose(el, 'coverage', 'percent');
      expect(text($(el, '#percent-error'))).to.equal('Enter a number.');
      expect(input(el, 'percent').getAttribute('aria-invalid')).to.equal('true');
      await expectAccessibleInBothThemes(el);
      await typeInto(el, 'percent', '80');
      expect(rows(el).slice(2)).to.deep.equal([
        ['Total before insurance', '$2,800'],
        ['Your plan might pay', '$2,160'],
        ['You might pay', '$640'],
        ['First year before insurance', '$2,800'],
        ['First year, you might pay', '$640'],
      ]);
      await pasteInto(el, 'percent', '101');
      expect(text($(el, '#percent-error'))).to.equal('Enter a number from 0 to 100.');
      expect(row(el, 'You might pay')).to.equal('$640');
    });

    it('percent coverage that needs rounding says so once', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 333.33}'></cost-estimator>`);
      await choose(el, 'coverage', 'percent');
      await typeInto(el, 'percent', '15');
      expect(row(el, 'Your plan might pay')).to.equal('$300.00');
      expect(row(el, 'You might pay')).to.equal('$1,699.98');
      expect(shadowText(el).split('Insurance amounts are rounded once').length - 1).to.equal(1);
    });

    it('copay per session never costs more than the session', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator prices='{"iv": 450}'></cost-estimator>`);
      await choose(el, 'coverage', 'copay');
      await typeInto(el, 'copay', '40');
      expect(row(el, 'You might pay')).to.equal('$240');
      await pasteInto(el, 'copay', '900');
      expect(row(el, 'You might pay')).to.equal('$2,700');
      expect(row(el, 'Your plan might pay')).to.equal('$0');
    });

    it('hide-insurance removes the insurance fields, rows and notes', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator hide-insurance prices='{"iv": 450}'></cost-estimator>`);
      expect($(el, '#coverage')).to.equal(null);
      expect(row(el, 'You might pay')).to.equal(undefined);
      expect(shadowText(el)).not.to.contain('off-label use, and insurers');
      expect(shadowText(el)).to.contain('Ask your plan whether HSA/FSA funds apply.');
    });
  });

  describe('clinic overrides', () => {
    it('hides plans, changes wording and adds a clinic note', async () => {
      const el = await fixture<CostEstimator>(
        html`<cost-estimator treatment="oral">
          <script type="application/json">
            { "hidePlans": ["oral", "im"], "plans": [{ "id": "iv", "name": "IV infusion at Lakeside" }], "clinicNote": "We offer a 3-month payment plan." }
          </script>
        </cost-estimator>`,
      );
      await waitUntil(() => shadowText(el).includes('We offer a 3-month payment plan.'), 'override applied', { timeout: 10_000 });
      const options = [...el.shadowRoot!.querySelectorAll('#plan option')].map((option) => option.textContent);
      expect(options).to.deep.equal(['IV infusion at Lakeside', 'SPRAVATO (esketamine) nasal spray']);
      expect($<HTMLSelectElement>(el, '#plan')!.value).to.equal('iv');
      await expect(el).to.be.accessible();
    });

    it('refuses an invalid override, names the path, and keeps the bundled content', async () => {
      const errors = captureConsole('error');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'content-error');
        const el = document.createElement('cost-estimator');
        el.innerHTML = '<script type="application/json">{"plans": [{"id": "iv", "name": ""}]}</script>';
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<ContentErrorDetail>;
        expect(detail).to.deep.equal({ element: 'cost-estimator', source: 'script', path: 'plans[0].name', message: 'must not be empty' });
        await el.updateComplete;
        expect(text($(el as CostEstimator, '[part="error"]'))).to.contain('could not be used');
        expect($<HTMLSelectElement>(el as CostEstimator, '#plan')!.options.length).to.equal(4);
        await expectAccessibleInBothThemes(el as CostEstimator);
      } finally {
        errors.restore();
      }
    });

    it('renders hostile text as text', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator></cost-estimator>`);
      el.content = { title: '<img src=x onerror=alert(1)>${7*7}', clinicNote: '{{constructor.constructor("alert(1)")()}}' };
      await waitUntil(() => text($(el, 'h2')).startsWith('<img'), 'override applied', { timeout: 10_000 });
      expect(text($(el, 'h2'))).to.equal('<img src=x onerror=alert(1)>${7*7}');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      const attributes = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name));
      expect(attributes.filter((name) => name.startsWith('on'))).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('reflows at 320 px without horizontal scrolling, with a long range in the table', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <cost-estimator treatment="spravato" prices='{"spravato": {"low": 99999.99, "high": 100000}}' consultation-fee="99999.99"></cost-estimator>
        </div>`,
      );
      const el = wrapper.querySelector('cost-estimator')!;
      await el.updateComplete;
      await choose(el, 'maintenance', 'every-2-weeks');
      await choose(el, 'coverage', 'percent');
      await typeInto(el, 'percent', '50');
      expect(el.scrollWidth).to.be.at.most(320);
      const table = $(el, 'table')!;
      expect(table.scrollWidth).to.be.at.most(table.parentElement!.clientWidth);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      await expect(el).to.be.accessible();
    });

    it('exposes parts for theming', async () => {
      const el = await fixture<CostEstimator>(html`<cost-estimator></cost-estimator>`);
      for (const part of [
        'base',
        'title',
        'form',
        'fieldset',
        'field',
        'input',
        'select',
        'result',
        'breakdown',
        'total',
        'estimate-note',
        'details',
        'notes',
        'footer',
      ]) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });
  });

  it('renders the shared footer and the call to action under the result', async () => {
    const el = await fixture<CostEstimator>(
      html`<cost-estimator clinic-name="Lakeside" booking-url="https://lakeside.example/book" phone="555-010-2345"></cost-estimator>`,
    );
    expect($<HTMLAnchorElement>(el, '[part="cta-book"]')!.href).to.equal('https://lakeside.example/book');
    expect($(el, '[part="cta-call"]')!.getAttribute('href')).to.equal('tel:5550102345');
    expect(text($(el, '[part="disclaimer"]'))).to.contain('not medical advice');
    await expectAccessibleInBothThemes(el);
  });
});
