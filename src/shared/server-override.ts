/**
 * Server rendering (issue 18): Lit renders an element on the server synchronously, so the
 * asynchronous override pipeline of `KwElement` cannot run there. `ketamine-widgets/ssr` parses and
 * validates a clinic's inline override first, marks the validated value here, and hands it to the
 * element as its `content` property; on the server the element applies only marked values.
 *
 * The page config (page-config.ts) is handed over the same way: the browser reads it from the
 * document, the server has none, so `renderToString` sets the one in the clinic's markup here for
 * the duration of one synchronous element render. Both sides then fill the same properties from it.
 */
import type { PageConfig } from './page-config.js';

const validatedOnServer = new WeakSet<object>();

export function markServerValidated<T extends object>(value: T): T {
  validatedOnServer.add(value);
  return value;
}

export function isServerValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validatedOnServer.has(value);
}

const NO_PAGE_CONFIG: PageConfig = { version: 0, data: null, problems: [], reported: true };
let pageConfigOnServer = NO_PAGE_CONFIG;

/** The page config of the markup being rendered on the server (none outside `withServerPageConfig`). */
export function serverPageConfig(): PageConfig {
  return pageConfigOnServer;
}

/** Runs a synchronous server render with `config` as the page config. */
export function withServerPageConfig<T>(config: PageConfig, render: () => T): T {
  pageConfigOnServer = config;
  try {
    return render();
  } finally {
    pageConfigOnServer = NO_PAGE_CONFIG;
  }
}
