import { supportedLanguage, translatorFor, type Catalogues, type TranslatorOf } from '@maillage/core';
import { fr } from './fr.js';
import type { AgendaMessageKey, AgendaMessages } from './messages.js';

export type AgendaTranslator = TranslatorOf<AgendaMessageKey>;

/** The agenda's name in English: it labels the region while the English words load. */
export const EN_LABEL = 'Associations’ agenda';

// French, the first language, comes with the agenda; English is loaded the first time an agenda speaks it.
let en: AgendaMessages | undefined;
let loading: Promise<unknown> | undefined;

/** The agenda's words in `lang`, or null while they are not loaded yet (see loadAgendaMessages). */
export function agendaTranslator(lang: string): AgendaTranslator | null {
  return supportedLanguage(lang) === 'en' && !en ? null : translatorFor({ fr, en: en ?? fr }, lang);
}

/** Loads the English words, once; if they cannot be loaded, the agenda speaks French rather than nothing. */
export function loadAgendaMessages(): Promise<unknown> {
  return (loading ??= import('./en.js').then(
    (module) => (en = module.en),
    () => (en = fr),
  ));
}

/** The words a part loaded on demand brings (details, month, poster) over the agenda's own. */
export function withPart<P extends string>(t: AgendaTranslator, part: Catalogues<P>, lang: string): TranslatorOf<AgendaMessageKey | P> {
  const own = translatorFor(part, lang);
  return (key, params) => (key in part.fr ? own(key as P, params) : t(key as AgendaMessageKey, params));
}
