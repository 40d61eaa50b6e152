import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageKey, Messages } from './messages.js';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const catalogues: Record<Language, Messages> = { fr, en };

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

export type Params = Readonly<Record<string, string | number>>;

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The message `key` in `lang`, with `{name}` parameters; plural messages choose by `params.count`. */
export function translate(lang: string, key: MessageKey, params: Params = {}): string {
  const language = supportedLanguage(lang);
  const entry = catalogues[language][key] ?? fr[key];
  if (typeof entry === 'string') return interpolate(entry, params);
  const count = Number(params['count'] ?? 0);
  if (count === 0 && entry.zero) return interpolate(entry.zero, params);
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const form = rules.select(count) === 'one' ? entry.one : entry.other;
  return interpolate(form, { ...params, count: new Intl.NumberFormat(language).format(count) });
}

/** A translator bound to one language, as elements use it: `t('state.loading')`. */
export type Translator = (key: MessageKey, params?: Params) => string;
export function translator(lang: string): Translator {
  return (key, params) => translate(lang, key, params);
}
