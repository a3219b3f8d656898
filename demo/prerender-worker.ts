/**
 * The embed-code builder's pre-renderer, run in a Web Worker (demo/prerender-client.ts): the
 * library's own `renderToString` (src/ssr/), bundled with Lit's server build by
 * `bundlePrerenderWorker` in scripts/build-site.js. Never part of the library's bundles.
 */
import { renderToString } from '../src/ssr/index.js';

interface Request {
  id: number;
  markup: string;
  lang: string;
}

self.onmessage = async ({ data: { id, markup, lang } }: MessageEvent<Request>) => {
  try {
    postMessage({ id, html: await renderToString(markup, { lang }) });
  } catch (error) {
    postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
};
