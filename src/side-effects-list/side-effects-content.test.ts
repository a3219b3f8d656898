import { expect } from '@open-wc/testing';
import en from '../../content/en/side-effects.json';
import type { SideEffectsContent, SideEffectsOverride } from '../content/schemas/side-effects.js';
import { mergeSideEffectsOverride } from './side-effects-content.js';

const bundled = en as SideEffectsContent;
const ids = (content: SideEffectsContent) => content.effects.map((effect) => effect.id);

describe('mergeSideEffectsOverride', () => {
  it('returns equal content for an empty override', () => {
    expect(mergeSideEffectsOverride(bundled, {})).to.deep.equal(bundled);
  });

  it('hides side effects by id and keeps the rest in order', () => {
    const merged = mergeSideEffectsOverride(bundled, { hide: ['vertigo', 'liver-problems'] });
    expect(ids(merged)).to.deep.equal(ids(bundled).filter((id) => id !== 'vertigo' && id !== 'liver-problems'));
  });

  it('adds the clinic note and per-item notes', () => {
    const merged = mergeSideEffectsOverride(bundled, {
      clinicNote: 'We give nausea medicine before each session.',
      notes: [{ id: 'nausea', text: 'Ask for an anti-nausea tablet.' }],
    });
    expect(merged.clinicNote).to.equal('We give nausea medicine before each session.');
    expect(merged.effects.find((effect) => effect.id === 'nausea')!.clinicNote).to.equal('Ask for an anti-nausea tablet.');
    expect(merged.effects.filter((effect) => effect.clinicNote !== undefined)).to.have.length(1);
  });

  it('never mutates the bundled content', () => {
    const before = structuredClone(bundled);
    mergeSideEffectsOverride(bundled, { hide: ['dissociation'], notes: [{ id: 'headache', text: 'x' }], clinicNote: 'y' });
    expect(bundled).to.deep.equal(before);
  });

  it('keeps contraindications and the help block whatever is hidden', () => {
    const merged = mergeSideEffectsOverride(bundled, { hide: ['allergy', 'emergency', 'crisis'] } as SideEffectsOverride);
    expect(merged.cautions).to.equal(bundled.cautions);
    expect(merged.help).to.equal(bundled.help);
  });

  it('does not resolve ids through inherited members', () => {
    const merged = mergeSideEffectsOverride(bundled, { hide: ['constructor', 'to-string'], notes: [{ id: 'constructor', text: 'x' }] });
    expect(ids(merged)).to.deep.equal(ids(bundled));
    expect(merged.effects.some((effect) => effect.clinicNote !== undefined)).to.equal(false);
  });
});
