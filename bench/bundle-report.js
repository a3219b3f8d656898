#!/usr/bin/env node
// What is inside the script-tag file: builds src/index.ts the way scripts/build.js builds the CDN
// file (into a temporary folder) and lists each module's minified size and its share of the
// chunk, largest first, with the chunk's gzip size. A tool for finding what to cut, not a test.
//
//   node bench/bundle-report.js [entry]   (default src/index.ts; e.g. src/ketamine-faq/define.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, process.argv[2] ?? 'src/index.ts');
const outDir = mkdtempSync(join(tmpdir(), 'kw-bundle-'));
const chunks = [];
try {
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [
      {
        name: 'bundle-report',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunks.push(chunk);
        },
      },
    ],
    build: {
      outDir,
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: { bundle: entry }, formats: ['es'] },
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const short = (id) => id.replace(root, '').replace(/^.*node_modules\//, '~');
for (const chunk of chunks.sort((a, b) => Number(b.isEntry) - Number(a.isEntry))) {
  const gzip = gzipSync(chunk.code, { level: 9 }).length;
  const total = chunk.code.length;
  console.log(`\n${chunk.fileName}${chunk.isEntry ? ' (entry)' : ''}: ${(total / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(2)} KB gzip`);
  const modules = Object.entries(chunk.modules)
    .map(([id, info]) => ({ id: short(id), size: info.renderedLength, gzip: info.code ? gzipSync(info.code, { level: 9 }).length : 0 }))
    .filter((m) => m.size > 0)
    .sort((a, b) => b.size - a.size);
  for (const m of modules) {
    console.log(
      `  ${(m.size / 1024).toFixed(1).padStart(6)} KB  ${((m.size / total) * 100).toFixed(1).padStart(5)} %  ~${(m.gzip / 1024).toFixed(2)} KB gz alone  ${m.id}`,
    );
  }
}
