import { expect } from '@open-wc/testing';
import sources from '../../content/sources.json';
import { CONTENT_KINDS } from './kinds.js';
import { LANGS, checkContent, monthsSince, type ContentFiles } from './check.js';

async function bundledFiles(): Promise<ContentFiles> {
  const files: ContentFiles['files'] = {};
  for (const lang of LANGS) {
    files[lang] = {};
    for (const kind of CONTENT_KINDS) {
      files[lang][kind.file] = (await import(`../../content/${lang}/${kind.file}`)).default;
    }
  }
  return { sources, files };
}

const clone = <T>(value: T): T => structuredClone(value);

describe('bundled content', () => {
  it('passes every check: schemas, sources, en/es parity, reading grade, review date', async () => {
    const report = checkContent(await bundledFiles(), new Date());
    expect(report.errors).to.deep.equal([]);
    expect(report.grades.length).to.be.greaterThan(0);
  });

  it('fails on an unknown source id, naming the file and path', async () => {
    const files = await bundledFiles();
    const broken = clone(files);
    (broken.sources as { sources: { id: string }[] }).sources = (broken.sources as { sources: { id: string }[] }).sources.filter(
      (source) => source.id !== 'spravato-label',
    );
    const report = checkContent(broken, new Date());
    // Only meaningful once some content cites the label; the common file has no sources.
    const cited = JSON.stringify(files.files).includes('"spravato-label"');
    expect(report.errors.some((error) => error.includes('unknown source id "spravato-label"'))).to.equal(cited);
  });

  it('fails on a schema error with the exact path', async () => {
    const broken = clone(await bundledFiles());
    (broken.files.en['common.json'] as Record<string, unknown>).notMedicalAdvice = '';
    const report = checkContent(broken, new Date());
    expect(report.errors).to.include('content/en/common.json: notMedicalAdvice: must not be empty');
  });

  it('fails when a file was reviewed more than 12 months ago, and warns from 11', async () => {
    const files = await bundledFiles();
    const reviewed = (files.files.en['common.json'] as { reviewed: string }).reviewed;
    const base = new Date(`${reviewed}T00:00:00Z`);
    const after = (months: number, days = 0) => new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + months, base.getUTCDate() + days));

    const stale = checkContent(files, after(12, 2));
    expect(stale.errors.some((e) => e.startsWith('content/en/common.json: reviewed:') && e.includes('more than 12 months'))).to.equal(true);

    const due = checkContent(files, after(11, 1));
    expect(due.errors.filter((e) => e.includes('reviewed:'))).to.deep.equal([]);
    expect(due.warnings.some((w) => w.startsWith('content/en/common.json: reviewed:'))).to.equal(true);
  });

  it('fails when Spanish lacks an id English has', async () => {
    const broken = clone(await bundledFiles());
    const kind = CONTENT_KINDS.find((k) => k.name !== 'common');
    if (!kind) return; // until an element's content lands, common.json has no ids
    const es = broken.files.es[kind.file] as Record<string, unknown>;
    for (const value of Object.values(es)) {
      if (Array.isArray(value) && value.length && typeof value[0] === 'object' && 'id' in value[0]) {
        value.shift();
        break;
      }
    }
    const report = checkContent(broken, new Date());
    expect(report.errors.some((e) => e.startsWith(`content/es/${kind.file}: missing ids`))).to.equal(true);
  });

  it('fails above reading grade 9', async () => {
    const broken = clone(await bundledFiles());
    (broken.files.en['common.json'] as Record<string, unknown>).crisisShort =
      'Pharmacological intervention necessitates comprehensive individualized cardiovascular evaluation. Contraindications encompass aneurysmal vascular disease and intracerebral hemorrhage.';
    const report = checkContent(broken, new Date());
    expect(report.errors.some((e) => e.startsWith('content/en/common.json: crisisShort: reading grade'))).to.equal(true);
  });

  it('measures months between dates', () => {
    expect(monthsSince('2025-11-27', new Date('2026-11-27T00:00:00Z'))).to.equal(12);
    expect(monthsSince('2026-01-31', new Date('2026-02-01T00:00:00Z'))).to.be.below(1);
  });
});
