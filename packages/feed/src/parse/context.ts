/** What the record parsers share while reading one feed: the problems found and the feed's settings. */
import { makeProblem } from '../problems.js';
import type { ProblemCode, ProblemDetails } from '../problems.js';
import type { Id, Problem, Severity } from '../types.js';

/** A hostile feed could otherwise produce millions of problems; past this many only a count is kept. */
export const MAX_PROBLEMS = 1000;

export type CollectionName = 'organizations' | 'places' | 'events' | 'missions' | 'cooperations';

/** A reference from a record to another, checked once every collection is read. */
export interface PendingReference {
  readonly target: CollectionName;
  readonly id: Id;
  readonly path: string;
  /** Removes the reference from its record when it leads nowhere. */
  readonly drop: () => void;
}

/** Read-only fields made writable, for records under construction. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

export class ParseContext {
  /** The feed's zone, known once the root is read; local date-times are compared in it. */
  timezone = 'Europe/Paris';
  private readonly found: Problem[] = [];
  private overflow = 0;
  private overflowHasError = false;

  constructor(private readonly source?: string) {}

  report(code: ProblemCode, path: string, severity: Severity, details?: ProblemDetails): void {
    if (this.found.length >= MAX_PROBLEMS) {
      this.overflow++;
      if (severity === 'error') this.overflowHasError = true;
      return;
    }
    this.found.push(this.sourced(makeProblem(code, path, severity, details)));
  }

  get hasErrors(): boolean {
    return this.overflowHasError || this.found.some((problem) => problem.severity === 'error');
  }

  problems(): Problem[] {
    if (this.overflow === 0) return this.found;
    const summary = makeProblem('too-many-problems', '', this.overflowHasError ? 'error' : 'warning', {
      limit: MAX_PROBLEMS,
    });
    return [...this.found, this.sourced(summary)];
  }

  private sourced(problem: Problem): Problem {
    return this.source === undefined ? problem : { ...problem, source: this.source };
  }
}

/** The path of a key under `path`: `events[3]` and `start` give `events[3].start`; the root has no prefix. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
