// How the end-to-end tests use each element "for real": through its shadow DOM, with clicks and
// typing, the way a patient would. Elements that have not landed yet are skipped by name.
//
// Playwright CSS locators pierce open shadow roots, so `faq.locator('button')` finds the buttons
// inside <ketamine-faq>. The selectors rely on the issues' contracts (disclosure buttons with
// aria-expanded or <details>, fieldset + radio/checkbox inputs, <input type=number>), not on
// class names an element author may change.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_DIR } from './server.js';
import { skip } from './harness.js';

export const TAGS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'];

/** Tags whose CDN entry exists in this build (the element has landed in src/<tag>/define.ts). */
export function builtTags() {
  return TAGS.filter((tag) => existsSync(join(CDN_DIR, `${tag}.js`)));
}

export function requireTag(tag) {
  if (!existsSync(join(CDN_DIR, `${tag}.js`))) skip(`<${tag}> has not landed yet (no dist/cdn/${tag}.js; src/${tag}/define.ts missing)`);
}

/** Waits until every built tag is defined and rendered (its shadow root has content). */
export async function waitForWidgets(page, tags = builtTags()) {
  await page
    .waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const elements = [...document.querySelectorAll(tag)];
          // An FAQ attaches its closed answers in idle time after the first render: wait for them too.
          const settled = (el) => ![...el.shadowRoot.querySelectorAll('[part~="answer"]')].some((answer) => !answer.childElementCount);
          return (
            customElements.get(tag) &&
            elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.shadowRoot.textContent.trim().length > 0 && settled(el))
          );
        }),
      tags,
      { timeout: 10_000 },
    )
    .catch(async () => {
      const state = await page.evaluate(
        (tags) => tags.map((tag) => `${tag}: defined=${!!customElements.get(tag)} rendered=${!!document.querySelector(tag)?.shadowRoot?.textContent.trim()}`),
        tags,
      );
      throw new Error(`widgets did not render:\n${state.join('\n')}`);
    });
}

/** Shadow-root text of the first `tag`, whitespace collapsed. */
export function shadowText(page, tag) {
  return page.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
}

// --- <ketamine-faq> -------------------------------------------------------------------------

/** Opens the first closed question and checks that its answer shows. */
export async function useFaq(page, faq = page.locator('ketamine-faq').first()) {
  // A handle, not a locator: after the click, "the first closed question" is another one.
  const toggle = await faq.locator(`button[aria-expanded="false"], details:not([open]) > summary`).first().elementHandle();
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  await page.waitForTimeout(50); // one Lit update
  const state = await toggle.evaluate((el) => {
    if (el.localName === 'summary') {
      const details = el.parentElement;
      const body = [...details.children].filter((child) => child !== el);
      return { open: details.open, answerVisible: body.some((child) => child.checkVisibility() && child.getBoundingClientRect().height > 0) };
    }
    const answer = el.getRootNode().getElementById(el.getAttribute('aria-controls'));
    return {
      open: el.getAttribute('aria-expanded') === 'true',
      answerVisible: !!answer && answer.checkVisibility() && answer.getBoundingClientRect().height > 0,
    };
  });
  if (!state.open || !state.answerVisible) throw new Error(`FAQ question did not open: ${JSON.stringify(state)}`);
}

// --- <side-effects-list> ----------------------------------------------------------------------

/** The "Get help now" block is there and readable: it names 911 and 988. */
export async function useSideEffects(page, list = page.locator('side-effects-list').first()) {
  for (const number of [/\b911\b/, /\b988\b/]) {
    const hit = list.getByText(number).first();
    await hit.scrollIntoViewIfNeeded();
    if (!(await hit.isVisible())) throw new Error(`side-effects help block: ${number} not visible`);
  }
}

// --- <cost-estimator> ---------------------------------------------------------------------------

/**
 * Types a new price into the estimator's fields, one after another, until the displayed estimate
 * changes; fails when no field changes it or when it shows NaN, Infinity or undefined.
 */
export async function useEstimator(page, estimator = page.locator('cost-estimator').first()) {
  const inputs = estimator.locator('input[type="number"]:not([disabled]):not([readonly])');
  const count = await inputs.count();
  if (!count) throw new Error('cost-estimator: no editable number field');
  const textOf = () => estimator.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  const before = await textOf();
  for (let index = 0; index < count; index++) {
    const input = inputs.nth(index);
    await input.scrollIntoViewIfNeeded();
    const old = await input.inputValue();
    await input.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(old === '777' ? '778' : '777');
    await page.waitForTimeout(50);
    const after = await textOf();
    if (/NaN|Infinity|undefined|\[object/.test(after)) throw new Error(`cost-estimator shows a broken number: ${after.slice(0, 300)}`);
    if (after !== before) return;
  }
  throw new Error('cost-estimator: typing into its fields did not change the estimate');
}

// --- <candidacy-quiz> --------------------------------------------------------------------------

/** The current question's legend text, or '' when no question shows. */
function currentLegend(quiz) {
  return quiz.evaluate((el) => el.shadowRoot.querySelector('fieldset legend')?.textContent.trim() ?? '');
}

/**
 * Answers the current question with its first option (or `pick`) and presses Next.
 * Returns what a leak check needs: the option's value and its label text.
 */
export async function answerAndNext(page, quiz = page.locator('candidacy-quiz').first(), pick = 0) {
  const legend = await currentLegend(quiz);
  if (!legend) throw new Error('candidacy-quiz: no question (fieldset with legend) shows');
  const option = quiz.locator('fieldset input[type="radio"], fieldset input[type="checkbox"]').nth(pick);
  await option.scrollIntoViewIfNeeded();
  const answer = await option.evaluate((input) => ({
    value: input.value,
    label: (input.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    question: input.closest('fieldset').querySelector('legend').textContent.replace(/\s+/g, ' ').trim(),
  }));
  await option.check();
  // The crisis panel's "continue" button, else Next / See my result (parts from the quiz's JSDoc).
  const crisisContinue = quiz.locator('[part~="crisis-continue"]');
  const next = (await crisisContinue.count()) ? crisisContinue.first() : quiz.locator('[part~="next"]').first();
  await next.click();
  // A self-harm answer committed with Next opens crisis help on the same question first; its
  // "continue" button then moves on.
  await page.waitForFunction(
    ([tag, old]) => {
      const root = document.querySelector(tag).shadowRoot;
      return (root.querySelector('fieldset legend')?.textContent.trim() ?? '') !== old || !!root.querySelector('[part~="crisis-continue"]');
    },
    ['candidacy-quiz', legend],
    { timeout: 5_000 },
  );
  if ((await currentLegend(quiz)) === legend) await crisisContinue.first().click();
  await page.waitForFunction(
    ([tag, old]) => (document.querySelector(tag).shadowRoot.querySelector('fieldset legend')?.textContent.trim() ?? '') !== old,
    ['candidacy-quiz', legend],
    { timeout: 5_000 },
  );
  return answer;
}

/** Answers every question with its first option until the result shows. Returns the answers. */
export async function completeQuiz(page, quiz = page.locator('candidacy-quiz').first()) {
  const answers = [];
  for (let step = 0; step < 30; step++) {
    if (!(await currentLegend(quiz))) return answers;
    // A crisis panel may interpose a "continue" step; answerAndNext presses it like Next.
    answers.push(await answerAndNext(page, quiz));
  }
  throw new Error('candidacy-quiz: no result after 30 steps');
}

/** Everything outside the quiz's shadow root where an answer could leak (THREAT-MODEL P2, P3, P5, P6). */
export async function exposedText(session) {
  const exposed = await session.page.evaluate(() => {
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    const storage = (store) => [...Array(store.length).keys()].map((i) => `${store.key(i)}=${store.getItem(store.key(i))}`);
    return {
      lightDom: document.documentElement.outerHTML, // outerHTML never includes shadow roots
      attributes: attributes.join('\n'),
      url: location.href,
      storage: [...storage(localStorage), ...storage(sessionStorage), document.cookie, window.name].join('\n'),
    };
  });
  exposed.console = session.console.map((message) => message.text).join('\n');
  return exposed;
}

const count = (text, needle) => text.split(needle).length - 1;

/**
 * Quiz answers never appear in light DOM, attributes, the URL, storage, cookies or the console.
 * `answers` come from answerAndNext; `before` is exposedText() taken before the first answer.
 * Labels such as "Yes" or "Depression" may well be on the page already (the FAQ's JSON-LD
 * holds every FAQ answer), so a leak is a label or value that appears more often than before.
 */
export async function assertAnswersPrivate(session, answers, before) {
  const after = await exposedText(session);
  const problems = [];
  for (const answer of answers) {
    for (const needle of new Set([answer.label, answer.value].filter((text) => text && text.length >= 2))) {
      for (const where of Object.keys(after)) {
        if (count(after[where], needle) > count(before[where], needle))
          problems.push(`answer ${JSON.stringify(needle)} (to "${answer.question}") appeared in ${where}`);
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Uses every built element on the page; the quiz's answers are checked for leaks. */
export async function useAllWidgets(session, tags = builtTags()) {
  const { page } = session;
  await waitForWidgets(page, tags);
  if (tags.includes('ketamine-faq')) await useFaq(page);
  if (tags.includes('side-effects-list')) await useSideEffects(page);
  if (tags.includes('cost-estimator')) await useEstimator(page);
  if (tags.includes('candidacy-quiz')) {
    const before = await exposedText(session);
    await assertAnswersPrivate(session, [await answerAndNext(page)], before);
  }
}
