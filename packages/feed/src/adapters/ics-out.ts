/**
 * iCalendar out: a whole feed as one calendar that opens in common calendar programs. Local times are written
 * with the feed's TZID and its VTIMEZONE, so a weekly 14:00 stays 14:00 across daylight-saving changes; all-day
 * events are dates; recurrence keeps its RRULE and EXDATEs. CRLF line ends, lines folded at 75 octets.
 */
import {
  addDays,
  dayNumber,
  isValidTimeZone,
  localToEpoch,
  readDateTime,
  toEpoch,
  zonedDate,
  zonedParts,
  type LocalDate,
  type LocalDateTime,
  type LocalParts,
} from '../datetime.js';
import { parseRRule, WEEKDAY_CODES, type RRule } from '../rrule.js';
import { safeUrl } from '../url.js';
import type { Feed, FeedEvent } from '../types.js';
import { placeLine, placeOf, textIn } from './feed-text.js';
import { escapeIcsText, foldIcsLine, icsParameter } from './ics-text.js';
import { dateValue, localValue, utcValue, vtimezoneLines } from './vtimezone.js';

export interface IcsExportOptions {
  /** The language of texts when the feed has several; default the feed's. */
  readonly lang?: string;
  /** DTSTAMP, in ms; default now. */
  readonly now?: number;
}

type TimeForm = 'date' | 'local' | 'utc';

export function feedToIcs(feed: Feed, options: IcsExportOptions = {}): string {
  const lang = options.lang ?? feed.language;
  const zone = isValidTimeZone(feed.timezone) ? feed.timezone : null;
  const stamp = utcValue(options.now ?? Date.now());
  const host = feedHost(feed);
  const header = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Maillage//Feed tools//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(textIn(feed, feed.title, lang))}`,
  ];
  if (zone !== null) header.push(`X-WR-TIMEZONE:${zone}`);
  const body: string[] = [];
  const years: number[] = [];
  let usesZone = false;
  for (const event of feed.events) {
    const written = eventLines(feed, event, { zone, lang, stamp, host });
    if (written === null) continue;
    body.push(...written.lines);
    if (written.local) {
      usesZone = true;
      years.push(written.year);
    }
  }
  if (usesZone && zone !== null) header.push(...vtimezoneLines(zone, Math.min(...years) - 1, Math.max(...years) + 1));
  return [...header, ...body, 'END:VCALENDAR'].map(foldIcsLine).join('\r\n') + '\r\n';
}

interface Context {
  readonly zone: string | null;
  readonly lang: string;
  readonly stamp: string;
  readonly host: string;
}

function eventLines(
  feed: Feed,
  event: FeedEvent,
  context: Context,
): { lines: string[]; local: boolean; year: number } | null {
  const zone = context.zone ?? 'UTC';
  const start = readDateTime(event.start);
  const startEpoch = toEpoch(event.start, zone);
  if (start === null || startEpoch === null) return null;
  const rule = event.rrule === undefined ? null : parseRRule(event.rrule);
  const form: TimeForm = start.allDay
    ? 'date'
    : context.zone === null || (start.offsetMinutes !== undefined && rule === null)
      ? 'utc'
      : 'local';
  const wall: LocalParts = start.offsetMinutes === undefined ? start : zonedParts(startEpoch, zone);
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(`${event.id}@${context.host}`)}`, `DTSTAMP:${context.stamp}`];
  lines.push(`DTSTART${timeProperty(form, zone, startEpoch, wall)}`);
  const end = endProperty(event, start, startEpoch, form, zone);
  if (end !== null) lines.push(`DTEND${end}`);
  if (rule !== null) {
    lines.push(`RRULE:${formatRule(rule, form, zone)}`);
    const exdates = exdateValues(event.exdates ?? [], form, wall, zone);
    if (exdates.length > 0) lines.push(`EXDATE${parameters(form, zone)}:${exdates.join(',')}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(textIn(feed, event.title, context.lang))}`);
  const description = [event.summary, event.description]
    .map((text) => textIn(feed, text, context.lang))
    .filter((text) => text !== '')
    .join('\n\n');
  if (description !== '') lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  const place = placeOf(feed, event);
  const online = safeUrl(event.onlineUrl);
  const location = place !== undefined ? placeLine(feed, place, context.lang) : (online ?? '');
  if (location !== '') lines.push(`LOCATION:${escapeIcsText(location)}`);
  if (place?.geo !== undefined) lines.push(`GEO:${coordinate(place.geo.lat)};${coordinate(place.geo.lon)}`);
  const url = safeUrl(event.url);
  if (url !== null) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  const tags = [...(event.sectors ?? []), ...(event.tags ?? [])].map(escapeIcsText);
  if (tags.length > 0) lines.push(`CATEGORIES:${tags.join(',')}`);
  const updated = event.updated === undefined ? null : toEpoch(event.updated, zone);
  if (updated !== null) lines.push(`LAST-MODIFIED:${utcValue(updated)}`);
  lines.push('END:VEVENT');
  return { lines, local: form === 'local', year: wall.year };
}

function parameters(form: TimeForm, zone: string): string {
  return form === 'date' ? ';VALUE=DATE' : form === 'local' ? `;TZID=${icsParameter(zone)}` : '';
}

function timeProperty(form: TimeForm, zone: string, epoch: number, wall: LocalParts): string {
  const value = form === 'date' ? dateValue(wall) : form === 'local' ? localValue(wall) : utcValue(epoch);
  return `${parameters(form, zone)}:${value}`;
}

function endProperty(event: FeedEvent, start: LocalDateTime, startEpoch: number, form: TimeForm, zone: string): string | null {
  const end = event.end === undefined ? null : readDateTime(event.end);
  if (form === 'date') {
    // The feed's all-day end is the last day; iCalendar's is the day after.
    let lastDay: LocalDate = start;
    if (end !== null) lastDay = end.offsetMinutes === undefined ? end : zonedDate(toEpoch(event.end!, zone) ?? 0, zone);
    const days = Math.max(1, dayNumber(lastDay) - dayNumber(start) + 1);
    return `${parameters(form, zone)}:${dateValue(addDays(start, days))}`;
  }
  if (end === null) return null;
  const endEpoch = end.allDay ? localToEpoch(midnight(addDays(end, 1)), zone) : toEpoch(event.end!, zone);
  if (endEpoch === null || endEpoch <= startEpoch) return null;
  return timeProperty(form, zone, endEpoch, zonedParts(endEpoch, zone));
}

function exdateValues(exdates: readonly string[], form: TimeForm, wall: LocalParts, zone: string): string[] {
  const values = new Set<string>();
  for (const text of exdates.slice(0, 1000)) {
    const parts = readDateTime(text);
    const epoch = toEpoch(text, zone);
    if (parts === null || epoch === null) continue;
    const date: LocalDate = parts.offsetMinutes === undefined ? parts : zonedDate(epoch, zone);
    if (form === 'date') {
      values.add(dateValue(date));
      continue;
    }
    // A date alone removes that day's occurrence, at the series' wall time.
    const local: LocalParts = parts.allDay
      ? { ...date, hour: wall.hour, minute: wall.minute, second: wall.second }
      : parts.offsetMinutes === undefined
        ? parts
        : zonedParts(epoch, zone);
    values.add(form === 'local' ? localValue(local) : utcValue(localToEpoch(local, zone)));
  }
  return [...values];
}

function formatRule(rule: RRule, form: TimeForm, zone: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay !== undefined) {
    parts.push(`BYDAY=${rule.byDay.map((day) => `${day.ordinal ?? ''}${WEEKDAY_CODES[day.weekday]}`).join(',')}`);
  }
  if (rule.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) {
    // UNTIL is a date for all-day series, else a UTC time (RFC 5545 §3.3.10); inclusive in both.
    const until = readDateTime(rule.until);
    const epoch = toEpoch(rule.until, zone);
    if (until !== null && epoch !== null) {
      if (form === 'date') parts.push(`UNTIL=${dateValue(until.offsetMinutes === undefined ? until : zonedDate(epoch, zone))}`);
      else parts.push(`UNTIL=${utcValue(until.allDay ? localToEpoch(midnight(addDays(until, 1)), zone) - 1000 : epoch)}`);
    }
  }
  if (rule.weekStart !== undefined) parts.push(`WKST=${WEEKDAY_CODES[rule.weekStart]}`);
  return parts.join(';');
}

function midnight(date: LocalDate): LocalParts {
  return { year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 };
}

function feedHost(feed: Feed): string {
  const url = safeUrl(feed.url);
  return url === null ? 'maillage' : new URL(url).hostname;
}

function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}
