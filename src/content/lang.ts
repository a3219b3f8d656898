/** Languages with bundled content. Everything else falls back to English. */
export type Lang = 'en' | 'es';

/** `en` formats as en-US and `es` as es-US: the content is written for US patients. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** `es-MX` → `es`; unknown or empty → null. */
export function langFromTag(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : null;
}
