/** List fields: bounded, without duplicates, invalid entries dropped one by one. */
import { childPath, itemPath } from './context.js';
import type { ParseContext } from './context.js';
import { matchVocabulary, readDateValue, readIdValue } from './fields.js';
import { LIMITS, asObject, invalid, own } from './input.js';
import type { JsonObject } from './input.js';
import type { ExpectedForm } from './field-labels.js';
import type { FieldReader } from './field-table.js';
import { cleanString } from './text-fields.js';

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
 * The reader of a list of strings without duplicates. `readEntry` gives the clean entry, null for an invalid
 * one (dropped with a warning), or undefined for one that is ignored.
 */
const stringList =
  (max: number, expected: ExpectedForm, readEntry: (entry: unknown) => string | null | undefined): FieldReader<string[]> =>
  (ctx, object, key, path) => {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (asObject(value) !== null) return invalid(ctx, childPath(path, key), 'optional', value, 'list');
    const items = new Set<string>();
    const entries = listEntries(ctx, value, path, key, max);
    for (let i = 0; i < entries.length; i++) {
      const item = readEntry(entries[i]);
      if (item === null) invalid(ctx, entryPath(path, key, value, i), 'optional', entries[i], expected);
      else if (item !== undefined) items.add(item);
    }
    return items.size === 0 ? undefined : [...items];
  };

/**
 * A list of short strings (sectors, tags, skills…): trimmed, without duplicates. With a vocabulary, a known
 * id written in another case is normalised; unknown ids are kept as written, since these vocabularies are open.
 */
export const termsField = (vocabulary?: readonly string[]): FieldReader<string[]> =>
  stringList(LIMITS.terms, 'string', (entry) => {
    if (entry === null) return undefined;
    const text = typeof entry === 'string' ? cleanString(entry) : '';
    if (text === '' || text.length > LIMITS.short) return null;
    return vocabulary === undefined ? text : (matchVocabulary(vocabulary, text) ?? text);
  });

/** A list of record ids, without duplicates. */
export const readIdList = stringList(LIMITS.references, 'id', (entry) =>
  entry === null ? undefined : readIdValue(entry),
);

/** A list of date-times (exdates), invalid entries dropped. */
export const readDateList = stringList(LIMITS.references, 'date', readDateValue);

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

/** The reader of a list of small objects (resources, outcomes…), each entry read at its own path. */
export const listOf =
  <T>(readEntry: (ctx: ParseContext, value: unknown, path: string) => T | null): FieldReader<T[]> =>
  (ctx, object, key, path) => {
    const entries = readArray(ctx, object, key, path, LIMITS.parts);
    if (entries === undefined) return undefined;
    const here = childPath(path, key);
    const items: T[] = [];
    for (let i = 0; i < entries.length; i++) {
      const item = readEntry(ctx, entries[i], itemPath(here, i));
      if (item !== null) items.push(item);
    }
    return items.length === 0 ? undefined : items;
  };
