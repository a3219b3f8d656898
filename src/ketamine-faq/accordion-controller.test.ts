import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AccordionController, accordionKeyTarget } from './accordion-controller.js';

/** Questions a, b and c (b can be hidden), each a button and a panel carrying `data-id`. */
class AccordionHost extends LitElement {
  single = false;
  hideB = false;
  changes: string[] = [];
  toggles: string[] = [];
  accordion = new AccordionController(this, {
    single: () => this.single,
    changed: (id, open) => this.changes.push(`${id}:${open}`),
    toggled: (id, open) => this.toggles.push(`${id}:${open}`),
  });

  override render() {
    return html`<div @click=${this.accordion.onClick} @keydown=${this.accordion.onKeydown} @beforematch=${this.accordion.onBeforeMatch}>
      ${['a', 'b', 'c'].map(
        (id) =>
          html`<div class="item" ?hidden=${id === 'b' && this.hideB}>
            <button class="question-button" data-id=${id}><span>${id}</span></button>
            <div class="answer" data-id=${id}></div>
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('accordion-host', AccordionHost);

const buttonOf = (el: AccordionHost, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
const open = (el: AccordionHost) => [...el.accordion.openIds];

describe('AccordionController', () => {
  it('accordionKeyTarget: Down and Up wrap around, Home and End jump to the ends', () => {
    expect([0, 1, 2].map((index) => accordionKeyTarget('ArrowDown', index, 3))).to.deep.equal([1, 2, 0]);
    expect([0, 1, 2].map((index) => accordionKeyTarget('ArrowUp', index, 3))).to.deep.equal([2, 0, 1]);
    expect(accordionKeyTarget('Home', 2, 3)).to.equal(0);
    expect(accordionKeyTarget('End', 0, 3)).to.equal(2);
  });

  it('toggles on a click inside a question button, reporting the change and the one panel toggled', async () => {
    const el = await fixture<AccordionHost>(html`<accordion-host></accordion-host>`);
    buttonOf(el, 'a').querySelector('span')!.click();
    buttonOf(el, 'a').click();
    expect(el.changes).to.deep.equal(['a:true', 'a:false']);
    expect(el.toggles).to.deep.equal(['a:true', 'a:false']);
  });

  it('in single mode keeps the last opened, reporting both changes; turning single on keeps the first', async () => {
    const el = await fixture<AccordionHost>(html`<accordion-host></accordion-host>`);
    el.accordion.set(['a', 'c'], true, { byReader: false });
    expect(open(el)).to.deep.equal(['a', 'c']);
    expect(el.changes).to.deep.equal([]);
    el.single = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(open(el)).to.deep.equal(['a']);
    buttonOf(el, 'b').click();
    expect(open(el)).to.deep.equal(['b']);
    expect(el.changes).to.deep.equal(['a:false', 'b:true']);
    expect(el.toggles).to.deep.equal(['b:true']);
  });

  it('reports each change of an open-all or close-all, but no single toggle', async () => {
    const el = await fixture<AccordionHost>(html`<accordion-host></accordion-host>`);
    el.accordion.set(['b'], true, { byReader: false });
    el.accordion.set(['a', 'b', 'c'], true, { byReader: true });
    el.accordion.closeAll();
    expect(el.changes).to.deep.equal(['a:true', 'c:true', 'b:false', 'a:false', 'c:false']);
    expect(el.toggles).to.deep.equal([]);
  });

  it('opens a closed panel that find-in-page reveals', async () => {
    const el = await fixture<AccordionHost>(html`<accordion-host></accordion-host>`);
    el.shadowRoot!.querySelector('.answer[data-id="c"]')!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    expect(open(el)).to.deep.equal(['c']);
    expect(el.toggles).to.deep.equal(['c:true']);
  });

  it('moves focus between the visible questions with the arrow keys, Home and End, and leaves other keys alone', async () => {
    const el = await fixture<AccordionHost>(html`<accordion-host .hideB=${true}></accordion-host>`);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-id');
    buttonOf(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('c');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('a');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('c');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('a');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Control' });
    expect(focused(), 'Control+ArrowDown is not ours').to.equal('a');
  });
});
