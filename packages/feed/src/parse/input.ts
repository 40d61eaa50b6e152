/**
 * Reading untrusted input objects. They are only ever read by own key, so `__proto__`, `constructor` or
 * `prototype` keys in a feed are never consulted; and what is wrong is reported in one way everywhere.
 */
import type { ProblemEffect } from '../problems.js';
import type { Severity } from '../types.js';
import type { ParseContext } from './context.js';
import type { ExpectedForm } from './field-labels.js';

export type JsonObject = { readonly [key: string]: unknown };

/**
 * How much a field matters: a missing `required` field skips its record (error); a missing `part` field drops
 * the small object it belongs to, such as an image without URL (warning); an `optional` one is only dropped.
 */
export type Need = 'optional' | 'required' | 'part';

export const LIMITS = {
  title: 300,
  summary: 1_000,
  description: 20_000,
  short: 500,
  id: 200,
  /** Entries of sectors, tags, audiences… */
  terms: 50,
  /** Entries of lists of ids, exdates. */
  references: 1_000,
  /** Partners, resources, outcomes of a cooperation; sources of a record. */
  parts: 200,
  languages: 20,
} as const;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The value of an own key, or undefined. JSON `null` counts as absent: many tools write it for "no value". */
export function own(object: JsonObject, key: string): unknown {
  if (!hasOwn(object, key)) return undefined;
  const value = object[key];
  return value === null ? undefined : value;
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function severityOf(need: Need): Severity {
  return need === 'required' ? 'error' : 'warning';
}

export function effectOf(need: Need): ProblemEffect {
  return need === 'required' ? 'skip-record' : need === 'part' ? 'drop-part' : 'drop-value';
}

/** Reports a missing field when it is needed; returns undefined for the caller to pass on. */
export function absent(ctx: ParseContext, path: string, need: Need, expected?: ExpectedForm): undefined {
  if (need !== 'optional') ctx.report('missing-field', path, severityOf(need), { expected, effect: effectOf(need) });
  return undefined;
}

export function invalid(
  ctx: ParseContext,
  path: string,
  need: Need,
  value: unknown,
  expected: ExpectedForm,
): undefined {
  ctx.report('invalid-field', path, severityOf(need), { value, expected, effect: effectOf(need) });
  return undefined;
}

/** An entry of a list that must be an object; anything else is dropped with a warning. */
export function entryObject(ctx: ParseContext, value: unknown, path: string): JsonObject | null {
  const object = asObject(value);
  if (object === null) ctx.report('invalid-field', path, 'warning', { value, expected: 'object' });
  return object;
}
