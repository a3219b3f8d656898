import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { HashLinkController, idFromHash } from './hash-link-controller.js';

/** The least an FAQ needs: questions a, b and c (plus whatever `extra` adds), each an `.item` with a `.question-button`. */
class LinkHost extends LitElement {
  ready = true;
  linkHash = false;
  extra: string[] = [];
  opened: string[] = [];
  reports: string[] = [];
  links = new HashLinkController(this, {
    ready: () => this.ready,
    shows: (id) => ['a', 'b', 'c', ...this.extra].includes(id),
    open: (id) => this.opened.push(id),
    report: (message) => this.reports.push(message),
    linkHash: () => this.linkHash,
  });

  override render() {
    return ['a', 'b', 'c', ...this.extra].map(
      (id) => html`<div class="item" id=${`faq-${id}`} style="height: 150vh"><button class="question-button">${id}</button></div>`,
    );
  }
}
customElements.define('hash-link-host', LinkHost);

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const focused = (el: LinkHost) => el.shadowRoot!.activeElement?.textContent ?? null;

describe('HashLinkController', () => {
  afterEach(() => setHash(''));

  describe('idFromHash', () => {
    const cases: [string, string | null][] = [
      ['#faq-iv-cost', 'iv-cost'],
      ['faq-iv-cost', 'iv-cost'],
      ['#faq-caf%C3%A9', 'café'],
      ['#faq-%E0%A4%A', null],
      ['#other', null],
      ['', null],
    ];
    for (const [hash, id] of cases) it(`${JSON.stringify(hash)} → ${JSON.stringify(id)}`, () => expect(idFromHash(hash)).to.equal(id));
  });

  it('opens and scrolls to the question in the URL hash on load (at once with reduced motion), without moving focus', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      setHash('#faq-c');
      const el = await fixture<LinkHost>(html`<hash-link-host></hash-link-host>`);
      await el.updateComplete;
      expect(el.opened).to.deep.equal(['c']);
      expect(el.shadowRoot!.getElementById('faq-c')!.getBoundingClientRect().top).to.be.closeTo(0, 2);
      expect(focused(el)).to.equal(null);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('follows a later hash change and moves focus to the question; ignores hashes it does not own', async () => {
    const el = await fixture<LinkHost>(html`<hash-link-host></hash-link-host>`);
    location.hash = '#faq-b';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.opened).to.deep.equal(['b']);
    expect(focused(el)).to.equal('b');
    location.hash = '#faq-zz';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(el.opened).to.deep.equal(['b']);
  });

  it('resolves nothing until ready, then the hash and the open attribute', async () => {
    setHash('#faq-a');
    const el = await fixture<LinkHost>(html`<hash-link-host .ready=${false}></hash-link-host>`);
    el.links.openAttributeChanged(' b ');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.opened).to.deep.equal([]);
    el.ready = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.opened).to.deep.equal(['b', 'a']);
  });

  it('reports an open id no question has once, and opens it when the questions change to include it', async () => {
    const el = await fixture<LinkHost>(html`<hash-link-host></hash-link-host>`);
    el.links.openAttributeChanged('late');
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.reports).to.deep.equal(['no shown question has the id "late"']);
    el.extra = ['late'];
    el.links.shownChanged();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.opened).to.deep.equal(['late']);
    expect(el.reports).to.have.length(1);
  });

  it('writes the hash of a question the reader opens only with link-hash, by replaceState, and clears it on close', async () => {
    const el = await fixture<LinkHost>(html`<hash-link-host></hash-link-host>`);
    const entries = history.length;
    el.links.readerToggled('a', true);
    expect(location.hash).to.equal('');
    el.linkHash = true;
    el.links.readerToggled('a', true);
    expect(location.hash).to.equal('#faq-a');
    el.links.readerToggled('b', false);
    expect(location.hash, 'closing another question keeps the hash').to.equal('#faq-a');
    el.links.readerToggled('a', false);
    expect(location.href.endsWith('#')).to.equal(false);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries);
  });

  it('stops following the hash once disconnected', async () => {
    const el = await fixture<LinkHost>(html`<hash-link-host></hash-link-host>`);
    el.remove();
    location.hash = '#faq-a';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(el.opened).to.deep.equal([]);
  });
});
