/**
 * Reading-grade estimates for patient text. English uses Flesch–Kincaid grade level; Spanish
 * uses the Fernández-Huerta reading ease (in Law's corrected form, with words per sentence),
 * mapped onto US school grades with the Flesch interpretation table. Heuristic syllable
 * counters: good enough to rank items and hold a line, not a linguistic tool.
 */
export type ReadabilityLang = 'en' | 'es';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countSentences(text: string): number {
  // A sentence ends at . ! ? or … followed by space or end; ":" and ";" do not end one.
  const ends = text.match(/[.!?…]+(?=\s|$)/g);
  return Math.max(1, ends ? ends.length : 0);
}

export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // numbers and symbols read as one beat
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1)).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  const count = groups ? groups.length : 1;
  return Math.max(1, count);
}

const ES_VOWEL = /[aeiouáéíóúü]/;
const ES_STRONG = /[aeoáéíóú]/;

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 1;
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (ES_VOWEL.test(ch)) {
      // Two strong vowels (or an accented í/ú) are a hiatus: a new syllable. Otherwise a diphthong.
      if (!previous || (ES_STRONG.test(ch) && ES_STRONG.test(previous))) count++;
      previous = ch;
    } else {
      previous = '';
    }
  }
  return Math.max(1, count);
}

export function textStats(text: string, lang: ReadabilityLang): TextStats {
  const words = splitWords(text);
  const count = lang === 'en' ? englishSyllables : spanishSyllables;
  return {
    words: words.length,
    sentences: countSentences(text),
    syllables: words.reduce((sum, word) => sum + count(word), 0),
  };
}

/** Flesch–Kincaid grade level. */
export function fleschKincaidGrade({ words, sentences, syllables }: TextStats): number {
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Fernández-Huerta reading ease (0–100+, higher is easier). */
export function fernandezHuerta({ words, sentences, syllables }: TextStats): number {
  if (!words) return 100;
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / sentences);
}

// Flesch interpretation: 90+ ≈ 5th grade … 60–70 ≈ 8th–9th … 30–50 ≈ college.
const EASE_TO_GRADE: readonly [number, number][] = [
  [100, 4],
  [90, 5],
  [80, 6],
  [70, 7],
  [60, 9],
  [50, 11],
  [30, 14],
  [0, 17],
];

export function easeToGrade(ease: number): number {
  if (ease >= EASE_TO_GRADE[0][0]) return EASE_TO_GRADE[0][1];
  for (let i = 1; i < EASE_TO_GRADE.length; i++) {
    const [hiEase, hiGrade] = EASE_TO_GRADE[i - 1];
    const [loEase, loGrade] = EASE_TO_GRADE[i];
    if (ease >= loEase) return hiGrade + ((hiEase - ease) / (hiEase - loEase)) * (loGrade - hiGrade);
  }
  return EASE_TO_GRADE[EASE_TO_GRADE.length - 1][1];
}

/** US school grade needed to read `text` comfortably. */
export function readingGrade(text: string, lang: ReadabilityLang): number {
  const stats = textStats(text, lang);
  return lang === 'en' ? fleschKincaidGrade(stats) : easeToGrade(fernandezHuerta(stats));
}
