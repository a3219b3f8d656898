// A node:test reporter in the house format (`npm run test:ssr`): one line per test and
// "N passed, N failed" last, the line .ci/run sums with the other suites.
export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Only leaf tests count (a file's own wrapper event has nesting 0 and no parent test name).
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      passed++;
      yield `  ✓ ${event.data.name}\n`;
    } else if (event.type === 'test:fail' && event.data.details?.type !== 'suite') {
      failed++;
      const error = event.data.details?.error;
      yield `  ✗ ${event.data.name}\n      ${String(error?.cause ?? error?.message ?? error)
        .split('\n')
        .join('\n      ')}\n`;
    }
  }
  yield `\n${passed} passed, ${failed} failed\n`;
}
