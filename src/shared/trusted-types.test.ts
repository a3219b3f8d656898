// Trusted Types, for real: each test runs in an iframe whose CSP enforces
// `require-trusted-types-for 'script'`, with the library loaded inside it.
import { expect, waitUntil } from '@open-wc/testing';

interface FrameResult {
  error?: string;
  [key: string]: unknown;
}

async function runInEnforcingFrame(policies: string, body: string): Promise<FrameResult> {
  const base = new URL('../', import.meta.url).href; // …/src/
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policies}">
</head><body><script type="module">
const base = ${JSON.stringify(base)};
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + (e.sample || '')));
try {
  ${body}
} catch (error) {
  window.result = { error: String(error && error.stack || error) };
}
</script></body></html>`;
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as unknown as { result?: FrameResult };
    await waitUntil(() => win()?.result !== undefined, 'the frame did not report', { timeout: 8000 });
    return win().result!;
  } finally {
    frame.remove();
  }
}

describe('trusted-types', () => {
  it('writes the FAQ JSON-LD under enforced Trusted Types with no violation', async () => {
    const result = await runInEnforcingFrame(
      'ketamine-widgets lit-html',
      `
  let enforced = false;
  try { document.createElement('script').textContent = '{}'; } catch { enforced = true; }
  await import(base + 'ketamine-faq/define.ts');
  const el = document.createElement('ketamine-faq');
  el.setAttribute('structured-data', '');
  el.setAttribute('category', 'cost');
  document.body.append(el);
  await el.updateComplete;
  // The JSON-LD code is a lazy chunk: wait for the script it writes.
  for (let i = 0; i < 150 && !document.head.querySelector('script[type="application/ld+json"]'); i++) await new Promise((r) => setTimeout(r, 20));
  const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
  const data = JSON.parse(scripts[0].textContent);
  const stash = globalThis[Symbol.for('ketamine-widgets.trusted-types')];
  let foreignRefused = false;
  try { stash.policy.createScript('alert(1)'); } catch { foreignRefused = true; }
  await new Promise((r) => setTimeout(r, 50));
  window.result = { enforced, count: scripts.length, type: data['@type'], questions: data.mainEntity.length, foreignRefused, violations };
`,
    );
    expect(result.error).to.equal(undefined);
    expect(result).to.deep.include({ enforced: true, count: 1, type: 'FAQPage', questions: 3, foreignRefused: true });
    // The one violation expected is our own probe above; nothing from the library.
    expect(result.violations).to.deep.equal(['require-trusted-types-for HTMLScriptElement textContent|{}']);
  });

  it('creates the policy once, even when a second copy of the library loads', async () => {
    const result = await runInEnforcingFrame(
      'ketamine-widgets',
      `
  const first = await import(base + 'shared/trusted-types.ts');
  const second = await import(base + 'shared/trusted-types.ts?second-copy');
  const a = document.createElement('script');
  a.type = 'application/ld+json';
  a.textContent = first.trustedScriptText('{"a":1}');
  const b = document.createElement('script');
  b.type = 'application/ld+json';
  b.textContent = second.trustedScriptText('{"b":2}');
  await new Promise((r) => setTimeout(r, 50));
  window.result = { distinctModules: first !== second, a: a.textContent, b: b.textContent, violations };
`,
    );
    expect(result.error).to.equal(undefined);
    expect(result).to.deep.equal({ distinctModules: true, a: '{"a":1}', b: '{"b":2}', violations: [] });
  });

  it('when the page does not allow the policy, skips the JSON-LD with a console error and keeps working', async () => {
    const result = await runInEnforcingFrame(
      'lit-html',
      `
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  await import(base + 'ketamine-faq/define.ts');
  const el = document.createElement('ketamine-faq');
  el.setAttribute('structured-data', '');
  el.setAttribute('category', 'cost');
  document.body.append(el);
  await el.updateComplete;
  // The JSON-LD code is a lazy chunk: wait until it has tried, and been refused.
  for (let i = 0; i < 150 && !errors.length; i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  console.error = original;
  window.result = {
    scripts: document.head.querySelectorAll('script[type="application/ld+json"]').length,
    items: el.shadowRoot.querySelectorAll('.item').length,
    errors,
  };
`,
    );
    expect(result.error).to.equal(undefined);
    expect(result.scripts).to.equal(0);
    expect(result.items).to.equal(3);
    expect(result.errors).to.deep.equal([
      '[ketamine-faq] structured-data: the page\'s Trusted Types policy refused the JSON-LD; allow the policy name "ketamine-widgets"',
    ]);
  });
});
