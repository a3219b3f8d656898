// Issue 15.1: every public property of every element, set to a value of every wrong type, before and
// after the first render, never throws into the page and never stops the element rendering.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import enCommon from '../../content/en/common.json';
import type { ReactiveElement } from 'lit';
import { propertyKind, type PropertyKind, type TypedPropertyDeclaration } from '../shared/property-types.js';

const TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;

/** Every public property an element declares, with its kind and attribute name. */
function publicProperties(tag: string): { name: string; kind: PropertyKind; attribute: string }[] {
  const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
  return [...ctor.elementProperties].flatMap(([name, declaration]) => {
    const kind = propertyKind(declaration as TypedPropertyDeclaration);
    if (!kind) return [];
    const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : String(name).toLowerCase();
    return [{ name: String(name), kind, attribute }];
  });
}

/** The hostile values, each with the kinds for which it must be refused with a console error. */
const VALUES: { label: string; make: () => unknown; refusedBy: readonly PropertyKind[] }[] = [
  { label: 'number', make: () => 42, refusedBy: ['boolean', 'structured'] },
  { label: 'boolean', make: () => true, refusedBy: ['string', 'number', 'structured'] },
  { label: 'object', make: () => ({ a: 1 }), refusedBy: ['string', 'boolean', 'number', 'structured'] },
  { label: 'array', make: () => [1, 'two'], refusedBy: ['string', 'boolean', 'number', 'structured'] },
  { label: 'null', make: () => null, refusedBy: [] },
  { label: 'undefined', make: () => undefined, refusedBy: [] },
  // Only symbol keys: an empty object to JSON, so a structured property accepts it as `{}`.
  { label: 'symbol-keyed object', make: () => ({ [Symbol('x')]: 1 }), refusedBy: ['string', 'boolean', 'number'] },
  {
    label: 'object with a throwing getter',
    make: () => ({
      get iv(): number {
        throw new Error('getter says no');
      },
    }),
    refusedBy: ['string', 'boolean', 'number', 'structured'],
  },
];

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('public properties of the wrong type (issue 15.1)', () => {
  let uncaught: string[];
  let consoleErrors: string[];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => {
    uncaught.push(`error: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    uncaught.push(`unhandledrejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
    event.preventDefault();
  };

  beforeEach(() => {
    uncaught = [];
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('finds the public properties of every element', () => {
    const names = Object.fromEntries(TAGS.map((tag) => [tag, publicProperties(tag).map((p) => p.name)]));
    for (const tag of TAGS) expect(names[tag]).to.include.members(['clinicName', 'phone', 'bookingUrl', 'theme', 'src', 'content']);
    expect(names['ketamine-faq']).to.include.members(['category', 'headingLevel', 'searchable', 'single', 'open', 'linkHash', 'structuredData', 'query']);
    expect(names['side-effects-list']).to.include.members(['groupBy', 'route', 'show', 'compact']);
    expect(names['cost-estimator']).to.include.members(['treatment', 'prices', 'currency', 'locale', 'consultationFee', 'lockedPrices', 'hideInsurance']);
    expect(names['cost-estimator']).not.to.include.members(['formState']);
    expect(names['candidacy-quiz']).to.include.members(['remember', 'includeAnswers']);
  });

  for (const tag of TAGS) {
    for (const { label, make, refusedBy } of VALUES) {
      for (const timing of ['before', 'after'] as const) {
        it(`<${tag}>: every property set to ${label} ${timing} the first render`, async () => {
          const properties = publicProperties(tag);
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag) as unknown as ReactiveElement & Record<string, unknown>;
          const setAll = () => {
            for (const { name } of properties) el[name] = make();
          };
          if (timing === 'before') setAll();
          wrapper.append(el);
          const refused = properties.filter(({ kind }) => refusedBy.includes(kind));
          const isNamed = ({ name, attribute }: { name: string; attribute: string }) =>
            consoleErrors.some(
              (line) =>
                line.startsWith(`[${tag}] ${name}:`) ||
                line.startsWith(`[${tag}] ${attribute}`) ||
                (name === 'content' && line.startsWith(`[${tag}] content (property)`)),
            );
          try {
            await el.updateComplete;
            if (timing === 'after') {
              setAll();
              await el.updateComplete;
            }
            await waitUntil(() => shadowText(el).includes(enCommon.notMedicalAdvice), 'the disclaimer is rendered', { timeout: 3000 });
            // Override validation is asynchronous (a lazy chunk): wait for its report, if one is due.
            await waitUntil(() => refused.every(isNamed), 'every refused property is named', { timeout: 3000 }).catch(() => undefined);
            await el.updateComplete;
          } catch (error) {
            uncaught.push(`awaited: ${(error as Error).message}`);
          }
          expect(uncaught, uncaught.join('\n')).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('[part="disclaimer"]'), 'disclaimer').to.not.equal(null);
          for (const property of refused) {
            expect(isNamed(property), `a console error naming ${property.name} (got:\n${consoleErrors.join('\n')})`).to.equal(true);
          }
          wrapper.remove();
        });
      }
    }
  }

  it('React 19 style: cost-estimator prices as an object and consultationFee as a number', async () => {
    const el = await fixture<HTMLElement & Record<string, unknown>>(html`<cost-estimator></cost-estimator>`);
    el.prices = { iv: 450, spravato: { low: 600, high: 900 } };
    el.consultationFee = 250;
    await (el as unknown as ReactiveElement).updateComplete;
    expect(consoleErrors).to.deep.equal([]);
    const price = el.shadowRoot!.querySelector<HTMLInputElement>('#price');
    expect(price?.value).to.equal('450');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#fee')?.value).to.equal('250');
  });

  it('a clinic override given as a JSON string to content is applied', async () => {
    const el = await fixture<HTMLElement & Record<string, unknown>>(html`<ketamine-faq></ketamine-faq>`);
    el.content = JSON.stringify({
      categories: [{ id: 'cost', items: [{ id: 'clinic-parking', question: 'Where do I park?', answer: 'Behind the clinic.' }] }],
    });
    await waitUntil(() => shadowText(el).includes('Where do I park?'), 'the clinic question from a JSON string');
    expect(consoleErrors).to.deep.equal([]);
  });

  it('the examples from the issue render and report instead of throwing', async () => {
    const faq = document.createElement('ketamine-faq') as unknown as HTMLElement & Record<string, unknown>;
    faq.clinicName = 42;
    faq.phone = { toString: () => '555' };
    const list = document.createElement('side-effects-list') as unknown as HTMLElement & Record<string, unknown>;
    list.clinicName = 42;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(faq, list);
    await (faq as unknown as ReactiveElement).updateComplete;
    await (list as unknown as ReactiveElement).updateComplete;
    expect(uncaught).to.deep.equal([]);
    expect(faq.clinicName).to.equal('42');
    expect(faq.phone).to.equal(null);
    expect(consoleErrors).to.include('[ketamine-faq] phone: expected a string, got an object; using the default');
    expect(shadowText(faq)).to.contain(enCommon.notMedicalAdvice);
    expect(shadowText(list)).to.contain(enCommon.notMedicalAdvice);
  });
});
