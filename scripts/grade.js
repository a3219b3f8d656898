#!/usr/bin/env node
// Reading grade of a passage, for writers: `node scripts/grade.js en "Some text."`
import { runnerImport } from 'vite';

const [lang = 'en', ...words] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;
const { module } = await runnerImport('./src/content/readability.ts', { root, logLevel: 'error', configFile: false });
const text = words.join(' ');
console.log(module.readingGrade(text, lang).toFixed(1), JSON.stringify(module.textStats(text, lang)));
