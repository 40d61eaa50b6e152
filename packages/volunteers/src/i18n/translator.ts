import { translatorFor, type TranslatorOf } from '@maillage/core';
import { volunteersMessages, type VolunteersMessageKey } from './messages.js';

export type VolunteersTranslator = TranslatorOf<VolunteersMessageKey>;

export function volunteersTranslator(lang: string): VolunteersTranslator {
  return translatorFor(volunteersMessages, lang);
}
