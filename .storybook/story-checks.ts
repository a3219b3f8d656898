/**
 * Checks every story gets in the story tests (`npm run test:stories`), on top of axe:
 *
 * 1. No `console.error` while the story renders and plays. A story that logs one by design (the
 *    `Invalid override` stories) declares it:
 *
 *      parameters: { consoleErrors: [/\[ketamine-faq\] content/] }  // each error must match one
 *                                                                    // pattern, and each pattern
 *                                                                    // must match at least once
 *      parameters: { consoleErrors: 'allow' }                        // anything goes
 *
 * 2. At a narrow viewport (320 px and the 200 % zoom one) the page does not scroll sideways
 *    (WCAG 1.4.10 Reflow). Opt out with `parameters: { reflow: false }`.
 *
 * Before checking, the story is allowed to settle: every element finishes its update and any
 * language or validator chunk it asked for. Storybook runs the project's `afterEach` before the
 * a11y addon's, so axe also sees the settled story.
 *
 * The checks throw only under Vitest; in the Storybook UI they log a warning instead.
 */
import type { StoryContext } from '@storybook/web-components-vite';

export type ConsoleErrorsParameter = 'allow' | readonly (RegExp | string)[] | undefined;

const logged = new Map<string, string[]>();

const isVitest = (): boolean => {
  try {
    return typeof import.meta.env.VITEST_STORYBOOK === 'string';
  } catch {
    return false;
  }
};

function describe(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : typeof arg === 'string' ? arg : safeJson(arg))).join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function captureConsoleErrors(context: StoryContext): () => void {
  const errors: string[] = [];
  logged.set(context.id, errors);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(describe(args));
    original.apply(console, args);
  };
  return () => {
    console.error = original;
    logged.delete(context.id);
  };
}

/**
 * Waits until the story is quiet: every Lit element in the canvas has finished updating, no
 * element shows a loading placeholder, and no module or file has loaded for `quietMs` (a
 * language chunk or the override validator loads lazily, and a refused override is only
 * reported after it arrives).
 */
export async function settle(root: Element, { timeoutMs = 5000, quietMs = 250 } = {}): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const loads = () => performance.getEntriesByType('resource').length;
  let seen = loads();
  let quietSince = performance.now();
  for (;;) {
    const elements = [...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el) as (Element & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await frame();
    const now = performance.now();
    if (loads() !== seen) {
      seen = loads();
      quietSince = now;
    }
    const busy = elements.some((el) => el.shadowRoot?.querySelector('[aria-busy="true"], [part="loading"]'));
    if ((!busy && now - quietSince >= quietMs) || now > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function fail(context: StoryContext, message: string): void {
  if (isVitest()) throw new Error(message);
  console.warn(`[story check] ${context.title} / ${context.name}: ${message}`);
}

function expectedPatterns(context: StoryContext): RegExp[] | 'allow' {
  const allowed = context.parameters.consoleErrors as ConsoleErrorsParameter;
  if (allowed === 'allow') return 'allow';
  return (allowed ?? []).map((p) => (typeof p === 'string' ? new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : p));
}

/**
 * A refused override is reported after the validator chunk loads, which can take a while on a
 * busy machine: wait (up to `timeoutMs`) until every expected error has been logged.
 */
export async function waitForExpectedErrors(context: StoryContext, timeoutMs = 10000): Promise<void> {
  const patterns = expectedPatterns(context);
  if (patterns === 'allow' || !patterns.length) return;
  const deadline = performance.now() + timeoutMs;
  const errors = logged.get(context.id) ?? [];
  while (!patterns.every((pattern) => errors.some((error) => pattern.test(error))) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await settle(context.canvasElement);
}

export function checkConsoleErrors(context: StoryContext): void {
  const errors = logged.get(context.id) ?? [];
  const patterns = expectedPatterns(context);
  if (patterns === 'allow') return;
  const unexpected = errors.filter((error) => !patterns.some((pattern) => pattern.test(error)));
  if (unexpected.length) {
    fail(
      context,
      `console.error was called ${unexpected.length} time(s) unexpectedly:\n${unexpected.map((e) => `  - ${e}`).join('\n')}\n` +
        `(a story that logs an error by design declares it: parameters.consoleErrors = [/pattern/])`,
    );
    return;
  }
  const missing = patterns.filter((pattern) => !errors.some((error) => pattern.test(error)));
  if (missing.length) fail(context, `expected a console.error matching ${missing.join(', ')}, none was logged`);
}

const NARROW_VIEWPORTS = new Set(['narrow320', 'mobile1', 'zoom200']);

export function checkReflow(context: StoryContext): void {
  if (context.parameters.reflow === false) return;
  const viewport = (context.globals.viewport as { value?: string } | undefined)?.value ?? context.parameters.viewport?.defaultViewport;
  if (!viewport || !NARROW_VIEWPORTS.has(viewport)) return;
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth > clientWidth + 1) {
    fail(
      context,
      `the page scrolls sideways at the ${viewport} viewport: content is ${scrollWidth}px wide in a ${clientWidth}px viewport (WCAG 1.4.10 Reflow)`,
    );
  }
}
