/**
 * The estimator's bundled content, and applying a validated clinic override to it. The merge is
 * pure: it builds new objects and never merges deeply (THREAT-MODEL C4); plan changes are looked
 * up by id through a Map. A clinic's own wording replaces ours together with its citations,
 * because our sources do not back the clinic's words.
 */
import en from '../../content/en/cost.json';
import { BundledContent } from '../content/bundled.js';
import type { CostContent, CostOverride, CostPlan } from '../content/schemas/cost.js';

/** The estimator's bundled content: English in the main chunk, Spanish loaded on first use. */
export const costContent = new BundledContent<CostContent>(en as unknown as CostContent, () => import('../../content/es/cost.json'));

const clinicText = (value: string | undefined, bundled: { text: string; sources: string[] }) =>
  value === undefined ? bundled : { text: value, sources: [] as string[] };

export function mergeCostOverride(bundled: CostContent, override: CostOverride): CostContent {
  const changes = new Map((override.plans ?? []).map((change) => [change.id, change]));
  const hidden = new Set<string>(override.hidePlans ?? []);
  const plans = bundled.plans
    .filter((plan) => !hidden.has(plan.id))
    .map((plan): CostPlan => {
      const change = changes.get(plan.id);
      if (!change) return plan;
      return {
        ...plan,
        name: change.name ?? plan.name,
        session: clinicText(change.session, plan.session),
        schedule: clinicText(change.schedule, plan.schedule),
        maintenance: clinicText(change.maintenance, plan.maintenance),
        insurance: clinicText(change.insurance, plan.insurance),
        price: change.priceNote === undefined ? plan.price : { kind: 'varies', text: change.priceNote },
      };
    });
  return {
    ...bundled,
    title: override.title ?? bundled.title,
    intro: override.intro ?? bundled.intro,
    result: override.estimateNote === undefined ? bundled.result : { ...bundled.result, estimateNote: override.estimateNote },
    clinicNote: override.clinicNote ?? bundled.clinicNote,
    plans: plans.length ? plans : bundled.plans,
  };
}
