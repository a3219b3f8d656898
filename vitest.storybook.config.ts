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

const root = import.meta.dirname;

export default defineConfig({
  plugins: [storybookTest({ configDir: join(root, '.storybook') })],
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
