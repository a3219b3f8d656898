// The page-level configuration (issue 17.2), through the probe element: keys in both spellings,
// the element's own attributes first, bad JSON and bad values reported like attributes, and a
// config that arrives, changes and goes after the element.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ContentErrorDetail } from '../content/override.js';
import { PAGE_CONFIG_ID, pageConfigValue, readPageConfig } from './page-config.js';
import type { KwProbe } from './test/probe-element.js';
import './test/probe-element.js';

function setConfig(text: string | null): void {
  document.getElementById(PAGE_CONFIG_ID)?.remove();
  if (text === null) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = PAGE_CONFIG_ID;
  script.textContent = text;
  document.body.append(script);
}

// Heard on the document from the start: a config problem is reported during the first update.
const reported: ContentErrorDetail[] = [];
document.addEventListener('content-error', (event) => reported.push((event as CustomEvent<ContentErrorDetail>).detail));

function captureConsoleError() {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = original) };
}

const call = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-call"]');
const book = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-book"]');

describe('page-level configuration', () => {
  beforeEach(() => (reported.length = 0));
  afterEach(() => setConfig(null));

  it('finds a value by attribute name or camelCase, the element section first', () => {
    setConfig('{"clinicName": "Page", "phone": "1", "cost-estimator": {"clinic-name": "Section"}}');
    const config = readPageConfig();
    expect(pageConfigValue(config, 'ketamine-faq', 'clinic-name')).to.deep.equal({ key: 'clinicName', value: 'Page' });
    expect(pageConfigValue(config, 'cost-estimator', 'clinic-name')).to.deep.equal({ key: 'cost-estimator.clinic-name', value: 'Section' });
    expect(pageConfigValue(config, 'cost-estimator', 'phone')).to.deep.equal({ key: 'phone', value: '1' });
    expect(pageConfigValue(config, 'ketamine-faq', 'booking-url')).to.equal(undefined);
  });

  it('ignores an element with the id that is not a JSON script', () => {
    const clobber = document.createElement('div');
    clobber.id = PAGE_CONFIG_ID;
    clobber.textContent = '{"phone": "1"}';
    document.body.append(clobber);
    try {
      expect(readPageConfig().data).to.equal(null);
    } finally {
      clobber.remove();
    }
  });

  it('fills the clinic attributes from either spelling, with no error', async () => {
    setConfig('{"clinicName": "Lakeside Clinic", "phone": "(555) 010-2345", "booking-url": "https://book.lakeside.example/new", "heading-level": 3}');
    const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
    expect(call(el)!.getAttribute('href')).to.equal('tel:5550102345');
    expect(call(el)!.textContent).to.contain('Lakeside Clinic');
    expect(book(el)!.href).to.equal('https://book.lakeside.example/new');
    expect(el.headingLevel).to.equal(3);
    expect(reported).to.deep.equal([]);
  });

  it("lets the element's own attribute win, and brings the config value back when it goes", async () => {
    setConfig('{"phone": "(555) 010-2345", "clinic-name": "Lakeside Clinic"}');
    const el = await fixture<KwProbe>(html`<kw-probe phone="555 777 8888"></kw-probe>`);
    expect(call(el)!.getAttribute('href')).to.equal('tel:5557778888');
    el.removeAttribute('phone');
    await waitUntil(() => call(el)?.getAttribute('href') === 'tel:5550102345');
    el.phone = '555 123 4567';
    await el.updateComplete;
    expect(call(el)!.getAttribute('href')).to.equal('tel:5551234567');
  });

  it('reports bad JSON once, naming page-config, and the elements render without it', async () => {
    const errors = captureConsoleError();
    try {
      setConfig('{"phone": "(555) 010-2345",}');
      const wrapper = await fixture<HTMLElement>(html`<div><kw-probe></kw-probe><kw-probe></kw-probe></div>`);
      const [first, second] = wrapper.querySelectorAll('kw-probe');
      await second.updateComplete;
      expect(reported.length).to.equal(1);
      expect(reported[0]).to.include({ element: 'kw-probe', source: 'page-config' });
      expect(reported[0].message).to.contain('invalid JSON');
      expect(errors.lines[0]).to.match(/^\[kw-probe\] page-config /);
      expect(call(first)).to.equal(null);
      expect(first.shadowRoot!.textContent).to.contain('not medical advice');
    } finally {
      errors.restore();
    }
  });

  it('refuses bad values with the errors attributes get, under source page-config and the key', async () => {
    const errors = captureConsoleError();
    try {
      setConfig('{"booking-url": "javascript:alert(1)", "clinicName": {"a": 1}, "headingLevel": 9, "colour": "red", "src": "/x.json"}');
      const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
      await aTimeout(0);
      const seen = reported.map(({ source, path, message }) => `${source} ${path}: ${message}`);
      expect(seen).to.have.members([
        'page-config colour: unknown key; ignored',
        "page-config src: differs per element: put it in the element's section; ignored",
        'page-config clinicName: expected a string, got an object; using the default',
        'page-config booking-url: refused "javascript:alert(1)": only http(s), tel and mailto links are allowed',
        'page-config headingLevel: "9" is not a whole number from 2 to 6; using 2',
      ]);
      expect(errors.lines).to.include('[kw-probe] page-config booking-url: refused "javascript:alert(1)": only http(s), tel and mailto links are allowed');
      expect(book(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
    } finally {
      errors.restore();
    }
  });

  it('reads a config added after the element, follows its changes and its removal', async () => {
    const el = await fixture<KwProbe>(html`<kw-probe></kw-probe>`);
    expect(call(el)).to.equal(null);
    setConfig('{"phone": "(555) 010-2345"}');
    await waitUntil(() => call(el)?.getAttribute('href') === 'tel:5550102345', 'config added later');
    document.getElementById(PAGE_CONFIG_ID)!.textContent = '{"phone": "(555) 010-9999"}';
    await waitUntil(() => call(el)?.getAttribute('href') === 'tel:5550109999', 'config text changed');
    setConfig(null);
    await waitUntil(() => call(el) === null, 'config removed');
    expect(el.phone).to.equal(null);
  });
});
