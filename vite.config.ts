import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { checkContent } from './src/content/check.ts';
import { minifyLiterals } from './scripts/minify-literals.js';
import { FAQ_PART, faqPart } from './scripts/faq-split.js';

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

/**
 * `content/<lang>/faq.json?questions` and `?answers` (scripts/faq-split.js): the FAQ's first frame
 * ships the questions; the answers are a lazy chunk. The server build gets every answer with the
 * questions. Each part is emitted as a JS module, as Vite emits a JSON file (`json.stringify`).
 */
function faqParts(): Plugin {
  return {
    name: 'ketamine-widgets:faq-parts',
    enforce: 'pre',
    load(id, options) {
      const part = FAQ_PART.exec(id)?.[1] as 'questions' | 'answers' | undefined;
      if (!part) return null;
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const json = JSON.stringify(faqPart(JSON.parse(readFileSync(file, 'utf8')), part, options?.ssr === true));
      // As Vite's `json.stringify` emits a JSON file: parsing a string is faster than a JS literal.
      return { code: `export default /* #__PURE__ */ JSON.parse(${JSON.stringify(json)});`, moduleType: 'js' };
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
  plugins: [validateBundledContent(), faqParts(), minifyLiterals(), demoIndex()],
  server: { host: '127.0.0.1', port: 5173 },
  json: { stringify: true },
});
