import { expect, fixture } from '@open-wc/testing';
import { nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { staticHeadingTag } from './static-heading.js';

describe('staticHeadingTag', () => {
  it('gives a static tag h2–h6, and past h6 a div with role heading and its aria-level', async () => {
    const stamp = (level: number) => {
      const { tag, role, ariaLevel } = staticHeadingTag(level);
      return fixture(staticHtml`<${tag} role=${role} aria-level=${ariaLevel}>Q</${tag}>`);
    };
    const h4 = await stamp(4);
    expect(h4.localName).to.equal('h4');
    expect(h4.hasAttribute('role')).to.equal(false);
    const deep = await stamp(7);
    expect([deep.localName, deep.getAttribute('role'), deep.getAttribute('aria-level')]).to.deep.equal(['div', 'heading', '7']);
    expect(staticHeadingTag(6).ariaLevel).to.equal(nothing);
  });

  it('gives the same object for the same level, so a guard given it holds', () => {
    expect(staticHeadingTag(3)).to.equal(staticHeadingTag(3));
    expect(staticHeadingTag(7)).to.equal(staticHeadingTag(7));
    expect(staticHeadingTag(3)).not.to.equal(staticHeadingTag(4));
  });
});
