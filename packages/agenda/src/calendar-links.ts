/**
 * "Add to Google Calendar" and "Add to Outlook": links that open the calendar's new-event form filled with
 * one occurrence of an event. Unlike the .ics file they carry a single occurrence, not the series.
 */
import {
  addDays,
  formatLocalDate,
  isValidTimeZone,
  pickText,
  safeUrl,
  zonedDate,
  type Feed,
  type FeedEvent,
  type LocalDate,
} from '@maillage/feed';
import { calendarDescription, eventLocationText, utcValue } from './ics.js';

/** The times of the occurrence to add, as instants (ms); an all-day `end` is the midnight after its last day. */
export interface CalendarOccurrence {
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
}

// Both services answer an error page for very long addresses: the description is cut well before.
const MAX_DETAILS = 1500;

/**
 * `https://calendar.google.com/calendar/render?action=TEMPLATE&…`: times in UTC
 * (`dates=20270328T120000Z/20270328T140000Z`), dates alone for all-day occurrences with the day after the last
 * as end (`dates=20270612/20270614`), the feed's zone as `ctz`.
 */
export function googleCalendarUrl(feed: Feed, event: FeedEvent, occurrence: CalendarOccurrence, lang: string): string {
  const zone = isValidTimeZone(feed.timezone) ? feed.timezone : 'UTC';
  const dates = occurrence.allDay
    ? allDayDates(occurrence, zone).map(compactDate).join('/')
    : `${utcValue(occurrence.start)}/${utcValue(Math.max(occurrence.start, occurrence.end))}`;
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', pickText(event.title, lang, feed.language)],
    ['dates', dates],
    ['ctz', zone],
  ];
  const details = linkDetails(feed, event, lang);
  if (details !== '') params.push(['details', details]);
  const location = eventLocationText(feed, event, lang);
  if (location !== '') params.push(['location', location]);
  return `https://calendar.google.com/calendar/render?${query(params)}`;
}

/**
 * `https://outlook.live.com/calendar/0/action/compose?…`: ISO 8601 times in UTC
 * (`startdt=2027-03-28T12:00:00Z`), or dates with the day after the last as end and `allday=true`.
 */
export function outlookCalendarUrl(feed: Feed, event: FeedEvent, occurrence: CalendarOccurrence, lang: string): string {
  const zone = isValidTimeZone(feed.timezone) ? feed.timezone : 'UTC';
  let start: string;
  let end: string;
  if (occurrence.allDay) {
    [start, end] = allDayDates(occurrence, zone).map(formatLocalDate) as [string, string];
  } else {
    start = isoInstant(occurrence.start);
    end = isoInstant(Math.max(occurrence.start, occurrence.end));
  }
  const params: [string, string][] = [
    ['subject', pickText(event.title, lang, feed.language)],
    ['startdt', start],
    ['enddt', end],
    ['allday', String(occurrence.allDay)],
  ];
  const details = linkDetails(feed, event, lang);
  if (details !== '') params.push(['body', details]);
  const location = eventLocationText(feed, event, lang);
  if (location !== '') params.push(['location', location]);
  return `https://outlook.live.com/calendar/0/action/compose?${query(params)}`;
}

/** First day and the day after the last, in the feed's zone. */
function allDayDates(occurrence: CalendarOccurrence, zone: string): [LocalDate, LocalDate] {
  const first = zonedDate(occurrence.start, zone);
  const after = occurrence.end > occurrence.start ? zonedDate(occurrence.end, zone) : addDays(first, 1);
  return [first, after];
}

function linkDetails(feed: Feed, event: FeedEvent, lang: string): string {
  let details = calendarDescription(feed, event, lang);
  if (details.length > MAX_DETAILS) details = `${wellFormed(details.slice(0, MAX_DETAILS - 1))}…`;
  const url = safeUrl(event.url);
  if (url !== null) details = details === '' ? url : `${details}\n\n${url}`;
  return details;
}

/** encodeURIComponent throws on a lone surrogate (a title cut in the middle of an emoji): those become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Spaces as %20 rather than `+`: Outlook shows a `+` as written.
function query(params: readonly [string, string][]): string {
  return params.map(([key, value]) => `${key}=${encodeURIComponent(wellFormed(value))}`).join('&');
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function compactDate(date: LocalDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

function isoInstant(epoch: number): string {
  return new Date(epoch).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
