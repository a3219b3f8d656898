// Chromium through playwright-core, and a page "session" that records everything the issue's
// hostile-page tests must assert on: uncaught errors, console output, every request, and CSP
// violations reported inside the page.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// Installed before any page script (and outside the page's CSP): collects violation reports.
function collectViolations() {
  globalThis.__kwViolations = [];
  addEventListener(
    'securitypolicyviolation',
    (event) => globalThis.__kwViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim()),
    true,
  );
}

/**
 * Opens `path` on the test server in a fresh context. `contextOptions` go to playwright
 * (viewport, deviceScaleFactor…). Returns the page plus what was recorded.
 */
export async function openPage(browser, server, path, { contextOptions = {}, beforeGoto } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const session = { page, context, url: `${server.origin}${path}`, errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => session.errors.push(error.stack ?? String(error)));
  page.on('console', (message) => session.console.push({ type: message.type(), text: message.text() }));
  context.on('request', (request) => session.requests.push(request.url()));
  await page.addInitScript(collectViolations);
  if (beforeGoto) await beforeGoto(page);
  await page.goto(session.url, { waitUntil: 'load' });
  session.close = () => context.close();
  return session;
}

/**
 * The assertions every hostile page shares (issue 7): no uncaught error, no console.error unless
 * expected, no request outside 127.0.0.1, no request but the page, its fixture assets and our
 * script and chunks, and no CSP violation.
 */
export async function assertClean(session, { expectedConsoleErrors = [], extraRequests = [] } = {}) {
  const problems = [];
  for (const error of session.errors) problems.push(`uncaught error: ${error}`);
  for (const { type, text } of session.console) {
    if (type === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
  }
  const origin = new URL(session.url).origin;
  const pagePath = new URL(session.url).pathname;
  for (const url of session.requests) {
    const { origin: requestOrigin, pathname } = new URL(url);
    if (requestOrigin !== origin) problems.push(`request left 127.0.0.1: ${url}`);
    else if (
      pathname !== pagePath &&
      !/^\/cdn(-copy|-tampered)?\//.test(pathname) &&
      !/^\/pages\/(env|styles)\//.test(pathname) &&
      !extraRequests.some((pattern) => pattern.test(pathname))
    ) {
      problems.push(`unexpected request: ${pathname}`);
    }
  }
  const violations = await session.page.evaluate(() => globalThis.__kwViolations ?? []).catch(() => []);
  for (const violation of violations) problems.push(`CSP violation: ${violation}`);
  if (problems.length) throw new Error(`${session.url}\n${problems.join('\n')}`);
}
