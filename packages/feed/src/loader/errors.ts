import type { LocalizedMessage, Problem } from '../types.js';

/** Why a feed could not be loaded. Stable codes, for machines; the message is for people. */
export const LOAD_ERROR_CODES = [
  'timeout',
  'too-large',
  'http-status',
  'network',
  'html-page',
  'json-syntax',
  'not-a-feed',
] as const;
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/** A problem that stopped a whole feed from loading; `source` is the feed URL. */
export interface LoadError extends Problem {
  readonly code: LoadErrorCode;
  readonly severity: 'error';
  /** The HTTP status, for `http-status`. */
  readonly status?: number;
}

export function loadError(
  code: LoadErrorCode,
  source: string,
  message: LocalizedMessage,
  status?: number,
): LoadError {
  return status === undefined
    ? { path: '', code, severity: 'error', message, source }
    : { path: '', code, severity: 'error', message, source, status };
}

const decimal = (value: number, lang: 'fr' | 'en'): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);

export function timeoutError(source: string, timeoutMs: number): LoadError {
  const fr = decimal(timeoutMs / 1000, 'fr');
  const en = decimal(timeoutMs / 1000, 'en');
  return loadError('timeout', source, {
    fr: `Le flux n'a pas répondu à temps (${fr} s).`,
    en: `The feed did not answer in time (${en} s).`,
  });
}

export function tooLargeError(source: string, maxBytes: number): LoadError {
  return loadError('too-large', source, {
    fr: `Le flux est trop volumineux (plus de ${size(maxBytes, 'fr')}).`,
    en: `The feed is too large (over ${size(maxBytes, 'en')}).`,
  });
}

const UNITS = { fr: ['octets', 'ko', 'Mo'], en: ['bytes', 'KB', 'MB'] } as const;

function size(bytes: number, lang: 'fr' | 'en'): string {
  const power = bytes >= 1024 * 1024 ? 2 : bytes >= 1024 ? 1 : 0;
  return `${decimal(bytes / 1024 ** power, lang)} ${UNITS[lang][power]}`;
}

export function httpStatusError(source: string, status: number): LoadError {
  if (status === 404 || status === 410) {
    return loadError(
      'http-status',
      source,
      {
        fr: `Aucun flux n'a été trouvé à cette adresse (erreur ${status}). Vérifiez l'adresse du flux.`,
        en: `No feed was found at this address (error ${status}). Check the feed's address.`,
      },
      status,
    );
  }
  if (status >= 500) {
    return loadError(
      'http-status',
      source,
      {
        fr: `Le serveur du flux a rencontré une erreur (erreur ${status}). Réessayez plus tard.`,
        en: `The feed's server had an error (error ${status}). Try again later.`,
      },
      status,
    );
  }
  return loadError(
    'http-status',
    source,
    {
      fr: `Le serveur a refusé de fournir le flux (erreur ${status}).`,
      en: `The server refused to send the feed (error ${status}).`,
    },
    status,
  );
}

export function networkError(source: string): LoadError {
  return loadError('network', source, {
    fr:
      "Le flux n'a pas pu être chargé : vous êtes peut-être hors ligne, ou le serveur du flux n'autorise pas " +
      'les autres sites à le lire (CORS).',
    en:
      'The feed could not be loaded: you may be offline, or the feed\'s server may not allow other sites to ' +
      'read it (CORS).',
  });
}

export function htmlPageError(source: string): LoadError {
  return loadError('html-page', source, {
    fr: "Cette adresse renvoie une page web, pas un flux Maillage (JSON). Vérifiez l'adresse du flux.",
    en: "This address returns a web page, not a Maillage feed (JSON). Check the feed's address.",
  });
}

export function notAFeedError(source: string): LoadError {
  return loadError('not-a-feed', source, {
    fr: "Ce fichier n'est pas un flux Maillage.",
    en: 'This file is not a Maillage feed.',
  });
}

/**
 * The error of a text that did not parse into a feed. The parser's own message is kept (it is often more
 * precise, for example with the position of a JSON error); the code is one of the loader's.
 */
export function unparsableError(source: string, problems: readonly Problem[]): LoadError {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  if (!first) return notAFeedError(source);
  return loadError(PARSER_CODES.get(first.code) ?? 'not-a-feed', source, first.message);
}

/** The parser's codes for a text that is not JSON; anything else it refuses is not a feed. */
const PARSER_CODES: ReadonlyMap<string, LoadErrorCode> = new Map([
  ['html-page', 'html-page'],
  ['json-syntax', 'json-syntax'],
  ['json-truncated', 'json-syntax'],
  ['empty-file', 'json-syntax'],
]);
