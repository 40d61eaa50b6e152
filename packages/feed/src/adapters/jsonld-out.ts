/**
 * schema.org JSON-LD out: the feed's events as `Event`s in a `@graph`, ready for a page's
 * `<script type="application/ld+json">` (search engines show them as rich results). A recurring event is
 * written once per occurrence in the window, as search engines ask.
 */
import { instantToLocal } from './dates.js';
import { useRecurrenceRules } from '../rrule.js';
import { queryOccurrences, type Occurrence } from '../query.js';
import { indexFeed } from '../feed-index.js';
import { safeUrl } from '../url.js';
import type { Feed, Place } from '../types.js';
import { placeOf, textIn } from './feed-text.js';
import { compact } from './result.js';

export interface JsonLdExportOptions {
  readonly lang?: string;
  /** Occurrences from this instant (ms); default: all of them. */
  readonly from?: number;
  readonly to?: number;
  /** At most this many events; default 1000. */
  readonly limit?: number;
}

const STATUSES: Readonly<Record<string, string>> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
  full: 'EventScheduled',
};
const ATTENDANCE: Readonly<Record<string, string>> = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

export function feedToJsonLd(feed: Feed, options: JsonLdExportOptions = {}): Record<string, unknown> {
  // A feed built in code may hold rules without the loader having fetched their reader.
  useRecurrenceRules();
  const lang = options.lang ?? feed.language;
  const occurrences = queryOccurrences(feed, {
    from: options.from,
    to: options.to,
    limit: options.limit ?? 1000,
  });
  return {
    '@context': 'https://schema.org',
    '@graph': occurrences.map((occurrence) => eventNode(feed, occurrence, lang)),
  };
}

function eventNode(feed: Feed, occurrence: Occurrence, lang: string): Record<string, unknown> {
  const { event } = occurrence;
  const date = (epoch: number): string | undefined => {
    const local = instantToLocal(epoch, feed.timezone);
    if (local === null) return undefined;
    return occurrence.allDay ? local.slice(0, 10) : withOffset(local, epoch);
  };
  const index = indexFeed(feed);
  const place = placeOf(feed, event);
  const online = safeUrl(event.onlineUrl);
  const locations: Record<string, unknown>[] = [];
  if (place !== undefined) locations.push(placeNode(feed, place, lang));
  if (online !== null) locations.push({ '@type': 'VirtualLocation', url: online });
  const organizers = (event.organizers ?? [])
    .map((id) => index.organizations.get(id))
    .filter((organization) => organization !== undefined)
    .map((organization) => compact({ '@type': 'Organization', name: textIn(feed, organization.name, lang), url: organization.url }));
  return compact({
    '@type': 'Event',
    '@id': event.url !== undefined && event.rrule === undefined ? event.url : undefined,
    identifier: event.rrule === undefined ? event.id : `${event.id}@${occurrence.start}`,
    name: textIn(feed, event.title, lang),
    description: textIn(feed, event.description ?? event.summary, lang),
    startDate: date(occurrence.start),
    endDate: occurrence.end > occurrence.start && !occurrence.allDay ? date(occurrence.end) : undefined,
    eventStatus: `https://schema.org/${STATUSES[event.status ?? 'scheduled'] ?? 'EventScheduled'}`,
    eventAttendanceMode: `https://schema.org/${ATTENDANCE[event.attendance ?? (place === undefined && online !== null ? 'online' : 'in-person')]}`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: organizers.length === 1 ? organizers[0] : organizers,
    image: event.image?.url,
    url: event.url,
    keywords: event.tags?.join(', '),
    isAccessibleForFree: event.price?.free,
    typicalAgeRange:
      event.age === undefined ? undefined : `${event.age.min ?? 0}-${event.age.max === undefined ? '' : event.age.max}`,
    offers:
      event.price?.free === true
        ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: event.registration?.url ?? event.url }
        : undefined,
  });
}

function placeNode(feed: Feed, place: Place, lang: string): Record<string, unknown> {
  const address = place.address;
  return compact({
    '@type': 'Place',
    name: textIn(feed, place.name, lang),
    address:
      address === undefined
        ? undefined
        : compact({
            '@type': 'PostalAddress',
            streetAddress: address.street,
            postalCode: address.postalCode,
            addressLocality: address.locality,
            addressCountry: 'FR',
          }),
    geo: place.geo === undefined ? undefined : { '@type': 'GeoCoordinates', latitude: place.geo.lat, longitude: place.geo.lon },
    url: place.url,
  });
}

/** `2027-03-14T14:00:00` at an instant → `2027-03-14T14:00:00+01:00`. */
function withOffset(local: string, epoch: number): string {
  if (local.endsWith('Z')) return local;
  const wall = Date.parse(`${local}Z`);
  const minutes = Math.round((wall - epoch) / 60_000);
  const absolute = Math.abs(minutes);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
