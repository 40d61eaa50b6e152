/**
 * Event queries: the occurrences of a feed's events between two instants that pass a set of filters, sorted
 * for display. Results of date work are kept per event object, so that asking again with other filters,
 * as a user clicking filter chips does, costs little even on a feed of 10 000 events.
 */
import { eventMatches, eventSectors, searchText, type EventQuery } from './event-filters.js';
import { indexFeed } from './feed-index.js';
import { expandRecurrence, occurrenceOverlaps, type OccurrenceTimes } from './occurrence.js';
import { inSlices, inSlicesFromNow } from './slices.js';
import { pickText } from './text.js';
import type { Feed, FeedEvent } from './types.js';

export { eventMatches, eventSectors, isCoOrganized, isCrossSector, searchWords } from './event-filters.js';
export type { EventQuery } from './event-filters.js';
export { indexFeed, type FeedIndex } from './feed-index.js';
export { isRecurringMission, openMissions, spotsLeft, missionIsOpen } from './missions.js';

/** One occurrence of an event: recurring events have several. */
export interface Occurrence {
  readonly event: FeedEvent;
  /** Instants (ms). `end` equals `start` for a timed event without an end. */
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
  /** Unique in a result: `eventId@start`. */
  readonly key: string;
}

interface Sortable {
  readonly occurrence: Occurrence;
  title: string | undefined;
}

/** Occurrences passing the query, sorted by start, then title. */
export function queryOccurrences(feed: Feed, query: EventQuery): Occurrence[] {
  const index = indexFeed(feed);
  const window = { from: query.from ?? -Infinity, to: query.to ?? Infinity };
  const occurrences: Occurrence[] = [];
  for (const event of feed.events) {
    if (!eventMatches(feed, event, query, index)) continue;
    for (const { start, end, allDay } of occurrenceTimes(event, feed.timezone, window)) {
      occurrences.push({ event, start, end, allDay, key: `${event.id}@${start}` });
    }
  }
  // Sorted through wrappers that keep each title once looked up: most comparisons end on the start, and the
  // others (same start) do not look the title up again and again.
  const lang = query.lang ?? feed.language;
  const titleOf = (entry: Sortable): string =>
    (entry.title ??= pickText(entry.occurrence.event.title, lang, feed.language));
  const collator = collatorFor(lang);
  const sorted = occurrences
    .map((occurrence): Sortable => ({ occurrence, title: undefined }))
    .sort(
      (a, b) =>
        a.occurrence.start - b.occurrence.start ||
        collator.compare(titleOf(a), titleOf(b)) ||
        (a.occurrence.event.id < b.occurrence.event.id ? -1 : a.occurrence.event.id > b.occurrence.event.id ? 1 : 0),
    );
  for (let i = 0; i < sorted.length; i++) occurrences[i] = sorted[i]!.occurrence;
  const limit = query.limit;
  return limit !== undefined && limit >= 0 ? occurrences.slice(0, Math.floor(limit)) : occurrences;
}

/**
 * Works out ahead, in slices that leave the page free in between, what queries of this feed need: each
 * event's times and sectors and, with `search`, the text a search reads. Queries answer the same without it;
 * after it, the first one does not hold the page for long on a feed of thousands of events.
 */
export function prepareEvents(
  feed: Feed,
  options: { readonly search?: boolean; /** Longest slice (ms). */ readonly sliceMs?: number } = {},
): Promise<void> {
  return inSlices(preparing(feed, options.search === true), options.sliceMs);
}

/** As `prepareEvents`, with its first slice done now: null when that was all (a feed of a few hundred events). */
export function prepareEventsNow(
  feed: Feed,
  options: { readonly search?: boolean; readonly sliceMs?: number } = {},
): Promise<void> | null {
  return inSlicesFromNow(preparing(feed, options.search === true), options.sliceMs);
}

const EVERYTHING = { from: -Infinity, to: Infinity };

function* preparing(feed: Feed, search: boolean): Generator<void, void> {
  const index = indexFeed(feed);
  let count = 0;
  for (const event of feed.events) {
    if (++count % 64 === 0) yield;
    // A recurring event's occurrences depend on the window asked: they are worked out by the query.
    if (event.rrule === undefined) occurrenceTimes(event, feed.timezone, EVERYTHING);
    eventSectors(feed, event, index);
    if (search) searchText(feed, event, index);
  }
}

/** How many occurrences each sector has: the counts shown on filter chips. */
export function countBySector(feed: Feed, occurrences: readonly Occurrence[]): Map<string, number> {
  const index = indexFeed(feed);
  const counts = new Map<string, number>();
  for (const { event } of occurrences) {
    const sectors = eventSectors(feed, event, index);
    for (let i = 0; i < sectors.length; i++) {
      const sector = sectors[i]!;
      // An event naming a sector twice counts once in it.
      if (sectors.indexOf(sector) === i) counts.set(sector, (counts.get(sector) ?? 0) + 1);
    }
  }
  return counts;
}

/** Whether an event has an occurrence that ends at or after `from` (cancelled ones count: they stay shown). */
export function occursFrom(event: FeedEvent, timezone: string, from: number): boolean {
  return occurrenceTimes(event, timezone, { from, to: Infinity }).length > 0;
}

interface CachedTimes {
  readonly timezone: string;
  readonly from: number;
  readonly to: number;
  readonly times: readonly OccurrenceTimes[];
}

// A single event's occurrence does not depend on the window: kept once. A recurring one is kept for the
// last window asked, which is what a user changing filters asks again.
const cachedTimes = new WeakMap<FeedEvent, CachedTimes>();
const NONE: readonly OccurrenceTimes[] = [];

function occurrenceTimes(
  event: FeedEvent,
  timezone: string,
  window: { from: number; to: number },
): readonly OccurrenceTimes[] {
  const recurring = event.rrule !== undefined;
  let cached = cachedTimes.get(event);
  const fresh = cached !== undefined && cached.timezone === timezone;
  if (!fresh || (recurring && (cached!.from !== window.from || cached!.to !== window.to))) {
    const wanted = recurring ? window : EVERYTHING;
    cached = { timezone, ...wanted, times: expandRecurrence(event, timezone, wanted) };
    cachedTimes.set(event, cached);
  }
  const times = cached!.times;
  if (recurring) return times;
  // Most events have one occurrence: answer without building a new array.
  if (times.length === 1) return occurrenceOverlaps(times[0]!, window) ? times : NONE;
  return times.filter((t) => occurrenceOverlaps(t, window));
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (collator === undefined) {
    try {
      collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    } catch {
      // An invalid language tag from a page attribute must not break the list.
      collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    }
    if (collators.size > 50) collators.clear();
    collators.set(lang, collator);
  }
  return collator;
}
