// A tiny static server for the benchmark: dist/cdn/ under /cdn/, the generated bench pages under /,
// everything gzip-compressed (level 9, as a CDN would) and never cached, on 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves `pages` (a Map of path → HTML string) and the files under each `mounts` prefix.
 * Compressed bodies are cached in memory so compression never counts against a page load.
 * Resolves to { origin, close() }.
 */
export function startServer({ pages, mounts }) {
  const cache = new Map();
  const body = (path, read) => {
    if (!cache.has(path)) cache.set(path, gzipSync(read(), { level: 9 }));
    return cache.get(path);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    let data;
    if (pages.has(path)) {
      data = body(`page:${path}`, () => Buffer.from(pages.get(path)));
    } else {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!path.startsWith(prefix)) continue;
        const file = normalize(join(dir, path.slice(prefix.length)));
        if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) break;
        data = body(`file:${file}`, () => readFileSync(file));
        break;
      }
    }
    if (!data) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'content-length': data.length,
      'cache-control': 'no-store',
      'timing-allow-origin': '*',
    });
    res.end(data);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
