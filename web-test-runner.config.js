// Real-browser tests: unit tests of the pure modules and element tests, in headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import { axTreePlugin, emulatePrintMediaPlugin, faqPartsPlugin } from './scripts/wtr-plugins.js';

const chromeArgs = [
  ...CHROMIUM_ARGS,
  // Tests run in several tabs at once; background tabs must not throttle timers or frames.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium pauses animation frames in pages that are not in front.
  concurrency: 1,
  // axTreePlugin: the `ax-tree` command (Chromium's accessibility tree through CDP) for src/shared/test/ax-tree.ts.
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // After esbuild: it appends to the module esbuild made of the answers JSON.
    faqPartsPlugin(),
    axTreePlugin(),
    emulatePrintMediaPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  // Lit's dev-mode banner is expected in tests; everything else the browser logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
