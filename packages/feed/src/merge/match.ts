import { allTexts, foldForSearch } from '../text.js';
import type { Text } from '../types.js';

/** A name or title reduced to what tells two apart: no case, accents, punctuation or extra spaces. */
export function matchKey(value: string): string {
  return foldForSearch(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The match keys of every language of a text, without empty ones. */
export function textKeys(text: Text | undefined): string[] {
  return [...new Set(allTexts(text).map(matchKey))].filter((key) => key !== '');
}

/**
 * A web address reduced to the page it names: scheme, `www.`, fragment and trailing slash do not make
 * another page. Null when it is not an absolute URL.
 */
export function urlKey(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    return host + parsed.pathname.replace(/\/+$/, '') + parsed.search;
  } catch {
    return null;
  }
}

/** Two values that are either unknown on one side or the same once folded. */
export function agree(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || matchKey(a) === matchKey(b);
}
