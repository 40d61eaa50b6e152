import { localToEpoch } from '../datetime.js';
import type { LocalDateTime } from '../datetime.js';

/**
 * Whether `end` comes before `start`. A date alone as the end means "until that day": it is compared by
 * calendar date, so an event from 14:00 "to 2027-03-14" on that day is fine.
 */
export function endsBeforeStart(start: LocalDateTime, end: LocalDateTime, timezone: string): boolean {
  if (end.allDay) return dateKey(end) < dateKey(start);
  // Two wall-clock times of the same zone, or two times with offsets, compare without time zone data.
  if ((start.offsetMinutes === undefined) === (end.offsetMinutes === undefined)) {
    return wallTime(end) - (end.offsetMinutes ?? 0) * 60_000 < wallTime(start) - (start.offsetMinutes ?? 0) * 60_000;
  }
  return instant(end, timezone) < instant(start, timezone);
}

function dateKey(parts: LocalDateTime): number {
  return parts.year * 10_000 + parts.month * 100 + parts.day;
}

/** The wall-clock time read as UTC (feed years are 1000 or later, which Date.UTC reads as written). */
function wallTime(parts: LocalDateTime): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function instant(parts: LocalDateTime, timezone: string): number {
  return parts.offsetMinutes === undefined
    ? localToEpoch(parts, timezone)
    : wallTime(parts) - parts.offsetMinutes * 60_000;
}
