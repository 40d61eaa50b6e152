/**
 * "Add to my calendar": one event of the feed as an iCalendar file (RFC 5545), built in the browser. The whole
 * series is written, with its recurrence rule, its exceptions and the definition of the feed's time zone, so a
 * weekly 14:00 stays 14:00 across the daylight-saving changes in the reader's calendar too.
 */
import { feedToIcs } from '@maillage/feed/adapters';
import { foldForSearch, indexFeed, pickText, safeUrl, zonedParts, type Feed, type FeedEvent, type Place } from '@maillage/feed';

export interface IcsOptions {
  /** The language texts are written in, when the feed has several. */
  readonly lang: string;
  /** The page that shows the event: the event's URL when it has none of its own. */
  readonly pageUrl?: string;
  /** The instant the file is made (DTSTAMP), in ms; default now. */
  readonly now?: number;
}

/**
 * The iCalendar text of an event: a VCALENDAR holding one VEVENT for the whole series, written by the feed
 * package's iCalendar export (VTIMEZONE, RRULE, EXDATE, escaping, folding at 75 octets, CRLF). The page
 * that shows the event stands in for its URL when it has none.
 */
export function eventToIcs(feed: Feed, event: FeedEvent, options: IcsOptions): string {
  const pageUrl = event.url === undefined ? safeUrl(options.pageUrl) : null;
  const shown: FeedEvent = pageUrl === null ? event : { ...event, url: pageUrl };
  return feedToIcs({ ...feed, events: [shown] }, { lang: options.lang, now: options.now });
}

/** A file name for the event's .ics file: ASCII letters, digits and dashes only ("fete-du-jeu.ics"). */
export function icsFileName(title: string): string {
  const base = foldForSearch(typeof title === 'string' ? title : '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base === '' ? 'evenement' : base}.ics`;
}

/** Where the event takes place, on one line: "Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers". */
export function eventLocationText(feed: Feed, event: FeedEvent, lang: string): string {
  const place = placeOf(feed, event);
  if (place === undefined) return event.attendance === 'in-person' ? '' : (safeUrl(event.onlineUrl) ?? '');
  const address = place.address ?? {};
  const locality = [address.postalCode, address.locality].filter((part) => part !== undefined && part !== '').join(' ');
  const parts: string[] = [];
  for (const part of [pickText(place.name, lang, feed.language), address.street ?? '', locality]) {
    const text = part.trim();
    if (text !== '' && !parts.includes(text)) parts.push(text);
  }
  return parts.join(', ');
}

/**
 * The event as plain text for a calendar entry: summary, then description, then the online address when the
 * location is a place (the calendar would lose it otherwise).
 */
export function calendarDescription(feed: Feed, event: FeedEvent, lang: string): string {
  const parts = [event.summary, event.description]
    .map((text) => pickText(text, lang, feed.language).replace(/\r\n?/g, '\n').trim())
    .filter((text) => text !== '');
  const online = safeUrl(event.onlineUrl);
  if (online !== null && placeOf(feed, event) !== undefined) parts.push(online);
  return parts.join('\n\n');
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An instant in iCalendar's UTC form: 20270314T130000Z (calendar links use it too). */
export function utcValue(epoch: number): string {
  const p = zonedParts(epoch, 'UTC');
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}Z`;
}

function placeOf(feed: Feed, event: FeedEvent): Place | undefined {
  return event.placeId === undefined ? undefined : indexFeed(feed).places.get(event.placeId);
}
