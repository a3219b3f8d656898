#!/usr/bin/env node
// End-to-end and packaging tests (issue 7): hostile pages and SRI in real Chromium against the
// built dist/cdn/ files, the embed-code builder, npm pack contents and the README's generated API;
// issue 17: the README/docs snippets and the classic loader pasted on a second origin
// (ctx.otherOrigin), and the static site of `npm run build-site`; issue 18: pre-rendered pages
// without JavaScript.
// Assumes `npm run build` has run. Usage: node tests/e2e/run.js [name filter]
// Prints "N passed, N failed" last and exits non-zero on any failure.
import { runAll } from './harness.js';
import { launchChromium } from './browser.js';
import { startServer } from './server.js';
import { hostileTests } from './hostile.e2e.js';
import { sriTests } from './sri.e2e.js';
import { packageTests } from './package.e2e.js';
import { embedBuilderTests } from './embed-builder.e2e.js';
import { snippetTests } from './snippets.e2e.js';
import { siteTests } from './site.e2e.js';
import { ssrCspTests, ssrHydrationConfigTests, ssrHydrationTests, ssrTests } from './ssr.e2e.js';

const ctx = {};
hostileTests(ctx);
sriTests(ctx);
embedBuilderTests(ctx);
snippetTests(ctx);
ssrTests(ctx);
ssrHydrationTests(ctx);
ssrHydrationConfigTests(ctx);
ssrCspTests(ctx);
const removeSite = siteTests(ctx);
packageTests();

ctx.server = await startServer();
ctx.otherOrigin = await startServer();
ctx.browser = await launchChromium();
let ok = false;
try {
  ok = await runAll({ filter: process.argv[2] });
} finally {
  await ctx.browser.close();
  await ctx.server.close();
  await ctx.otherOrigin.close();
  removeSite();
}
process.exit(ok ? 0 : 1);
