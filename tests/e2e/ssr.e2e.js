// Issue 18: a page pre-rendered by `ketamine-widgets/ssr` (dist/ssr.js), opened in Chromium with
// JavaScript disabled, as a crawler or a reader with scripts blocked sees it.
import assert from 'node:assert/strict';
import { test } from './harness.js';

const PAGE = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title></head><body><h1>Lakeside clinic</h1>${body}</body></html>`;

/** Runs `check` with what `opening` opened (a page and its helpers), then closes it, pass or fail. */
async function using(opening, check) {
  const opened = await opening;
  try {
    return await check(opened);
  } finally {
    await opened.close();
  }
}

async function openWithoutJavaScript(ctx, name, markup) {
  const { renderToString } = await import('../../dist/ssr.js');
  ctx.server.files.set(name, { type: 'text/html; charset=utf-8', body: PAGE(await renderToString(markup)) });
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.goto(`${ctx.server.origin}/extra/${name}`, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

export function ssrTests(ctx) {
  test('ssr: without JavaScript the FAQ answers, sources, disclaimer and crisis line are readable', async () => {
    await using(openWithoutJavaScript(ctx, 'ssr-faq.html', '<ketamine-faq phone="555-0100" clinic-name="Lakeside"></ketamine-faq>'), async ({ page }) => {
      const report = await page.evaluate(() => {
        const root = document.querySelector('ketamine-faq').shadowRoot;
        const visible = (element) => !!element && element.checkVisibility({ contentVisibilityAuto: true }) && element.getBoundingClientRect().height > 0;
        const answers = [...root.querySelectorAll('.answer')];
        return {
          scriptingOff: typeof window.customElements === 'undefined' || !customElements.get('ketamine-faq'),
          questions: root.querySelectorAll('.question-button').length,
          answersVisible: answers.filter((answer) => visible(answer.querySelector('.answer-body'))).length,
          firstAnswer: answers[0]?.innerText.slice(0, 200),
          sourcesVisible: [...root.querySelectorAll('.answer a[href^="http"]')].filter(visible).length,
          disclaimer: visible(root.querySelector('[part="disclaimer"]')) && root.querySelector('[part="disclaimer"]').textContent,
          crisis: visible(root.querySelector('[part="crisis-line"]')) && root.querySelector('[part="crisis-line"]').textContent,
          toolbarVisible: visible(root.querySelector('.toolbar')),
          call: root.querySelector('[part="cta-call"]')?.getAttribute('href'),
        };
      });
      assert.ok(report.scriptingOff, 'the page ran without scripts');
      assert.ok(report.questions >= 30, `${report.questions} questions`);
      assert.equal(report.answersVisible, report.questions, 'every answer is shown');
      assert.ok(report.firstAnswer.length > 50, report.firstAnswer);
      assert.ok(report.sourcesVisible >= report.questions, `${report.sourcesVisible} source links shown`);
      assert.match(report.disclaimer, /not medical advice/);
      assert.match(report.crisis, /988/);
      assert.equal(report.toolbarVisible, false, 'Expand all / Collapse all cannot work: not shown');
      assert.equal(report.call, 'tel:5550100');

      // Find-in-page finds answer text.
      const found = await page.evaluate(() => window.find?.('SPRAVATO'));
      assert.notEqual(found, false);
    });
  });

  test('ssr: without JavaScript no control is announced as working', async () => {
    await using(openWithoutJavaScript(ctx, 'ssr-faq-ax.html', '<ketamine-faq searchable></ketamine-faq>'), async ({ page }) => {
      const snapshot = await page.locator('ketamine-faq').ariaSnapshot();
      // Question headings are there; the question buttons say they are unavailable and claim no
      // collapsed/expanded state; the search box and the toolbar are not in the tree at all.
      assert.match(snapshot, /heading "What is ketamine therapy\?"/);
      const buttons = snapshot.split('\n').filter((line) => /- button /.test(line));
      assert.ok(buttons.length >= 30, `${buttons.length} buttons`);
      for (const line of buttons) {
        assert.match(line, /\[disabled\]/, line);
        assert.doesNotMatch(line, /\[expanded/, line);
      }
      assert.doesNotMatch(snapshot, /searchbox|Expand all|Collapse all/);
    });
  });

  for (const layout of ['summary', 'full']) {
    test(`ssr: without JavaScript every side effect is readable (${layout} layout)`, async () => {
      const { readFile } = await import('node:fs/promises');
      const effects = JSON.parse(await readFile(new URL('../../content/en/side-effects.json', import.meta.url), 'utf8')).effects;
      const attribute = layout === 'summary' ? '' : ' layout="full"';
      await using(openWithoutJavaScript(ctx, `ssr-side-effects-${layout}.html`, `<side-effects-list${attribute}></side-effects-list>`), async ({ page }) => {
        const report = await page.evaluate(() => {
          const root = document.querySelector('side-effects-list').shadowRoot;
          const visible = (element) => !!element && element.checkVisibility({ contentVisibilityAuto: true }) && element.getBoundingClientRect().height > 0;
          return {
            scriptingOff: typeof window.customElements === 'undefined' || !customElements.get('side-effects-list'),
            namesShown: [...root.querySelectorAll('.effect .effect-name')].filter(visible).map((name) => name.textContent.trim()),
            showAllVisible: visible(root.querySelector('.show-all')),
            summaryNoteVisible: visible(root.querySelector('.summary-note')),
            help: visible(root.querySelector('[part="help"]')),
            disclaimer: visible(root.querySelector('[part="disclaimer"]')) && root.querySelector('[part="disclaimer"]').textContent,
            crisis: visible(root.querySelector('[part="crisis-line"]')) && root.querySelector('[part="crisis-line"]').textContent,
          };
        });
        assert.ok(report.scriptingOff, 'the page ran without scripts');
        assert.deepEqual(new Set(report.namesShown), new Set(effects.map((effect) => effect.name)), 'every side effect is shown by name');
        assert.equal(report.namesShown.length, effects.length);
        assert.equal(report.showAllVisible, false, '"Show all" cannot work without a script: not shown');
        assert.equal(report.summaryNoteVisible, false, 'no note pointing to that button');
        assert.ok(report.help, 'the "Get help now" block');
        assert.match(report.disclaimer, /not medical advice/);
        assert.match(report.crisis, /988/);
        // Find-in-page reaches a side effect's description (a summary-layout disclosure's body included).
        assert.notEqual(await page.evaluate((text) => window.find?.(text), effects.at(-1).description.slice(0, 30)), false);
      });
    });
  }

  test('ssr: without JavaScript the cost estimator and quiz show their intro, phone and needs-JavaScript line', async () => {
    await using(
      openWithoutJavaScript(
        ctx,
        'ssr-tools.html',
        '<cost-estimator phone="555-0100"></cost-estimator><candidacy-quiz lang="es" phone="555-0100"></candidacy-quiz>',
      ),
      async ({ page }) => {
        const text = await page.locator('body').innerText();
        assert.match(text, /What might treatment cost\?/);
        assert.match(text, /This tool needs JavaScript/);
        assert.match(text, /Esta herramienta necesita JavaScript/);
        assert.match(text, /988/);
        assert.equal(await page.locator('cost-estimator a[href="tel:5550100"]').count(), 1);
        assert.equal(await page.locator('button, input, select').count(), 0);
      },
    );
  });
}

/** A phone-sized page that records console errors and warnings and uncaught errors in `problems`. */
async function watchedPage(ctx) {
  const context = await ctx.browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

/** Serves `markup` pre-rendered in a page and opens it with JavaScript on, its console and layout shifts recorded. */
async function openPreRendered(ctx, name, markup) {
  const { renderToString } = await import('../../dist/ssr.js');
  ctx.server.files.set(name, { type: 'text/html; charset=utf-8', body: PAGE(await renderToString(markup)) });
  const { context, page, problems } = await watchedPage(ctx);
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${ctx.server.origin}/extra/${name}`, { waitUntil: 'load' });
  return { context, page, problems };
}

/**
 * Opens a pre-rendered page with JavaScript on, records the shadow root before any script runs,
 * then adds the hydrate script as a clinic would (`type="module" async`) and waits for the element.
 */
async function openAndHydrate(ctx, name, markup, tag) {
  const { context, page, problems } = await openPreRendered(ctx, name, markup);
  const snapshot = (selector) =>
    page.evaluate(
      ({ tag, selector }) => {
        const host = document.querySelector(tag);
        const root = host.shadowRoot;
        const box = (element) => {
          const rect = element.getBoundingClientRect();
          return [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
        };
        return { text: root.textContent, host: box(host), boxes: [...root.querySelectorAll(selector)].map(box) };
      },
      { tag, selector },
    );
  // A node from the server's HTML, to tell hydration (kept) from a re-render (replaced).
  await page.evaluate((tag) => (window.__serverNode = document.querySelector(tag).shadowRoot.querySelector('section, .content')), tag);
  return { page, problems, snapshot, close: () => context.close() };
}

async function runHydrateScript(page, tag, src = '/cdn/ketamine-widgets.hydrate.js') {
  await page.evaluate(
    async ({ tag, src }) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.async = true;
      script.src = src;
      document.head.append(script);
      await customElements.whenDefined(tag);
      const element = document.querySelector(tag);
      // One wait: `updateComplete` covers hydration, which waits for content the server rendered that
      // loads after connecting (the FAQ's answers chunk), and the update that makes the controls
      // live. Every test below that finds no `aria-disabled` button depends on it. Then a frame for layout.
      await element.updateComplete;
      // Read at once, before any frame: controls still announced unavailable (pre-rendered, not hydrated).
      window.__inertAtUpdateComplete = element.shadowRoot.querySelectorAll('[aria-disabled="true"]').length;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { tag, src },
  );
}

export function ssrHydrationTests(ctx) {
  test('ssr: the hydrate script adopts the pre-rendered FAQ (same DOM, no shift, no errors) and the keyboard works', async () => {
    await using(
      openAndHydrate(ctx, 'ssr-hydrate-faq.html', '<ketamine-faq phone="555-0100" clinic-name="Lakeside" searchable></ketamine-faq>', 'ketamine-faq'),
      async ({ page, problems, snapshot }) => {
        const before = await snapshot('.question-button');
        assert.ok(before.boxes.length >= 30, `${before.boxes.length} questions pre-rendered`);
        await runHydrateScript(page, 'ketamine-faq');
        const after = await snapshot('.question-button');
        const state = await page.evaluate(() => {
          const root = document.querySelector('ketamine-faq').shadowRoot;
          const buttons = [...root.querySelectorAll('.question-button')];
          return {
            sameNode: root.contains(window.__serverNode),
            disabled: buttons.filter((button) => button.hasAttribute('aria-disabled')).length,
            inertAtUpdateComplete: window.__inertAtUpdateComplete,
            collapsed: buttons.filter((button) => button.getAttribute('aria-expanded') === 'false').length,
            count: buttons.length,
            layoutShift: window.__layoutShift,
          };
        });
        assert.equal(state.inertAtUpdateComplete, 0, 'when updateComplete resolves, the FAQ has hydrated and its buttons are live');
        assert.deepEqual(problems, [], 'no console errors or warnings (no hydration mismatch)');
        assert.ok(state.sameNode, 'the server-rendered DOM was adopted, not replaced');
        assert.equal(after.text, before.text, 'the same text before and after the script');
        assert.equal(after.host, before.host, 'the element box did not move or resize');
        assert.deepEqual(after.boxes, before.boxes, 'no question moved');
        assert.equal(state.layoutShift, 0, 'layout-shift total');
        assert.equal(state.disabled, 0, 'no button is still announced unavailable');
        assert.equal(state.collapsed, state.count, 'every button says collapsed');

        // Keyboard: Enter on the first question opens it and fires faq-toggle.
        await page.evaluate(() => {
          window.__toggles = [];
          document.addEventListener('faq-toggle', (event) => window.__toggles.push(event.detail));
        });
        const first = page.locator('ketamine-faq .question-button').first();
        await first.focus();
        await page.keyboard.press('Enter');
        await page.evaluate(() => document.querySelector('ketamine-faq').updateComplete);
        const opened = await page.evaluate(() => {
          const root = document.querySelector('ketamine-faq').shadowRoot;
          const button = root.querySelector('.question-button');
          const answer = root.getElementById(button.getAttribute('aria-controls'));
          return {
            expanded: button.getAttribute('aria-expanded'),
            answerHidden: answer.hidden,
            answerHeight: answer.getBoundingClientRect().height,
            toggles: window.__toggles,
          };
        });
        assert.equal(opened.expanded, 'true');
        assert.equal(opened.answerHidden, false);
        assert.ok(opened.answerHeight > 20, `answer height ${opened.answerHeight}`);
        assert.deepEqual(opened.toggles, [{ id: 'what-is-ketamine-therapy', open: true }]);
        assert.deepEqual(problems, []);
      },
    );
  });

  test('ssr: the hydrate script adopts the pre-rendered side-effects list and Show all works', async () => {
    await using(
      openAndHydrate(ctx, 'ssr-hydrate-side-effects.html', '<side-effects-list></side-effects-list>', 'side-effects-list'),
      async ({ page, problems, snapshot }) => {
        const before = await snapshot('.effect');
        assert.ok(before.boxes.length > 5, `${before.boxes.length} effects pre-rendered`);
        await runHydrateScript(page, 'side-effects-list');
        const after = await snapshot('.effect');
        assert.deepEqual(problems, [], 'no console errors or warnings (no hydration mismatch)');
        assert.ok(await page.evaluate(() => document.querySelector('side-effects-list').shadowRoot.contains(window.__serverNode)), 'adopted, not replaced');
        assert.equal(after.text, before.text, 'the same text before and after the script');
        assert.equal(after.host, before.host, 'the element box did not move or resize');
        assert.deepEqual(after.boxes, before.boxes, 'no side effect moved');
        assert.equal(await page.evaluate(() => window.__layoutShift), 0, 'layout-shift total');

        const showAll = page.locator('side-effects-list .show-all');
        assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
        await showAll.focus();
        await page.keyboard.press('Enter');
        await page.evaluate(() => document.querySelector('side-effects-list').updateComplete);
        assert.equal(await showAll.getAttribute('aria-expanded'), 'true');
        const hiddenBlocks = await page.evaluate(() => document.querySelector('side-effects-list').shadowRoot.querySelectorAll('.more[hidden]').length);
        assert.equal(hiddenBlocks, 0, 'every "more" block is shown');
        assert.deepEqual(problems, []);
      },
    );
  });

  // Issue 18, "the script can load async": a long page streamed by a slow server. The async hydrate
  // script arrives while the parser waits for the widgets; defined then, an element would be
  // upgraded before its <template shadowrootmode> is parsed ("A second declarative shadow root
  // cannot be created on a host" + a Lit hydration error). The script must wait for the parser.
  test('ssr: the hydrate script loaded async on a streamed page waits for the parser, then hydrates', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    const tags = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'];
    // After each widget, an inline script keeps a node of the shadow root the parser built, so the
    // test can tell adoption (node kept) from a second render. The cost estimator and quiz have no
    // pre-rendered shadow root (light-DOM fallback, docs/ssr.md): they only have to render.
    const hydrated = ['ketamine-faq', 'side-effects-list'];
    const widgets = [];
    for (const tag of tags) {
      const markup = await renderToString(`<${tag} phone="555-0100" clinic-name="Lakeside"></${tag}>`);
      widgets.push(`${markup}<script>window.__serverNodes.push(document.querySelector('${tag}').shadowRoot?.firstElementChild ?? null)</script>`);
    }
    const head =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed pre-rendered page</title>' +
      '<script>window.__serverNodes = []</script>' +
      '<script type="module" async src="/cdn/ketamine-widgets.hydrate.js"></script></head>' +
      `<body><h1>Lakeside clinic</h1><p>${'Our team, our hours and how to reach us. '.repeat(40)}</p>`;
    ctx.server.files.set('ssr-async-streamed.html', {
      type: 'text/html; charset=utf-8',
      // `litElementVersions` is Lit's global, set when the script has run: proof it ran mid-parse.
      parts: [
        { body: head },
        { pauseMs: 800, body: `<script>window.__ranMidParse = !!window.litElementVersions</script>${widgets.join('')}<p>Footer.</p></body></html>` },
      ],
    });
    const { context, page, problems } = await watchedPage(ctx);
    try {
      await page.goto(`${ctx.server.origin}/extra/ssr-async-streamed.html`, { waitUntil: 'load' });
      const report = await page.evaluate(async (tags) => {
        for (const tag of tags) {
          await customElements.whenDefined(tag);
          await document.querySelector(tag).updateComplete;
          await document.querySelector(tag).updateComplete;
        }
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return {
          ranMidParse: window.__ranMidParse,
          serverNodesKept: tags.map((tag, index) => {
            const node = window.__serverNodes[index];
            return !!node && document.querySelector(tag).shadowRoot.contains(node);
          }),
          controls: tags.map((tag) => document.querySelector(tag).shadowRoot?.querySelectorAll('button, input, select').length ?? 0),
          disabledFaqButtons: document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('.question-button[aria-disabled]').length,
        };
      }, tags);
      assert.equal(report.ranMidParse, true, 'the async script ran during the pause, before the widgets were parsed');
      assert.deepEqual(problems, [], 'no console error or warning (no second declarative shadow root, no hydration mismatch)');
      assert.deepEqual(
        report.serverNodesKept,
        tags.map((tag) => hydrated.includes(tag)),
        `the parser's shadow roots were adopted (${hydrated.join(', ')})`,
      );
      assert.ok(
        report.controls.every((count) => count > 0),
        `every widget is live: ${report.controls.join(', ')} controls`,
      );
      assert.equal(report.disabledFaqButtons, 0, 'the FAQ buttons are live');

      const first = page.locator('ketamine-faq .question-button').first();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.evaluate(() => document.querySelector('ketamine-faq').updateComplete);
      assert.equal(await first.getAttribute('aria-expanded'), 'true', 'a question opens by keyboard');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('ssr: the plain script over pre-rendered HTML renders it once (no hydration, no second copy)', async () => {
    await using(openAndHydrate(ctx, 'ssr-plain-faq.html', '<ketamine-faq></ketamine-faq>', 'ketamine-faq'), async ({ page, problems, snapshot }) => {
      const before = await snapshot('.question-button');
      await runHydrateScript(page, 'ketamine-faq', '/cdn/ketamine-widgets.js');
      const after = await snapshot('.question-button');
      assert.deepEqual(problems, []);
      assert.equal(after.boxes.length, before.boxes.length, 'each question once');
      assert.equal(await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('.footer').length), 1, 'one footer');
      assert.equal(await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[aria-disabled]').length), 0);
    });
  });

  test('ssr: a Spanish pre-rendered FAQ hydrates with the .hydrate.es.js script', async () => {
    await using(
      openAndHydrate(ctx, 'ssr-hydrate-faq-es.html', '<ketamine-faq lang="es"></ketamine-faq>', 'ketamine-faq'),
      async ({ page, problems, snapshot }) => {
        const before = await snapshot('.question-button');
        await runHydrateScript(page, 'ketamine-faq', '/cdn/ketamine-widgets.hydrate.es.js');
        const after = await snapshot('.question-button');
        assert.deepEqual(problems, []);
        assert.ok(await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.contains(window.__serverNode)), 'adopted, not replaced');
        assert.equal(after.text, before.text);
        assert.deepEqual(after.boxes, before.boxes);
      },
    );
  });

  test('ssr: HTML edited after rendering (another category shown) is rendered again with a warning, never an error', async () => {
    await using(openAndHydrate(ctx, 'ssr-hydrate-mismatch.html', '<ketamine-faq></ketamine-faq>', 'ketamine-faq'), async ({ page, problems }) => {
      // The page changes what the element shows before the script runs: the server's HTML is no longer its first frame.
      await page.evaluate(() => document.querySelector('ketamine-faq').setAttribute('category', 'basics'));
      await runHydrateScript(page, 'ketamine-faq');
      assert.ok(problems.length > 0 && problems.every((line) => /^warning: \[ketamine-faq\] pre-rendered HTML does not match/.test(line)), problems.join('\n'));
      const report = await page.evaluate(() => {
        const root = document.querySelector('ketamine-faq').shadowRoot;
        return {
          footers: root.querySelectorAll('.footer').length,
          categories: [...root.querySelectorAll('.category')].map((category) => category.dataset.category),
          disabled: root.querySelectorAll('[aria-disabled]').length,
        };
      });
      assert.equal(report.footers, 1, 'one copy');
      assert.deepEqual(report.categories, ['basics']);
      assert.equal(report.disabled, 0);
    });
  });
}

/**
 * Pre-renders `markup` into a phone-sized page, then loads `script` (`type="module" async`) and
 * watches the element's shadow root from before the script until the element has hydrated and
 * its content has settled: every distinct frame (text length and box height, sampled each
 * animation frame), nodes removed from the shadow root, the layout-shift total and the console.
 * The shadow root's HTML is compared without Lit's comment markers and without the attributes
 * that are client state by design (live FAQ buttons, laid-out side effects).
 */
async function hydrateAndWatch(ctx, name, markup, tag, { script = '/cdn/ketamine-widgets.hydrate.js', files = {}, beforeScript, blockRequests } = {}) {
  for (const [file, body] of Object.entries(files)) ctx.server.files.set(file, { type: 'application/json', body });
  const { context, page, problems } = await openPreRendered(ctx, name, markup);
  if (blockRequests) await page.route(blockRequests, (route) => route.abort());
  if (beforeScript) await page.evaluate(beforeScript);
  const report = await page.evaluate(
    async ({ tag, script }) => {
      const host = document.querySelector(tag);
      const root = host.shadowRoot;
      const dom = () => {
        const copy = document.createElement('div');
        copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        for (const comment of comments) comment.remove();
        for (const element of copy.querySelectorAll('[aria-disabled], [aria-expanded], [data-laid-out]')) {
          for (const name of ['aria-disabled', 'aria-expanded', 'data-laid-out']) element.removeAttribute(name);
        }
        return copy.innerHTML;
      };
      const before = dom();
      const serverNode = root.querySelector('section, .content');
      let removed = 0;
      new MutationObserver((records) => {
        for (const record of records) removed += record.removedNodes.length;
      }).observe(root, { childList: true, subtree: true });
      // `frames`: the DOM's text; `seen`: what a reader sees (rendered text and the box).
      const frames = [];
      const seen = [];
      let sampling = true;
      const sample = () => {
        const height = Math.round(host.getBoundingClientRect().height);
        const frame = `${root.textContent.length} chars, ${height} px`;
        const visible = `${root.querySelector('.content')?.innerText ?? ''}|${height} px`;
        if (frames.at(-1) !== frame) frames.push(frame);
        if (seen.at(-1) !== visible) seen.push(visible);
        if (sampling) requestAnimationFrame(sample);
      };
      sample();
      const element = document.createElement('script');
      element.type = 'module';
      element.async = true;
      element.src = script;
      document.head.append(element);
      await customElements.whenDefined(tag);
      // Settled (a `src` file or an inline override's validator still loading), then hydrated:
      // `updateComplete` waits for the hydration and the update that makes the controls live.
      for (let i = 0; i < 200 && host.overridePending; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await host.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      sampling = false;
      return {
        before,
        after: dom(),
        removed,
        frames,
        seenFrames: seen.length,
        hydrating: host.hydrating,
        adopted: root.contains(serverNode),
        layoutShift: window.__layoutShift,
        liveButtons: root.querySelectorAll('button:not([aria-disabled])').length,
      };
    },
    { tag, script },
  );
  return { page, problems, report, close: () => context.close() };
}

/** Enter on the first FAQ question opens it and fires faq-toggle with its id. */
async function assertFaqKeyboard(page, problems) {
  await page.evaluate(() => {
    window.__toggles = [];
    document.addEventListener('faq-toggle', (event) => window.__toggles.push(event.detail.open));
  });
  const first = page.locator('ketamine-faq .question-button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await page.evaluate(() => document.querySelector('ketamine-faq').updateComplete);
  assert.equal(await first.getAttribute('aria-expanded'), 'true', 'a question opens by keyboard');
  assert.deepEqual(await page.evaluate(() => window.__toggles), [true], 'faq-toggle fired');
  assert.deepEqual(problems, []);
}

/** Every item of the identity contract of issue 18: the server's DOM adopted, nothing moved, nothing logged. */
function assertAdopted({ report, problems }) {
  assert.deepEqual(problems, [], 'no console error or warning (no hydration mismatch)');
  assert.equal(report.hydrating, false, 'hydrated');
  assert.ok(report.adopted, "the server's nodes were adopted, not replaced");
  assert.equal(report.removed, 0, 'no node of the shadow root was removed (no re-render)');
  assert.ok(report.after === report.before, 'the shadow DOM after hydration is the server DOM (client-state attributes aside)');
  assert.equal(report.frames.length, 1, `one frame from the server's paint to the end (no flash): ${report.frames.join(' → ')}`);
  assert.equal(report.layoutShift, 0, 'layout-shift total');
}

// Issue 18, "hydrates what is already pre-rendered" with clinic configuration: what the server
// applied (an inline override, the page config, Spanish) reaches the browser through lazy chunks
// (zod, the Spanish content). The element waits for them before adopting the server's DOM.
const CONFIG = `<script type="application/json" id="ketamine-widgets-config">${JSON.stringify({
  clinicName: 'Lakeside',
  phone: '555-0100',
  theme: 'dark',
  'ketamine-faq': { 'heading-level': 3, searchable: true },
})}</script>`;
const FAQ_OVERRIDE = `<script type="application/json">${JSON.stringify({
  version: 1,
  hide: ['what-is-ketamine-therapy'],
  categories: [{ id: 'basics', items: [{ id: 'our-clinic', question: 'Where is the clinic?', answer: 'On Lake Street, next to the library.' }] }],
})}</script>`;

export function ssrHydrationConfigTests(ctx) {
  const faqCases = [
    ['an inline override', `<ketamine-faq>${FAQ_OVERRIDE}</ketamine-faq>`, '/cdn/ketamine-widgets.hydrate.js'],
    ['the page config', `${CONFIG}<ketamine-faq></ketamine-faq>`, '/cdn/ketamine-widgets.hydrate.js'],
    [
      'lang="es" under the English-first script (Spanish is a lazy chunk)',
      '<ketamine-faq lang="es" phone="555-0100"></ketamine-faq>',
      '/cdn/ketamine-widgets.hydrate.js',
    ],
    [
      'lang="es", an override and the page config under .hydrate.es.js',
      `${CONFIG}<ketamine-faq lang="es">${FAQ_OVERRIDE}</ketamine-faq>`,
      '/cdn/ketamine-widgets.hydrate.es.js',
    ],
    [
      'heading-level and theme',
      '<ketamine-faq heading-level="4" theme="dark" booking-url="https://lakeside.example/book"></ketamine-faq>',
      '/cdn/ketamine-widgets.hydrate.js',
    ],
  ];
  for (const [what, markup, script] of faqCases) {
    test(`ssr: hydration with ${what}: the FAQ keeps the server DOM, no flash, no shift, keyboard works`, async () => {
      const slug = what.replace(/\W+/g, '-').slice(0, 40);
      await using(hydrateAndWatch(ctx, `ssr-hydrate-config-${slug}.html`, markup, 'ketamine-faq', { script }), async ({ page, problems, report }) => {
        assertAdopted({ report, problems });
        assert.ok(report.liveButtons >= 30, `${report.liveButtons} live buttons`);
        await assertFaqKeyboard(page, problems);
      });
    });
  }

  test('ssr: hydration with an inline override and the page config: the side-effects list keeps the server DOM', async () => {
    const override = `<script type="application/json">${JSON.stringify({ version: 1, clinicNote: 'We watch you for two hours after each session.' })}</script>`;
    await using(
      hydrateAndWatch(
        ctx,
        'ssr-hydrate-config-side-effects.html',
        `${CONFIG}<side-effects-list layout="summary">${override}</side-effects-list>`,
        'side-effects-list',
      ),
      async ({ page, problems, report }) => {
        assertAdopted({ report, problems });
        assert.match(report.before, /We watch you for two hours/, 'the server applied the override');
        const showAll = page.locator('side-effects-list .show-all');
        await showAll.focus();
        await page.keyboard.press('Enter');
        await page.evaluate(() => document.querySelector('side-effects-list').updateComplete);
        assert.equal(await showAll.getAttribute('aria-expanded'), 'true', 'Show all works by keyboard');
        assert.deepEqual(problems, []);
      },
    );
  });

  // `src` is fetched by the browser only. The server renders the bundled content, which is what
  // the script shows while the file loads: hydration adopts it, then the file's changes replace
  // only what differs. Never a flash back to defaults, never the "loading" notice.
  test('ssr: hydration with src: bundled content adopted, then only what the file changes is replaced', async () => {
    const file = JSON.stringify({ version: 1, hide: ['what-is-ketamine-therapy'] });
    await using(
      hydrateAndWatch(ctx, 'ssr-hydrate-src.html', '<ketamine-faq src="/extra/ssr-override.json"></ketamine-faq>', 'ketamine-faq', {
        files: { 'ssr-override.json': file },
      }),
      async ({ page, problems, report }) => {
        assert.deepEqual(problems, []);
        assert.ok(report.adopted, 'adopted');
        assert.ok(report.before.includes('What is ketamine therapy?') && !report.after.includes('What is ketamine therapy?'), 'the hidden question is gone');
        const items = (html) => html.split('<div class="item" part="item"').length - 1;
        assert.equal(items(report.after), items(report.before) - 1, 'one question fewer');
        assert.ok(report.removed > 0 && report.removed <= 12, `only that question's nodes were removed (${report.removed})`);
        assert.ok(report.frames.length <= 2, `the server's frame, then the file's: ${report.frames.join(' → ')}`);
        assert.doesNotMatch(report.after, /class="notice/, 'no loading notice');
        await assertFaqKeyboard(page, problems);
      },
    );
  });

  // The estimator and the quiz are pre-rendered as a light-DOM "needs JavaScript" fallback: the
  // script's shadow root (no slot) hides it. Nothing of it may stay in the accessibility tree,
  // the tab order or find-in-page, and the live element must be reachable by keyboard.
  test('ssr: the hydrate script replaces the estimator and quiz fallback with the live elements (no error, AX and focus)', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    const markup = await renderToString(
      `${CONFIG}<cost-estimator></cost-estimator><candidacy-quiz lang="es"></candidacy-quiz><p><a href="#after">After the widgets</a></p>`,
    );
    // What the reader sees before the script defines the elements (it waits for the end of parsing).
    const atParse = '<script>window.__before = document.body.innerText</script>';
    ctx.server.files.set('ssr-hydrate-tools.html', {
      type: 'text/html; charset=utf-8',
      body: PAGE(markup + atParse).replace('</head>', '<script type="module" async src="/cdn/ketamine-widgets.hydrate.js"></script></head>'),
    });
    const { context, page, problems } = await watchedPage(ctx);
    try {
      await page.goto(`${ctx.server.origin}/extra/ssr-hydrate-tools.html`, { waitUntil: 'load' });
      const before = await page.evaluate(() => window.__before);
      const report = await page.evaluate(async () => {
        const tags = ['cost-estimator', 'candidacy-quiz'];
        const controlsOf = (tag) => document.querySelector(tag).shadowRoot?.querySelectorAll('button, input, select').length ?? 0;
        for (const tag of tags) {
          await customElements.whenDefined(tag);
          // The Spanish quiz waits for its language chunk under the English-first script.
          for (let i = 0; i < 200 && !controlsOf(tag); i++) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return {
          text: document.body.innerText,
          fallbacksRendered: [...document.querySelectorAll('[data-ketamine-widgets-fallback]')].filter((node) => node.checkVisibility()).length,
          controls: tags.map(controlsOf),
          findsFallback: window.find('needs JavaScript') || window.find('necesita JavaScript'),
        };
      });
      assert.match(before, /This tool needs JavaScript/, 'the fallback was painted first');
      assert.deepEqual(problems, [], 'no console error or warning');
      assert.equal(report.fallbacksRendered, 0, 'the fallbacks are not rendered');
      assert.doesNotMatch(report.text, /needs JavaScript|necesita JavaScript/);
      assert.equal(report.findsFallback, false, 'find-in-page does not find the hidden fallback');
      assert.ok(
        report.controls.every((count) => count > 0),
        `live controls: ${report.controls}`,
      );
      // Accessibility tree: the live widgets, not the fallback's heading, phone link or line.
      const tree = await page.locator('body').ariaSnapshot();
      assert.doesNotMatch(tree, /needs JavaScript|necesita JavaScript/);
      assert.equal((tree.match(/link "(Call|Llamar) Lakeside: 555-0100"/g) ?? []).length, 2, "each live widget's call link once, no fallback link");
      assert.match(tree, /What might treatment cost\?/);
      // Tab order: from the page's heading, Tab goes into the estimator's controls, never to a fallback link.
      const focused = [];
      await page.locator('h1').evaluate((heading) => {
        heading.tabIndex = -1;
        heading.focus();
      });
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          const host = element?.getRootNode()?.host;
          return `${host ? host.localName : 'page'}:${element?.localName}`;
        });
        focused.push(where);
        if (where === 'page:a') break;
      }
      assert.ok(focused[0].startsWith('cost-estimator:'), `first Tab stop: ${focused[0]}`);
      assert.ok(
        focused.some((where) => where.startsWith('candidacy-quiz:')),
        'the quiz is reached',
      );
      assert.equal(focused.at(-1), 'page:a', `the page's link after the widgets is reached: ${focused.join(', ')}`);
    } finally {
      await context.close();
    }
  });

  // Per-element files for pre-rendered pages (docs/ssr.md): a clinic showing only the FAQ loads
  // ketamine-faq.hydrate.js (~39 KB with its content) instead of the whole-library hydrate file (~71 KB).
  test('ssr: the per-element ketamine-faq.hydrate.js adopts a pre-rendered FAQ with an inline override', async () => {
    await using(
      hydrateAndWatch(ctx, 'ssr-hydrate-per-element-faq.html', `${CONFIG}<ketamine-faq>${FAQ_OVERRIDE}</ketamine-faq>`, 'ketamine-faq', {
        script: '/cdn/ketamine-faq.hydrate.js',
      }),
      async ({ page, problems, report }) => {
        assertAdopted({ report, problems });
        await assertFaqKeyboard(page, problems);
        assert.equal(await page.evaluate(() => customElements.get('side-effects-list')), undefined, 'only the FAQ was loaded');
      },
    );
  });

  // Each per-element file holds its own Lit (issue 18: one file, no shared chunk to wait for). Two
  // on one page are two copies of Lit, which the docs steer away from (use the whole library), but
  // they must still work: each copy's hydrate support adopts its own element's HTML.
  test('ssr: per-element hydrate files of two elements, each with its own Lit, both adopt their HTML', async () => {
    await using(
      hydrateAndWatch(
        ctx,
        'ssr-hydrate-per-element-two.html',
        '<side-effects-list lang="es"></side-effects-list><cost-estimator lang="es"></cost-estimator>',
        'side-effects-list',
        {
          script: '/cdn/side-effects-list.hydrate.es.js',
          beforeScript: () => {
            const script = document.createElement('script');
            script.type = 'module';
            script.src = '/cdn/cost-estimator.hydrate.es.js';
            document.head.append(script);
          },
        },
      ),
      async ({ page, problems, report }) => {
        assertAdopted({ report, problems });
        await page.waitForFunction(() => document.querySelector('cost-estimator').shadowRoot?.querySelector('input, select'));
        assert.equal(await page.evaluate(() => window.litElementVersions.length), 2, 'two copies of Lit, one per file');
        assert.deepEqual(problems, []);
      },
    );
  });

  // The plain per-element file does not hydrate: it empties the server's shadow root and renders
  // it again in the same task (createRenderRoot, then the first update in a microtask), so no
  // frame is painted in between. What a reader sees must not change; the cost is the re-render.
  test('ssr: the plain ketamine-faq.js over pre-rendered HTML re-renders without a visible change', async () => {
    await using(
      hydrateAndWatch(ctx, 'ssr-plain-per-element-faq.html', '<ketamine-faq phone="555-0100"></ketamine-faq>', 'ketamine-faq', {
        script: '/cdn/ketamine-faq.js',
      }),
      async ({ page, problems, report }) => {
        assert.deepEqual(problems, []);
        assert.ok(report.removed > 0, 'the server DOM was replaced (no hydration in this file)');
        assert.equal(report.seenFrames, 1, 'every frame showed the reader the same text and box');
        assert.equal(report.layoutShift, 0);
        await assertFaqKeyboard(page, problems);
      },
    );
  });

  // The Spanish chunk blocked: the element falls back to English (console.error naming it). That
  // is not the server's content, so the Spanish HTML is replaced, not hydrated under English values.
  test('ssr: a pre-rendered Spanish FAQ whose language chunk is blocked is replaced by English once, never left half Spanish', async () => {
    await using(
      hydrateAndWatch(ctx, 'ssr-hydrate-es-blocked.html', '<ketamine-faq lang="es"></ketamine-faq>', 'ketamine-faq', {
        blockRequests: /chunks\/es-/,
      }),
      async ({ problems, report }) => {
        assert.ok(problems.length > 0 && problems.every((line) => /could not load "es" content|Failed to load resource/.test(line)), problems.join('\n'));
        assert.equal(report.hydrating, false);
        assert.match(report.after, /What is ketamine therapy\?/, 'English');
        assert.doesNotMatch(report.after, /¿/, 'no Spanish text left in the DOM');
        assert.ok(!report.frames.some((frame) => frame.startsWith('0 chars')), `no empty frame: ${report.frames.join(' → ')}`);
      },
    );
  });

  // The FAQ's answers chunk blocked (issue 18): hydration waited for it; the answers now say they
  // could not load, which is not the server's HTML, so it is replaced once: working questions, no empty frame.
  test('ssr: a pre-rendered FAQ whose answers chunk is blocked is replaced once: questions work, each answer says it could not load', async () => {
    await using(
      hydrateAndWatch(ctx, 'ssr-hydrate-answers-blocked.html', '<ketamine-faq></ketamine-faq>', 'ketamine-faq', {
        blockRequests: /faq-answers/,
      }),
      async ({ page, problems, report }) => {
        assert.ok(
          problems.some((line) => /^error: \[ketamine-faq\] lang: could not load the answers to the "en" questions/.test(line)),
          problems.join('\n'),
        );
        assert.ok(
          problems.every((line) => /could not load the answers|Failed to load resource/.test(line)),
          problems.join('\n'),
        );
        assert.equal(report.hydrating, false);
        assert.ok(!report.frames.some((frame) => frame.startsWith('0 chars')), `no empty frame: ${report.frames.join(' → ')}`);
        const answer = await page.evaluate(() => {
          const root = document.querySelector('ketamine-faq').shadowRoot;
          const button = root.querySelector('.question-button');
          button.click();
          return new Promise((resolve) =>
            setTimeout(() => resolve({ expanded: button.getAttribute('aria-expanded'), text: root.querySelector('.answer').textContent.trim() }), 50),
          );
        });
        assert.equal(answer.expanded, 'true');
        assert.match(answer.text, /^This answer could not be loaded/);
      },
    );
  });

  // A `content` property set by the page before the script: the server never saw it, so its HTML
  // is replaced in one step once the override is validated (no stale text, no empty frame).
  test('ssr: a content property set before the script replaces the server HTML once, without an empty frame', async () => {
    await using(
      hydrateAndWatch(ctx, 'ssr-hydrate-property.html', '<ketamine-faq></ketamine-faq>', 'ketamine-faq', {
        beforeScript: () => {
          document.querySelector('ketamine-faq').content = { version: 1, hide: ['what-is-ketamine-therapy'] };
        },
      }),
      async ({ problems, report }) => {
        assert.deepEqual(problems, []);
        assert.equal(report.hydrating, false);
        assert.ok(!report.after.includes('What is ketamine therapy?'), 'the property override is shown');
        assert.ok(report.frames.length <= 2 && !report.frames.some((frame) => frame.startsWith('0 chars')), report.frames.join(' → '));
      },
    );
  });
}

/** The strict policy of tests/e2e/pages/headers.json, with `extraStyleSrc` added to `style-src`. */
const strictPolicy = (extraStyleSrc) =>
  `default-src 'self'; script-src 'self'; style-src 'self'${extraStyleSrc ? ` ${extraStyleSrc}` : ''}; connect-src 'none'; require-trusted-types-for 'script'; trusted-types ketamine-widgets`;

/**
 * A pre-rendered FAQ + side-effects page served with the strict policy, the hydrate script loaded
 * as docs/ssr.md says (deferred `type="module"` in the head). Returns the CSP violations (events
 * and console), what the widget CSS did, and whether the elements hydrated.
 */
async function openStrictPreRendered(ctx, name, styleSrc) {
  const { renderToString } = await import('../../dist/ssr.js');
  const body = await renderToString('<ketamine-faq phone="555-0100" clinic-name="Lakeside"></ketamine-faq><side-effects-list></side-effects-list>');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered, strict CSP</title><script type="module" src="/cdn/ketamine-widgets.hydrate.js"></script></head><body><h1>Lakeside clinic</h1>${body}</body></html>`;
  ctx.server.files.set(name, { type: 'text/html; charset=utf-8', body: html, headers: { 'content-security-policy': strictPolicy(styleSrc) } });
  const { context, page, problems } = await watchedPage(ctx);
  await page.addInitScript(() => {
    window.__violations = [];
    // Blocked <style> elements in a shadow root report on the document; listen at both levels.
    const record = (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`);
    document.addEventListener('securitypolicyviolation', record, true);
  });
  await page.goto(`${ctx.server.origin}/extra/${name}`, { waitUntil: 'load' });
  const report = await page.evaluate(async () => {
    for (const tag of ['ketamine-faq', 'side-effects-list']) {
      await customElements.whenDefined(tag);
      await document.querySelector(tag).updateComplete;
      await document.querySelector(tag).updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const faq = document.querySelector('ketamine-faq').shadowRoot;
    const effects = document.querySelector('side-effects-list').shadowRoot;
    const button = faq.querySelector('.question-button');
    const style = (element) => getComputedStyle(element);
    return {
      violations: window.__violations,
      // Set only by the widget CSS: a browser's own button has a 2px outset border, a <div> none.
      buttonBorder: style(button).borderTopStyle,
      faqFooterBorder: style(faq.querySelector('[part="footer"]')).borderTopStyle,
      effectsFooterBorder: style(effects.querySelector('[part="footer"]')).borderTopStyle,
      // Hydrated, not rendered again: the server's <style> is still in each shadow root (a
      // re-render empties the root and adopts constructed sheets), and the buttons are live. The
      // <noscript> style is inert text with scripting on, so one <style> each.
      serverStyles: [faq, effects].map((root) => root.querySelectorAll('style').length),
      buttonState: [button.getAttribute('aria-disabled'), button.getAttribute('aria-expanded')],
    };
  });
  return { page, problems, report, close: () => context.close() };
}

export function ssrCspTests(ctx) {
  test('ssr: under the strict CSP plus the documented style hashes, zero violations, styled, and it hydrates', async () => {
    const { readFile } = await import('node:fs/promises');
    const { styleSrc } = JSON.parse(await readFile(new URL('../../dist/ssr-style-hashes.json', import.meta.url), 'utf8'));
    await using(openStrictPreRendered(ctx, 'ssr-strict-csp.html', styleSrc), async ({ page, problems, report }) => {
      assert.deepEqual(report.violations, [], 'no securitypolicyviolation event');
      assert.deepEqual(problems, [], 'no CSP report, error or mismatch warning in the console');
      assert.equal(report.buttonBorder, 'none', 'the question button has the widget CSS');
      assert.equal(report.faqFooterBorder, 'solid');
      assert.equal(report.effectsFooterBorder, 'solid');
      assert.deepEqual(report.serverStyles, [1, 1], 'the server <style> elements were adopted, not replaced');
      assert.deepEqual(report.buttonState, [null, 'false'], 'the question buttons are live');
      const button = page.locator('ketamine-faq .question-button').first();
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
    });
  });

  // The control that makes the test above able to fail: without the hashes, the same page is
  // unstyled and the browser reports the blocked <style> elements.
  test('ssr: under the strict CSP without the hashes, the pre-rendered styles are blocked (control)', async () => {
    await using(openStrictPreRendered(ctx, 'ssr-strict-csp-no-hashes.html', ''), async ({ problems, report }) => {
      assert.ok(report.violations.length >= 2, `violations: ${report.violations.join(' | ')}`);
      assert.ok(
        problems.some((line) => /Content Security Policy/.test(line)),
        problems.join('\n'),
      );
      assert.notEqual(report.buttonBorder, 'none', 'the question button is unstyled');
    });
  });

  // Scripting off: the FAQ's <noscript> style (every answer shown) is the second hash; without it
  // the answers would stay closed under the strict policy.
  test('ssr: under the strict CSP plus the hashes, without JavaScript, the FAQ is styled and every answer shown', async () => {
    const { readFile } = await import('node:fs/promises');
    const { styleSrc } = JSON.parse(await readFile(new URL('../../dist/ssr-style-hashes.json', import.meta.url), 'utf8'));
    const { renderToString } = await import('../../dist/ssr.js');
    const shown = async (policy) => {
      const name = `ssr-strict-csp-nojs-${policy ? 'hashes' : 'none'}.html`;
      ctx.server.files.set(name, {
        type: 'text/html; charset=utf-8',
        body: PAGE(await renderToString('<ketamine-faq></ketamine-faq>')),
        headers: { 'content-security-policy': strictPolicy(policy) },
      });
      const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
      try {
        const page = await context.newPage();
        await page.goto(`${ctx.server.origin}/extra/${name}`, { waitUntil: 'load' });
        return await page.evaluate(() => {
          const root = document.querySelector('ketamine-faq').shadowRoot;
          const answers = [...root.querySelectorAll('.answer-body')];
          return {
            questions: answers.length,
            open: answers.filter((answer) => answer.checkVisibility() && answer.getBoundingClientRect().height > 0).length,
            buttonBorder: getComputedStyle(root.querySelector('.question-button')).borderTopStyle,
          };
        });
      } finally {
        await context.close();
      }
    };
    const allowed = await shown(styleSrc);
    assert.ok(allowed.questions >= 30);
    assert.equal(allowed.open, allowed.questions, 'every answer shown');
    assert.equal(allowed.buttonBorder, 'none', 'styled');
    const blocked = await shown('');
    assert.equal(blocked.open, 0, 'control: without the hashes the <noscript> style is blocked and the answers stay closed');
  });
}
