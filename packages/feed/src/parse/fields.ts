/**
 * Readers of single fields. Each reads one own key of an input object, reports what is wrong and returns the
 * clean value, or undefined when the field is absent or unusable.
 */
import { readDateTime } from '../datetime.js';
import type { LocalDateTime } from '../datetime.js';
import { safeEmail, safePhone, safeUrl } from '../url.js';
import { childPath } from './context.js';
import type { ParseContext } from './context.js';
import type { ExpectedForm } from './field-labels.js';
import type { FieldReader } from './field-table.js';
import { LIMITS, absent, asObject, effectOf, invalid, own, severityOf } from './input.js';
import type { JsonObject, Need } from './input.js';
import { cleanString } from './text-fields.js';

/** A record id: a non-empty string (a number is accepted and written as a string), at most 200 characters. */
export function readIdValue(value: unknown): string | null {
  let text: string;
  if (typeof value === 'string') text = cleanString(value);
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return null;
  return text === '' || text.length > LIMITS.id ? null : text;
}

export function readId(
  ctx: ParseContext,
  object: JsonObject,
  key: string,
  path: string,
  need: Need,
): string | undefined {
  const value = own(object, key);
  const id = value === undefined ? null : readIdValue(value);
  if (id !== null) return id;
  if (value === undefined || (typeof value === 'string' && cleanString(value) === '')) {
    return absent(ctx, childPath(path, key), need, 'id');
  }
  return invalid(ctx, childPath(path, key), need, value, 'id');
}

/** A reference to another record, checked once every collection is read. */
export const readOptionalId: FieldReader<string> = (ctx, object, key, path) => readId(ctx, object, key, path, 'optional');

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

/** The reader of an optional number field within `rule`. */
export const numberField =
  (rule: NumberRule): FieldReader<number> =>
  (ctx, object, key, path) =>
    readNumber(ctx, object, key, path, rule);

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
    const text = withoutFraction(value.trim());
    const parts = readDateTime(text);
    if (parts !== null) return { text, parts };
  }
  return invalid(ctx, childPath(path, key), need, value, 'date');
}

/**
 * Fractions of a second are read but not kept: the text stored says what the widgets understand, so an end
 * 1 ms before its start cannot pass as equal to it.
 */
function withoutFraction(text: string): string {
  return text.replace(/(T\d{2}:\d{2}:\d{2})[.,]\d+/, '$1');
}

export function readDateValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = withoutFraction(value.trim());
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
export const codeField =
  (pattern: RegExp, expected: ExpectedForm): FieldReader<string> =>
  (ctx, object, key, path) => {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
      const code = value.replace(/\s+/g, '').toUpperCase();
      if (pattern.test(code)) return code;
    }
    return invalid(ctx, childPath(path, key), 'optional', value, expected);
  };

/** The id of a vocabulary (`SECTORS`…) matching `value` exactly or whatever its case, else null. */
export function matchVocabulary<T extends string>(ids: readonly T[], value: string): T | null {
  if ((ids as readonly string[]).includes(value)) return value as T;
  const lower = value.toLowerCase();
  return (ids as readonly string[]).includes(lower) ? (lower as T) : null;
}

/** One value of a closed vocabulary; an unknown one is dropped with a warning listing the allowed ones. */
export const choiceField =
  <T extends string>(ids: readonly T[]): FieldReader<T> =>
  (ctx, object, key, path) => {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return invalid(ctx, childPath(path, key), 'optional', value, 'string');
    const text = value.trim();
    const known = matchVocabulary(ids, text);
    if (known !== null) return known;
    ctx.report('unknown-value', childPath(path, key), 'warning', { value: text, allowed: ids });
    return undefined;
  };

/** A nested object such as `address` or `image`; anything else is dropped with a warning. */
export function readObject(ctx: ParseContext, object: JsonObject, key: string, path: string): JsonObject | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  return asObject(value) ?? invalid(ctx, childPath(path, key), 'optional', value, 'object');
}
