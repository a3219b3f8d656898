import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { checkContent } from './src/content/check.ts';
import { minifyLiterals } from './scripts/minify-literals.js';
import { faqParts } from './scripts/faq-split.js';

const root = import.meta.dirname;

function readContentFiles() {
  const files: Record<string, Record<string, unknown>> = {};
  for (const lang of ['en', 'es']) {
    files[lang] = {};
    const dir = join(root, 'content', lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.json')) files[lang][name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    }
  }
  const reviewPath = join(root, 'content', 'REVIEW.md');
  const review = existsSync(reviewPath) ? readFileSync(reviewPath, 'utf8') : undefined;
  return { sources: JSON.parse(readFileSync(join(root, 'content', 'sources.json'), 'utf8')), files, review };
}

/**
 * Bundled content is validated once, at build time, so no schema ships for it (only clinic
 * overrides are validated at run time). Runs before Vite's JSON plugin.
 */
function validateBundledContent(): Plugin {
  return {
    name: 'ketamine-widgets:validate-content',
    enforce: 'pre',
    buildStart() {
      const report = checkContent(readContentFiles(), new Date());
      for (const warning of report.warnings) this.warn(warning);
      if (report.errors.length) this.error(`bundled content is invalid:\n${report.errors.join('\n')}`);
    },
  };
}

/** `npm start` opens on the demo clinic page. */
function demoIndex(): Plugin {
  return {
    name: 'ketamine-widgets:demo-index',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  // minifyLiterals: every build (CDN, npm, SSR, hydrate) reads this config, so server and client
  // stamp the same minified template strings, as Lit's hydration requires.
  // faqParts: the FAQ's answers are a lazy chunk split from content/<lang>/faq.json (scripts/faq-split.js).
  plugins: [validateBundledContent(), faqParts(), minifyLiterals(), demoIndex()],
  server: { host: '127.0.0.1', port: 5173 },
  json: { stringify: true },
});
