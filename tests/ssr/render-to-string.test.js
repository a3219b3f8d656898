// `ketamine-widgets/ssr` (issue 18), against the built dist/ssr.js as a clinic's Node build uses it.
// Run: node scripts/build-ssr.js && node --test tests/ssr/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from '../../dist/ssr.js';

/** Runs `fn` with console.error captured; returns [result, messages]. */
async function capturingErrors(fn) {
  const messages = [];
  const original = console.error;
  console.error = (...args) => messages.push(args.join(' '));
  try {
    return [await fn(), messages];
  } finally {
    console.error = original;
  }
}

const shadow = (html) => html.slice(html.indexOf('<template shadowrootmode="open"'));

test('the same input gives byte-identical output', async () => {
  const markup =
    '<ketamine-faq clinic-name="Lakeside" structured-data></ketamine-faq><side-effects-list lang="es"></side-effects-list><candidacy-quiz phone="555-0100"></candidacy-quiz>';
  const first = await renderToString(markup);
  const second = await renderToString(markup);
  assert.equal(first, second);
  assert.ok(first.length > 10_000);
});

test('the FAQ has declarative shadow DOM with every answer, the sources, the disclaimer and the crisis line', async () => {
  const html = await renderToString('<ketamine-faq></ketamine-faq>');
  assert.match(html, /^<!--lit-part [^>]*-->(<!--lit-node 0-->)?<ketamine-faq\s*><template shadowroot="open" shadowrootmode="open">/);
  const questions = html.match(/class="question-button"/g) ?? [];
  const answers = html.match(/class="answer-body"/g) ?? [];
  assert.ok(questions.length >= 30, `${questions.length} questions`);
  assert.equal(answers.length, questions.length, 'every question has its answer in the HTML');
  assert.match(html, /What is ketamine therapy\?/);
  assert.match(html, /part="citations"|class="citations"/);
  assert.match(html, /Educational information, not medical advice/);
  assert.match(html, /<a href="tel:988">(<!--[^>]*-->)*988(<!--[^>]*-->)*<\/a>/);
  assert.match(html, /<noscript\s*><style>\s*\.answer\[hidden\]\s*\{\s*display:\s*block;\s*content-visibility:\s*visible;?\s*\}/);
  // Question buttons cannot work before the script: they say so, and claim no collapsed state.
  assert.doesNotMatch(shadow(html), /aria-expanded=/);
  assert.equal((html.match(/aria-disabled="true"/g) ?? []).length, questions.length);
});

test('lang="es" renders Spanish; the page language fills in a missing lang', async () => {
  const es = await renderToString('<ketamine-faq lang="es"></ketamine-faq>');
  assert.match(es, /¿Qué es la terapia con ketamina\?/);
  assert.match(es, /lang="es"/);
  assert.doesNotMatch(es, /What is ketamine therapy\?/);
  const page = await renderToString('<ketamine-faq></ketamine-faq>', { lang: 'es' });
  assert.match(page, /<ketamine-faq\s+lang="es">/);
  assert.match(page, /¿Qué es la terapia con ketamina\?/);
  const own = await renderToString('<ketamine-faq lang="en"></ketamine-faq>', { lang: 'es' });
  assert.match(own, /What is ketamine therapy\?/);
});

test('attributes are respected: category, heading-level, phone and clinic name', async () => {
  const html = await renderToString('<ketamine-faq category="cost" heading-level="3" phone="(555) 010-0100" clinic-name="Lakeside &amp; Co"></ketamine-faq>');
  assert.match(html, /data-category="cost"/);
  assert.doesNotMatch(html, /data-category="basics"/);
  assert.match(html, /<h3 class="category-title"/);
  assert.match(html, /<h4 class="question"/);
  assert.match(html, /clinic-name="Lakeside &amp; Co"/);
  assert.match(html, /href="tel:5550100100"[^>]*>[^<]*(<!--[^>]*-->)*Call(<!--[^>]*-->)* (<!--[^>]*-->)*Lakeside &amp; Co/);
});

test('an inline JSON override is validated and applied, and kept for the script', async () => {
  const override = '{"version":1,"hide":["what-is-ketamine-therapy"]}';
  const html = await renderToString(`<ketamine-faq><script type="application/json">${override}</script></ketamine-faq>`);
  assert.doesNotMatch(html, /id="faq-what-is-ketamine-therapy"/);
  assert.ok(html.includes(`<script type="application/json">${override}</script>`));
});

// Hydration (issue 18) needs the HTML the script will render: the script reads the page config,
// so the server must too, with the same precedence (own attribute, element section, page level).
test('the page config in the markup (or options.pageConfig) fills what the element leaves unset, as in the browser', async () => {
  const config = {
    clinicName: 'Lakeside',
    phone: '555-0100',
    theme: 'dark',
    'ketamine-faq': { 'heading-level': 3, 'structured-data': true },
    'cost-estimator': { phone: '555-0199' },
  };
  const script = `<script type="application/json" id="ketamine-widgets-config">${JSON.stringify(config)}</script>`;
  const markup = '<ketamine-faq clinic-name="Own name"></ketamine-faq><side-effects-list></side-effects-list><cost-estimator></cost-estimator>';
  const [html, errors] = await capturingErrors(() => renderToString(script + markup));
  assert.deepEqual(errors, []);
  assert.ok(html.startsWith(script), 'the config script passes through for the browser');
  const faq = html.slice(html.indexOf('<ketamine-faq'), html.indexOf('</ketamine-faq>'));
  assert.match(faq, /<ketamine-faq\s+clinic-name="Own name" theme="dark"/, 'theme reflected on the host as the browser reflects it');
  assert.match(faq, /<h3 class="category-title"/, 'heading-level from the section');
  assert.match(faq, /href="tel:5550100"[^>]*>[^<]*(<!--[^>]*-->)*Call(<!--[^>]*-->)* (<!--[^>]*-->)*Own name/, 'own attribute wins');
  assert.match(html, /<script type="application\/ld\+json"/, 'structured-data from the section');
  const effects = html.slice(html.indexOf('<side-effects-list'), html.indexOf('</side-effects-list>'));
  assert.match(effects, /<h2/, 'the FAQ section does not reach the side-effects list');
  assert.match(html, /<a href="tel:5550199">Call Lakeside: 555-0199<\/a>/, "the estimator's fallback uses its section's phone");

  // The same config given as an option (its script is in the site layout, not in this markup).
  assert.equal(await renderToString(markup, { pageConfig: config }), html.slice(script.length));
  assert.equal(await renderToString(markup, { pageConfig: JSON.stringify(config) }), html.slice(script.length));
  // A broken config is reported as in the browser and ignored.
  const [plain, broken] = await capturingErrors(() => renderToString(markup, { pageConfig: '{ nope' }));
  assert.match(broken.join('\n'), /page-config/);
  assert.doesNotMatch(plain, /theme="dark"/);
});

test('src: not fetched; the bundled content is rendered (an inline override is ignored, as the browser ignores it) with a warning', async () => {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    const html = await renderToString(
      '<ketamine-faq src="/faq.json"><script type="application/json">{"version":1,"hide":["what-is-ketamine-therapy"]}</script></ketamine-faq>',
    );
    assert.match(html, /id="faq-what-is-ketamine-therapy"/);
    assert.match(html, /<script type="application\/json">/, 'the inline script is kept');
    assert.match(warnings.join('\n'), /\[ketamine-faq\] src: not fetched when pre-rendering/);
  } finally {
    console.warn = original;
  }
});

test('bad attributes and a bad override do not throw: reported, bundled content rendered', async () => {
  const [html, errors] = await capturingErrors(() =>
    renderToString(
      '<ketamine-faq heading-level="banana" category="nope" booking-url="javascript:alert(1)" onclick="x()" phone="call me"><script type="application/json">{bad</script></ketamine-faq>',
    ),
  );
  assert.match(html, /What is ketamine therapy\?/);
  // The attribute stays as the clinic wrote it (the script refuses it again); no link carries it.
  assert.doesNotMatch(html, /href="javascript:/);
  assert.doesNotMatch(html, /onclick/);
  for (const field of ['booking-url', 'heading-level', 'category', 'onclick', 'phone', 'invalid JSON']) {
    assert.ok(
      errors.some((message) => message.startsWith('[ketamine-faq]') && message.includes(field)),
      `an error names ${field}: ${errors.join(' | ')}`,
    );
  }
});

test('markup other than the elements passes through unchanged; comments are not parsed', async () => {
  const html = await renderToString('<h2>Questions</h2>\n<!-- <ketamine-faq></ketamine-faq> -->\n<p>After</p>');
  assert.equal(html, '<h2>Questions</h2>\n<!-- <ketamine-faq></ketamine-faq> -->\n<p>After</p>');
});

test('an unclosed element is a plain error, not a crash of the process', async () => {
  await assert.rejects(renderToString('<ketamine-faq lang="es">'), /<ketamine-faq> is not closed/);
});

test('structured-data adds one FAQPage JSON-LD for the questions shown', async () => {
  const html = await renderToString(
    '<ketamine-faq structured-data category="cost"></ketamine-faq><ketamine-faq structured-data category="cost"></ketamine-faq>',
  );
  const scripts = html.match(/<script type="application\/ld\+json" data-ketamine-widgets="faq">([^<]*)<\/script>/g) ?? [];
  assert.equal(scripts.length, 1);
  const json = JSON.parse(scripts[0].replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
  assert.equal(json['@type'], 'FAQPage');
  const names = json.mainEntity.map((entry) => entry.name);
  assert.equal(new Set(names).size, names.length, 'no question twice');
  assert.ok(names.length >= 1 && names.every((name) => html.includes(name.replace(/&/g, '&amp;'))));
  assert.doesNotMatch(await renderToString('<ketamine-faq></ketamine-faq>'), /ld\+json/);
});

test('side effects render into declarative shadow DOM with the footer', async () => {
  const html = await renderToString('<side-effects-list lang="es"></side-effects-list>');
  assert.match(html, /<side-effects-list\s+lang="es"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<a href="tel:988">(<!--[^>]*-->)*988(<!--[^>]*-->)*<\/a>/);
  assert.match(html, /no es un consejo médico|No es un consejo médico|no médico|consejo médico/i);
});

test('cost estimator and quiz: intro, the clinic phone and the needs-JavaScript line as light DOM', async () => {
  const html = await renderToString(
    '<cost-estimator phone="555-0100" clinic-name="Lakeside"></cost-estimator><candidacy-quiz lang="es" heading-level="3"></candidacy-quiz>',
  );
  assert.doesNotMatch(html, /shadowrootmode/);
  assert.match(
    html,
    /<cost-estimator phone="555-0100" clinic-name="Lakeside"><div data-ketamine-widgets-fallback lang="en"><h2>What might treatment cost\?<\/h2>/,
  );
  assert.match(html, /This tool needs JavaScript/);
  assert.match(html, /<a href="tel:5550100">Call Lakeside: 555-0100<\/a>/);
  assert.match(html, /<candidacy-quiz lang="es" heading-level="3"><div data-ketamine-widgets-fallback lang="es"><h3>/);
  assert.match(html, /Esta herramienta necesita JavaScript/);
  assert.doesNotMatch(html, /\{total\}/);
  assert.equal((html.match(/<a href="tel:988">988<\/a>/g) ?? []).length, 2);
});

// Strict CSP (issue 18): a page with `style-src 'self'` and no 'unsafe-inline' blocks inline
// `style` attributes outright, and allows a `<style>` only when its hash is listed.
test('strict CSP: no inline style attribute, and every <style> is one of dist/ssr-style-hashes.json', async () => {
  const { createHash } = await import('node:crypto');
  const { readFile } = await import('node:fs/promises');
  const hashes = JSON.parse(await readFile(new URL('../../dist/ssr-style-hashes.json', import.meta.url), 'utf8'));
  const allowed = new Set(hashes.styleSrc.split(' '));
  const markups = [
    '<ketamine-faq clinic-name="Lakeside" phone="555-0100" booking-url="https://lakeside.example/book" searchable structured-data theme="dark" heading-level="3"></ketamine-faq>',
    '<ketamine-faq lang="es" category="safety"><script type="application/json">{"version":1,"hide":["what-is-ketamine-therapy"]}</script></ketamine-faq>',
    '<side-effects-list></side-effects-list><side-effects-list layout="full" lang="es" compact></side-effects-list>',
    '<cost-estimator phone="555-0100"></cost-estimator><candidacy-quiz lang="es" phone="555-0100"></candidacy-quiz>',
  ];
  let styles = 0;
  for (const markup of markups) {
    const html = await renderToString(markup);
    assert.doesNotMatch(html, /<[^>]+\sstyle\s*=/i, `inline style attribute in the output of ${markup}`);
    for (const [, text] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      styles++;
      const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      assert.ok(allowed.has(hash), `a <style> of ${markup.slice(0, 40)}… is not in dist/ssr-style-hashes.json (${hash})`);
    }
  }
  assert.ok(styles >= 8, `${styles} <style> elements checked`);
});
