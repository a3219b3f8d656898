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
import type { GroupBy, Route, Section } from '../content/vocabulary/side-effects.js';

export interface SideEffectsOptions {
  groupBy: GroupBy;
  route: Route | null;
  sections: ReadonlySet<Section>;
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
}

export interface SideEffectsView {
  options: SideEffectsOptions;
  groups: GroupView[];
  /** The route filter in force, with its note; null when every route is shown. */
  route: RouteInfo | null;
  /** "Showing side effects reported for: …", or null. */
  showingRoute: string | null;
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
      options.groupBy === 'timing'
        ? labels.timing[group.key as keyof typeof labels.timing]
        : labels.severity[group.key as keyof typeof labels.severity];
    return {
      key: group.key,
      heading: text.heading,
      intro: text.intro,
      sources: 'sources' in text ? text.sources : undefined,
      items: group.effects.map(toView),
    };
  });

  const route = options.route ? (routes.get(options.route) ?? null) : null;
  return {
    options,
    groups,
    route,
    showingRoute: route ? fillTemplate(labels.showingRoute, { route: route.label }) : null,
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
