/**
 * A misspelt attribute (`clinc-name`, `phon`) is silently ignored by the browser, and TypeScript's
 * JSX check cannot see it either: any JSX attribute with a dash passes (issue 16). So each element
 * looks at its own attributes once, when it connects, and warns about one that is a likely typo of
 * an attribute it knows. Only near misses (at most two edits) are reported, so framework and
 * global attributes (`data-v-1a2b`, `_ngcontent-…`, `class`, `aria-*`) never produce noise.
 */

/** Global HTML attributes: near misses of ours by chance (`lang` ~ `plans`), never typos. */
const GLOBAL = new Set('id class style lang dir title hidden inert slot part role tabindex is nonce translate draggable spellcheck popover'.split(' '));

/** The known attribute closest to `name`, if it is at most two single-letter edits away. */
export function likelyMeant(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    const distance = editDistance(name, candidate, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Attributes of `element` that look like typos of `known` ones, each with the one it probably meant. */
export function attributeTypos(element: Element, known: readonly string[]): Array<[typo: string, meant: string]> {
  const typos: Array<[string, string]> = [];
  for (const { name } of element.attributes) {
    if (known.includes(name) || GLOBAL.has(name) || name.startsWith('data-') || name.startsWith('aria-')) continue;
    const meant = likelyMeant(name, known);
    if (meant) typos.push([name, meant]);
  }
  return typos;
}

/** Levenshtein distance, giving up (returning `limit`) once every path is at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}
