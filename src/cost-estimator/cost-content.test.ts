// The bundled content agrees with the arithmetic, and clinic overrides are validated and merged safely.
import { expect } from '@open-wc/testing';
import en from '../../content/en/cost.json';
import es from '../../content/es/cost.json';
import { costContentSchema, type CostContent } from '../content/schemas/cost.js';
import '../content/zod-setup.js';
import { validateCostOverride } from './cost-override.js';
import { PLAN_IDS } from '../content/vocabulary/cost.js';
import { INDUCTION_SCHEDULES } from './estimate-cost.js';
import { mergeCostOverride } from './cost-content.js';

const bundles: [string, CostContent][] = [
  ['en', en as unknown as CostContent],
  ['es', es as unknown as CostContent],
];

describe('cost content', () => {
  for (const [lang, content] of bundles) {
    describe(lang, () => {
      it('passes its schema', () => {
        const result = costContentSchema.safeParse(content);
        expect(result.success, JSON.stringify(result.error?.issues[0])).to.equal(true);
      });

      it('has exactly the four plans, with phase labels for every schedule step estimateCost uses', () => {
        expect(content.plans.map((plan) => plan.id)).to.deep.equal([...PLAN_IDS]);
        for (const plan of content.plans) {
          const steps = INDUCTION_SCHEDULES[plan.id as keyof typeof INDUCTION_SCHEDULES].steps.map((step) => step.id);
          expect(
            plan.phases.map((phase) => phase.id),
            plan.id,
          ).to.deep.equal(steps);
        }
      });

      it('states the session counts the arithmetic uses', () => {
        // The words must agree with the numbers: IV "6", SPRAVATO "12".
        const plan = (id: string) => content.plans.find((entry) => entry.id === id)!;
        expect(plan('iv').schedule.text).to.contain('6');
        expect(plan('spravato').schedule.text).to.contain('12');
        expect(plan('im').schedule.text).to.contain('6');
        expect(plan('oral').schedule.text).to.contain('6');
      });

      it('shows typical prices only where a source publishes one', () => {
        const typical = content.plans.filter((plan) => plan.price.kind === 'typical').map((plan) => plan.id);
        expect(typical).to.deep.equal(['iv', 'spravato']);
        for (const plan of content.plans) if (plan.price.kind === 'typical') expect(plan.price.low).to.be.below(plan.price.high);
      });

      it('keeps HSA/FSA as a question for the plan, never a promise', () => {
        const hsa = content.paymentNotes.find((entry) => entry.id === 'hsa-fsa')!;
        expect(hsa.text).to.match(lang === 'en' ? /^Ask your plan whether HSA\/FSA funds apply\.$/ : /^Pregunte a su plan/);
      });
    });
  }

  it('uses the same prices in both languages', () => {
    const prices = (content: CostContent) => content.plans.map((plan) => (plan.price.kind === 'typical' ? [plan.price.low, plan.price.high] : null));
    expect(prices(bundles[1][1])).to.deep.equal(prices(bundles[0][1]));
  });
});

describe('cost override', () => {
  const content = en as unknown as CostContent;

  it('accepts wording changes by plan id, hidden plans and a clinic note', () => {
    const result = validateCostOverride({
      version: 1,
      title: 'What treatment costs at Lakeside',
      plans: [{ id: 'iv', session: 'Our infusions take 40 minutes in a private room.' }],
      hidePlans: ['oral', 'im'],
      clinicNote: 'We offer payment plans.',
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const merged = mergeCostOverride(content, result.value);
    expect(merged.title).to.equal('What treatment costs at Lakeside');
    expect(merged.plans.map((plan) => plan.id)).to.deep.equal(['iv', 'spravato']);
    expect(merged.plans[0].session).to.deep.equal({ text: 'Our infusions take 40 minutes in a private room.', sources: [] });
    expect(merged.plans[0].schedule).to.equal(content.plans[0].schedule);
    expect(merged.plans[1]).to.equal(content.plans[1]);
    expect(merged.clinicNote).to.equal('We offer payment plans.');
    // The bundled content is untouched.
    expect(content.title).to.equal('What might treatment cost?');
    expect(content.plans).to.have.length(4);
  });

  it('turns a clinic price note into "varies" so no unsourced range is shown', () => {
    const result = validateCostOverride({ plans: [{ id: 'iv', priceNote: 'Ask us for this month’s price.' }] });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(mergeCostOverride(content, result.value).plans[0].price).to.deep.equal({ kind: 'varies', text: 'Ask us for this month’s price.' });
  });

  const refused: [string, unknown, string, string][] = [
    ['an unknown key', { onclick: 'alert(1)' }, '', 'onclick'],
    ['an unknown plan', { plans: [{ id: 'ketamine-pro', name: 'x' }] }, 'plans[0].id', ''],
    ['a duplicate plan', { plans: [{ id: 'iv' }, { id: 'iv' }] }, 'plans[1].id', 'duplicate id "iv"'],
    ['prices in the override', { plans: [{ id: 'iv', price: 450 }] }, 'plans[0]', 'price'],
    ['hiding every plan', { hidePlans: ['iv', 'spravato', 'im', 'oral'] }, 'hidePlans', 'at least one plan'],
    ['hiding an unknown plan', { hidePlans: ['tms'] }, 'hidePlans', 'must list only'],
    ['an empty title', { title: '' }, 'title', 'must not be empty'],
    ['an unknown version', { version: 99 }, 'version', 'unsupported content version'],
  ];
  for (const [name, override, path, message] of refused) {
    it(`refuses ${name}`, () => {
      const result = validateCostOverride(override);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.path).to.equal(path);
      expect(`${result.path} ${result.message}`).to.contain(message);
    });
  }
});
