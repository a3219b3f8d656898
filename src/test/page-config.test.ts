// Issue 17.2 across the four elements: one page config feeds every widget, element sections beat
// the page level, an element's own attribute beats both, and the list of keys the config accepts
// is exactly the elements' public attributes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { ReactiveElement } from 'lit';
import type { ContentErrorDetail } from '../content/override.js';
import { CONFIG_ATTRIBUTES, PAGE_CONFIG_ID, SECTION_TAGS } from '../shared/page-config.js';
import { attributeName, propertyKind, type TypedPropertyDeclaration } from '../shared/property-types.js';

const TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'] as const;

function setConfig(text: string | null): void {
  document.getElementById(PAGE_CONFIG_ID)?.remove();
  if (text === null) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = PAGE_CONFIG_ID;
  script.textContent = text;
  document.body.append(script);
}

const callHref = (el: Element) => el.shadowRoot!.querySelector('[part="cta-call"]')?.getAttribute('href');

describe('page-level configuration on every element', () => {
  afterEach(() => setConfig(null));

  it('accepts exactly the public attributes of the four elements, and sections named after them', () => {
    const attributes = new Set<string>();
    for (const tag of TAGS) {
      const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
      for (const [name, declaration] of ctor.elementProperties) {
        const attribute = propertyKind(declaration as TypedPropertyDeclaration) ? attributeName(name, declaration as TypedPropertyDeclaration) : null;
        if (attribute) attributes.add(attribute);
      }
    }
    expect([...CONFIG_ATTRIBUTES].sort()).to.deep.equal([...attributes].sort());
    expect([...SECTION_TAGS].sort()).to.deep.equal([...TAGS].sort());
  });

  it('four widgets share one config; a section beats the page level; an own attribute beats both', async () => {
    const errors: ContentErrorDetail[] = [];
    const listen = (event: Event) => errors.push((event as CustomEvent<ContentErrorDetail>).detail);
    document.addEventListener('content-error', listen);
    try {
      setConfig(
        JSON.stringify({
          clinicName: 'Lakeside Clinic',
          phone: '(555) 010-2345',
          theme: 'dark',
          'cost-estimator': { phone: '(555) 010-9999', prices: { iv: 450 }, 'locked-prices': true },
          'side-effects-list': { groupBy: 'severity' },
        }),
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <ketamine-faq></ketamine-faq>
          <side-effects-list></side-effects-list>
          <cost-estimator></cost-estimator>
          <candidacy-quiz phone="555 777 8888"></candidacy-quiz>
        </div>`,
      );
      const [faq, sideEffects, cost, quiz] = TAGS.map((tag) => wrapper.querySelector(tag)!);
      await Promise.all([faq, sideEffects, cost, quiz].map((el) => (el as ReactiveElement).updateComplete));
      expect(callHref(faq)).to.equal('tel:5550102345');
      expect(callHref(sideEffects)).to.equal('tel:5550102345');
      expect(callHref(cost)).to.equal('tel:5550109999');
      expect(callHref(quiz)).to.equal('tel:5557778888');
      for (const el of [faq, sideEffects, cost, quiz]) {
        expect(el.shadowRoot!.querySelector('[part="cta-call"]')!.textContent, el.localName).to.contain('Lakeside Clinic');
        expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(21, 24, 28)');
      }
      const locked = [...cost.shadowRoot!.querySelectorAll('[part="locked-price"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
      expect(locked[0]).to.equal('Price per session, set by the clinic $450');
      expect((sideEffects as unknown as { groupBy: string }).groupBy).to.equal('severity');
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('content-error', listen);
    }
  });

  it("reports a bad value in an element's section from that element, naming the key", async () => {
    const errors: ContentErrorDetail[] = [];
    const listen = (event: Event) => errors.push((event as CustomEvent<ContentErrorDetail>).detail);
    document.addEventListener('content-error', listen);
    const original = console.error;
    console.error = () => {};
    try {
      setConfig('{"cost-estimator": {"prices": {"iv": -5}, "searchable": true}}');
      const cost = await fixture<HTMLElement>(html`<cost-estimator></cost-estimator>`);
      await waitUntil(() => errors.length >= 2);
      expect(errors.map(({ element, source, path }) => `${element} ${source} ${path}`)).to.have.members([
        'cost-estimator page-config cost-estimator.searchable',
        'cost-estimator page-config cost-estimator.prices.iv',
      ]);
      expect(cost.shadowRoot!.querySelector('label[for="price"]')).to.exist;
    } finally {
      console.error = original;
      document.removeEventListener('content-error', listen);
    }
  });
});
