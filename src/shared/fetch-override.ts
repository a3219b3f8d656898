import { checkFetchUrl } from './safe-url.js';
import { FETCH_TIMEOUT_MS, MAX_OVERRIDE_BYTES } from '../content/override.js';

/**
 * Fetches a clinic's `src` JSON as text under THREAT-MODEL U5: same-origin or https only,
 * no cookies, no referrer, no redirects, a timeout, a JSON content type and a size cap.
 * This is the only network request the library can make, and only when a clinic sets `src`.
 * Throws an Error whose message is ready for the console; an aborted request throws AbortError.
 */
export async function fetchOverrideText(src: string, signal: AbortSignal): Promise<string> {
  const checked = checkFetchUrl(src);
  if (!checked.ok) throw new Error(`refused before any request: ${checked.message}`);

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), FETCH_TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(checked.url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
        cache: 'no-cache',
        headers: { accept: 'application/json' },
        signal: timeout.signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      if (timeout.signal.aborted) throw new Error(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
      throw new Error(`network error: ${(error as Error).message}`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) throw new Error(`expected a JSON content type, got "${type || 'none'}"`);
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_OVERRIDE_BYTES) throw new Error(`larger than ${MAX_OVERRIDE_BYTES / 1024} KB`);
    const text = await readCapped(response, MAX_OVERRIDE_BYTES);
    return text;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

async function readCapped(response: Response, cap: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw new Error(`larger than ${cap / 1024} KB`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
