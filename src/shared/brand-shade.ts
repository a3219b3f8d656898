import { contrastRatio } from './tokens.js';

/**
 * Finds the shade of a brand colour closest to it that still reaches a contrast ratio against
 * every given background (WCAG 4.5:1 for text by default). Used by the embed-code builder to
 * turn "your colour fails" into "use this one instead". Pure: no DOM.
 *
 * "Closest" keeps the hue and saturation and moves only the HSL lightness, in the smallest step
 * that passes, so the suggestion still looks like the clinic's brand.
 */
export interface ShadeSuggestion {
  /** The colour to use: the input itself when it already passes. */
  hex: string;
  /** Its lowest contrast ratio against the backgrounds. */
  ratio: number;
  /** Whether the input already passed. */
  passes: boolean;
}

/** `#rgb` or `#rrggbb` (any case); anything else is refused. */
export function isHexColor(value: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

function toRgb(hex: string): [number, number, number] {
  const value = hex.slice(1);
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function rgbToHsl([r, g, b]: readonly number[]): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: readonly number[]): [number, number, number] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/** The lowest contrast ratio of `hex` against any of `backgrounds`. */
export function worstContrast(hex: string, backgrounds: readonly string[]): number {
  return Math.min(...backgrounds.map((background) => contrastRatio(hex, background)));
}

/**
 * The nearest passing shade of `hex` against all `backgrounds`, or null when no lightness of
 * that hue passes (e.g. backgrounds on both ends of the scale). Throws on a malformed colour.
 */
export function nearestPassingShade(hex: string, backgrounds: readonly string[], minRatio = 4.5): ShadeSuggestion | null {
  if (!isHexColor(hex) || !backgrounds.every(isHexColor))
    throw new RangeError(`not a #rgb or #rrggbb colour: ${[hex, ...backgrounds].find((c) => !isHexColor(c))}`);
  const input = toHex(toRgb(hex));
  const inputRatio = worstContrast(input, backgrounds);
  if (inputRatio >= minRatio) return { hex: input, ratio: inputRatio, passes: true };
  const [h, s, l] = rgbToHsl(toRgb(input));
  // 0.5 % lightness steps, darker and lighter alternately: the first that passes is the nearest.
  for (let step = 0.005; step <= 1; step += 0.005) {
    for (const lightness of [l - step, l + step]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = toHex(hslToRgb([h, s, lightness]));
      const ratio = worstContrast(candidate, backgrounds);
      if (ratio >= minRatio) return { hex: candidate, ratio, passes: false };
    }
  }
  return null;
}
