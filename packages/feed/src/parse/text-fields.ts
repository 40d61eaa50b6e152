/** Text fields: trimmed, without control characters, bounded, in one language or several. */
import type { Text } from '../types.js';
import { childPath } from './context.js';
import type { ParseContext } from './context.js';
import { LIMITS, absent, asObject, invalid, own } from './input.js';
import type { JsonObject, Need } from './input.js';
import type { FieldReader } from './field-table.js';

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
export function bounded(ctx: ParseContext, text: string, max: number, path: string, key = ''): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  ctx.report('too-long', key === '' ? path : childPath(path, key), 'warning', { limit: max });
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A plain string field. */
export const stringField =
  (max: number = LIMITS.short): FieldReader<string> =>
  (ctx, object, key, path) => {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return invalid(ctx, childPath(path, key), 'optional', value, 'string');
    const text = cleanString(value);
    return text === '' ? undefined : bounded(ctx, text, max, path, key);
  };

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

/** The reader of an optional text field of at most `max` characters per language. */
export const textField =
  (max: number): FieldReader<Text> =>
  (ctx, object, key, path) =>
    readText(ctx, object, key, path, max);
