import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageKey, Messages } from './messages.js';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** A message: a string with `{name}` parameters, or plural forms chosen by `count`. */
export type Message = string | { readonly zero?: string; readonly one: string; readonly other: string };
/** One catalogue per language, French first: every widget package brings its own. */
export type Catalogues<K extends string> = Readonly<Record<Language, Readonly<Record<K, Message>>>>;
export type Params = Readonly<Record<string, string | number>>;

/** The supported language closest to a BCP 47 tag: "en-GB" gives "en", "de" or "" gives "fr". */
export function supportedLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'fr';
}

/**
 * The language an element speaks: its own `lang` attribute, else the page's `<html lang>`, else French.
 * Returns the full tag (for Intl formats); use supportedLanguage() for the catalogue.
 */
export function elementLanguage(element: Element): string {
  const own = element.getAttribute('lang');
  if (own) return own;
  const page = element.ownerDocument?.documentElement?.getAttribute('lang');
  return page || 'fr';
}

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** One message in a language: parameters filled in, the plural form chosen by `params.count`. */
export function formatMessage(entry: Message, language: Language, params: Params = {}): string {
  if (typeof entry === 'string') return interpolate(entry, params);
  const count = Number(params['count'] ?? 0);
  if (count === 0 && entry.zero) return interpolate(entry.zero, params);
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  let numbers = numberFormats.get(language);
  if (!numbers) numberFormats.set(language, (numbers = new Intl.NumberFormat(language)));
  const form = rules.select(count) === 'one' ? entry.one : entry.other;
  return interpolate(form, { ...params, count: numbers.format(count) });
}

/** A translator over a package's catalogues, bound to a language: `t('agenda.free')`. */
export type TranslatorOf<K extends string> = (key: K, params?: Params) => string;
export function translatorFor<K extends string>(catalogues: Catalogues<K>, lang: string): TranslatorOf<K> {
  const language = supportedLanguage(lang);
  return (key, params) => formatMessage(catalogues[language][key] ?? catalogues.fr[key], language, params);
}

const coreCatalogues: Catalogues<MessageKey> = { fr, en } satisfies Record<Language, Messages>;

/** A message of the shared states, in `lang`. */
export function translate(lang: string, key: MessageKey, params: Params = {}): string {
  return translatorFor(coreCatalogues, lang)(key, params);
}

/** A translator of the shared messages bound to one language, as elements use it: `t('state.loading')`. */
export type Translator = TranslatorOf<MessageKey>;
export function translator(lang: string): Translator {
  return translatorFor(coreCatalogues, lang);
}
