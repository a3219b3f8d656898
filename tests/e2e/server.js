// A tiny static server for the end-to-end pages: 127.0.0.1, a random port, no gzip, no caching.
//
//   /cdn/…         dist/cdn/ (the files a clinic would load from jsDelivr)
//   /cdn-copy/…    the same files under a second URL: a second copy of the library on one page (E1)
//   /cdn-tampered/ the same files, every chunk (not the entry files) with one byte appended (SRI tests)
//   /pages/…       tests/e2e/pages/, with per-page response headers from pages/headers.json
//   /extra/…       files a test registers at run time (server.files), e.g. the embed builder bundle;
//                  an entry with `parts: [{ body, pauseMs }]` instead of `body` is STREAMED: each
//                  part written after its pause, as a slow server or CMS sends a long page (issue 18)
//   /npm/ketamine-widgets@<version>/dist/cdn/…  dist/cdn/ under jsDelivr's path, so a snippet from
//                  the README works once its host is swapped for this server's (issue 17)
//
// run.js starts two of these: `ctx.server` (pages and CDN) and `ctx.otherOrigin` (a second port,
// so a second origin: a clinic's page loading the CDN files cross-origin, as from jsDelivr).
// HTML pages may contain `<!--#include name.html-->` (a shared block of markup) and
// `<!--#importmap-integrity /cdn/-->` (an import map listing the SRI hash of every chunk under
// that prefix, from dist/cdn/integrity.json) and `<!--#sri-script /cdn/file.js-->` (a module script
// tag with its integrity), so the fixtures stay short and never go stale.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const CDN_DIR = join(ROOT, 'dist/cdn');
const PAGES_DIR = join(ROOT, 'tests/e2e/pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Resolves `rel` inside `dir`, refusing `..` escapes. */
function inside(dir, rel) {
  const path = normalize(join(dir, decodeURIComponent(rel)));
  return path.startsWith(dir + sep) && existsSync(path) && statSync(path).isFile() ? path : null;
}

function readIntegrity() {
  const file = join(CDN_DIR, 'integrity.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** `<script type="importmap">` whose `integrity` section covers every chunk below `prefix`. */
export function importMapWithIntegrity(prefix, origin = '') {
  const integrity = {};
  for (const [file, hash] of Object.entries(readIntegrity().files ?? {})) {
    if (file.includes('/')) integrity[`${origin}${prefix}${file}`] = hash;
  }
  return `<script type="importmap">${JSON.stringify({ integrity }, null, 2)}</script>`;
}

function expandPage(html) {
  return html
    .replace(/<!--#include ([\w.-]+)-->/g, (_, name) => readFileSync(join(PAGES_DIR, name), 'utf8'))
    .replace(/<!--#importmap-integrity (\S+)-->/g, (_, prefix) => importMapWithIntegrity(prefix))
    .replace(/<!--#sri-script \/[\w-]+\/([\w./-]+)-->/g, (directive, file) => {
      const src = directive.slice('<!--#sri-script '.length, -'-->'.length);
      return `<script type="module" src="${src}" integrity="${readIntegrity().files?.[file]}" crossorigin="anonymous"></script>`;
    });
}

/** Writes `file.parts` one after another, each after its `pauseMs`, then ends the response. */
async function stream(res, file) {
  res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...(file.headers ?? {}) });
  for (const { body, pauseMs = 0 } of file.parts) {
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    if (res.destroyed) return;
    res.write(body);
  }
  res.end();
}

export async function startServer() {
  const pageHeaders = JSON.parse(readFileSync(join(PAGES_DIR, 'headers.json'), 'utf8'));
  /** Extra files served under /extra/: name → { type, body }. */
  const files = new Map();

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    let [, area, ...restParts] = pathname.split('/');
    if (area === 'npm' && /^ketamine-widgets@[^/]+$/.test(restParts[0] ?? '') && restParts[1] === 'dist' && restParts[2] === 'cdn') {
      area = 'cdn';
      restParts = restParts.slice(3);
    }
    const rest = restParts.join('/');

    if (area === 'cdn' || area === 'cdn-copy' || area === 'cdn-tampered') {
      const path = inside(CDN_DIR, rest);
      if (!path) return send(404, 'text/plain', 'not found');
      let body = readFileSync(path);
      if (area === 'cdn-tampered' && rest.includes('/')) body = Buffer.concat([body, Buffer.from('\n')]);
      // CORS, as jsDelivr sends: needed for `crossorigin` + `integrity` checks.
      return send(200, TYPES[extname(path)] ?? 'application/octet-stream', body, { 'access-control-allow-origin': '*' });
    }
    if (area === 'pages') {
      const path = inside(PAGES_DIR, rest);
      if (!path) return send(404, 'text/plain', 'not found');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const body = type.startsWith('text/html') ? expandPage(readFileSync(path, 'utf8')) : readFileSync(path);
      return send(200, type, body, pageHeaders[rest] ?? {});
    }
    if (area === 'extra' && files.has(rest)) {
      const file = files.get(rest);
      if (file.parts) return stream(res, file);
      return send(200, file.type, file.body, file.headers ?? {});
    }
    // Chromium asks for /favicon.ico on its own (not the page, not the widgets; playwright does
    // not even report it): answer it so it does not log a 404 console error.
    if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain', 'not found');
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    files,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
