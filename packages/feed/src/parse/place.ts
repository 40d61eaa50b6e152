import { ACCESSIBILITY } from '../types.js';
import type { Place } from '../types.js';
import type { Draft, ParseContext } from './context.js';
import { readFields } from './field-table.js';
import type { FieldReaders } from './field-table.js';
import { readId, readUrl } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { termsField } from './lists.js';
import { readText } from './text-fields.js';
import { readAddress, readGeo, readSources } from './parts.js';

const FIELDS: FieldReaders<Place> = {
  address: readAddress,
  geo: readGeo,
  accessibility: termsField(ACCESSIBILITY),
  url: readUrl,
  sources: readSources,
};

export function parsePlace(ctx: ParseContext, input: JsonObject, path: string): Draft<Place> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const name = readText(ctx, input, 'name', path, LIMITS.title, 'required');
  if (id === undefined || name === undefined) return null;
  return readFields<Draft<Place>>(ctx, input, path, { id, name }, FIELDS);
}

export interface InlinePlace {
  /** Its id is set by the caller, which knows the ids already taken. */
  readonly place: Draft<Place>;
  readonly givenId: string | undefined;
}

/**
 * A place written inside an event. Its id is optional; without a name it is dropped with a warning, and the
 * event keeps going without a place.
 */
export function parseInlinePlace(ctx: ParseContext, input: JsonObject, path: string): InlinePlace | null {
  const name = readText(ctx, input, 'name', path, LIMITS.title, 'part');
  if (name === undefined) return null;
  const givenId = readId(ctx, input, 'id', path, 'optional');
  return { place: readFields<Draft<Place>>(ctx, input, path, { id: '', name }, FIELDS), givenId };
}
