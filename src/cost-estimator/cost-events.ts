/**
 * What `<cost-estimator>` tells the page: the totals of the estimate on screen, as integers in the
 * currency's minor unit (no formatted text, so a listener never parses money back out of a string).
 */
import type { CostEstimate, MoneyRange, PlanId } from './estimate-cost.js';

/** Detail of the `estimate-change` event. Amounts are integers in the currency's minor unit. */
export interface EstimateChangeDetail {
  plan: PlanId;
  currency: string;
  /** Digits of the minor unit: 2 means amounts are cents. */
  fractionDigits: number;
  /** Whether the estimate uses a price range (then each low and high differ). */
  isRange: boolean;
  totals: {
    firstCourse: MoneyRange;
    maintenance: MoneyRange;
    consultationFee: number;
    total: MoneyRange;
    insurancePays: MoneyRange;
    outOfPocket: MoneyRange;
    firstYear: MoneyRange;
    firstYearOutOfPocket: MoneyRange;
  };
}

export function estimateChangeDetail(estimate: CostEstimate, currency: string): EstimateChangeDetail {
  return {
    plan: estimate.plan,
    currency,
    fractionDigits: estimate.fractionDigits,
    isRange: estimate.isRange,
    totals: {
      firstCourse: estimate.induction.cost,
      maintenance: estimate.maintenance.cost,
      consultationFee: estimate.consultationFee,
      total: estimate.total,
      insurancePays: estimate.insurancePays,
      outOfPocket: estimate.outOfPocket,
      firstYear: estimate.firstYear.total,
      firstYearOutOfPocket: estimate.firstYear.outOfPocket,
    },
  };
}
