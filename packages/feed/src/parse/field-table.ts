/**
 * Records and small objects described as tables of their optional fields: each key with the reader of its
 * value, in the order the fields are read and written. One loop then does for every record what each would
 * otherwise spell out field by field.
 */
import { childPath, put } from './context.js';
import type { ParseContext } from './context.js';
import { readObject } from './fields.js';
import type { JsonObject } from './input.js';

/** Reads the optional field `key` of `object`: its clean value, or undefined (any problem is reported). */
export type FieldReader<V> = (ctx: ParseContext, object: JsonObject, key: string, path: string) => V | undefined;

export type FieldReaders<T> = { readonly [K in keyof T]?: FieldReader<T[K]> };

/** Reads the fields of `readers` from `input` into `record`, which is returned; absent values set no key. */
export function readFields<T extends object>(
  ctx: ParseContext,
  input: JsonObject,
  path: string,
  record: T,
  readers: FieldReaders<T>,
): T {
  for (const key of Object.keys(readers) as (keyof T & string)[]) {
    put(record, key, readers[key]!(ctx, input, key, path));
  }
  return record;
}

/** The reader of a nested object made of optional fields (`contact`, `address`…), dropped when empty. */
export function objectOf<T extends object>(readers: FieldReaders<T>): FieldReader<T> {
  return (ctx, object, key, path) => {
    const input = readObject(ctx, object, key, path);
    if (input === undefined) return undefined;
    const value = readFields(ctx, input, childPath(path, key), {} as T, readers);
    return Object.keys(value).length === 0 ? undefined : value;
  };
}
