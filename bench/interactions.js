// What the runner does to each page after it has loaded, and how each interaction is timed.
// `event` is the DOM event that completes the interaction (its timestamp starts the clock);
// `check` names the probe check run in the next frame (bench/harness.js). Locators pierce open
// shadow roots, so the same code drives the floor's <details> and the widgets.

/** The first question of the second category: below the search box and the first heading. */
const faqSummary = (root) => root.locator('details > summary, button[aria-expanded]').nth(1);

export const INTERACTIONS = {
  'faq-open': {
    label: 'open an FAQ item',
    event: 'click',
    check: 'open',
    async run(page, timed) {
      const root = (await page.locator('ketamine-faq').count()) ? page.locator('ketamine-faq') : page;
      return timed(() => faqSummary(root).click());
    },
  },
  'peer-open': {
    label: 'open an FAQ item',
    event: 'click',
    check: null,
    async run(page, timed) {
      return timed(() => page.locator('[data-bench-open]').nth(1).click());
    },
  },
  // One keystroke at a time; every keystroke is timed to its next frame, and afterwards the field
  // must hold every character typed (debouncing must never lose a keystroke).
  'faq-search': {
    label: 'type "driving" in FAQ search (worst keystroke)',
    event: 'input',
    check: null,
    async run(page, timed) {
      const input = page.locator('ketamine-faq').locator('input[type="search"], input').first();
      await input.click();
      const text = 'driving';
      const latencies = [];
      const visible = [];
      for (const key of text) {
        const result = await timed(() => page.keyboard.press(key));
        latencies.push(result.latency);
        visible.push(result.visibleInNextFrame);
      }
      const value = await input.inputValue();
      return { latency: Math.max(...latencies), latencies, visibleInNextFrame: null, keystrokesKept: value === text, value };
    },
  },
  'quiz-answer': {
    label: 'answer a quiz question',
    event: 'click',
    check: null,
    async run(page, timed) {
      const quiz = page.locator('candidacy-quiz');
      const option = quiz.locator('input[type="radio"], [role="radio"], label:has(input)').first();
      return timed(() => option.click());
    },
  },
  'estimator-change': {
    label: 'change an estimator field',
    event: 'input',
    check: null,
    async run(page, timed) {
      const estimator = page.locator('cost-estimator');
      const number = estimator.locator('input[type="number"], input[inputmode="numeric"], input[inputmode="decimal"]').first();
      if (await number.count()) {
        await number.click();
        await page.keyboard.press('End');
        return timed(() => page.keyboard.press('5'));
      }
      const select = estimator.locator('select').first();
      const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
      return timed(() => select.selectOption(values[values.length - 1]), 'change');
    },
  },
};
