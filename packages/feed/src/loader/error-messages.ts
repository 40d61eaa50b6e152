/**
 * The sentences of load errors, in French and English. Loaded only when a feed fails (see
 * `describeLoadError`): a page whose feeds load never downloads them.
 */
import type { LocalizedMessage } from '../types.js';
import type { RawLoadError } from './errors.js';

const decimal = (value: number, lang: 'fr' | 'en'): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);

const UNITS = { fr: ['octets', 'ko', 'Mo'], en: ['bytes', 'KB', 'MB'] } as const;

function size(bytes: number, lang: 'fr' | 'en'): string {
  const power = bytes >= 1024 * 1024 ? 2 : bytes >= 1024 ? 1 : 0;
  return `${decimal(bytes / 1024 ** power, lang)} ${UNITS[lang][power]}`;
}

function httpStatus(status: number): LocalizedMessage {
  if (status === 404 || status === 410) {
    return {
      fr: `Aucun flux n’a été trouvé à cette adresse (erreur ${status}). Vérifiez l’adresse du flux.`,
      en: `No feed was found at this address (error ${status}). Check the feed's address.`,
    };
  }
  if (status >= 500) {
    return {
      fr: `Le serveur du flux a rencontré une erreur (erreur ${status}). Réessayez plus tard.`,
      en: `The feed's server had an error (error ${status}). Try again later.`,
    };
  }
  return {
    fr: `Le serveur a refusé de fournir le flux (erreur ${status}).`,
    en: `The server refused to send the feed (error ${status}).`,
  };
}

export function loadErrorMessage(error: RawLoadError): LocalizedMessage {
  const limit = error.limit ?? 0;
  switch (error.code) {
    case 'timeout':
      return {
        fr: `Le flux n’a pas répondu à temps (${decimal(limit / 1000, 'fr')} s).`,
        en: `The feed did not answer in time (${decimal(limit / 1000, 'en')} s).`,
      };
    case 'too-large':
      return {
        fr: `Le flux est trop volumineux (plus de ${size(limit, 'fr')}).`,
        en: `The feed is too large (over ${size(limit, 'en')}).`,
      };
    case 'http-status':
      return httpStatus(error.status ?? 0);
    case 'html-page':
      return {
        fr: "Cette adresse renvoie une page web, pas un flux Maillage (JSON). Vérifiez l’adresse du flux.",
        en: "This address returns a web page, not a Maillage feed (JSON). Check the feed's address.",
      };
    case 'network':
      return {
        fr:
          "Le flux n’a pas pu être chargé : vous êtes peut-être hors ligne, ou le serveur du flux n’autorise pas " +
          'les autres sites à le lire (CORS).',
        en:
          "The feed could not be loaded: you may be offline, or the feed's server may not allow other sites to " +
          'read it (CORS).',
      };
  }
}
