/**
 * Server rendering (issue 18): Lit renders an element on the server synchronously, so the
 * asynchronous override pipeline of `KwElement` cannot run there. `ketamine-widgets/ssr` parses and
 * validates a clinic's inline override first, marks the validated value here, and hands it to the
 * element as its `content` property; on the server the element applies only marked values.
 */
const validatedOnServer = new WeakSet<object>();

export function markServerValidated<T extends object>(value: T): T {
  validatedOnServer.add(value);
  return value;
}

export function isServerValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validatedOnServer.has(value);
}
