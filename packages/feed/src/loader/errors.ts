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

/**
 * A load error as it happens, before its sentences: those are fetched (`describeLoadError`) only when a feed
 * fails, so that pages whose feeds load never download them. `limit` is the time (ms) or size (bytes) exceeded.
 */
export interface RawLoadError {
  readonly code: Exclude<LoadErrorCode, 'json-syntax' | 'not-a-feed'>;
  readonly source: string;
  readonly status?: number;
  readonly limit?: number;
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

/** The error, with its sentences in French and English. */
export async function describeLoadError(raw: RawLoadError): Promise<LoadError> {
  const { loadErrorMessage } = await import('./error-messages.js');
  return loadError(raw.code, raw.source, loadErrorMessage(raw), raw.status);
}

/**
 * The error of a text that did not parse into a feed. The parser's own message is kept (it is often more
 * precise, for example with the position of a JSON error); the code is one of the loader's.
 */
export function unparsableError(source: string, problems: readonly Problem[]): LoadError {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  if (!first) {
    return loadError('not-a-feed', source, { fr: "Ce fichier n’est pas un flux Maillage.", en: 'This file is not a Maillage feed.' });
  }
  return loadError(PARSER_CODES.get(first.code) ?? 'not-a-feed', source, first.message);
}

/** The parser's codes for a text that is not JSON; anything else it refuses is not a feed. */
const PARSER_CODES: ReadonlyMap<string, LoadErrorCode> = new Map([
  ['html-page', 'html-page'],
  ['json-syntax', 'json-syntax'],
  ['json-truncated', 'json-syntax'],
  ['empty-file', 'json-syntax'],
]);
