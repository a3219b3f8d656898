import en from '../../content/en/cost.json';
import { BundledContent } from '../content/bundled.js';
import type { CostContent } from '../content/schemas/cost.js';

/** The estimator's bundled content: English in the main chunk, Spanish loaded on first use. */
export const costContent = new BundledContent<CostContent>(en as unknown as CostContent, () => import('../../content/es/cost.json'));
