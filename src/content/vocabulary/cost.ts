/**
 * The fixed vocabulary of `<cost-estimator>`: its plan ids, the largest amount it accepts and the
 * maintenance schedules. Shared by the content schema, `estimateCost`, the `prices` attribute
 * parser, the view model and the element; no zod here, so the element and the pure logic entry
 * import it without the validator.
 */
export const PLAN_IDS = ['iv', 'spravato', 'im', 'oral'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** The largest price, fee or copay in major units (a bound on typos, not on real prices). */
export const MAX_PRICE = 100_000;

/** The maintenance schedules `estimateCost` knows by name (after the first course). */
export const MAINTENANCE_PRESETS = ['none', 'weekly', 'every-2-weeks', 'monthly', 'every-2-months'] as const;
export type MaintenancePreset = (typeof MAINTENANCE_PRESETS)[number];

/**
 * Maintenance choices a plan may offer: the presets plus `custom` (sessions per month typed by the
 * patient). Each plan lists its own in content (`plans[].maintenancePresets`), so SPRAVATO offers
 * only the label's schedules (weekly or every 2 weeks).
 */
export const MAINTENANCE_CHOICES = [...MAINTENANCE_PRESETS, 'custom'] as const;
export type MaintenanceChoice = (typeof MAINTENANCE_CHOICES)[number];

export function isPlanId(value: unknown): value is PlanId {
  return (PLAN_IDS as readonly unknown[]).includes(value);
}
