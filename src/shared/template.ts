/**
 * Fills `{name}` placeholders in a content string with values, literally and in one pass: a
 * value is never scanned again, so a value that itself contains `{other}` stays as it is.
 * Content strings are never used as templates in any other way (no replacement patterns, no
 * ICU, no eval: THREAT-MODEL C2); the callback form of `replace` does not expand `$&` either.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (placeholder, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : placeholder,
  );
}
