/**
 * Fills `{name}` placeholders in a content string with values, literally. Content strings are
 * never used as templates in any other way (no `String.replace` patterns, no ICU, no eval:
 * THREAT-MODEL C2), so `$&` or `${x}` in clinic text stay what they are.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  let out = template;
  for (const key of Object.keys(values)) out = out.split(`{${key}}`).join(String(values[key]));
  return out;
}
