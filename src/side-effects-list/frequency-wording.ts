/**
 * How often a side effect happened, in words a patient can picture ("about 4 in 10 people")
 * and as numbers for a bar. Pure. The rule, chosen so two numbers are always easy to compare:
 *
 * - Every number in one sentence uses the same denominator.
 * - "in 10" when every number is between 8% and 95% (so rounding to tenths changes none by more
 *   than a quarter) and the numbers stay different after rounding; otherwise "in 100".
 * - Counts are rounded to the nearest whole person; anything above 0 but under 1% is
 *   "fewer than 1 in 100"; 0% is "no one".
 *
 * So 41% vs 9% reads "about 4 in 10 people … compared with about 1 in 10", while 13% vs 6%
 * (both "1 in 10") and 20% vs 17% (both "2 in 10") read in hundreds, so they never look equal.
 */
import type { Frequency, FrequencyText } from '../content/schemas/side-effects.js';
import { fillTemplate } from '../shared/template.js';

export type FrequencyScale = 10 | 100;

export type NaturalFrequency = { kind: 'about'; count: number; scale: FrequencyScale } | { kind: 'under-one' } | { kind: 'none' };

export interface FrequencyBar {
  kind: 'esketamine' | 'placebo';
  /** 0–100, the bar's value. */
  percent: number;
  /** The bar's text alternative, e.g. "SPRAVATO: 41% of people". */
  text: string;
  /** The percentage as shown beside the bar, e.g. "41%". */
  shown: string;
  /** The bar's caption, e.g. "SPRAVATO". */
  label: string;
}

export interface FrequencyView {
  sentence: string;
  bars: FrequencyBar[];
}

/** The denominator for a set of percentages that appear together. */
export function frequencyScale(percents: readonly number[]): FrequencyScale {
  const inRange = percents.every((percent) => percent >= 8 && percent < 95);
  const tenths = new Set(percents.map((percent) => Math.round(percent / 10)));
  return inRange && tenths.size === percents.length ? 10 : 100;
}

export function naturalFrequency(percent: number, scale: FrequencyScale): NaturalFrequency {
  if (!Number.isFinite(percent) || percent <= 0) return { kind: 'none' };
  if (scale === 100 && percent < 1) return { kind: 'under-one' };
  const count = Math.round((percent * scale) / 100);
  if (count < 1) return { kind: 'under-one' };
  return { kind: 'about', count: Math.min(count, scale), scale };
}

export function frequencyWords(frequency: NaturalFrequency, text: FrequencyText): string {
  switch (frequency.kind) {
    case 'none':
      return text.none;
    case 'under-one':
      return text.underOneInHundred;
    case 'about':
      return fillTemplate(frequency.scale === 10 ? text.aboutInTen : text.aboutInHundred, { count: frequency.count });
  }
}

/**
 * "41%" or "0.5%", as en-US and es-US both write it; never NaN, never exponent notation.
 * Written without `Intl`: the first Intl formatter on a page loads locale data (150–200 ms on a
 * throttled phone) before the widget's first frame, and label percentages need none of it.
 */
export function formatPercent(percent: number): string {
  const value = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  return `${Math.round(value * 10) / 10}%`;
}

/**
 * The sentence and bars for one side effect's frequency. `fillTemplate` fills placeholders in
 * key order, so the free-text population goes last: a brace in it is never filled again.
 */
export function describeFrequency(frequency: Frequency, population: string, text: FrequencyText): FrequencyView {
  const hasPlacebo = frequency.placeboPercent !== undefined;
  const percents = hasPlacebo ? [frequency.percent, frequency.placeboPercent!] : [frequency.percent];
  const scale = frequencyScale(percents);
  const esketamine = frequencyWords(naturalFrequency(frequency.percent, scale), text);
  const bar = (kind: FrequencyBar['kind'], percent: number, label: string): FrequencyBar => {
    const shown = formatPercent(percent);
    return { kind, percent, label, shown, text: fillTemplate(text.barText, { group: label, percent: shown }) };
  };
  const bars = [bar('esketamine', frequency.percent, text.esketamineBar)];
  if (!hasPlacebo) {
    return { sentence: fillTemplate(text.sentence, { esketamine, population }), bars };
  }
  const placebo = frequencyWords(naturalFrequency(frequency.placeboPercent!, scale), text);
  bars.push(bar('placebo', frequency.placeboPercent!, text.placeboBar));
  return { sentence: fillTemplate(text.sentenceWithPlacebo, { esketamine, placebo, population }), bars };
}
