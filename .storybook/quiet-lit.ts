/**
 * Storybook and its story tests run Lit's development build (for its extra checks), which prints
 * "Lit is in dev mode" once per Lit package. That banner is expected here and only hid real output
 * in `npm test`; Lit skips a warning whose code is already in `litIssuedWarnings`. Other Lit
 * warnings (e.g. `multiple-versions`, `change-in-update`) still print. Imported first by preview.ts.
 */
const litGlobal = globalThis as unknown as { litIssuedWarnings?: Set<string> };
litGlobal.litIssuedWarnings ??= new Set();
litGlobal.litIssuedWarnings.add('dev-mode');
