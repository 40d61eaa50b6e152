import { translatorFor, type TranslatorOf } from '@maillage/core';
import { agendaMessages, type AgendaMessageKey } from './messages.js';

export type AgendaTranslator = TranslatorOf<AgendaMessageKey>;

export function agendaTranslator(lang: string): AgendaTranslator {
  return translatorFor(agendaMessages, lang);
}
