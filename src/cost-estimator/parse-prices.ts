/**
 * The `prices` attribute: a JSON map of plan id → price per session in major units, a number or
 * `{ low, high }`. Parsed through the shared size-capped `parseOverrideJson` (no prototype, no
 * double parse) and checked by hand, without zod: it runs on every page that sets prices.
 */
import { parseOverrideJson, type Validation } from '../content/override.js';
import { MAX_PRICE, PLAN_IDS, isPlanId, type PlanId } from '../content/vocabulary/cost.js';
import type { PriceInput } from './estimate-cost.js';

export type PriceMap = ReadonlyMap<PlanId, PriceInput>;

const PRICE_RULE = `must be a positive number ≤ ${MAX_PRICE}`;

function validPrice(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_PRICE;
}

/** Validates already-parsed data; paths read `prices.iv.low`. */
export function validatePrices(data: unknown): Validation<PriceMap> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, path: 'prices', message: 'expected an object such as {"iv": 450}' };
  }
  const prices = new Map<PlanId, PriceInput>();
  for (const key of Object.keys(data)) {
    const path = `prices.${key.slice(0, 40)}`;
    if (!isPlanId(key)) {
      return { ok: false, path, message: `unknown plan; expected ${PLAN_IDS.join(', ')}` };
    }
    const value = (data as Record<string, unknown>)[key];
    if (validPrice(value)) {
      prices.set(key, value);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, path, message: `${PRICE_RULE}, or {"low", "high"}` };
    const extra = Object.keys(value).find((name) => name !== 'low' && name !== 'high');
    if (extra !== undefined) return { ok: false, path: `${path}.${extra.slice(0, 40)}`, message: 'unknown key; expected low and high' };
    const { low, high } = value as { low?: unknown; high?: unknown };
    if (!validPrice(low)) return { ok: false, path: `${path}.low`, message: PRICE_RULE };
    if (!validPrice(high)) return { ok: false, path: `${path}.high`, message: PRICE_RULE };
    if (low > high) return { ok: false, path: `${path}.high`, message: 'must not be less than low' };
    prices.set(key, { low, high });
  }
  return { ok: true, value: prices };
}

/** The attribute text → a price map, or the first problem with its path. */
export function parsePrices(raw: string): Validation<PriceMap> {
  const parsed = parseOverrideJson(raw);
  if (!parsed.ok) return { ok: false, path: 'prices', message: parsed.message };
  return validatePrices(parsed.value);
}
