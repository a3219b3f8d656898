import { expect } from '@open-wc/testing';
import { parseOverrideJson } from '../content/override.js';
import { validateSideEffectsOverride } from './side-effects-override.js';

describe('side-effects override validation', () => {
  it('accepts hide, notes and a clinic note', () => {
    const result = validateSideEffectsOverride({
      version: 1,
      hide: ['vertigo'],
      clinicNote: 'Our staff stay with you the whole time.',
      notes: [{ id: 'nausea', text: 'We offer nausea medicine.' }],
    });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        version: 1,
        hide: ['vertigo'],
        clinicNote: 'Our staff stay with you the whole time.',
        notes: [{ id: 'nausea', text: 'We offer nausea medicine.' }],
      },
    });
  });

  // Issue 15.5: an id that names nothing is reported at its path, as in every element, and the rest applies.
  const reported: [string, unknown, string, string][] = [
    ['an unknown side effect id in hide', { hide: ['vertigo', 'nope'] }, 'hide[1]', 'unknown side effect id "nope"; ignored'],
    ['an unknown side effect id in notes', { notes: [{ id: 'nope', text: 'x' }] }, 'notes[0].id', 'unknown side effect id "nope"; ignored'],
    ['a contraindication id in hide', { hide: ['allergy'] }, 'hide[0]', 'unknown side effect id "allergy"; ignored'],
  ];
  for (const [what, data, path, message] of reported) {
    it(`accepts ${what}, reporting ${path}`, () => {
      const result = validateSideEffectsOverride(data);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.problems).to.deep.equal([{ path, message }]);
    });
  }

  it('reports no problem for known ids', () => {
    const result = validateSideEffectsOverride({ hide: ['vertigo'], notes: [{ id: 'nausea', text: 'x' }] });
    expect(result.ok && result.problems).to.equal(undefined);
  });

  const refused: [string, unknown, string, string][] = [
    ['an id that is not a slug', { hide: ['__proto__'] }, 'hide[0]', 'must be a slug'],
    [
      'a duplicate note',
      {
        notes: [
          { id: 'nausea', text: 'a' },
          { id: 'nausea', text: 'b' },
        ],
      },
      'notes[1].id',
      'duplicate id "nausea"',
    ],
    ['an empty clinic note', { clinicNote: '' }, 'clinicNote', 'must not be empty'],
    ['a huge clinic note', { clinicNote: 'x'.repeat(1001) }, 'clinicNote', 'at most 1000 characters'],
    ['an unknown version', { version: 99 }, 'version', 'unsupported content version'],
    ['a string instead of a list', { hide: 'vertigo' }, 'hide', 'expected array'],
  ];
  for (const [what, data, path, message] of refused) {
    it(`refuses ${what}, naming ${path}`, () => {
      const result = validateSideEffectsOverride(data);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.path).to.equal(path);
      expect(result.message).to.contain(message);
    });
  }

  it('refuses unknown keys such as onclick or effects', () => {
    for (const key of ['onclick', 'effects', 'help']) {
      const result = validateSideEffectsOverride({ [key]: [] });
      expect(result.ok, key).to.equal(false);
      if (!result.ok) expect(result.message).to.contain(key);
    }
  });

  it('treats an own __proto__ key from JSON as an unknown key, leaving Object.prototype alone', () => {
    const parsed = parseOverrideJson('{"__proto__": {"polluted": true}, "hide": ["vertigo"]}');
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(validateSideEffectsOverride(parsed.value).ok).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
