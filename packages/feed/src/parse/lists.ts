/** List fields: bounded, without duplicates, invalid entries dropped one by one. */
import { childPath, itemPath } from './context.js';
import type { ParseContext } from './context.js';
import { matchVocabulary, readDateValue, readIdValue } from './fields.js';
import { LIMITS, asObject, invalid, own } from './input.js';
import type { JsonObject } from './input.js';
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
 * A list of short strings (sectors, tags, skills…): trimmed, without duplicates. With a vocabulary, a known
 * id written in another case is normalised; unknown ids are kept as written, since these vocabularies are open.
 */
export const termsField =
  (vocabulary?: readonly string[]): FieldReader<string[]> =>
  (ctx, object, key, path) => {
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
  };

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
