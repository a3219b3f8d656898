import { expect } from '@open-wc/testing';
import { parseGroupBy, parseLayout, parseRoute, parseShow } from './side-effects-options.js';

describe('side-effects-list attribute parsing', () => {
  describe('parseGroupBy', () => {
    const cases: [string | null, string, boolean][] = [
      [null, 'timing', false],
      ['', 'timing', false],
      ['   ', 'timing', false],
      ['timing', 'timing', false],
      ['severity', 'severity', false],
      [' Severity ', 'severity', false],
      ['x', 'timing', true],
      ['route', 'timing', true],
      ['__proto__', 'timing', true],
    ];
    for (const [raw, value, error] of cases) {
      it(`${JSON.stringify(raw)} → ${value}${error ? ' with an error' : ''}`, () => {
        const parsed = parseGroupBy(raw);
        expect(parsed.value).to.equal(value);
        expect(Boolean(parsed.error)).to.equal(error);
      });
    }

    it('names the refused value and the fallback', () => {
      expect(parseGroupBy('x').error).to.equal('"x" is not timing or severity; grouping by timing');
    });

    it('quotes at most 40 characters of a long value', () => {
      const error = parseGroupBy('y'.repeat(5000)).error!;
      expect(error.length).to.be.lessThan(120);
      expect(error).to.contain(`"${'y'.repeat(40)}…"`);
    });
  });

  describe('parseLayout', () => {
    const cases: [string | null, string, boolean][] = [
      [null, 'summary', false],
      ['', 'summary', false],
      ['summary', 'summary', false],
      [' FULL ', 'full', false],
      ['compact', 'summary', true],
      ['__proto__', 'summary', true],
    ];
    for (const [raw, value, error] of cases) {
      it(`${JSON.stringify(raw)} → ${value}${error ? ' with an error' : ''}`, () => {
        const parsed = parseLayout(raw);
        expect(parsed.value).to.equal(value);
        expect(Boolean(parsed.error)).to.equal(error);
      });
    }

    it('names the refused value and the fallback', () => {
      expect(parseLayout('long').error).to.equal('"long" is not summary or full; using the summary layout');
    });
  });

  describe('parseRoute', () => {
    const cases: [string | null, string | null, boolean][] = [
      [null, null, false],
      ['', null, false],
      ['iv', 'iv', false],
      ['nasal', 'nasal', false],
      ['IM', 'im', false],
      [' oral', 'oral', false],
      ['xyz', null, true],
      ['iv,nasal', null, true],
      ['constructor', null, true],
    ];
    for (const [raw, value, error] of cases) {
      it(`${JSON.stringify(raw)} → ${value}${error ? ' with an error' : ''}`, () => {
        const parsed = parseRoute(raw);
        expect(parsed.value).to.equal(value);
        expect(Boolean(parsed.error)).to.equal(error);
      });
    }

    it('names the refused value and the allowed ones', () => {
      expect(parseRoute('xyz').error).to.equal('"xyz" is not one of iv, nasal, im, oral; showing every route');
    });
  });

  describe('parseShow', () => {
    const all = ['effects', 'contraindications', 'help'];
    const cases: [string | null, string[], boolean][] = [
      [null, all, false],
      ['', all, false],
      [' , ', all, false],
      ['effects,contraindications,help', all, false],
      ['contraindications', ['contraindications'], false],
      ['help', ['help'], false],
      ['Help , CONTRAINDICATIONS', ['help', 'contraindications'], false],
      ['contraindications help', ['contraindications', 'help'], false],
      // The help block always comes with the effects.
      ['effects', ['effects', 'help'], false],
      ['effects,contraindications', ['effects', 'contraindications', 'help'], false],
      ['foo', all, true],
      ['effects,foo', all, true],
    ];
    for (const [raw, sections, error] of cases) {
      it(`${JSON.stringify(raw)} → ${sections.join(',')}${error ? ' with an error' : ''}`, () => {
        const parsed = parseShow(raw);
        expect([...parsed.value].sort()).to.deep.equal([...sections].sort());
        expect(Boolean(parsed.error)).to.equal(error);
      });
    }

    it('names every unknown section', () => {
      expect(parseShow('foo').error).to.equal('"foo" is not a section (use effects, contraindications, help); showing all sections');
      expect(parseShow('foo,bar,help').error).to.equal('"foo", "bar" are not sections (use effects, contraindications, help); showing all sections');
    });
  });
});
