// dist/ssr.js: `ketamine-widgets/ssr` for Node (issue 18). One ES module with both languages'
// content inlined (a server has no first-frame budget); Lit, @lit-labs/ssr and zod stay
// dependencies, resolved by Node with its `node` export conditions (Lit's server build).
// Run by scripts/build.js; on its own (`node scripts/build-ssr.js`) it rebuilds just this file.
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export async function buildSsr() {
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src/ssr/index.ts'),
      outDir: 'dist',
      emptyOutDir: false,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^zod(\/|$)/],
        output: { entryFileNames: 'ssr.js', codeSplitting: false },
      },
    },
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildSsr();
