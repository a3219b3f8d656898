// Story tests: every story in Storybook becomes a test that renders it in headless Chromium, runs
// its `play` function, then the project checks (no unexpected console.error, reflow at 320 px:
// .storybook/story-checks.ts) and axe (`parameters.a11y.test = 'error'`).
//
//   npm run test:stories     (or: npx vitest run --config vitest.storybook.config.ts)
//
// Chromium is the system one (`/usr/bin/chromium` or CHROME_PATH): nothing is downloaded.
import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import { faqParts } from './scripts/faq-split.js';

const root = import.meta.dirname;

export default defineConfig({
  // faqParts: the FAQ imports its questions and answers as two parts of one JSON file (scripts/faq-split.js);
  // Storybook's own server gets it from vite.config.ts, this test runner does not read that file.
  plugins: [faqParts(), storybookTest({ configDir: join(root, '.storybook') })],
  test: {
    name: 'storybook',
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
