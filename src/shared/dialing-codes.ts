/**
 * Makes the crisis numbers in a shared sentence (`common.crisisShort`: "call or text 988 … call
 * 911") callable without putting any patient wording in code: the sentence stays one string in
 * content/, and only its three-digit US dialing codes (988 and the N11 codes such as 911) become
 * `tel:` links. Each code is linked once, where it first appears; a code inside a word or a web
 * address ("988lifeline.org") or a fraction ("24/7") is left as text.
 */
export type TextPart = { text: string; tel?: undefined } | { text: string; tel: string };

const DIALING_CODE = /(?<![\p{L}\p{N}/.@-])(988|[2-9]11)(?![\p{L}\p{N}/@-]|\.\p{L})/gu;

export function linkDialingCodes(sentence: string): TextPart[] {
  const parts: TextPart[] = [];
  const linked = new Set<string>();
  let last = 0;
  for (const match of sentence.matchAll(DIALING_CODE)) {
    const code = match[1];
    if (linked.has(code)) continue;
    linked.add(code);
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push({ text: code, tel: `tel:${code}` });
    last = match.index + code.length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}
