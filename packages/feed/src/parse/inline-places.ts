import type { FeedEvent, Place } from '../types.js';
import type { Parsed } from './collection.js';
import type { Draft } from './context.js';
import type { InlinePlaces } from './event.js';
import { LIMITS } from './input.js';

/**
 * Moves the places written inside events to the feed's places, and points each event at its place. A place
 * keeps the id it was given when that id is free; otherwise it is named after its event (`inline:<eventId>`).
 * Events that repeat the same inline place with the same id share one place, as their author meant.
 */
export function moveInlinePlaces(
  events: readonly Parsed<Draft<FeedEvent>>[],
  inlinePlaces: InlinePlaces,
  places: Draft<Place>[],
): void {
  if (inlinePlaces.size === 0) return;
  const taken = new Set<string>();
  for (const place of places) taken.add(place.id);
  const sharedIds = new Map<string, string>();
  for (const { record: event } of events) {
    const inline = inlinePlaces.get(event);
    if (inline === undefined) continue;
    const shared = inline.givenId === undefined ? undefined : sharedIds.get(inline.givenId);
    if (shared !== undefined) {
      event.placeId = shared;
      continue;
    }
    // Cut so that the id stays within the 200 characters a feed allows.
    const base = `inline:${event.id}`.slice(0, LIMITS.id - 10);
    let id = inline.givenId !== undefined && !taken.has(inline.givenId) ? inline.givenId : base;
    for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
    taken.add(id);
    if (inline.givenId !== undefined) sharedIds.set(inline.givenId, id);
    inline.place.id = id;
    places.push(inline.place);
    event.placeId = id;
  }
}
