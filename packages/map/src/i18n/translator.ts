import { translatorFor, type TranslatorOf } from '@maillage/core';
import { mapMessages, type MapMessageKey } from './messages.js';

export type MapTranslator = TranslatorOf<MapMessageKey>;

export function mapTranslator(lang: string): MapTranslator {
  return translatorFor(mapMessages, lang);
}
