/**
 * schema.org Event data for search engines: the upcoming occurrences an agenda shows, written as JSON-LD into
 * the host page, so that the commune's own page is what search results point to.
 */
import {
  addDays,
  formatLocalDate,
  formatLocalDateTime,
  indexFeed,
  offsetAt,
  pickText,
  safeUrl,
  zonedDate,
  zonedParts,
  type EventStatus,
  type Feed,
  type FeedEvent,
  type Occurrence,
  type Place,
  type Text,
} from '@maillage/feed';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface JsonLdGraph {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly JsonObject[];
}

export interface JsonLdOptions {
  /** The language texts are written in, when the feed has several. */
  readonly lang: string;
  /** The page the agenda is on: events without a URL of their own point to their anchor in it. */
  readonly pageUrl: string;
}

/** Occurrences written at most: search engines read the first ones, and the page stays light. */
export const MAX_JSON_LD_EVENTS = 50;

const STATUSES: Readonly<Record<EventStatus, string>> = {
  scheduled: 'EventScheduled',
  rescheduled: 'EventRescheduled',
  postponed: 'EventPostponed',
  cancelled: 'EventCancelled',
  full: 'EventScheduled',
  'moved-online': 'EventMovedOnline',
};

const ATTENDANCE = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const;

const MAX_DESCRIPTION = 500;

/** The id of an event's element in the page, and the fragment of its URL: `event-<id>`. */
export function eventAnchorId(eventId: string): string {
  return `event-${eventId}`;
}

/** One schema.org `Event` per occurrence (the first 50), in an `@graph`. */
export function eventsToJsonLd(feed: Feed, occurrences: readonly Occurrence[], options: JsonLdOptions): JsonLdGraph {
  return {
    '@context': 'https://schema.org',
    '@graph': occurrences.slice(0, MAX_JSON_LD_EVENTS).map((occurrence) => eventJson(feed, occurrence, options)),
  };
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`…,
 * so that no feed text (`</script>`, `<!--`) can end the script or open markup; U+2028 and U+2029 likewise,
 * for tools that still read the text as JavaScript. `JSON.parse` gives back the same data.
 */
export function jsonLdScriptText(data: unknown): string {
  const json = JSON.stringify(data) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes the events an agenda shows into its light DOM (a `<script type="application/ld+json">` child), where
 * search engines read it; the script is rewritten only when its text changes.
 */
export function writeJsonLd(host: HTMLElement, feed: Feed, occurrences: readonly Occurrence[], lang: string): void {
  const text = jsonLdScriptText(eventsToJsonLd(feed, occurrences, { lang, pageUrl: location.href.split('#')[0]! }));
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-maillage-seo]');
  if (script?.textContent === text) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['maillageSeo'] = '';
    host.appendChild(script);
  }
  script.textContent = text;
}

function eventJson(feed: Feed, occurrence: Occurrence, options: JsonLdOptions): JsonObject {
  const { event, start, end, allDay } = occurrence;
  const { lang } = options;
  const zone = feed.timezone;
  const json: JsonObject = {
    '@type': 'Event',
    name: pickText(event.title, lang, feed.language),
  };
  if (allDay) {
    const first = zonedDate(start, zone);
    // The occurrence ends at the midnight after its last day; schema.org's end date is that last day.
    const last = end > start ? addDays(zonedDate(end, zone), -1) : first;
    json.startDate = formatLocalDate(first);
    json.endDate = formatLocalDate(last);
  } else {
    json.startDate = isoWithOffset(start, zone);
    if (end > start) json.endDate = isoWithOffset(end, zone);
  }
  json.eventStatus = `https://schema.org/${STATUSES[event.status ?? 'scheduled'] ?? 'EventScheduled'}`;
  const place = placeOf(feed, event);
  const mode = attendanceMode(event, place);
  json.eventAttendanceMode = `https://schema.org/${ATTENDANCE[mode]}`;
  const url = safeUrl(event.url) ?? anchoredUrl(options.pageUrl, event.id);
  const location = locationJson(feed, event, place, mode, url, lang);
  if (location !== null) json.location = location;
  const organizers = organizersJson(feed, event, lang);
  if (organizers.length > 0) json.organizer = organizers;
  const description = descriptionOf(feed, event, lang);
  if (description !== '') json.description = description;
  if (event.image !== undefined) json.image = event.image.url;
  if (event.price?.free === true) {
    json.isAccessibleForFree = true;
  } else if (event.price?.text !== undefined) {
    const offer: JsonObject = { '@type': 'Offer', description: pickText(event.price.text, lang, feed.language) };
    const registration = safeUrl(event.registration?.url);
    if (registration !== null) offer.url = registration;
    json.offers = offer;
  }
  if (url !== null) json.url = url;
  json.inLanguage = languageOf(event.title, lang, feed.language);
  return json;
}

/** `2027-07-14T21:00:00+02:00`: the wall time in the feed's zone and that zone's offset at the instant. */
function isoWithOffset(epoch: number, zone: string): string {
  const offset = offsetAt(epoch, zone);
  const absolute = Math.abs(offset);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${formatLocalDateTime(zonedParts(epoch, zone))}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

function attendanceMode(event: FeedEvent, place: Place | undefined): keyof typeof ATTENDANCE {
  if (event.status === 'moved-online') return 'online';
  if (event.attendance !== undefined) return event.attendance;
  if (safeUrl(event.onlineUrl) === null) return 'in-person';
  return place === undefined ? 'online' : 'mixed';
}

function locationJson(
  feed: Feed,
  event: FeedEvent,
  place: Place | undefined,
  mode: keyof typeof ATTENDANCE,
  eventUrl: string | null,
  lang: string,
): JsonValue | null {
  const placeJson = place === undefined ? null : placeToJson(feed, place, lang);
  const onlineUrl = safeUrl(event.onlineUrl) ?? eventUrl;
  const virtual: JsonObject | null = onlineUrl === null ? null : { '@type': 'VirtualLocation', url: onlineUrl };
  if (mode === 'online') return virtual;
  if (mode === 'mixed' && placeJson !== null && virtual !== null) return [placeJson, virtual];
  return placeJson ?? (mode === 'mixed' ? virtual : null);
}

function placeToJson(feed: Feed, place: Place, lang: string): JsonObject {
  const json: JsonObject = { '@type': 'Place', name: pickText(place.name, lang, feed.language) };
  const address = place.address;
  if (address !== undefined) {
    const postal: JsonObject = { '@type': 'PostalAddress' };
    if (address.street) postal.streetAddress = address.street;
    if (address.postalCode) postal.postalCode = address.postalCode;
    if (address.locality) postal.addressLocality = address.locality;
    if (Object.keys(postal).length > 1) json.address = postal;
  }
  if (place.geo !== undefined) {
    json.geo = { '@type': 'GeoCoordinates', latitude: place.geo.lat, longitude: place.geo.lon };
  }
  const url = safeUrl(place.url);
  if (url !== null) json.url = url;
  return json;
}

function organizersJson(feed: Feed, event: FeedEvent, lang: string): JsonObject[] {
  const organizations = indexFeed(feed).organizations;
  const result: JsonObject[] = [];
  for (const id of event.organizers ?? []) {
    const organization = organizations.get(id);
    if (organization === undefined) continue;
    const json: JsonObject = { '@type': 'Organization', name: pickText(organization.name, lang, feed.language) };
    const url = safeUrl(organization.url);
    if (url !== null) json.url = url;
    result.push(json);
  }
  return result;
}

function descriptionOf(feed: Feed, event: FeedEvent, lang: string): string {
  const summary = pickText(event.summary, lang, feed.language).trim();
  if (summary !== '') return summary;
  const description = pickText(event.description, lang, feed.language).trim();
  if (description.length <= MAX_DESCRIPTION) return description;
  return `${[...description.slice(0, MAX_DESCRIPTION)].slice(0, -1).join('')}…`;
}

function placeOf(feed: Feed, event: FeedEvent): Place | undefined {
  return event.placeId === undefined ? undefined : indexFeed(feed).places.get(event.placeId);
}

function anchoredUrl(pageUrl: string, eventId: string): string | null {
  const page = safeUrl(pageUrl);
  if (page === null) return null;
  const url = new URL(page);
  url.hash = eventAnchorId(eventId);
  return url.href;
}

/** The language of the title actually shown: the one `pickText` chose. */
function languageOf(text: Text, lang: string, feedLanguage: string): string {
  if (typeof text === 'string') return feedLanguage;
  const picked = pickText(text, lang, feedLanguage);
  return Object.keys(text).find((key) => text[key] === picked) ?? feedLanguage;
}
