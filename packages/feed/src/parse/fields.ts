/**
 * Readers of single fields. Each reads one own key of an input object, reports what is wrong and returns the
 * clean value, or undefined when the field is absent or unusable. Input objects are only ever read by own
 * key, so `__proto__`, `constructor` or `prototype` keys in a feed are never consulted.
 */
import { readDateTime } from '../datetime.js';
import type { LocalDateTime } from '../datetime.js';
import { safeEmail, safePhone, safeUrl } from '../url.js';
import type { Text } from '../types.js';
import { VOCABULARIES } from '../vocabularies.js';
import type { VocabularyName } from '../vocabularies.js';
import { childPath, itemPath } from './context.js';
import type { ParseContext } from './context.js';
import type { ExpectedForm } from './field-labels.js';
import type { ProblemEffect } from '../problems.js';
import type { Severity } from '../types.js';

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

function severityOf(need: Need): Severity {
  return need === 'required' ? 'error' : 'warning';
}

function effectOf(need: Need): ProblemEffect {
  return need === 'required' ? 'skip-record' : need === 'part' ? 'drop-part' : 'drop-value';
}

/** Reports a missing field when it is needed; returns undefined for the caller to pass on. */
function absent(ctx: ParseContext, path: string, need: Need, expected?: ExpectedForm): undefined {
  if (need !== 'optional') ctx.report('missing-field', path, severityOf(need), { expected, effect: effectOf(need) });
  return undefined;
}

function invalid(ctx: ParseContext, path: string, need: Need, value: unknown, expected: ExpectedForm): undefined {
  ctx.report('invalid-field', path, severityOf(need), { value, expected, effect: effectOf(need) });
  return undefined;
}

// Line breaks and tabs are kept; every other control character goes (C0, DEL, C1).
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CARRIAGE_RETURNS = /\r\n?/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Trimmed text without control characters other than line breaks and tabs. */
export function cleanString(value: string): string {
  // Most feed text has no control character at all: one test instead of two replacements.
  if (!ANY_CONTROL.test(value)) return value.trim();
  return value.replace(CARRIAGE_RETURNS, '\n').replace(CONTROLS, '').trim();
}

/**
 * Cuts a text longer than `max` (ending it with "…"), with a warning at `path`, or at its `key` when given
 * (paths are only built when a problem is reported). Never splits a surrogate pair.
 */
function bounded(ctx: ParseContext, text: string, max: number, path: string, key = ''): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  ctx.report('too-long', key === '' ? path : childPath(path, key), 'warning', { limit: max });
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A record id: a non-empty string (a number is accepted and written as a string), at most 200 characters. */
export function readIdValue(value: unknown): string | null {
  let text: string;
  if (typeof value === 'string') text = cleanString(value);
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return null;
  return text === '' || text.length > LIMITS.id ? null : text;
}

export function readId(ctx: ParseContext, object: JsonObject, key: string, path: string, need: Need): string | undefined {
  const value = own(object, key);
  const id = value === undefined ? null : readIdValue(value);
  if (id !== null) return id;
  if (value === undefined || (typeof value === 'string' && cleanString(value) === '')) {
    return absent(ctx, childPath(path, key), need, 'id');
  }
  return invalid(ctx, childPath(path, key), need, value, 'id');
}

/** A plain string field. */
export function readString(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  max: number = LIMITS.short,
  need: Need = 'optional',
): string | undefined {
  const value = own(object, key);
  if (value === undefined) return absent(ctx, childPath(path, key), need, 'string');
  if (typeof value !== 'string') return invalid(ctx, childPath(path, key), need, value, 'string');
  const text = cleanString(value);
  if (text === '') return absent(ctx, childPath(path, key), need, 'string');
  return bounded(ctx, text, max, path, key);
}

// BCP 47-like language tags: "fr", "en", "fr-FR", "oc-gascon"; any other key of a text object is dropped.
const LANGUAGE_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageCode(value: string): boolean {
  return value.length <= 35 && LANGUAGE_KEY.test(value);
}

/**
 * A text value: a string, or an object of language code to string. Null when nothing usable remains. Problems
 * are reported at `path`, or at its `key` when given.
 */
export function readTextValue(ctx: ParseContext, value: unknown, max: number, path: string, key = ''): Text | null {
  if (typeof value === 'string') {
    const text = cleanString(value);
    return text === '' ? null : bounded(ctx, text, max, path, key);
  }
  const object = asObject(value);
  if (object === null) return null;
  const result: Record<string, string> = {};
  let count = 0;
  for (const language of Object.keys(object)) {
    if (!isLanguageCode(language)) continue;
    const entry = object[language];
    if (typeof entry !== 'string') continue;
    const text = cleanString(entry);
    if (text === '') continue;
    if (count === LIMITS.languages) {
      ctx.report('too-many', key === '' ? path : childPath(path, key), 'warning', { limit: LIMITS.languages });
      break;
    }
    result[language] = bounded(ctx, text, max, path, key);
    count++;
  }
  return count === 0 ? null : result;
}

export function readText(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  max: number,
  need: Need = 'optional',
): Text | undefined {
  const value = own(object, key);
  if (value === undefined) return absent(ctx, childPath(path, key), need, 'text');
  const text = readTextValue(ctx, value, max, path, key);
  if (text !== null) return text;
  if (typeof value === 'string') return absent(ctx, childPath(path, key), need, 'text');
  return invalid(ctx, childPath(path, key), need, value, 'text');
}

export function readBoolean(ctx: ParseContext, object: JsonObject, key: string, path: string): boolean | undefined {
  const value = own(object, key);
  if (value === undefined || typeof value === 'boolean') return value;
  return invalid(ctx, childPath(path, key), 'optional', value, 'boolean');
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly expected: ExpectedForm;
}

/** A finite JSON number within the rule; numeric strings are refused, as the format says "number". */
export function readNumber(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  rule: NumberRule,
  need: Need = 'optional',
): number | undefined {
  const value = own(object, key);
  if (value === undefined) return absent(ctx, childPath(path, key), need, rule.expected);
  if (typeof value !== 'number' || !Number.isFinite(value) || (rule.integer === true && !Number.isInteger(value))) {
    return invalid(ctx, childPath(path, key), need, value, rule.expected);
  }
  if (value < rule.min || value > rule.max) {
    ctx.report('out-of-range', childPath(path, key), severityOf(need), {
      value,
      expected: rule.expected,
      effect: effectOf(need),
    });
    return undefined;
  }
  // -0 would not survive a JSON round trip.
  return value === 0 ? 0 : value;
}

/** A date-time or date text, checked and kept as written. */
export function readDate(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  need: Need = 'optional',
): string | undefined {
  return readDated(ctx, object, key, path, need)?.text;
}

/** A date text with what it says, for the fields that are compared with another. */
export interface Dated {
  readonly text: string;
  readonly parts: LocalDateTime;
}

export function readDated(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  need: Need = 'optional',
): Dated | undefined {
  const value = own(object, key);
  if (value === undefined) return absent(ctx, childPath(path, key), need, 'date');
  if (typeof value === 'string') {
    const text = value.trim();
    const parts = readDateTime(text);
    if (parts !== null) return { text, parts };
  }
  return invalid(ctx, childPath(path, key), need, value, 'date');
}

export function readDateValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return readDateTime(text) === null ? null : text;
}

/** An absolute http(s) URL; other schemes are refused as unsafe. */
export function readUrl(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  need: Need = 'optional',
): string | undefined {
  const value = own(object, key);
  if (value === undefined) return absent(ctx, childPath(path, key), need, 'url');
  const url = safeUrl(value);
  if (url !== null) return url;
  if (typeof value === 'string' && value.trim() === '') return absent(ctx, childPath(path, key), need, 'url');
  const code = parsesAsUrl(value) ? 'unsafe-url' : 'invalid-url';
  ctx.report(code, childPath(path, key), severityOf(need), { value, effect: effectOf(need) });
  return undefined;
}

function parsesAsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}

export function readEmail(ctx: ParseContext, object: JsonObject, key: string, path: string): string | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  return safeEmail(value) ?? invalid(ctx, childPath(path, key), 'optional', value, 'email');
}

export function readPhone(ctx: ParseContext, object: JsonObject, key: string, path: string): string | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  return safePhone(value) ?? invalid(ctx, childPath(path, key), 'optional', value, 'phone');
}

/** A string matching `pattern` once trimmed and with inner spaces removed, as in "123 456 789". */
export function readCode(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  pattern: RegExp,
  expected: ExpectedForm,
): string | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const code = value.replace(/\s+/g, '').toUpperCase();
    if (pattern.test(code)) return code;
  }
  return invalid(ctx, childPath(path, key), 'optional', value, expected);
}

/** The known id of a closed vocabulary matching `value` exactly or whatever its case, else null. */
export function matchVocabulary(vocabulary: VocabularyName, value: string): string | null {
  const ids: readonly string[] = VOCABULARIES[vocabulary];
  if (ids.includes(value)) return value;
  const lower = value.toLowerCase();
  return ids.includes(lower) ? lower : null;
}

/** One value of a closed vocabulary; an unknown one is dropped with a warning listing the allowed ones. */
export function readChoice<T extends string>(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  vocabulary: VocabularyName,
): T | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return invalid(ctx, childPath(path, key), 'optional', value, 'string');
  const text = value.trim();
  const known = matchVocabulary(vocabulary, text);
  if (known !== null) return known as T;
  ctx.report('unknown-value', childPath(path, key), 'warning', { value: text, allowed: VOCABULARIES[vocabulary] });
  return undefined;
}

/** The entries of a list field, bounded; a lone value stands for a list of one. */
function listEntries(ctx: ParseContext, value: unknown, path: string, key: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) return [value];
  if (value.length > max) {
    ctx.report('too-many', childPath(path, key), 'warning', { limit: max });
    return value.slice(0, max);
  }
  return value;
}

/** The path of entry `index` of the list at `key`; a lone value has no index. */
function entryPath(path: string, key: string, list: unknown, index: number): string {
  return Array.isArray(list) ? itemPath(childPath(path, key), index) : childPath(path, key);
}

/**
 * A list of short strings (sectors, tags, skills…): trimmed, without duplicates. With a vocabulary, a known
 * id written in another case is normalised; unknown ids are kept as written, since these vocabularies are open.
 */
export function readTerms(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  vocabulary?: VocabularyName,
): string[] | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (asObject(value) !== null) return invalid(ctx, childPath(path, key), 'optional', value, 'list');
  const terms: string[] = [];
  const entries = listEntries(ctx, value, path, key, LIMITS.terms);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === null) continue;
    const text = typeof entry === 'string' ? cleanString(entry) : '';
    if (text === '' || text.length > LIMITS.short) {
      invalid(ctx, entryPath(path, key, value, i), 'optional', entry, 'string');
      continue;
    }
    const term = vocabulary === undefined ? text : (matchVocabulary(vocabulary, text) ?? text);
    if (!terms.includes(term)) terms.push(term);
  }
  return terms.length === 0 ? undefined : terms;
}

/** A list of record ids, without duplicates. */
export function readIdList(ctx: ParseContext, object: JsonObject, key: string, path: string): string[] | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (asObject(value) !== null) return invalid(ctx, childPath(path, key), 'optional', value, 'list');
  const ids = new Set<string>();
  const entries = listEntries(ctx, value, path, key, LIMITS.references);
  for (let i = 0; i < entries.length; i++) {
    const id = readIdValue(entries[i]);
    if (id !== null) ids.add(id);
    else if (entries[i] !== null) invalid(ctx, entryPath(path, key, value, i), 'optional', entries[i], 'id');
  }
  return ids.size === 0 ? undefined : [...ids];
}

/** A list of date-times (exdates), invalid entries dropped. */
export function readDateList(ctx: ParseContext, object: JsonObject, key: string, path: string): string[] | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (asObject(value) !== null) return invalid(ctx, childPath(path, key), 'optional', value, 'list');
  const dates = new Set<string>();
  const entries = listEntries(ctx, value, path, key, LIMITS.references);
  for (let i = 0; i < entries.length; i++) {
    const date = readDateValue(entries[i]);
    if (date === null) invalid(ctx, entryPath(path, key, value, i), 'optional', entries[i], 'date');
    else dates.add(date);
  }
  return dates.size === 0 ? undefined : [...dates];
}

/** A nested object such as `address` or `image`; anything else is dropped with a warning. */
export function readObject(ctx: ParseContext, object: JsonObject, key: string, path: string): JsonObject | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  return asObject(value) ?? invalid(ctx, childPath(path, key), 'optional', value, 'object');
}

/** The entries of an array field, bounded; anything but an array is dropped with a warning. */
export function readArray(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  max: number,
): readonly unknown[] | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return invalid(ctx, childPath(path, key), 'optional', value, 'list');
  return listEntries(ctx, value, path, key, max);
}
