import type { Text } from './types.js';

/**
 * The string of a text in the wanted language, then the feed's language, then any. Language codes match
 * on their primary subtag too ("fr-FR" finds "fr").
 */
export function pickText(text: Text | undefined, lang: string, feedLanguage = 'fr'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  if (keys.length === 0) return '';
  for (const wanted of [lang, feedLanguage]) {
    if (!wanted) continue;
    const exact = keys.find((k) => k.toLowerCase() === wanted.toLowerCase());
    if (exact) return text[exact]!;
    const primary = wanted.split('-')[0]!.toLowerCase();
    const near = keys.find((k) => k.split('-')[0]!.toLowerCase() === primary);
    if (near) return text[near]!;
  }
  return text[keys[0]!]!;
}

/** Every string of a text, for search. */
export function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** Lower case without accents or diacritics: "Fête" and "FETE" both give "fete". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}
