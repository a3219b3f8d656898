/**
 * Route filtering and grouping of side effects. Pure and order-preserving: groups come in the
 * vocabulary's order, items in content order, and empty groups are left out.
 */
import type { SideEffect } from '../content/schemas/side-effects.js';
import { SEVERITIES, TIMINGS, type GroupBy, type Route, type Severity, type Timing } from '../content/vocabulary/side-effects.js';

export type GroupKey = Timing | Severity;

export interface EffectGroup {
  key: GroupKey;
  effects: SideEffect[];
}

/** The effects reported for `route`; every effect when `route` is null. */
export function filterByRoute(effects: readonly SideEffect[], route: Route | null): SideEffect[] {
  return route ? effects.filter((effect) => effect.routes.includes(route)) : [...effects];
}

/** Effects grouped by timing or by severity. */
export function groupEffects(effects: readonly SideEffect[], by: GroupBy): EffectGroup[] {
  const keys: readonly GroupKey[] = by === 'timing' ? TIMINGS : SEVERITIES;
  const keyOf = (effect: SideEffect): GroupKey => (by === 'timing' ? effect.timing : effect.severity);
  return keys.map((key) => ({ key, effects: effects.filter((effect) => keyOf(effect) === key) })).filter((group) => group.effects.length > 0);
}
