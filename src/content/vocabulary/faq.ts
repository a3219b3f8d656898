/**
 * The FAQ's fixed category ids, in their default order. `category="safety,cost"` picks from
 * these. In a module of their own, without zod: the element needs the list at start-up, and
 * importing it from schemas/faq.ts pulled zod (and its schema construction) into every page's
 * bundle, where zod is meant to load only with an override (it also cannot run on a page with an
 * enumerable Object.prototype property, THREAT-MODEL E6).
 */
export const FAQ_CATEGORY_IDS = ['basics', 'forms', 'conditions', 'sessions', 'schedule', 'safety', 'cost', 'providers'] as const;
