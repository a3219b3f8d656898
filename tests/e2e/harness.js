// A very small test runner: register with `test(name, fn)`, call `skip(reason)` inside a test to
// skip it, run everything in order with `runAll()`. The last line it prints is
// "N passed, N failed", the format of @web/test-runner's summary that .ci/run looks for.
const tests = [];

class Skip extends Error {}

export function test(name, fn) {
  tests.push({ name, fn });
}

/** Ends the current test as skipped, with a reason that is printed. */
export function skip(reason) {
  throw new Skip(reason);
}

export async function runAll({ filter } = {}) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const { name, fn } of tests) {
    if (filter && !name.includes(filter)) continue;
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      if (error instanceof Skip) {
        skipped++;
        console.log(`  - ${name}: skipped, ${error.message}`);
      } else {
        failed++;
        console.log(`  ✗ ${name}\n${indent(error?.stack ?? String(error))}`);
      }
    }
  }
  if (skipped) console.log(`${skipped} skipped`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
