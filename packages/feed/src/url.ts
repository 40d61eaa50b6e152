/**
 * Links from feed text. A feed is untrusted: a link is kept only when it parses as an absolute URL with an
 * allowed scheme, so `javascript:`, `data:` or `vbscript:` never reach an `href`.
 */

export type UrlScheme = 'http:' | 'https:' | 'mailto:' | 'tel:';

const WEB_SCHEMES: readonly UrlScheme[] = ['http:', 'https:'];
const MAX_URL_LENGTH = 2048;
const MAX_EMAIL_LENGTH = 254;

/**
 * The normalised `href` of an absolute URL whose scheme is one of `schemes`, else null. The scheme is checked
 * on the parsed URL, so tabs, newlines or control characters hidden in it (`java\tscript:`) change nothing.
 * URLs carrying a user name or password are refused: `https://www.mairie.fr@example.com` misleads readers.
 */
export function safeUrl(value: unknown, schemes: readonly UrlScheme[] = WEB_SCHEMES): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    // No base: a relative URL in a feed has nothing to be relative to.
    url = new URL(text);
  } catch {
    return null;
  }
  if (!(schemes as readonly string[]).includes(url.protocol)) return null;
  if (url.username !== '' || url.password !== '') return null;
  // Some engines percent-encode what no real host name holds (spaces…) instead of refusing it.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.hostname === '' || url.hostname.includes('%'))) {
    return null;
  }
  return url.href;
}

// Deliberately simple: a local part without spaces, controls or quoting characters, one @, a dotted domain
// (accented letters allowed).
const EMAIL = /^[^\s\p{Cc}@<>()[\]\\,;:"]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.)+[\p{L}\p{N}-]{2,63}$/u;

/** An e-mail address (a leading `mailto:` is removed), or null. */
export function safeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim();
  if (text.slice(0, 7).toLowerCase() === 'mailto:') text = text.slice(7).trim();
  if (text.length > MAX_EMAIL_LENGTH || !EMAIL.test(text)) return null;
  return text;
}

const PHONE = /^[0-9 +.\-()]{3,30}$/;
// French typography separates digit pairs with (narrow) no-break spaces.
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g;

/** A phone number as written (digits, spaces, `+ . - ( )`, with at least three digits), or null. */
export function safePhone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(NO_BREAK_SPACES, ' ').trim();
  if (!PHONE.test(text)) return null;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits >= 3 ? text : null;
}

/** A safe `href` for a web address, an e-mail address or a phone number, or null when the value is not one. */
export function linkFor(kind: 'url' | 'email' | 'phone', value: string): string | null {
  switch (kind) {
    case 'url':
      return safeUrl(value);
    case 'email': {
      const email = safeEmail(value);
      // Encoded so that `?`, `&` or `#` in the address cannot add headers (cc, body) to the message.
      return email === null ? null : `mailto:${encodeURIComponent(email).replace('%40', '@')}`;
    }
    case 'phone': {
      const phone = safePhone(value);
      if (phone === null) return null;
      // "+33 (0)5 49…": the bracketed 0 is dialled only from within the country.
      const dialable = phone.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
      return `tel:${dialable.charAt(0) + dialable.slice(1).replace(/\+/g, '')}`;
    }
    default:
      return null;
  }
}
