/**
 * Whether an event passes the filters of a query (everything but dates). Inside one list filter any value
 * will do; across filters every one must pass.
 */
import { indexFeed, type FeedIndex } from './feed-index.js';
import { allTexts, foldForSearch } from './text.js';
import type { Feed, FeedEvent } from './types.js';

/** The filters of an event query. Every field is optional; an empty list filters nothing. */
export interface EventQuery {
  /** Instants (ms): occurrences overlapping [from, to). */
  readonly from?: number;
  readonly to?: number;
  /** The event's sectors, or its organizers' when it has none (see `eventSectors`). */
  readonly sectors?: readonly string[];
  /** Any of the organizers. */
  readonly organizations?: readonly string[];
  readonly places?: readonly string[];
  readonly audience?: readonly string[];
  readonly tags?: readonly string[];
  /** The event must offer all of them, itself or through its place. */
  readonly accessibility?: readonly string[];
  /** true: free events only; false: paying or unknown price only. */
  readonly free?: boolean;
  /** true: events with two or more organizers; false: the others. */
  readonly coOrganized?: boolean;
  /**
   * Words, accent- and case-insensitive; every word must appear in the title, summary, description, tags,
   * organizer names, place name or locality.
   */
  readonly text?: string;
  /** An event without status is `scheduled`. */
  readonly statuses?: readonly string[];
  /** Default true: a cancelled event stays visible, marked as such, so that nobody comes for nothing. */
  readonly includeCancelled?: boolean;
  /** The language titles are sorted in. */
  readonly lang?: string;
  readonly limit?: number;
}

export function eventMatches(feed: Feed, event: FeedEvent, query: EventQuery, index = indexFeed(feed)): boolean {
  const status = event.status ?? 'scheduled';
  if (query.includeCancelled === false && status === 'cancelled') return false;
  // Checked in this order, each only when asked: 10 000 events pass here on every change of filter.
  if (query.statuses?.length && !query.statuses.includes(status)) return false;
  if (!anyOf(query.organizations, event.organizers)) return false;
  if (query.places?.length && (event.placeId === undefined || !query.places.includes(event.placeId))) return false;
  if (!anyOf(query.audience, event.audience)) return false;
  const prepared = prepare(query);
  if (prepared.tags?.length && !anyOf(prepared.tags, event.tags === undefined ? undefined : foldedTags(event))) return false;
  if (query.free !== undefined && query.free !== (event.price?.free === true)) return false;
  if (query.coOrganized !== undefined && query.coOrganized !== isCoOrganized(event)) return false;
  if (!anyOf(query.sectors, eventSectors(feed, event, index))) return false;
  if (query.accessibility !== undefined && query.accessibility.length > 0) {
    const offered = new Set([...(event.accessibility ?? []), ...placeAccessibility(event, index)]);
    if (!query.accessibility.every((need) => offered.has(need))) return false;
  }
  if (!matchesText(feed, event, prepared.words, index)) return false;
  return true;
}

interface PreparedQuery {
  readonly text: string | undefined;
  readonly words: readonly string[];
  readonly rawTags: readonly string[] | undefined;
  readonly tags: readonly string[] | undefined;
}

// Folding is done once per query object, not once per event (and again if the object was changed).
const preparedQueries = new WeakMap<EventQuery, PreparedQuery>();

function prepare(query: EventQuery): PreparedQuery {
  let prepared = preparedQueries.get(query);
  if (prepared === undefined || prepared.text !== query.text || prepared.rawTags !== query.tags) {
    prepared = {
      text: query.text,
      words: typeof query.text === 'string' ? searchWords(query.text) : [],
      rawTags: query.tags,
      tags: query.tags?.map(foldForSearch),
    };
    preparedQueries.set(query, prepared);
  }
  return prepared;
}

// Tags are matched like search words: "Jeux de société" and "jeux de societe" are one tag.
const eventTags = new WeakMap<FeedEvent, readonly string[]>();

function foldedTags(event: FeedEvent): readonly string[] {
  let tags = eventTags.get(event);
  if (tags === undefined) {
    tags = (event.tags ?? []).map(foldForSearch);
    eventTags.set(event, tags);
  }
  return tags;
}

/** An empty or absent filter passes everything; otherwise one of the values must be wanted. */
function anyOf(wanted: readonly string[] | undefined, values: readonly string[] | undefined): boolean {
  if (wanted === undefined || wanted.length === 0) return true;
  return values !== undefined && values.some((value) => wanted.includes(value));
}

function placeAccessibility(event: FeedEvent, index: FeedIndex): readonly string[] {
  return event.placeId === undefined ? [] : (index.places.get(event.placeId)?.accessibility ?? []);
}

/** Two organizations or more put it on together. */
export function isCoOrganized(event: FeedEvent): boolean {
  return new Set(event.organizers ?? []).size >= 2;
}

/**
 * The sectors an event belongs to: its own, or when it names none, those of its organizers (a football
 * club's event is a sport event unless it says otherwise).
 */
export function eventSectors(feed: Feed, event: FeedEvent, index = indexFeed(feed)): readonly string[] {
  if (event.sectors !== undefined && event.sectors.length > 0) return event.sectors;
  const cached = inheritedSectors.get(event);
  if (cached !== undefined && cached.feed === feed) return cached.sectors;
  const sectors = new Set<string>();
  for (const id of event.organizers ?? []) {
    for (const sector of index.organizations.get(id)?.sectors ?? []) sectors.add(sector);
  }
  inheritedSectors.set(event, { feed, sectors: [...sectors] });
  return [...sectors];
}

// Organizers' sectors per event, checked against the feed they were read from.
const inheritedSectors = new WeakMap<FeedEvent, { feed: Feed; sectors: readonly string[] }>();

/** It spans sectors: it names two sectors or more, or its organizers work in different sectors. */
export function isCrossSector(feed: Feed, event: FeedEvent, index = indexFeed(feed)): boolean {
  if (new Set(event.sectors ?? []).size >= 2) return true;
  const profiles = new Set<string>();
  for (const id of new Set(event.organizers ?? [])) {
    const sectors = index.organizations.get(id)?.sectors;
    // An organizer that states no sector says nothing about this.
    if (sectors !== undefined && sectors.length > 0) profiles.add([...new Set(sectors)].sort().join(' '));
  }
  return profiles.size >= 2;
}

/** Words of a search, folded; an empty search has none and matches everything. */
export function searchWords(text: string): string[] {
  return foldForSearch(text.slice(0, 500))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

// Folded search text per event, built on first search. Keyed by event, checked against the feed, since the
// organizer and place names come from the feed.
const searchTexts = new WeakMap<FeedEvent, { feed: Feed; text: string }>();

function matchesText(feed: Feed, event: FeedEvent, words: readonly string[], index: FeedIndex): boolean {
  if (words.length === 0) return true;
  const text = searchText(feed, event, index);
  return words.every((word) => text.includes(word));
}

/** The folded text a search reads in: built once per event and feed. */
export function searchText(feed: Feed, event: FeedEvent, index: FeedIndex = indexFeed(feed)): string {
  const cached = searchTexts.get(event);
  if (cached !== undefined && cached.feed === feed) return cached.text;
  const place = event.placeId === undefined ? undefined : index.places.get(event.placeId);
  const parts = [
    ...allTexts(event.title),
    ...allTexts(event.summary),
    ...allTexts(event.description),
    ...(event.tags ?? []),
    ...(event.organizers ?? []).flatMap((id) => allTexts(index.organizations.get(id)?.name)),
    ...allTexts(place?.name),
    place?.address?.locality ?? '',
  ];
  // A separator that no search word contains keeps words of two fields from running together.
  const text = foldForSearch(parts.join('\n'));
  searchTexts.set(event, { feed, text });
  return text;
}
