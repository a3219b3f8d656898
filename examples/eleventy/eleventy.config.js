// Eleventy 3 with pre-rendered ketamine-widgets (issue 18): a paired shortcode hands the elements,
// written as in any page, to `renderToString` from `ketamine-widgets/ssr`, so the built HTML holds
// the FAQ's questions and answers and the side effects before any script runs. The hydrate script
// then adopts them without rendering them again.
import { readFileSync } from 'node:fs';
import { renderToString } from 'ketamine-widgets/ssr';

// In production, load the hydrate script from jsDelivr (docs/ssr.md). The example copies it (and
// the chunks it may load) into the site, so it builds and runs offline.
const cdn = 'node_modules/ketamine-widgets/dist/cdn';
const { files } = JSON.parse(readFileSync(`${cdn}/integrity.json`, 'utf8'));

export default function (eleventyConfig) {
  // {% prerender "es" %}<ketamine-faq …></ketamine-faq>{% endprerender %}: the language is the
  // page's (written onto each element, so the script renders the same language when it takes over).
  eleventyConfig.addPairedShortcode('prerender', (markup, lang = 'en') => renderToString(markup, { lang }));

  eleventyConfig.addPassthroughCopy({
    [`${cdn}/ketamine-widgets.hydrate.js`]: 'cdn/ketamine-widgets.hydrate.js',
    [`${cdn}/chunks`]: 'cdn/chunks',
  });
  eleventyConfig.addGlobalData('hydrate', { src: '/cdn/ketamine-widgets.hydrate.js', integrity: files['ketamine-widgets.hydrate.js'] });

  return { dir: { input: 'src', output: 'dist' } };
}
