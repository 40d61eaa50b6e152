import { translatorFor, type TranslatorOf } from '@maillage/core';
import { showcaseMessages, type ShowcaseMessageKey } from './messages.js';

export type ShowcaseTranslator = TranslatorOf<ShowcaseMessageKey>;

export function showcaseTranslator(lang: string): ShowcaseTranslator {
  return translatorFor(showcaseMessages, lang);
}
