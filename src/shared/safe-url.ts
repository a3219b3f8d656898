/**
 * URL checks for every link the widgets render or fetch (THREAT-MODEL U1, U4, U5).
 * Decisions are made on the parsed `protocol`, never with a regex on the raw string.
 */
export type LinkScheme = 'http:' | 'https:' | 'tel:' | 'mailto:';

const LINK_SCHEMES: readonly LinkScheme[] = ['http:', 'https:', 'tel:', 'mailto:'];

/**
 * The page's base URL. Read through `Node.prototype`, because `document` lets named elements
 * override its own properties: `<img name="baseURI">` makes `document.baseURI` an element, and
 * every link would then be refused (THREAT-MODEL E4; tests/e2e/pages/clobbering.html).
 */
function baseUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const value: unknown = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')?.get?.call(document);
  return typeof value === 'string' ? value : undefined;
}

/** The normalised URL when its scheme is allowed, otherwise null. */
export function safeLinkUrl(value: string | null | undefined, schemes: readonly LinkScheme[] = LINK_SCHEMES): string | null {
  if (!value || value.length > 2048) return null;
  try {
    const url = new URL(value.trim(), baseUrl());
    if (!(schemes as readonly string[]).includes(url.protocol)) return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The most digits a phone number has in E.164, country code included. */
export const MAX_PHONE_DIGITS = 15;

/** A `tel:` href from a human phone number such as "(555) 010-2345 ext. 12", or null. */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone || phone.length > 64) return null;
  const match = /^\s*([+0-9 ().\-]+?)\s*(?:(?:ext\.?|x|;ext=)\s*(\d{1,6}))?\s*$/i.exec(phone);
  if (!match) return null;
  const digits = match[1].replace(/[^+0-9]/g, '');
  const count = digits.replace('+', '').length;
  // E.164: at most 15 digits (an extension is separate), and a short code such as 988 has 3.
  if (count < 3 || count > MAX_PHONE_DIGITS || digits.lastIndexOf('+') > 0) return null;
  return `tel:${digits}${match[2] ? `;ext=${match[2]}` : ''}`;
}

/** The host a link goes to, shown beside booking links so a hijacked URL is visible (U6). */
export function linkHost(href: string): string {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : '';
  } catch {
    return '';
  }
}

/**
 * Whether `src` may be fetched: same-origin, or https anywhere; no credentials in the URL.
 * Returns the absolute URL, or an explanation of the refusal.
 */
export function checkFetchUrl(src: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(src.trim(), baseUrl());
  } catch {
    return { ok: false, message: 'not a valid URL' };
  }
  if (url.username || url.password) return { ok: false, message: 'URLs with credentials are refused' };
  const sameOrigin = typeof location !== 'undefined' && url.origin === location.origin && url.origin !== 'null';
  if (!sameOrigin && url.protocol !== 'https:') {
    return { ok: false, message: `only same-origin or https: URLs are fetched (got ${url.protocol})` };
  }
  return { ok: true, url: url.href };
}
