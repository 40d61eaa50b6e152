/** One array of records of the feed: bounded, each entry parsed on its own, the first of each id kept. */
import { itemPath } from './context.js';
import type { CollectionName, ParseContext } from './context.js';
import { asObject, own } from './input.js';
import type { JsonObject } from './input.js';

export const MAX_RECORDS = 100_000;

/**
 * A record kept, with its position in the feed and its input: references are checked once every collection
 * is read, and a problem found then is reported at the path of the input entry.
 */
export interface Parsed<T> {
  readonly record: T;
  readonly index: number;
  readonly input: JsonObject;
}

export type RecordParser<T> = (ctx: ParseContext, input: JsonObject, path: string) => T | null;

/** Records read between two pauses of a sliced parse (see `parse/read.ts`). */
const SLICE = 128;

/** Reads one collection; a generator that pauses every few records, so that a big feed can be read in slices. */
export function* readCollection<T extends { readonly id: string }>(
  ctx: ParseContext,
  root: JsonObject,
  name: CollectionName,
  parse: RecordParser<T>,
): Generator<void, Parsed<T>[]> {
  const value = own(root, name);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.report('invalid-field', name, 'error', { value, expected: 'list', effect: 'drop-value' });
    return [];
  }
  let count = value.length;
  if (count > MAX_RECORDS) {
    ctx.report('too-many', name, 'warning', { limit: MAX_RECORDS });
    count = MAX_RECORDS;
  }
  const parsed: Parsed<T>[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < count; index++) {
    if (index % SLICE === SLICE - 1) yield;
    const path = itemPath(name, index);
    const input = asObject(value[index]);
    if (input === null) {
      ctx.report('invalid-field', path, 'error', { value: value[index], expected: 'object' });
      continue;
    }
    const record = parse(ctx, input, path);
    if (record === null) continue;
    // Only records that could be read claim their id: a broken first copy does not hide a good second one.
    if (ids.has(record.id)) {
      ctx.report('duplicate-id', `${path}.id`, 'error', { value: record.id });
      continue;
    }
    ids.add(record.id);
    parsed.push({ record, index, input });
  }
  return parsed;
}
