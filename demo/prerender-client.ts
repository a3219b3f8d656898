/**
 * The embed-code builder's pre-renderer (issue 18): `renderToString` from `ketamine-widgets/ssr`
 * (src/ssr/), bundled for a Web Worker (demo/prerender-worker.ts) and started on first use only.
 *
 * Why a worker: the renderer needs Lit's server build (`isServer`, a DOM shim, its own element
 * registry), which cannot share a page with the real elements of the preview. In a worker it is
 * the same code as in Node, and its output is byte for byte what Node writes (tests/e2e checks).
 *
 * The bundle is a classic script that sets `globalThis.ketamineWidgetsPrerenderWorker` to the
 * worker's source; the worker is started from a Blob of it. A classic script loads from any static
 * host and from a page opened from disk (file://), where a worker URL or `fetch` would be refused.
 */
export interface Prerenderer {
  /** renderToString(markup, { lang }), in the worker. Rejects if the renderer cannot start or throws. */
  render(markup: string, lang: string): Promise<string>;
}

interface Reply {
  id: number;
  html?: string;
  error?: string;
}

const SOURCE_GLOBAL = 'ketamineWidgetsPrerenderWorker';

/** Loads the classic script at `src` once and starts a worker from the source it defines. */
async function startWorker(src: string): Promise<Worker> {
  const global = globalThis as unknown as Record<string, string | undefined>;
  if (typeof global[SOURCE_GLOBAL] !== 'string') {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`the pre-renderer (${src}) could not be loaded`));
      document.head.append(script);
    });
  }
  const source = global[SOURCE_GLOBAL];
  if (typeof source !== 'string') throw new Error(`${src} did not define the pre-renderer`);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(url, { name: 'ketamine-widgets pre-renderer' });
  } finally {
    // The worker has its own reference to the script once constructed.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** A pre-renderer whose worker script is the classic script at `src` (relative to the page). */
export function workerPrerenderer(src: string): Prerenderer {
  let worker: Promise<Worker> | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = () =>
    startWorker(src).then((started) => {
      started.onmessage = ({ data }: MessageEvent<Reply>) => {
        const request = pending.get(data.id);
        pending.delete(data.id);
        if (data.error !== undefined) request?.reject(new Error(data.error));
        else request?.resolve(data.html ?? '');
      };
      started.onerror = (event) => {
        event.preventDefault();
        failAll(new Error(`the pre-renderer stopped: ${event.message || 'worker error'}`));
      };
      return started;
    });
  return {
    async render(markup, lang) {
      worker ??= start();
      const started = await worker.catch((error: unknown) => {
        worker = undefined; // try again next time (a flaky network)
        throw error;
      });
      const id = ++nextId;
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        started.postMessage({ id, markup, lang });
      });
    },
  };
}
