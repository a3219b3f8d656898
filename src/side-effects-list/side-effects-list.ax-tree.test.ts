// What Chromium gives screen readers (CDP accessibility tree), not only what the DOM holds (issue 14.1).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../content/en/side-effects.json';
import es from '../../content/es/side-effects.json';
import { axTree, type AxNode } from '../../tests/fixtures/ax-tree.js';
import type { SideEffectsContent } from '../content/schemas/side-effects.js';
import './define.js';
import type { SideEffectsList } from './side-effects-list.js';

const CONTENT: Record<'en' | 'es', SideEffectsContent> = { en: en as SideEffectsContent, es: es as SideEffectsContent };
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const exposed = (tree: readonly AxNode[], role: string) => tree.filter((node) => node.role === role && !node.ignored);

const headingLines = (tree: readonly AxNode[]) => exposed(tree, 'heading').map((node) => `heading ${node.level} "${node.name}"`);

/** Every heading in the shadow DOM, as the accessibility tree should expose it. */
function domHeadings(el: SideEffectsList): string[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `heading ${heading.tagName[1]} "${clean(heading.textContent)}"`);
}

async function mount(lang: 'en' | 'es', compact = false): Promise<SideEffectsList> {
  const el = await fixture<SideEffectsList>(html`<side-effects-list lang=${lang} layout="full" ?compact=${compact}></side-effects-list>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="effect"]'), 'side effects rendered');
  return el;
}

/**
 * The tree once it exposes every heading of the DOM, or after 3 s (then the test fails on what is
 * missing): items that start off screen may join the tree a moment after the first paint. Chromium
 * leaves the insides of a skipped (`content-visibility`) item out of the tree altogether.
 */
async function settledTree(el: SideEffectsList): Promise<AxNode[]> {
  const started = performance.now();
  const expected = JSON.stringify(domHeadings(el));
  for (;;) {
    const tree = await axTree('side-effects-list');
    if (JSON.stringify(headingLines(tree)) === expected || performance.now() - started > 3000) return tree;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('<side-effects-list> accessibility tree (CDP)', function () {
  this.timeout(60000);

  for (const lang of ['en', 'es'] as const) {
    const content = CONTENT[lang];

    it(`${lang}: every side effect is in the tree with its heading, meters and sources, though most start off screen`, async () => {
      const el = await mount(lang);
      const items = el.shadowRoot!.querySelectorAll('[part="effect"]');
      // The test is only meaningful when most items start below the fold (content-visibility skips them).
      expect(items[items.length - 1].getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 3);
      const tree = await settledTree(el);

      const headings = headingLines(tree);
      expect(headings).to.deep.equal(domHeadings(el));
      expect(headings.length).to.be.greaterThan(content.effects.length);
      const headingNames = exposed(tree, 'heading').map((node) => node.name);
      expect(headingNames).to.include.members(content.effects.map((effect) => effect.name));

      const meters = el.shadowRoot!.querySelectorAll('meter');
      expect(meters.length).to.be.greaterThan(20);
      expect(exposed(tree, 'meter')).to.have.length(meters.length);
      for (const meter of exposed(tree, 'meter')) expect(meter.name, 'meter name').to.match(/\d/);

      const sources = exposed(tree, 'DisclosureTriangle');
      expect(sources).to.have.length(el.shadowRoot!.querySelectorAll('details.sources').length);
      const sourcesLabel = lang === 'en' ? /^Sources \(\d+\)$/ : /^Fuentes \(\d+\)$/;
      for (const node of sources) {
        expect(node.name).to.match(sourcesLabel);
        expect(node.expanded).to.equal(false);
      }

      const actions = content.help.steps.flatMap((step) => (step.actions ?? []).map((action) => action.label));
      expect(exposed(tree, 'link').map((node) => node.name)).to.include.members(actions);
      expect(exposed(tree, 'region').map((node) => node.name)).to.include.members([content.help.heading, content.effectsSection.heading]);
    });

    it(`${lang} compact: every disclosure is exposed, collapsed, and named after its side effect`, async () => {
      const el = await mount(lang, true);
      const tree = await settledTree(el);
      const summaries = exposed(tree, 'DisclosureTriangle').filter((node) => content.effects.some((effect) => node.name.startsWith(effect.name)));
      expect(summaries).to.have.length(content.effects.length);
      for (const node of summaries) expect(node.expanded).to.equal(false);
    });
  }
});
