/**
 * The clinic-override validator of `<cost-estimator>`. Loaded with a dynamic `import()` only when
 * an override is present, so zod never reaches pages that do not use one.
 */
import { validatorFor } from '../content/validate.js';
import { costOverrideSchema, type CostOverride } from '../content/schemas/cost.js';
import type { OverrideValidator } from '../content/override.js';

export const validateCostOverride: OverrideValidator<CostOverride> = validatorFor(costOverrideSchema);
