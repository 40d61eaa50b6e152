/**
 * The agenda's date shortcuts (today, this weekend, this week, this month) as ranges of calendar days in the
 * feed's zone, and ranges of days as the instants a query needs.
 */
import {
  addDays,
  daysInMonth,
  formatLocalDate,
  isValidTimeZone,
  localToEpoch,
  readDateTime,
  dayNumber,
  weekday,
  zonedDate,
  type LocalDate,
} from '@maillage/feed';

export const DATE_SHORTCUTS = ['today', 'weekend', 'week', 'month'] as const;
export type DateShortcut = (typeof DATE_SHORTCUTS)[number];

/** Inclusive calendar days, `YYYY-MM-DD`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * The days of a shortcut at the instant `now`, in `timezone`: `today`; `weekend`, the coming Saturday and
 * Sunday, or the current ones on a Saturday or a Sunday; `week`, Monday to Sunday; `month`, the calendar
 * month. Whole periods: an agenda that hides past events cuts them itself.
 */
export function dateShortcut(kind: DateShortcut, now: number, timezone: string): DayRange {
  const today = zonedDate(now, isValidTimeZone(timezone) ? timezone : 'UTC');
  const day = weekday(today);
  switch (kind) {
    case 'weekend': {
      // Saturday is 5: on a Sunday (6) the weekend began yesterday.
      const saturday = addDays(today, day === 6 ? -1 : 5 - day);
      return range(saturday, addDays(saturday, 1));
    }
    case 'week': {
      const monday = addDays(today, -day);
      return range(monday, addDays(monday, 6));
    }
    case 'month':
      return range(
        { ...today, day: 1 },
        { ...today, day: daysInMonth(today.year, today.month) },
      );
    case 'today':
    default:
      return range(today, today);
  }
}

/**
 * The instants (ms) from the start of the day `from` to the start of the day after `to`, in `timezone`: the
 * `[from, to)` window of a query. Days given the wrong way round are swapped; null when either is not a
 * `YYYY-MM-DD` date or the zone is unknown.
 */
export function dayRange(from: string, to: string, timezone: string): { from: number; to: number } | null {
  const first = readDate(from);
  const last = readDate(to);
  if (first === null || last === null || !isValidTimeZone(timezone)) return null;
  const [start, end] = dayNumber(first) <= dayNumber(last) ? [first, last] : [last, first];
  return { from: startOfDay(start, timezone), to: startOfDay(addDays(end, 1), timezone) };
}

/** A `YYYY-MM-DD` date alone, or null. */
export function readDate(text: string): LocalDate | null {
  const parts = typeof text === 'string' && text.length === 10 ? readDateTime(text) : null;
  return parts !== null && parts.allDay ? { year: parts.year, month: parts.month, day: parts.day } : null;
}

function range(from: LocalDate, to: LocalDate): DayRange {
  return { from: formatLocalDate(from), to: formatLocalDate(to) };
}

// Where midnight is skipped by a change of offset, the day starts at the first instant after it.
function startOfDay(date: LocalDate, timezone: string): number {
  return localToEpoch({ year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 }, timezone);
}
