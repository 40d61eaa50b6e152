/**
 * What every adapter answers: a raw Maillage feed object (to be read by `parseFeed`, whose safety rules then
 * apply) and the problems met while converting, each located by row and column (CSV), JSON path or file.
 */
import type { LocalizedMessage } from '../types.js';

export interface AdapterProblem {
  /** 1-based line of a text source (the CSV line where the record starts). */
  readonly row?: number;
  /** 1-based column of a CSV file. */
  readonly column?: number;
  /** Where in the source document: `events[3].timings[2]`, `VEVENT[4]`... */
  readonly path?: string;
  /** The file the problem belongs to, when several were read. */
  readonly file?: string;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedMessage;
}

export interface AdapterResult {
  /** A raw feed object (`{ maillage: '1', ... }`), or null when nothing could be read at all. */
  readonly feed: RawFeed | null;
  readonly problems: readonly AdapterProblem[];
}

/** The plain JSON object an adapter builds; `parseFeed` turns it into a typed `Feed`. */
export interface RawFeed {
  maillage: '1';
  title: unknown;
  language?: string;
  timezone?: string;
  url?: string;
  updated?: string;
  organizations?: Record<string, unknown>[];
  places?: Record<string, unknown>[];
  events?: Record<string, unknown>[];
  missions?: Record<string, unknown>[];
  cooperations?: Record<string, unknown>[];
}

export interface AdapterOptions {
  /** The feed's title; each adapter has a sensible default. */
  readonly title?: string;
  /** IANA zone of the feed written out; default the source's own, else Europe/Paris. */
  readonly timezone?: string;
  /** Language of single-language texts; default "fr". */
  readonly language?: string;
}

export const message = (fr: string, en: string): LocalizedMessage => ({ fr, en });

export function problem(
  severity: AdapterProblem['severity'],
  fr: string,
  en: string,
  where: Omit<AdapterProblem, 'severity' | 'message'> = {},
): AdapterProblem {
  return { ...where, severity, message: message(fr, en) };
}

/**
 * Runs an adapter so that it never throws: a bug or a hostile input (a getter that throws, a revoked proxy)
 * becomes one error instead of a crash of the page or the command.
 */
export function guarded<A extends unknown[]>(
  name: string,
  run: (...args: A) => AdapterResult,
): (...args: A) => AdapterResult {
  return (...args: A): AdapterResult => {
    try {
      return run(...args);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        feed: null,
        problems: [
          problem(
            'error',
            `Le document ${name} n’a pas pu être lu (${detail}).`,
            `The ${name} document could not be read (${detail}).`,
          ),
        ],
      };
    }
  };
}

/** Is it a plain object (not an array, not null)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, never one of the prototype (`__proto__`, `constructor`). */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  if (typeof found !== 'string') return undefined;
  const text = found.trim();
  return text === '' ? undefined : text;
}

export function numberField(value: unknown, key: string): number | undefined {
  const found = field(value, key);
  const number = typeof found === 'string' && found.trim() !== '' ? Number(found.replace(',', '.')) : found;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

export function arrayField(value: unknown, key: string): unknown[] {
  const found = field(value, key);
  return Array.isArray(found) ? found : [];
}

/** Reads JSON text, or passes an already decoded value through. */
export function jsonInput(input: unknown): { value: unknown } | { error: string } {
  if (typeof input !== 'string') return { value: input };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Drops `undefined` fields and empty objects and arrays, so the raw feed reads like a hand-written one. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (isRecord(value) && Object.keys(value).length === 0) continue;
    result[key] = value;
  }
  return result as T;
}
