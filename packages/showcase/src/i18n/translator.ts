import { supportedLanguage, translatorFor, type Catalogues, type TranslatorOf } from '@maillage/core';
import { fr } from './fr.js';
import type { ShowcaseMessageKey, ShowcaseMessages } from './messages.js';

export type ShowcaseTranslator = TranslatorOf<ShowcaseMessageKey>;

/** The showcase's name in English: it labels the region while the English words load. */
export const EN_LABEL = 'Cooperation between associations';

// French, the first language, comes with the showcase; English is loaded the first time a showcase speaks it.
let en: ShowcaseMessages | undefined;
let loading: Promise<unknown> | undefined;

/** The showcase's words in `lang`, or null while they are not loaded yet (see loadShowcaseMessages). */
export function showcaseTranslator(lang: string): ShowcaseTranslator | null {
  return supportedLanguage(lang) === 'en' && !en ? null : translatorFor({ fr, en: en ?? fr }, lang);
}

/** Loads the English words, once; if they cannot be loaded, the showcase speaks French rather than nothing. */
export function loadShowcaseMessages(): Promise<unknown> {
  return (loading ??= import('./en.js').then(
    (module) => (en = module.en),
    () => (en = fr),
  ));
}

/** The words a part loaded on demand brings (carousel and kiosk, network) over the showcase's own. */
export function withPart<P extends string>(t: ShowcaseTranslator, part: Catalogues<P>, lang: string): TranslatorOf<ShowcaseMessageKey | P> {
  const own = translatorFor(part, lang);
  return (key, params) => (key in part.fr ? own(key as P, params) : t(key as ShowcaseMessageKey, params));
}
