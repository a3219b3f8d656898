// Issue 14.5: printing puts dark text on white paper from any theme. With theme="dark", or
// theme="auto" on a dark OS, the print styles reset every colour token to the light set, so all
// text reaches 4.5:1 against the background it sits on and against white paper (Chrome drops
// backgrounds when printing by default). Measured with print emulation on rendered colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.js';
import { contrast, failures, paintedRgba, quizToResultWithCrisis, textContrasts, type TextContrast } from './rendered-contrast.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Media type and colour scheme at once (see emulatePrintMediaPlugin in web-test-runner.config.js). */
function emulate(media: 'screen' | 'print', colorScheme: 'light' | 'dark'): Promise<unknown> {
  return executeServerCommand('emulate-print-media', { media, features: [{ name: 'prefers-color-scheme', value: colorScheme }] });
}

const ELEMENTS: { name: string; render: (theme: string) => TemplateResult; prepare?: (el: Widget) => Promise<void> }[] = [
  { name: 'ketamine-faq', render: (theme) => html`<ketamine-faq theme=${theme} searchable query="spravato"></ketamine-faq>` },
  { name: 'side-effects-list', render: (theme) => html`<side-effects-list theme=${theme} phone="(555) 010-2345"></side-effects-list>` },
  { name: 'cost-estimator', render: (theme) => html`<cost-estimator theme=${theme}></cost-estimator>` },
  { name: 'candidacy-quiz', render: (theme) => html`<candidacy-quiz theme=${theme}></candidacy-quiz>`, prepare: quizToResultWithCrisis },
];

const WHITE = paintedRgba('#fff');

/** The ratio of each text both on its own background and on bare white paper: the lower one. */
function onPaper(el: Widget): TextContrast[] {
  return textContrasts(el.shadowRoot!).map((entry) => ({ ...entry, ratio: Math.min(entry.ratio, contrast(paintedRgba(entry.color), WHITE)) }));
}

describe('print contrast (issue 14.5)', () => {
  afterEach(() => executeServerCommand('emulate-print-media', { media: '', features: [] }));

  for (const entry of ELEMENTS) {
    for (const [theme, scheme] of [
      ['dark', 'light'],
      ['auto', 'dark'],
    ] as const) {
      it(`${entry.name}: theme="${theme}" with a ${scheme} OS prints dark on white at 4.5:1`, async () => {
        await emulate('screen', scheme);
        const el = await fixture<Widget>(entry.render(theme));
        await el.updateComplete;
        await entry.prepare?.(el);
        // On screen it really is dark, so the print reset is what is being tested.
        expect(paintedRgba(getComputedStyle(el).backgroundColor).slice(0, 3), 'dark on screen').to.deep.equal([0x15, 0x18, 0x1c]);

        await emulate('print', scheme);
        await el.updateComplete;
        expect([matchMedia('print').matches, matchMedia('(prefers-color-scheme: dark)').matches]).to.deep.equal([true, scheme === 'dark']);
        expect(paintedRgba(getComputedStyle(el).backgroundColor), 'white host').to.deep.equal(WHITE);
        const measured = onPaper(el);
        expect(measured.length, 'text measured').to.be.greaterThan(10);
        expect(failures(measured)).to.deep.equal([]);
        expect(getComputedStyle(el).colorScheme).to.equal('light');
      });
    }
  }

  it('ketamine-faq prints every answer, readable, with the questions', async () => {
    await emulate('screen', 'dark');
    const el = await fixture<Widget>(html`<ketamine-faq></ketamine-faq>`);
    await el.updateComplete;
    await emulate('print', 'dark');
    const answers = [...el.shadowRoot!.querySelectorAll('.answer')];
    expect(answers.length).to.be.greaterThan(30);
    // Printing attaches every closed answer (the FAQ listens for the print media change).
    await waitUntil(() => answers.every((answer) => answer.checkVisibility() && answer.textContent!.trim().length > 20), 'every answer printed');
    const answerText = onPaper(el).filter((c) => /^p "/.test(c.where));
    expect(answerText.length).to.be.greaterThan(30);
    expect(failures(answerText)).to.deep.equal([]);
    const questions = textContrasts(el.shadowRoot!).filter((c) => /question/.test(c.where));
    expect(questions.length).to.be.greaterThan(30);
    expect(failures(questions)).to.deep.equal([]);
  });

  it('candidacy-quiz prints its summary of answers, readable, without the buttons', async () => {
    await emulate('screen', 'dark');
    const el = await fixture<Widget>(html`<candidacy-quiz></candidacy-quiz>`);
    await quizToResultWithCrisis(el);
    await emulate('print', 'dark');
    const summary = el.shadowRoot!.querySelector('[part~="summary"]')!;
    expect(summary.checkVisibility()).to.equal(true);
    expect(summary.querySelectorAll('dt').length).to.be.greaterThan(10);
    const rows = onPaper(el).filter((c) => /^(dt|dd)/.test(c.where));
    expect(rows.length).to.be.greaterThan(20);
    expect(failures(rows)).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((button) => button.checkVisibility())).to.equal(false);
  });
});
