// A static site's build step, in plain Node: pre-render the widgets with `ketamine-widgets/ssr`
// and write dist/index.html. The content is in the HTML before any script runs (readers with
// JavaScript off, crawlers); the hydrate script then adopts it without rendering it again.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { renderToString } from 'ketamine-widgets/ssr';

const clinic = { name: 'Lakeside Clinic', phone: '555-0100' };
const dist = new URL('./dist/', import.meta.url);

// In production, use the jsDelivr URL from docs/ssr.md. The example serves its own copy of the
// script (the hydrate file and the chunks it loads), so it builds and runs offline.
const cdn = new URL('./node_modules/ketamine-widgets/dist/cdn/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(new URL('./cdn/', dist), { recursive: true });
cpSync(new URL('./ketamine-widgets.hydrate.js', cdn), new URL('./cdn/ketamine-widgets.hydrate.js', dist));
cpSync(new URL('./chunks/', cdn), new URL('./cdn/chunks/', dist), { recursive: true });
const { files } = JSON.parse(readFileSync(new URL('./integrity.json', cdn), 'utf8'));

const widgets = await renderToString(
  `<h2>Questions patients ask</h2>
  <ketamine-faq clinic-name="${clinic.name}" phone="${clinic.phone}" structured-data></ketamine-faq>
  <h2>Side effects</h2>
  <side-effects-list phone="${clinic.phone}"></side-effects-list>`,
  { lang: 'en' },
);

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketamine therapy at ${clinic.name}</title>
<!-- Deferred (type="module", no async): it runs after the page is parsed, never mid-widget. -->
<script type="module" src="cdn/ketamine-widgets.hydrate.js" integrity="${files['ketamine-widgets.hydrate.js']}"></script>
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; }</style>
</head>
<body>
<main>
<h1>Ketamine therapy at ${clinic.name}</h1>
<p>We offer ketamine treatment for depression under medical supervision. The answers below explain
how it works, what it can and cannot do, and its side effects. Call us at
<a href="tel:${clinic.phone.replace(/\D/g, '')}">${clinic.phone}</a> with any question.</p>
${widgets}
</main>
</body>
</html>
`;
writeFileSync(new URL('./index.html', dist), page);
console.log(`wrote dist/index.html (${(page.length / 1024).toFixed(0)} KB)`);
