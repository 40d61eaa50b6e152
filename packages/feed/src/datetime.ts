/**
 * Dates and times of the feed: strict ISO 8601 reading, wall-clock time in an IANA zone, and the calendar
 * arithmetic that recurrence needs. Everything runs on `Intl`, so it works the same in browsers and in Node.
 */

/** A calendar date. `month` is 1..12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A date and a wall-clock time, without a zone. */
export interface LocalParts extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

/** What a date-time text says. `offsetMinutes` is present only when the text had an offset or `Z`. */
export interface LocalDateTime extends LocalParts {
  /** The text was a date alone. */
  allDay: boolean;
  offsetMinutes?: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]`, optionally with `Z` or `±HH:MM`, for years 1000..9999; null on
 * anything else. A fraction of a second is accepted and dropped: events are not timed to the millisecond.
 */
export function readDateTime(text: string): Readonly<LocalDateTime> | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  // A feed's dates are read several times (checked, then compared, then placed in time): read once each.
  let known = readDates.get(text);
  if (known === undefined) {
    if (readDates.size >= MAX_READ_DATES) readDates.clear();
    known = readNewDateTime(text);
    readDates.set(text, known);
  }
  return known;
}

const readDates = new Map<string, Readonly<LocalDateTime> | null>();
const MAX_READ_DATES = 50_000;

function readNewDateTime(text: string): Readonly<LocalDateTime> | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const allDay = h === undefined;
  const hour = allDay ? 0 : Number(h);
  const minute = allDay ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const result: LocalDateTime = { year, month, day, hour, minute, second, allDay };
  if (zone !== undefined) {
    const offset = zone === 'Z' ? 0 : readOffset(zone);
    if (offset === null) return null;
    result.offsetMinutes = offset;
  }
  return Object.freeze(result);
}

function readOffset(zone: string): number | null {
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

// One formatter per zone: creating Intl.DateTimeFormat costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timezone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timezone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      formatter = null;
    }
    if (formatters.size > 200) formatters.clear();
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** An IANA zone name that this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  return typeof tz === 'string' && tz.length > 0 && tz.length < 100 && formatterFor(tz) !== null;
}

/** Wall-clock parts of an instant in a zone (UTC when the zone is unknown). */
export function zonedParts(epoch: number, timezone: string): LocalDateTime {
  const instant = Number.isFinite(epoch) ? epoch : 0;
  return utcParts(instant + offsetMsAt(instant, timezone));
}

const WALL_PARTS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** What Intl says, uncached: the zone's wall time at an instant, read as if it were UTC. */
function formattedWall(epoch: number, formatter: Intl.DateTimeFormat): number {
  const parts: LocalParts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let beforeChrist = false;
  for (const { type, value } of formatter.formatToParts(epoch)) {
    if (type === 'era') beforeChrist = value.startsWith('B');
    else if (WALL_PARTS.includes(type)) parts[type as keyof LocalParts] = Number(value);
  }
  // Some engines still write midnight as 24 despite h23.
  parts.hour %= 24;
  if (beforeChrist) parts.year = 1 - parts.year;
  return wallAsUtc(parts);
}

function rawOffsetMs(epoch: number, formatter: Intl.DateTimeFormat): number {
  const wholeSecond = Math.floor(epoch / 1000) * 1000;
  return formattedWall(wholeSecond, formatter) - wholeSecond;
}

/*
 * Zones change offset a few times a year, so offsets are kept per UTC hour: formatToParts is slow and a feed
 * of 10 000 events asks for the same hours again and again. An hour is kept only when its offset is the same
 * at both ends; an hour holding a change is always computed.
 */
const offsetCache = new Map<string, Map<number, number>>();
const MAX_CACHED_SPANS = 100_000;

// Intl refuses instants beyond ±8.64e15 ms; far-away windows are read at the edge instead of throwing.
const LAST_INSTANT = 8.6e15;

/*
 * Zones change offset a few times a year, never twice in one day, and formatToParts is slow: offsets are
 * kept per UTC day when the day starts and ends on the same offset, else per hour (the day of a change).
 * Keys: day numbers for days, and hour numbers offset past every day key for hours.
 */
const HOUR_KEYS = 1e12;

function cachedSpan(hours: Map<number, number>, key: number, start: number, length: number, formatter: Intl.DateTimeFormat, offset: number): boolean {
  if (rawOffsetMs(start, formatter) !== offset || rawOffsetMs(start + length - 1, formatter) !== offset) return false;
  if (hours.size >= MAX_CACHED_SPANS) hours.clear();
  hours.set(key, offset);
  return true;
}

function offsetMsAt(epoch: number, timezone: string): number {
  if (Number.isNaN(epoch)) return 0;
  const instant = Math.min(Math.max(epoch, -LAST_INSTANT), LAST_INSTANT);
  const day = Math.floor(instant / DAY_MS);
  const hour = Math.floor(instant / HOUR);
  const spans = offsetCache.get(timezone);
  const cached = spans?.get(day) ?? spans?.get(HOUR_KEYS + hour);
  if (cached !== undefined) return cached;
  const formatter = formatterFor(timezone);
  if (formatter === null) return 0;
  let known = spans;
  if (known === undefined) {
    if (offsetCache.size > 200) offsetCache.clear();
    known = new Map();
    offsetCache.set(timezone, known);
  }
  const offset = rawOffsetMs(instant, formatter);
  if (!cachedSpan(known, day, day * DAY_MS, DAY_MS, formatter, offset)) {
    cachedSpan(known, HOUR_KEYS + hour, hour * HOUR, HOUR, formatter, offset);
  }
  return offset;
}

/** Local wall time read as if it were UTC: the arithmetic base of every conversion here. */
function wallAsUtc(parts: LocalParts): number {
  return (
    daysFromCivil(parts.year, parts.month, parts.day) * DAY_MS +
    parts.hour * HOUR +
    parts.minute * MINUTE +
    parts.second * 1000
  );
}

function utcParts(epoch: number): LocalDateTime {
  const days = Math.floor(epoch / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  const seconds = Math.floor((epoch - days * DAY_MS) / 1000);
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds % 3600) / 60);
  return { year, month, day, hour, minute, second: seconds % 60, allDay: false };
}

/*
 * Proleptic Gregorian day counts in plain arithmetic (the well-known "days from civil" method): much faster
 * than going through Date objects, which matters when recurrence walks thousands of days.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): LocalDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

/** Minutes to add to UTC to get the zone's wall time at that instant. */
export function offsetAt(epoch: number, timezone: string): number {
  return Math.round(offsetMsAt(epoch, timezone) / MINUTE);
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a spring-forward change is moved forward by
 * the gap (02:30 becomes 03:30); a time that happens twice in autumn gives the first one.
 */
export function localToEpoch(parts: LocalParts, timezone: string): number {
  const wall = wallAsUtc(parts);
  // Zone offsets a day either side bracket any change of offset near this time.
  const before = offsetMsAt(wall - DAY_MS, timezone);
  const after = offsetMsAt(wall + DAY_MS, timezone);
  const early = wall - before;
  if (before === after) return early;
  const late = wall - after;
  const earlyExists = offsetMsAt(early, timezone) === before;
  const lateExists = offsetMsAt(late, timezone) === after;
  if (earlyExists && lateExists) return Math.min(early, late);
  if (earlyExists) return early;
  if (lateExists) return late;
  return early;
}

/** The instant of a date-time text; local ones are read in `timezone`, a date alone at local midnight. */
export function toEpoch(text: string, timezone: string): number | null {
  const parts = readDateTime(text);
  if (parts === null) return null;
  if (parts.offsetMinutes !== undefined) return wallAsUtc(parts) - parts.offsetMinutes * MINUTE;
  if (!isValidTimeZone(timezone)) return null;
  return localToEpoch(parts, timezone);
}

/** toEpoch() of what readDateTime() has already read, in a zone known to be valid. */
export function partsToEpoch(parts: LocalDateTime, timezone: string): number {
  if (parts.offsetMinutes !== undefined) return wallAsUtc(parts) - parts.offsetMinutes * MINUTE;
  return localToEpoch(parts, timezone);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar date: the way to compare and subtract dates. */
export function dayNumber(date: LocalDate): number {
  return daysFromCivil(date.year, date.month, date.day);
}

export function fromDayNumber(days: number): LocalDate {
  return civilFromDays(days);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day-of-month `months` later, or null when that month is too short. */
export function addMonths(date: LocalDate, months: number): LocalDate | null {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return date.day <= daysInMonth(year, month) ? { year, month, day: date.day } : null;
}

/** 0 = Monday … 6 = Sunday (ISO 8601 order). */
export function weekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatLocalDate(parts: LocalDate): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** `YYYY-MM-DDTHH:MM:SS`, without zone. */
export function formatLocalDateTime(parts: LocalParts): string {
  return `${formatLocalDate(parts)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

/** The local calendar date of an instant in a zone. */
export function zonedDate(epoch: number, timezone: string): LocalDate {
  const { year, month, day } = zonedParts(epoch, timezone);
  return { year, month, day };
}

/**
 * The instant a date-time text is over: the instant itself, or for a date alone the end of that local day
 * (a deadline of `2027-06-30` still accepts answers on the 30th).
 */
export function toEndEpoch(text: string, timezone: string): number | null {
  const parts = readDateTime(text);
  if (parts === null || !parts.allDay) return parts === null ? null : toEpoch(text, timezone);
  if (!isValidTimeZone(timezone)) return null;
  const next = addDays(parts, 1);
  return localToEpoch({ year: next.year, month: next.month, day: next.day, hour: 0, minute: 0, second: 0 }, timezone);
}
