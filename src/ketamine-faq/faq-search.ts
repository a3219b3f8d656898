/**
 * Search for the FAQ: accent-, case- and width-insensitive matching ("dolor" finds "Dolor",
 * "medicacion" finds "medicación") of simple word forms ("driving" finds "drive"), with the matched ranges mapped back onto the original
 * text so they can be highlighted. Pure: no DOM.
 */

/** Text folded for matching, with where each folded character came from in the original. */
export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: start of its source character in the original. */
  starts: readonly number[];
  /** For each UTF-16 unit of `folded`: end of its source character (trailing marks included). */
  ends: readonly number[];
}

/** A run of text that is, or is not, a search match. */
export interface Segment {
  text: string;
  match: boolean;
}

const MARKS = /\p{M}/gu;
const TERM_SEPARATORS = /[\s\p{P}\p{S}]+/u;
/** A query longer than this is cut: nobody types it, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;

/** One character folded: lower case, compatibility-decomposed, accents dropped. */
function foldCharacter(character: string): string {
  return character.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/**
 * Folds `text` for matching and remembers where every folded unit came from. ASCII (almost all
 * of the text, in both languages) is lower-cased directly; only other characters go through
 * Unicode normalization, which is far slower per character.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[index];
      starts.push(index);
      ends.push(index + 1);
      index++;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(index)!);
    const end = index + character.length;
    const piece = foldCharacter(character);
    if (piece === '') {
      // A lone combining mark belongs to the character before it.
      if (ends.length) ends[ends.length - 1] = end;
    } else {
      for (let unit = 0; unit < piece.length; unit++) {
        starts.push(index);
        ends.push(end);
      }
      folded += piece;
    }
    index = end;
  }
  return { folded, starts, ends };
}

/** A stem shorter than this matches too much as a substring ("us", "tak"): the word is kept whole. */
const MIN_STEM_LENGTH = 4;
/** Endings stripped from a folded query word, longest first (English and Spanish inflections). */
const SUFFIXES = ['iendo', 'ando', 'ing', 'ies', 'es', 'ed', 's'] as const;
/** A final "s" after these letters is part of the word: illness, status, dosis, crisis. */
const KEEPS_FINAL_S = /[siu]s$/;

/**
 * A conservative stem of one folded word, for substring matching: "driving" → "driv" (finds
 * "drive"), "costs" → "cost", "presiones" → "presion", "manejando" → "manej". Only endings are
 * removed, so the stem is a prefix of the word and every text that matched the whole word still
 * matches; stems under four letters are not used.
 */
export function wordStem(word: string): string {
  if (KEEPS_FINAL_S.test(word) && !word.endsWith('sses')) return word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    let stem = word.slice(0, -suffix.length);
    // stopping → stopp → stop: a doubled consonant before -ing/-ed is spelling, not the word.
    if ((suffix === 'ing' || suffix === 'ed') && /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
    if (stem.length >= MIN_STEM_LENGTH) return stem;
  }
  return word;
}

/** The distinct folded, stemmed words of a query; punctuation and symbols separate words. */
export function searchTerms(query: string | null | undefined): string[] {
  // No query (every first render): skip compiling TERM_SEPARATORS, a Unicode-property pattern
  // whose first use costs ~1.5 ms at the bench's 4× throttle (issue 18, W9-first profile).
  if (!query) return [];
  const { folded } = foldText((query ?? '').slice(0, MAX_QUERY_LENGTH));
  const terms: string[] = [];
  for (const word of folded.split(TERM_SEPARATORS)) {
    const term = word && wordStem(word);
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** Whether every term occurs in at least one of the texts. */
export function matchesAll(texts: readonly FoldedText[], terms: readonly string[]): boolean {
  return terms.every((term) => texts.some((text) => text.folded.includes(term)));
}

/** Where the terms occur in the original text, as sorted, merged [start, end) ranges. */
export function matchRanges(text: FoldedText, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = text.folded.indexOf(term, from);
      if (at < 0) break;
      ranges.push([text.starts[at], text.ends[at + term.length - 1]]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** `original` split into matching and non-matching runs (one non-matching run when no terms). */
export function highlight(original: string, text: FoldedText, terms: readonly string[]): Segment[] {
  if (!terms.length) return [{ text: original, match: false }];
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > position) segments.push({ text: original.slice(position, start), match: false });
    segments.push({ text: original.slice(start, end), match: true });
    position = end;
  }
  if (position < original.length) segments.push({ text: original.slice(position), match: false });
  return segments;
}
