import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StepFocusController, type FocusTarget } from './step-focus-controller.js';

/** A small element with the three focus targets the quiz has. */
class FocusProbe extends LitElement {
  focus$ = new StepFocusController(this);
  showResult = false;
  override render() {
    return this.showResult
      ? html`<h2 part="result-heading" tabindex="-1">Result</h2>`
      : html`<section part="crisis" tabindex="-1">Help</section>
          <fieldset part="question" tabindex="-1"><legend>Q</legend></fieldset>`;
  }
}
customElements.define('step-focus-probe', FocusProbe);

const focused = (el: FocusProbe) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

describe('StepFocusController', () => {
  it('moves focus only after a requested step change, once', async () => {
    const el = await fixture<FocusProbe>(html`<step-focus-probe></step-focus-probe>`);
    expect(focused(el), 'not on load').to.equal(null);
    for (const target of ['question', 'crisis'] as FocusTarget[]) {
      el.focus$.request(target);
      el.requestUpdate();
      await el.updateComplete;
      expect(focused(el)).to.equal(target);
    }
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el), 'a later render does not move focus again').to.equal(null);
  });

  it('waits for the render that shows the target', async () => {
    const el = await fixture<FocusProbe>(html`<step-focus-probe></step-focus-probe>`);
    el.focus$.request('result');
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)).to.equal(null);
    el.showResult = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)).to.equal('result-heading');
  });
});
