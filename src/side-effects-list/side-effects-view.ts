/**
 * The view model of `<side-effects-list>`: content plus options in, everything `render` needs
 * out, with every label resolved and every frequency worded. Pure, so it is derived once per
 * change (in `willUpdate`) and unit-tested without a DOM.
 */
import type { RouteInfo, SideEffect, SideEffectsContent } from '../content/schemas/side-effects.js';
import type { Lang } from '../content/lang.js';
import { fillTemplate } from '../shared/template.js';
import { describeFrequency, type FrequencyView } from './frequency-wording.js';
import { filterByRoute, groupEffects, type GroupKey } from './side-effects-grouping.js';
import { MOST_COMMON_PERCENT, type GroupBy, type Layout, type Route, type Section } from '../content/vocabulary/side-effects.js';

export interface SideEffectsOptions {
  groupBy: GroupBy;
  route: Route | null;
  sections: ReadonlySet<Section>;
  /** `summary`: key effects first, the rest behind "Show all"; `full`: every effect shown. */
  layout: Layout;
}

export interface EffectView {
  effect: SideEffect;
  severityLabel: string;
  timingLabel: string;
  /** Labels of the routes the effect is reported for, in content order. */
  routeLabels: string[];
  /** The same as a list in the content's language: "IV infusion, Nasal spray and …". */
  routesText: string;
  frequency?: FrequencyView;
}

export interface GroupView {
  key: GroupKey;
  heading: string;
  intro?: string;
  sources?: readonly string[];
  items: EffectView[];
  /** The items shown at first, in content order: every item in the full layout, the key ones in the summary layout. */
  shown: EffectView[];
  /** The items behind "Show all" (empty in the full layout). */
  more: EffectView[];
}

export interface SideEffectsView {
  options: SideEffectsOptions;
  groups: GroupView[];
  /** The route filter in force, with its note; null when every route is shown. */
  route: RouteInfo | null;
  /** "Showing side effects reported for: …", or null. */
  showingRoute: string | null;
  /** Items behind "Show all", over every group; 0 in the full layout. */
  moreCount: number;
  /** Every item shown after "Show all". */
  totalCount: number;
}

/**
 * Shown first in the summary layout: every serious side effect (what a patient must not miss) and
 * the ones at least 1 in 5 people had in the label's studies. Decided from the data, so a clinic's
 * `hide` or a route filter changes the short list with it.
 */
export function isKeyEffect(effect: SideEffect): boolean {
  return effect.severity === 'serious' || (effect.frequency?.percent ?? 0) >= MOST_COMMON_PERCENT;
}

export function buildSideEffectsView(content: SideEffectsContent, options: SideEffectsOptions, locale: string): SideEffectsView {
  const routes = new Map(content.routes.map((info) => [info.id, info]));
  const populations = new Map(content.studies.map((study) => [study.id, study.population]));
  const { labels } = content;

  const toView = (effect: SideEffect): EffectView => {
    const population = effect.frequency ? populations.get(effect.frequency.study) : undefined;
    const routeLabels = effect.routes.map((route) => routes.get(route)?.label ?? route);
    return {
      effect,
      severityLabel: labels.severity[effect.severity].label,
      timingLabel: labels.timing[effect.timing].heading,
      routeLabels,
      routesText: formatList(routeLabels, labels.listAnd, locale.startsWith('es') ? 'es' : 'en'),
      frequency: effect.frequency && population !== undefined ? describeFrequency(effect.frequency, population, content.frequency) : undefined,
    };
  };

  const groups = groupEffects(filterByRoute(content.effects, options.route), options.groupBy).map((group): GroupView => {
    const text =
      options.groupBy === 'timing' ? labels.timing[group.key as keyof typeof labels.timing] : labels.severity[group.key as keyof typeof labels.severity];
    const items = group.effects.map(toView);
    const summary = options.layout === 'summary';
    return {
      key: group.key,
      heading: text.heading,
      intro: text.intro,
      sources: 'sources' in text ? text.sources : undefined,
      items,
      shown: summary ? items.filter((item) => isKeyEffect(item.effect)) : items,
      more: summary ? items.filter((item) => !isKeyEffect(item.effect)) : [],
    };
  });

  const route = options.route ? (routes.get(options.route) ?? null) : null;
  return {
    options,
    groups,
    route,
    showingRoute: route ? fillTemplate(labels.showingRoute, { route: route.label }) : null,
    moreCount: groups.reduce((sum, group) => sum + group.more.length, 0),
    totalCount: groups.reduce((sum, group) => sum + group.items.length, 0),
  };
}

/** The clinic's name for `{clinic}` placeholders, or the content's fallback ("your clinic"). */
export function clinicDisplayName(clinicName: string | null | undefined, fallback: string): string {
  const name = clinicName?.trim().slice(0, 120);
  return name || fallback;
}

/**
 * "a, b, and c" in English, "a, b y c" in Spanish ("e" before an i sound: "nasal e IV"), with the
 * joining word from the content. Written without `Intl.ListFormat`, whose first use on a page
 * loads locale data before the widget's first frame (see `formatPercent`).
 */
export function formatList(items: readonly string[], and: string, lang: Lang): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const joiner = lang === 'es' && and === 'y' && /^h?[ií](?![aeiouáéíóú])/i.test(last) ? 'e' : and;
  if (items.length === 2) return `${items[0]} ${joiner} ${last}`;
  return `${items.slice(0, -1).join(', ')}${lang === 'en' ? ',' : ''} ${joiner} ${last}`;
}

/**
 * The link for a help-block action: `tel:` to call, `sms:` to text. Numbers are digits only
 * (the schema checks it; checked again here because this builds an href). Null otherwise.
 */
export function contactHref(kind: 'call' | 'text', number: string): string | null {
  if (!/^[0-9]{3,15}$/.test(number)) return null;
  return kind === 'call' ? `tel:${number}` : `sms:${number}`;
}
