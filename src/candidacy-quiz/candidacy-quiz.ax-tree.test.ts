// What Chromium gives screen readers (CDP accessibility tree), not only what the DOM holds (issue 14):
// each step's group is named "Question n of N" and the question, options are radios with their
// labels, the crisis help is a named region (not an alert) and the result has its heading.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../content/en/quiz.json';
import es from '../../content/es/quiz.json';
import type { QuizContent } from '../content/schemas/quiz.js';
import { exposedAxNodes, type AxNode } from '../shared/test/ax-tree.js';
import { fillTemplate } from '../shared/template.js';
import type { CandidacyQuiz } from './candidacy-quiz.js';
import './define.js';
import { REASSURING_ANSWERS } from './test/quiz-answers.js';

const CONTENT: Record<'en' | 'es', QuizContent> = { en: en as QuizContent, es: es as QuizContent };
const exposed = (tree: readonly AxNode[], role: string) => tree.filter((node) => node.role === role);
const names = (tree: readonly AxNode[], role: string) => exposed(tree, role).map((node) => node.name);

/** Spanish arrives as a lazy chunk: wait for the first question in the asked language. */
async function ready(el: CandidacyQuiz, quiz: QuizContent) {
  await waitUntil(() => el.shadowRoot!.querySelector('legend')?.textContent?.trim() === quiz.questions[0].prompt, 'first question shown');
}

async function choose(el: CandidacyQuiz, quiz: QuizContent, questionId: string, optionId: string | string[]) {
  const question = quiz.questions.find((q) => q.id === questionId)!;
  for (const id of [optionId].flat()) {
    const index = question.options.findIndex((option) => option.id === id);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="option"] input')[index].click();
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
  await el.updateComplete;
}

describe('<candidacy-quiz> accessibility tree (CDP)', function () {
  this.timeout(60000);

  for (const lang of ['en', 'es'] as const) {
    const quiz = CONTENT[lang];
    const total = quiz.questions.length;
    const stepName = (index: number) => `${fillTemplate(quiz.ui.progress, { current: index + 1, total })} ${quiz.questions[index].prompt}`;

    it(`${lang}: a step is a group named "Question n of N" and its question, with one radio per option and a progress bar`, async () => {
      const el = await fixture<CandidacyQuiz>(html`<candidacy-quiz lang=${lang}></candidacy-quiz>`);
      await ready(el, quiz);
      let tree = await exposedAxNodes('candidacy-quiz');
      expect(exposed(tree, 'heading').map((node) => `${node.level} ${node.name}`)).to.include(`2 ${quiz.ui.heading}`);
      expect(names(tree, 'group')).to.include(stepName(0));
      expect(names(tree, 'radio')).to.deep.equal(quiz.questions[0].options.map((option) => option.label));
      expect(names(tree, 'progressbar')).to.include(quiz.ui.progressLabel);

      await choose(el, quiz, quiz.questions[0].id, REASSURING_ANSWERS[quiz.questions[0].id]);
      tree = await exposedAxNodes('candidacy-quiz');
      expect(names(tree, 'group')).to.include(stepName(1));
      // Focus moved to the new step: what a screen reader reads first is its full name.
      expect(tree.find((node) => node.focused)?.name).to.equal(stepName(1));
    });

    it(`${lang}: after a self-harm answer the crisis help is a named region with 988 and 911, announced by focus, not as an alert`, async () => {
      const el = await fixture<CandidacyQuiz>(html`<candidacy-quiz lang=${lang}></candidacy-quiz>`);
      await ready(el, quiz);
      for (const question of quiz.questions) {
        if (question.id === 'self-harm') break;
        await choose(el, quiz, question.id, REASSURING_ANSWERS[question.id]);
      }
      await choose(el, quiz, 'self-harm', 'yes-now');
      const tree = await exposedAxNodes('candidacy-quiz');
      expect(names(tree, 'heading')).to.include(quiz.crisis.heading);
      expect(tree.find((node) => node.focused)?.name).to.equal(quiz.crisis.heading);
      expect(exposed(tree, 'alert'), 'no role=alert on top of the focus move').to.have.length(0);
      const links = names(tree, 'link');
      for (const label of [quiz.crisis.call988, quiz.crisis.text988, quiz.crisis.call911]) expect(links).to.include(label);
    });

    it(`${lang}: the result is a heading that takes focus, with the not-a-diagnosis line right under it`, async () => {
      const el = await fixture<CandidacyQuiz>(html`<candidacy-quiz lang=${lang}></candidacy-quiz>`);
      await ready(el, quiz);
      for (const question of quiz.questions) await choose(el, quiz, question.id, REASSURING_ANSWERS[question.id]);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="result-heading"]'), 'result shown');
      const tree = await exposedAxNodes('candidacy-quiz');
      const heading = tree.find((node) => node.role === 'heading' && node.name === quiz.outcomes.discuss.title);
      expect(heading?.level).to.equal(3);
      expect(heading?.focused).to.equal(true);
      // The first text read after the heading's own text (the next node at the heading's depth or above, then its text).
      const rest = tree.slice(tree.indexOf(heading!) + 1);
      const sibling = rest.findIndex((node) => node.depth <= heading!.depth);
      const firstText = rest.slice(sibling).find((node) => node.role === 'StaticText');
      expect(firstText?.name).to.equal(quiz.notDiagnosis.line);
    });
  }
});
