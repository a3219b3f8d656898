/**
 * One Trusted Types policy, named `ketamine-widgets`, for the few script texts the library
 * writes itself (the FAQ's JSON-LD). Created lazily, once per page: the policy and its state are
 * kept on `globalThis[Symbol.for('ketamine-widgets.trusted-types')]`, because a second copy of
 * the library calling `createPolicy` with the same name would throw (or be refused by CSP).
 *
 * The policy's `createScript` accepts only the exact text the library asked to trust a moment
 * earlier (`stash.allowed`); anything else, from any caller, throws. The stash's shape is a
 * contract between copies and versions of the library: keep `policy` and `allowed`.
 */
export const POLICY_NAME = 'ketamine-widgets';

const STASH_KEY = Symbol.for('ketamine-widgets.trusted-types');

interface ScriptPolicy {
  createScript(input: string): unknown;
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string; createHTML(input: string): string }): ScriptPolicy;
}

interface Stash {
  policy: ScriptPolicy | null;
  allowed: string | undefined;
}

function stash(): Stash {
  const global = globalThis as unknown as Record<symbol, Stash | undefined> & { trustedTypes?: TrustedTypesFactory };
  const existing = global[STASH_KEY];
  if (existing) return existing;
  const created: Stash = { policy: null, allowed: undefined };
  const factory = global.trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      created.policy = factory.createPolicy(POLICY_NAME, {
        // Lit's template HTML, in the script-tag build (see litHtmlPolicy): identity, as Lit's own policy.
        createHTML: (input: string): string => input,
        createScript(input: string): string {
          if (created.allowed === undefined || input !== created.allowed) {
            throw new TypeError(`[ketamine-widgets] the "${POLICY_NAME}" policy only trusts script text the library generated`);
          }
          return input;
        },
      });
    } catch {
      // The page's CSP does not list the policy, or something else owns the name. Writes
      // then fall back to plain strings, which an enforcing page refuses: callers catch that.
      created.policy = null;
    }
  }
  Object.defineProperty(global, STASH_KEY, { value: created, configurable: true, enumerable: false, writable: false });
  return created;
}

/**
 * `text`, as a TrustedScript when the page has Trusted Types, else unchanged. Only call it
 * with text the library generated itself, never with raw configuration.
 * Typed as `string` so it can be assigned to `textContent`.
 */
export function trustedScriptText(text: string): string {
  const state = stash();
  if (!state.policy) return text;
  state.allowed = text;
  try {
    return state.policy.createScript(text) as string;
  } finally {
    state.allowed = undefined;
  }
}

/**
 * The policy Lit uses for its template HTML in the script-tag build. scripts/build.js rewrites
 * lit-html's `createPolicy("lit-html", …)` into a call to this, so the bundle needs one policy
 * name only (`ketamine-widgets`) and a second copy of the bundle reuses the first copy's policy
 * instead of throwing on a duplicate name.
 */
export function litHtmlPolicy(): ScriptPolicy | undefined {
  return stash().policy ?? undefined;
}
