import type { Cooperation, Feed, FeedEvent, Id, Mission, Organization, Place } from './types.js';

/** The records of a feed by id. */
export interface FeedIndex {
  readonly organizations: ReadonlyMap<Id, Organization>;
  readonly places: ReadonlyMap<Id, Place>;
  readonly events: ReadonlyMap<Id, FeedEvent>;
  readonly missions: ReadonlyMap<Id, Mission>;
  readonly cooperations: ReadonlyMap<Id, Cooperation>;
}

// A parsed feed is never changed in place, so its index can live as long as the feed object.
const indexes = new WeakMap<Feed, FeedIndex>();

/** Lookup tables of a feed, built once per feed object. */
export function indexFeed(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (index === undefined) {
    index = {
      organizations: byId(feed.organizations),
      places: byId(feed.places),
      events: byId(feed.events),
      missions: byId(feed.missions),
      cooperations: byId(feed.cooperations),
    };
    indexes.set(feed, index);
  }
  return index;
}

function byId<T extends { readonly id: Id }>(records: readonly T[] | undefined): Map<Id, T> {
  const map = new Map<Id, T>();
  // The first record wins, as in parsing.
  for (const record of records ?? []) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}
