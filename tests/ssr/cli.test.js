// `npx ketamine-widgets render …` (issue 18), run as a clinic runs it. Needs dist/ssr.js.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = new URL('../../bin/ketamine-widgets.js', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('render faq --lang es --config clinic.json writes the pre-rendered FAQ', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  const config = join(dir, 'clinic.json');
  writeFileSync(
    config,
    JSON.stringify({
      'clinic-name': 'Lakeside & Co',
      phone: '555-0100',
      searchable: true,
      single: false,
      content: { faq: { version: 1, hide: ['what-is-ketamine-therapy'] } },
    }),
  );
  const html = execFileSync(process.execPath, [bin, 'render', 'faq', '--lang', 'es', '--config', config, '--structured-data'], { encoding: 'utf8' });
  assert.match(
    html,
    /<ketamine-faq\s+clinic-name="Lakeside &amp; Co" phone="555-0100" searchable structured-data lang="es"><template shadowrootmode="open"|<ketamine-faq\s+clinic-name="Lakeside &amp; Co" phone="555-0100" searchable structured-data lang="es"><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.doesNotMatch(html, / single/);
  assert.match(html, /¿Cuánto cuesta|Costo|costo/);
  assert.doesNotMatch(html, /id="faq-what-is-ketamine-therapy"/);
  assert.match(html, /<script type="application\/json">\{"version":1,"hide":\["what-is-ketamine-therapy"\]\}<\/script>/);
  assert.match(html, /application\/ld\+json/);
  // Deterministic: the same command, the same bytes.
  assert.equal(execFileSync(process.execPath, [bin, 'render', 'faq', '--lang', 'es', '--config', config, '--structured-data'], { encoding: 'utf8' }), html);
});

test('render quiz and cost: the no-JavaScript fallback', () => {
  assert.match(run('render', 'quiz').stdout, /<candidacy-quiz><div data-ketamine-widgets-fallback lang="en">/);
  assert.match(run('render', 'cost-estimator', '--lang', 'es').stdout, /Esta herramienta necesita JavaScript/);
});

test('mistakes exit 2 with a message, not a stack trace', () => {
  for (const args of [
    ['render', 'nope'],
    ['render', 'faq', '--lang', 'fr'],
    ['build'],
    ['render', 'faq', '--config', '/nonexistent.json'],
    ['render', 'faq', '--wat'],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^ketamine-widgets: /);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.equal(result.stdout, '');
  }
});

test('render faq --lang es --script puts the Spanish hydrate file first, pinned, with an import map covering its chunks', () => {
  const integrity = JSON.parse(readFileSync(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));
  const out = run('render', 'faq', '--lang', 'es', '--script').stdout;
  const [, mapJson] = out.match(/^<script type="importmap">\n([\s\S]*?)\n<\/script>\n<script type="module"/);
  const base = `https://cdn.jsdelivr.net/npm/ketamine-widgets@${integrity.version}/dist/cdn/`;
  const covered = JSON.parse(mapJson).integrity;
  for (const chunk of integrity.graph['ketamine-faq.hydrate.es.js'].imports) assert.equal(covered[base + chunk], integrity.files[chunk], chunk);
  for (const [url, hash] of Object.entries(covered)) assert.equal(hash, integrity.files[url.slice(base.length)], url);
  assert.match(
    out,
    new RegExp(`src="${base}ketamine-faq\\.hydrate\\.es\\.js"\\n  integrity="${integrity.files['ketamine-faq.hydrate.es.js'].replace(/[+/]/g, '\\$&')}"`),
  );
  assert.match(out, /crossorigin="anonymous"><\/script>\n\n(<!--lit-part[^>]*-->)?<ketamine-faq\s+lang="es"><template shadowroot/);
  assert.doesNotMatch(run('render', 'faq').stdout, /<script type="module"/);
});
