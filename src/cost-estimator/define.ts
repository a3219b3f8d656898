/** Registers `<cost-estimator>`. Import this file (or the package root) to use the element. */
import { defineElement } from '../shared/define.js';
import { CostEstimator } from './cost-estimator.js';

defineElement('cost-estimator', CostEstimator);

export { CostEstimator };

declare global {
  interface HTMLElementTagNameMap {
    'cost-estimator': CostEstimator;
  }
}
