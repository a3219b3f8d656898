// The benchmark pages, generated in memory. Every page uses the same clinic-like shell (a header,
// a heading, an intro, the widget, then text below it, so that a widget that grows after its first
// paint pushes something and shows up as layout shift), and embeds the widget the way the README
// tells a clinic to: one module script tag and the element with its attributes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const CLINIC = 'clinic-name="Lakeside Mind Clinic" phone="(555) 010-2345" booking-url="https://lakeside.example/book"';

/** The markup of each element as the demo page sets it up. */
export const ELEMENT_MARKUP = {
  'ketamine-faq': `<ketamine-faq searchable ${CLINIC}></ketamine-faq>`,
  'side-effects-list': `<side-effects-list ${CLINIC}></side-effects-list>`,
  'cost-estimator': `<cost-estimator treatment="iv" prices='{"iv": 475, "spravato": {"low": 600, "high": 900}, "im": 350}' consultation-fee="250" ${CLINIC}></cost-estimator>`,
  'candidacy-quiz': `<candidacy-quiz ${CLINIC}></candidacy-quiz>`,
};

const TITLES = {
  'ketamine-faq': 'Questions patients ask',
  'side-effects-list': 'Side effects and safety',
  'cost-estimator': 'What treatment may cost',
  'candidacy-quiz': 'Could this be worth asking about?',
};

function shell({ lang = 'en', title, head = '', sections }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
<header><p><a href="#top">Lakeside Mind Clinic</a> · <a href="#faq">FAQ</a> · <a href="#book">Book</a></p></header>
<main id="top">
<h1>Ketamine and esketamine treatment for depression</h1>
<p>Our clinic offers IV ketamine and SPRAVATO (esketamine) nasal spray for adults with depression that has not got better
with other treatment. Read the answers below, then call us or book a consultation to talk it through with a clinician.</p>
${sections.join('\n')}
<section id="book">
<h2>Book a consultation</h2>
<p>Call (555) 010-2345 or use the booking page. A first visit takes about an hour and includes a health check.</p>
</section>
</main>
<footer><p>Lakeside Mind Clinic is a fictional clinic used to benchmark ketamine-widgets.</p></footer>
</body>
</html>
`;
}

const section = (tag, inner) => `<section id="${tag === 'ketamine-faq' ? 'faq' : tag}">
<h2>${TITLES[tag]}</h2>
${inner}
</section>`;

/**
 * The floor: the same FAQ text (category titles, questions, answers as paragraphs, the
 * disclaimer) in native <details>, with no JavaScript and no stylesheet at all.
 */
export function floorFaqHtml(faq, common) {
  const categories = faq.categories.map(
    (category) => `<h3>${escapeHtml(category.title)}</h3>
${category.items
  .map(
    (item) => `<details id="${escapeHtml(item.id)}"><summary>${escapeHtml(item.question)}</summary>
${item.answer
  .split(/\n\s*\n/)
  .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
  .join('\n')}
</details>`,
  )
  .join('\n')}`,
  );
  return `<div class="faq">
${categories.join('\n')}
<p>${escapeHtml(common.notMedicalAdvice)}</p>
<p>${escapeHtml(common.reviewedOn)}: <time datetime="${faq.reviewed}">${faq.reviewed}</time></p>
</div>`;
}

/**
 * The pre-rendered pages' widget HTML (issue 18), from `renderToString` in the built
 * `dist/ssr.js`, exactly as a clinic's build step would write it: the FAQ alone, and all four.
 * Empty when dist/ssr.js is missing (those pages are then left out).
 */
export async function prerenderWidgets(root) {
  const ssr = join(root, 'dist/ssr.js');
  if (!existsSync(ssr)) return null;
  const { renderToString } = await import(pathToFileURL(ssr).href);
  const tags = Object.keys(ELEMENT_MARKUP);
  const rendered = {};
  for (const tag of tags) rendered[tag] = await renderToString(ELEMENT_MARKUP[tag]);
  return rendered;
}

/**
 * The page list. Each page: id, path, label, the custom-element tags it waits for, the script it
 * loads (a path under /cdn/), and the interactions the runner performs after load.
 */
export function benchPages(root, { peers = [], prerendered = null } = {}) {
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const faqEn = read('content/en/faq.json');
  const commonEn = read('content/en/common.json');
  // As the README's snippet: render-blocking, so the first frame already shows the widget.
  const script = (file, blocking = true) => `<script type="module" src="/cdn/${file}"${blocking ? ' blocking="render"' : ''}></script>`;
  const pages = [];

  pages.push({
    id: 'floor',
    label: 'floor: static <details> FAQ, zero JS',
    tags: [],
    interactions: ['faq-open'],
    html: shell({ title: 'FAQ (floor)', sections: [section('ketamine-faq', floorFaqHtml(faqEn, commonEn))] }),
  });

  for (const tag of Object.keys(ELEMENT_MARKUP)) {
    pages.push({
      id: tag,
      label: `<${tag}> alone (${tag}.js)`,
      tags: [tag],
      interactions: INTERACTIONS_FOR[tag],
      html: shell({ title: tag, head: script(`${tag}.js`), sections: [section(tag, ELEMENT_MARKUP[tag])] }),
    });
  }

  // The same FAQ page without `blocking="render"`: what a clinic gets when it leaves it out.
  pages.push({
    id: 'ketamine-faq-nonblocking',
    label: '<ketamine-faq> alone, script without blocking="render"',
    tags: ['ketamine-faq'],
    interactions: [],
    html: shell({ title: 'ketamine-faq', head: script('ketamine-faq.js', false), sections: [section('ketamine-faq', ELEMENT_MARKUP['ketamine-faq'])] }),
  });

  const allTags = Object.keys(ELEMENT_MARKUP);
  const all = allTags.map((tag) => section(tag, ELEMENT_MARKUP[tag]));
  pages.push({
    id: 'clinic',
    label: 'clinic page, all four (ketamine-widgets.js)',
    tags: allTags,
    interactions: allTags.flatMap((tag) => INTERACTIONS_FOR[tag]),
    html: shell({ title: 'Clinic page', head: script('ketamine-widgets.js'), sections: all }),
  });
  pages.push({
    id: 'clinic-es',
    label: 'clinic page in Spanish, all four (ketamine-widgets.es.js)',
    tags: allTags,
    interactions: allTags.flatMap((tag) => INTERACTIONS_FOR[tag]),
    html: shell({ lang: 'es', title: 'Página de la clínica', head: script('ketamine-widgets.es.js'), sections: all }),
  });
  pages.push({
    id: 'ketamine-faq-es',
    label: '<ketamine-faq> alone in Spanish (ketamine-faq.es.js)',
    tags: ['ketamine-faq'],
    interactions: INTERACTIONS_FOR['ketamine-faq'],
    html: shell({ lang: 'es', title: 'Preguntas', head: script('ketamine-faq.es.js'), sections: [section('ketamine-faq', ELEMENT_MARKUP['ketamine-faq'])] }),
  });
  // A Spanish page that loads the English-first file: Spanish arrives as a lazy chunk after the
  // first render (what the *.es.js files avoid).
  pages.push({
    id: 'ketamine-faq-es-lazy',
    label: '<ketamine-faq> in Spanish via the English-first file (ketamine-faq.js + lazy chunk)',
    tags: ['ketamine-faq'],
    interactions: [],
    html: shell({ lang: 'es', title: 'Preguntas', head: script('ketamine-faq.js'), sections: [section('ketamine-faq', ELEMENT_MARKUP['ketamine-faq'])] }),
  });

  // Pre-rendered (issue 18): the widgets' HTML from `renderToString` (declarative shadow DOM) in the
  // page, and the hydrate script loaded `async`, as docs/ssr.md first advised (it now says deferred: see the deferred page). `prerendered: true`
  // makes the harness take "content rendered" the floor's way (the content is in the HTML) and
  // record hydration separately. The FAQ alone loads its own hydrate file (docs/ssr.md), the clinic
  // pages the whole library's.
  if (prerendered) {
    const hydrate = '<script type="module" async src="/cdn/ketamine-widgets.hydrate.js"></script>';
    const hydrateFaq = '<script type="module" async src="/cdn/ketamine-faq.hydrate.js"></script>';
    pages.push({
      id: 'ketamine-faq-prerendered',
      label: '<ketamine-faq> pre-rendered (renderToString), ketamine-faq.hydrate.js async',
      tags: ['ketamine-faq'],
      prerendered: true,
      interactions: INTERACTIONS_FOR['ketamine-faq'],
      html: shell({ title: 'ketamine-faq', head: hydrateFaq, sections: [section('ketamine-faq', prerendered['ketamine-faq'])] }),
    });
    // The same HTML with no script at all: what a reader with JavaScript off (or a crawler) gets,
    // and the least any pre-rendered page with these widgets can cost: the shadow DOM, its styles,
    // the sources under every answer and Lit's hydration markers, against the floor's bare <details>.
    pages.push({
      id: 'ketamine-faq-prerendered-noscript',
      label: '<ketamine-faq> pre-rendered (renderToString), no script (JavaScript off)',
      tags: ['ketamine-faq'],
      prerendered: true,
      scriptless: true,
      interactions: [],
      html: shell({ title: 'ketamine-faq', sections: [section('ketamine-faq', prerendered['ketamine-faq'])] }),
    });
    pages.push({
      id: 'clinic-prerendered',
      label: 'clinic page, all four pre-rendered, ketamine-widgets.hydrate.js async',
      tags: allTags,
      prerendered: true,
      interactions: allTags.flatMap((tag) => INTERACTIONS_FOR[tag]),
      html: shell({ title: 'Clinic page', head: hydrate, sections: allTags.map((tag) => section(tag, prerendered[tag])) }),
    });
    // The same with the module script's default (deferred: runs after the whole HTML is parsed).
    // With `async`, the script can run while the parser is still inside the page and define an
    // element before its declarative shadow root has arrived.
    pages.push({
      id: 'clinic-prerendered-deferred',
      label: 'clinic page, all four pre-rendered, ketamine-widgets.hydrate.js deferred (no async)',
      tags: allTags,
      prerendered: true,
      interactions: [],
      html: shell({
        title: 'Clinic page',
        head: '<script type="module" src="/cdn/ketamine-widgets.hydrate.js"></script>',
        sections: allTags.map((tag) => section(tag, prerendered[tag])),
      }),
    });
  }

  for (const peer of peers) {
    pages.push({
      id: peer.id,
      label: peer.label,
      tags: peer.tags,
      interactions: peer.interactions ?? ['peer-open'],
      html: shell({ title: peer.label, head: peer.head, sections: [section('ketamine-faq', peer.body(faqEn, commonEn))] }),
    });
  }

  return pages.map((page) => ({ ...page, path: `/${page.id}.html` }));
}

/** Which interactions each element's page performs (see bench/interactions.js). */
export const INTERACTIONS_FOR = {
  'ketamine-faq': ['faq-open', 'faq-search'],
  'side-effects-list': [],
  'cost-estimator': ['estimator-change'],
  'candidacy-quiz': ['quiz-answer'],
};
