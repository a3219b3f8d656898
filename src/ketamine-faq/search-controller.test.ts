import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type PropertyValues } from 'lit';
import en from '../../content/en/faq.json';
import type { FaqContent } from '../content/schemas/faq.js';
import type { FaqView } from './faq-view.js';
import { SEARCH_DEBOUNCE_MS, SearchController } from './search-controller.js';

const ui = (en as FaqContent).ui;

/** A search over nothing: the query "none" matches nothing, any other query two questions. */
class SearchHost extends LitElement {
  static override properties = { query: {} };
  declare query: string;
  view: FaqView = { categories: [], searching: false, visibleCount: 0 };
  prepared = 0;
  search = new SearchController(this, {
    enabled: () => true,
    query: () => this.query,
    setQuery: (text) => (this.query = text),
    view: () => this.view,
    status: () => (this.view.searching ? `${this.view.visibleCount} match` : ''),
    prepare: () => this.prepared++,
  });

  constructor() {
    super();
    this.query = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query')) this.view = { categories: [], searching: this.query !== '', visibleCount: this.query === 'none' ? 0 : 2 };
  }

  override render() {
    return this.search.render(ui);
  }
}
customElements.define('search-host', SearchHost);

const input = (el: SearchHost) => el.shadowRoot!.querySelector('input')!;
const liveRegion = (el: SearchHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;
const shown = (el: SearchHost) => el.shadowRoot!.querySelector('[part="search-status"]')!.textContent;

describe('SearchController', () => {
  it('shows each key at once and applies the text once typing pauses; folds the text on focus', async () => {
    const el = await fixture<SearchHost>(html`<search-host></search-host>`);
    input(el).focus();
    expect(el.prepared).to.equal(1);
    await sendKeys({ type: 'ke' });
    expect(input(el).value).to.equal('ke');
    expect(el.query).to.equal('');
    await aTimeout(SEARCH_DEBOUNCE_MS * 2);
    await el.updateComplete;
    expect(el.query).to.equal('ke');
    expect(shown(el)).to.equal('2 match');
  });

  it('applies at once on Enter and says the result then, not after the pause', async () => {
    const el = await fixture<SearchHost>(html`<search-host></search-host>`);
    input(el).focus();
    await sendKeys({ type: 'iv' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.query).to.equal('iv');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('2 match');
  });

  it('does not speak the search found on arrival', async () => {
    const el = await fixture<SearchHost>(html`<search-host query="iv"></search-host>`);
    expect(shown(el)).to.equal('2 match');
    await aTimeout(1100);
    expect(liveRegion(el)).to.equal('');
  });

  it('empties the search with Escape, dropping what was typed', async () => {
    const el = await fixture<SearchHost>(html`<search-host query="iv"></search-host>`);
    input(el).focus();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Escape' });
    await aTimeout(SEARCH_DEBOUNCE_MS * 2);
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(input(el).value).to.equal('');
  });

  it('offers "Clear search" when nothing matches; it empties the search and puts focus back in the box', async () => {
    const el = await fixture<SearchHost>(html`<search-host query="none"></search-host>`);
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-search"]')!;
    expect(clear.textContent).to.equal(ui.clearSearch);
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="clear-search"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });
});
