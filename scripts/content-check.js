#!/usr/bin/env node
// `npm run content:check`: validates all bundled content, source ids, en/es parity, review
// dates and reading grades. Exits 1 on any error. The logic lives in src/content/check.ts.
import { runnerImport } from 'vite';
import { readContentFiles } from './load-content.js';

const root = new URL('..', import.meta.url).pathname;
const { module: check } = await runnerImport('./src/content/check.ts', { root, logLevel: 'error', configFile: false });

const report = check.checkContent(readContentFiles(root), new Date());
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
for (const error of report.errors) console.error(`error: ${error}`);

const byLang = (lang) => report.grades.filter((row) => row.lang === lang);
for (const lang of check.LANGS) {
  const rows = byLang(lang);
  if (!rows.length) continue;
  const mean = rows.reduce((sum, row) => sum + row.grade, 0) / rows.length;
  const aboveTarget = rows.filter((row) => row.grade > check.TARGET_GRADE).length;
  console.log(
    `\n${lang}: ${rows.length} passages scored, mean grade ${mean.toFixed(1)}, ${aboveTarget} above the target of ${check.TARGET_GRADE}, hard limit ${check.MAX_GRADE}`,
  );
}
console.log(`\nHardest ten passages:\n${check.gradeTable(report.grades)}`);

if (report.errors.length) {
  console.error(`\ncontent:check failed: ${report.errors.length} error(s)`);
  process.exit(1);
}
console.log(`\ncontent:check passed (${report.warnings.length} warning(s))`);
