import { expect } from '@open-wc/testing';
import sources from '../../content/sources.json';
import { CONTENT_KINDS } from './kinds.js';
import { LANGS, checkContent, citingItems, monthsSince, parseReviewRecord, type ContentFiles } from './check.js';

async function bundledFiles(): Promise<ContentFiles> {
  const files: ContentFiles['files'] = {};
  for (const lang of LANGS) {
    files[lang] = {};
    for (const kind of CONTENT_KINDS) {
      files[lang][kind.file] = (await import(`../../content/${lang}/${kind.file}`)).default;
    }
  }
  const response = await fetch(new URL('../../content/REVIEW.md', import.meta.url));
  expect(response.ok, 'content/REVIEW.md is served').to.equal(true);
  return { sources, files, review: await response.text() };
}

type SourceEntry = { id: string; url: string; kind?: string; publisher?: string };
const sourceList = (files: ContentFiles) => (files.sources as { sources: SourceEntry[] }).sources;

/** REVIEW.md with the `## <id>` section of one source removed. */
function withoutSection(markdown: string, id: string): string {
  return markdown.replace(new RegExp(`^## ${id}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm'), '');
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

  describe('sources.json entries', () => {
    it('fails on a bare homepage URL unless the entry is kind "site"', async () => {
      const broken = clone(await bundledFiles());
      const entry = sourceList(broken).find((source) => source.id === 'elekt-d-2023')!;
      entry.url = 'https://www.nejm.org/';
      const report = checkContent(broken, new Date());
      expect(report.errors.some((e) => /^content\/sources\.json: sources\[\d+\]\.url: is a bare homepage/.test(e))).to.equal(true);

      entry.kind = 'site';
      expect(checkContent(broken, new Date()).errors).to.deep.equal([]);
    });

    it('accepts the bundled "site" entries and no homepage anywhere else', async () => {
      for (const source of sourceList(await bundledFiles())) {
        const path = new URL(source.url).pathname;
        if (source.kind !== 'site') expect(path, source.id).not.to.equal('/');
      }
    });

    it('fails when an entry has no publisher', async () => {
      const broken = clone(await bundledFiles());
      delete sourceList(broken)[0].publisher;
      const report = checkContent(broken, new Date());
      expect(report.errors.some((e) => e.startsWith('content/sources.json: sources[0].publisher'))).to.equal(true);
    });
  });

  describe('content/REVIEW.md', () => {
    it('fails when the review record is missing', async () => {
      const files = await bundledFiles();
      const report = checkContent({ ...files, review: undefined }, new Date());
      expect(report.errors.some((e) => e.startsWith('content/REVIEW.md: missing'))).to.equal(true);
    });

    it('fails when a cited source has no "## <id>" section, naming the citing items', async () => {
      const files = await bundledFiles();
      const review = withoutSection(files.review!, 'elekt-d-2023');
      expect(parseReviewRecord(review).has('elekt-d-2023')).to.equal(false);
      expect(parseReviewRecord(review).has('wilkinson-2018')).to.equal(true);
      const report = checkContent({ ...files, review }, new Date());
      const error = report.errors.find((e) => e.startsWith('content/REVIEW.md: no "## elekt-d-2023" section'));
      expect(error).to.contain('faq:off-label');
    });

    it('covers every source the quiz cites too', async () => {
      const files = await bundledFiles();
      const quizSources = new Set(citingItems(files.files.en['quiz.json'], 'quiz').map((entry) => entry.source));
      expect(quizSources.size).to.be.greaterThan(0);
      const entries = parseReviewRecord(files.review!);
      for (const source of quizSources) expect(entries.has(source), source).to.equal(true);
      // Pre-written for the quiz work: sources it may cite next.
      for (const source of ['spravato-label', 'ketamine-si-trial-exclusions-2023', 'lifeline-988']) expect(entries.has(source), source).to.equal(true);
    });

    it('fails when a section has no Opened date, or one in the future', async () => {
      const files = await bundledFiles();
      const noDate = files.review!.replace(/^(## wilkinson-2018\n\n)Opened: \d{4}-\d{2}-\d{2}/m, '$1Checked: soon');
      expect(noDate).not.to.equal(files.review);
      expect(checkContent({ ...files, review: noDate }, new Date()).errors).to.include('content/REVIEW.md: ## wilkinson-2018: needs an "Opened: YYYY-MM-DD" line');

      const future = files.review!.replace(/^(## wilkinson-2018\n\n)Opened: \d{4}-\d{2}-\d{2}/m, '$1Opened: 2999-01-01');
      expect(checkContent({ ...files, review: future }, new Date()).errors).to.include('content/REVIEW.md: ## wilkinson-2018: Opened: 2999-01-01 is in the future');
    });

    it('fails on a section for an id that sources.json does not have', async () => {
      const files = await bundledFiles();
      const review = `${files.review}\n## made-up-source\n\nOpened: 2026-11-30.\n`;
      expect(checkContent({ ...files, review }, new Date()).errors).to.include('content/REVIEW.md: ## made-up-source: no such id in content/sources.json');
    });

    it('warns when a citing item has no passage listed, and when a listed item no longer cites the source', async () => {
      const files = await bundledFiles();
      expect(checkContent(files, new Date()).warnings.filter((w) => w.startsWith('content/REVIEW.md'))).to.deep.equal([]);
      const review = files.review!.replace(/^- `faq:off-label` → .*\n/m, '').replace(/^(## wilkinson-2018\n[\s\S]*?)(^- `)/m, '$1- `faq:made-up-item` → A\n$2');
      const report = checkContent({ ...files, review }, new Date());
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings).to.include('content/REVIEW.md: ## elekt-d-2023: no passage listed for `faq:off-label`, which cites it');
      expect(report.warnings).to.include('content/REVIEW.md: ## wilkinson-2018: lists `faq:made-up-item`, which no longer cites it');
    });

    it('names items by the nearest id plus the keys below it', () => {
      const doc = { labels: { during: { sources: ['a'] } }, plans: [{ id: 'iv', price: { sources: ['b'] } }], items: [{ id: 'x', sources: ['c', 'd'] }] };
      expect(citingItems(doc, 'cost')).to.deep.equal([
        { source: 'a', item: 'cost:labels.during' },
        { source: 'b', item: 'cost:iv.price' },
        { source: 'c', item: 'cost:x' },
        { source: 'd', item: 'cost:x' },
      ]);
    });
  });

  it('measures months between dates', () => {
    expect(monthsSince('2025-11-27', new Date('2026-11-27T00:00:00Z'))).to.equal(12);
    expect(monthsSince('2026-01-31', new Date('2026-02-01T00:00:00Z'))).to.be.below(1);
  });
});
