import type { Place } from '../types.js';
import { put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readId, readUrl } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { readTerms } from './lists.js';
import { readText } from './text-fields.js';
import { readAddress, readGeo, readSources } from './parts.js';

export function parsePlace(ctx: ParseContext, input: JsonObject, path: string): Draft<Place> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const name = readText(ctx, input, 'name', path, LIMITS.title, 'required');
  if (id === undefined || name === undefined) return null;
  return readPlaceFields(ctx, input, path, { id, name });
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
  return { place: readPlaceFields(ctx, input, path, { id: '', name }), givenId };
}

function readPlaceFields(ctx: ParseContext, input: JsonObject, path: string, place: Draft<Place>): Draft<Place> {
  put(place, 'address', readAddress(ctx, input, 'address', path));
  put(place, 'geo', readGeo(ctx, input, 'geo', path));
  put(place, 'accessibility', readTerms(ctx, input, 'accessibility', path, 'accessibility'));
  put(place, 'url', readUrl(ctx, input, 'url', path));
  put(place, 'sources', readSources(ctx, input, path));
  return place;
}
