/** What the record parsers share while reading one feed: the problems found and the feed's settings. */
import type { ProblemCode, ProblemDetails, RawProblem } from '../problems.js';
import type { Severity } from '../types.js';

/** A hostile feed could otherwise produce millions of problems; past this many only a count is kept. */
export const MAX_PROBLEMS = 1000;

export type CollectionName = 'organizations' | 'places' | 'events' | 'missions' | 'cooperations';

/** Read-only fields made writable, for records under construction. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

export class ParseContext {
  /** The feed's zone, known once the root is read; local date-times are compared in it. */
  timezone = 'Europe/Paris';
  readonly #source: string | undefined;
  readonly #found: RawProblem[] = [];
  #overflow = 0;
  #overflowHasError = false;

  constructor(source?: string) {
    this.#source = source;
  }

  report(code: ProblemCode, path: string, severity: Severity, details?: ProblemDetails): void {
    if (this.#found.length >= MAX_PROBLEMS) {
      this.#overflow++;
      if (severity === 'error') this.#overflowHasError = true;
      return;
    }
    this.#found.push(this.#sourced(details === undefined ? { code, path, severity } : { code, path, severity, details }));
  }

  /** The problems in the order of the feed (references are checked last, but are reported with their record). */
  problems(): RawProblem[] {
    const ordered = this.#found
      .map((problem, order) => ({ problem, order, rank: feedOrder(problem.path) }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
      .map((entry) => entry.problem);
    if (this.#overflow === 0) return ordered;
    const summary: RawProblem = {
      code: 'too-many-problems',
      path: '',
      severity: this.#overflowHasError ? 'error' : 'warning',
      details: { limit: MAX_PROBLEMS },
    };
    return [...ordered, this.#sourced(summary)];
  }

  #sourced(problem: RawProblem): RawProblem {
    return this.#source === undefined ? problem : { ...problem, source: this.#source };
  }
}

const COLLECTION_ORDER: readonly string[] = ['organizations', 'places', 'events', 'missions', 'cooperations'];
const RECORD_PATH = /^([a-z]+)(?:\[(\d+)\])?/;

/** Root fields first, then each collection in turn, record by record. */
function feedOrder(path: string): [number, number] {
  const match = RECORD_PATH.exec(path);
  const collection = match === null ? -1 : COLLECTION_ORDER.indexOf(match[1]!);
  if (collection < 0) return [0, 0];
  return [collection + 1, match![2] === undefined ? -1 : Number(match![2])];
}

/** The path of a key under `path`: `events[3]` and `start` give `events[3].start`; the root has no prefix. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Sets an optional field only when it has a value, so that output objects hold no `undefined` keys. */
export function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
