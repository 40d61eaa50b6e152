/**
 * The recurrence rules a feed may use: the RFC 5545 subset FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL,
 * BYDAY, BYMONTHDAY, COUNT, UNTIL and WKST. Anything else makes the rule unreadable (null) rather than
 * silently wrong.
 */
import {
  DAY_MS,
  addDays,
  dayNumber,
  formatLocalDate,
  formatLocalDateTime,
  isValidTimeZone,
  localToEpoch,
  readDateTime,
  toEpoch,
  zonedDate,
  zonedParts,
  type LocalDate,
  type LocalParts,
} from './datetime.js';
import { ruleDates } from './rrule-dates.js';

export const RRULE_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type RRuleFrequency = (typeof RRULE_FREQUENCIES)[number];

/** RFC 5545 day codes, indexed like `weekday()`: 0 = Monday … 6 = Sunday. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface RRuleDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** `1SA` is 1, `-1FR` is -1: the nth such day of the month (MONTHLY) or of the year (YEARLY). */
  ordinal?: number;
}

export interface RRule {
  freq: RRuleFrequency;
  /** 1 or more. */
  interval: number;
  byDay?: RRuleDay[];
  /** 1..31 or -31..-1 (from the end of the month). */
  byMonthDay?: number[];
  count?: number;
  /**
   * Inclusive end, rewritten as a feed date-time: `2027-06-30`, `2027-06-30T12:00:00` (local) or
   * `2027-06-30T12:00:00Z`.
   */
  until?: string;
  /** First day of the week for WEEKLY rules with an INTERVAL; 0 = Monday (the default). */
  weekStart?: number;
}

const MAX_INTERVAL = 1000;
const MAX_COUNT = 100_000;
const MAX_RULE_LENGTH = 500;

/** Reads `FREQ=WEEKLY;BYDAY=WE;COUNT=10` (an `RRULE:` prefix is allowed); null when not supported. */
export function parseRRule(text: string): RRule | null {
  if (typeof text !== 'string' || text.length > MAX_RULE_LENGTH) return null;
  let body = text.trim();
  if (/^rrule:/i.test(body)) body = body.slice(6);
  const values = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part.trim() === '') continue;
    const equals = part.indexOf('=');
    if (equals < 1) return null;
    const key = part.slice(0, equals).trim().toUpperCase();
    if (values.has(key)) return null;
    values.set(key, part.slice(equals + 1).trim().toUpperCase());
  }
  return buildRule(values);
}

function buildRule(values: Map<string, string>): RRule | null {
  const freq = values.get('FREQ');
  if (!isFrequency(freq)) return null;
  const rule: RRule = { freq, interval: 1 };
  for (const [key, value] of values) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL': {
        const interval = readInteger(value, 1, MAX_INTERVAL);
        if (interval === null) return null;
        rule.interval = interval;
        break;
      }
      case 'COUNT': {
        const count = readInteger(value, 1, MAX_COUNT);
        if (count === null) return null;
        rule.count = count;
        break;
      }
      case 'UNTIL': {
        const until = readUntil(value);
        if (until === null) return null;
        rule.until = until;
        break;
      }
      case 'BYDAY': {
        const byDay = readByDay(value, freq);
        if (byDay === null) return null;
        rule.byDay = byDay;
        break;
      }
      case 'BYMONTHDAY': {
        // RFC 5545 forbids BYMONTHDAY in WEEKLY rules.
        if (freq === 'WEEKLY') return null;
        const byMonthDay = readList(value, readMonthDay);
        if (byMonthDay === null) return null;
        rule.byMonthDay = byMonthDay;
        break;
      }
      case 'WKST': {
        const weekStart = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
        if (weekStart < 0) return null;
        rule.weekStart = weekStart;
        break;
      }
      default:
        return null;
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) return null;
  return rule;
}

function isFrequency(value: string | undefined): value is RRuleFrequency {
  return (RRULE_FREQUENCIES as readonly (string | undefined)[]).includes(value);
}

function readInteger(value: string, min: number, max: number): number | null {
  if (!/^[+-]?\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function readMonthDay(value: string): number | null {
  const day = readInteger(value, -31, 31);
  return day === 0 ? null : day;
}

function readList<T>(value: string, readItem: (item: string) => T | null): T[] | null {
  const items = value.split(',');
  if (items.length > 62) return null;
  const result: T[] = [];
  for (const item of items) {
    const read = readItem(item.trim());
    if (read === null) return null;
    result.push(read);
  }
  return result;
}

function readByDay(value: string, freq: RRuleFrequency): RRuleDay[] | null {
  // The nth weekday only means something within a month or a year.
  const maxOrdinal = freq === 'MONTHLY' ? 5 : freq === 'YEARLY' ? 53 : 0;
  return readList(value, (item) => {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) return null;
    const weekday = WEEKDAY_CODES.indexOf(match[2] as (typeof WEEKDAY_CODES)[number]);
    if (match[1] === undefined) return { weekday };
    const ordinal = Number(match[1]);
    if (ordinal === 0 || Math.abs(ordinal) > maxOrdinal) return null;
    return { weekday, ordinal };
  });
}

/** `20270630`, `20270630T120000`, `20270630T120000Z`, or the same in ISO 8601 extended form. */
function readUntil(value: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?(Z)?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zulu] = match;
  const date = `${year}-${month}-${day}`;
  const text = hour === undefined ? date : `${date}T${hour}:${minute}:${second ?? '00'}${zulu ?? ''}`;
  // Defer calendar validation to the one strict reader.
  return readDateTime(text) ? text : null;
}

export interface RecurrenceInput {
  readonly start: string;
  readonly end?: string;
  readonly rrule?: string;
  readonly exdates?: readonly string[];
}

/** One occurrence, as instants (ms). `end` equals `start` for a timed event without an end. */
export interface OccurrenceTimes {
  start: number;
  end: number;
  allDay: boolean;
}

/** Occurrences kept per series, whatever the window: the bound the feed format promises. */
export const MAX_OCCURRENCES = 500;

/**
 * The occurrences of an event that overlap [from, to), ascending. Recurrence follows local wall time in
 * `timezone`: a weekly 14:00 stays 14:00 across daylight-saving changes. The start itself is always the first
 * occurrence (and counts for COUNT), even when it does not match the rule. An end written as a date alone is
 * inclusive: `start: 2027-06-12, end: 2027-06-13` lasts two days. Exdates remove the occurrence that starts
 * at that local date-time or instant; an exdate written as a date alone removes that day's occurrence.
 */
export function expandRecurrence(
  input: RecurrenceInput,
  timezone: string,
  window: { from: number; to: number },
  max = MAX_OCCURRENCES,
): OccurrenceTimes[] {
  if (typeof input !== 'object' || input === null) return [];
  const zone = isValidTimeZone(timezone) ? timezone : 'UTC';
  const series = readSeries(input, zone);
  if (series === null || !(window.from <= window.to) || !(max > 0)) return [];
  const { first, allDay } = series;
  const rule = input.rrule === undefined ? null : parseRRule(input.rrule);
  const excluded = Array.isArray(input.exdates) && input.exdates.length > 0 ? readExdates(input.exdates, zone, allDay) : NO_EXCLUSIONS;
  const until = rule?.until === undefined ? Infinity : untilEpoch(rule.until, zone);
  const occurrences: OccurrenceTimes[] = [];
  let generated = 0;

  // Returns false once nothing later can be kept.
  const consider = (date: LocalDate, exactStart?: number): boolean => {
    const times = timesOn(date, series, zone, exactStart);
    if (times.start >= window.to || times.start > until) return false;
    generated++;
    if (!isExcluded(date, series.time, times.start, excluded) && occurrenceOverlaps(times, window)) {
      occurrences.push(times);
    }
    return occurrences.length < max && (rule?.count === undefined || generated < rule.count);
  };

  if (!consider(first, series.startEpoch) || rule === null) return occurrences;
  // Without COUNT nothing before the window matters, so long series start reading just before it.
  const skipTo = rule.count === undefined ? zonedDate(window.from - series.reach, zone) : undefined;
  const firstDay = dayNumber(first);
  for (const date of ruleDates(rule, first, skipTo)) {
    if (dayNumber(date) <= firstDay) continue;
    if (!consider(date)) break;
  }
  return occurrences;
}

interface Series {
  /** Local date of the first occurrence. */
  first: LocalDate;
  /** Its instant, as written (the wall time alone is ambiguous once a year). */
  startEpoch: number;
  /** Local wall time of every occurrence. */
  time: { hour: number; minute: number; second: number };
  allDay: boolean;
  /** Days covered by an all-day occurrence. */
  days: number;
  /** Exact duration of a timed occurrence (ms). */
  duration: number;
  /** How far an occurrence can reach after its start, with a day to spare for offset changes. */
  reach: number;
}

function readSeries(input: RecurrenceInput, zone: string): Series | null {
  const start = readDateTime(input.start);
  const startEpoch = toEpoch(input.start, zone);
  if (start === null || startEpoch === null) return null;
  // A start with an offset recurs at the wall time it has in the feed's zone.
  const wall: LocalParts = start.offsetMinutes === undefined ? start : zonedParts(startEpoch, zone);
  const first = { year: wall.year, month: wall.month, day: wall.day };
  const time = { hour: wall.hour, minute: wall.minute, second: wall.second };
  const end = input.end === undefined ? null : readDateTime(input.end);
  if (start.allDay) {
    const lastDay = end === null ? first : endDate(input.end ?? '', end, zone);
    const days = Math.max(1, dayNumber(lastDay) - dayNumber(first) + 1);
    return { first, startEpoch, time, allDay: true, days, duration: 0, reach: (days + 1) * DAY_MS };
  }
  let endEpoch = end === null ? null : toEpoch(input.end ?? '', zone);
  // A date alone as the end of a timed event means until the end of that day.
  if (end !== null && end.allDay) endEpoch = localToEpoch({ ...addDays(end, 1), hour: 0, minute: 0, second: 0 }, zone);
  const duration = endEpoch === null ? 0 : Math.max(0, endEpoch - startEpoch);
  return { first, startEpoch, time, allDay: false, days: 0, duration, reach: duration + DAY_MS };
}

function endDate(text: string, end: LocalDate & { offsetMinutes?: number }, zone: string): LocalDate {
  if (end.offsetMinutes === undefined) return { year: end.year, month: end.month, day: end.day };
  return zonedDate(toEpoch(text, zone) ?? 0, zone);
}

function timesOn(date: LocalDate, series: Series, zone: string, exactStart?: number): OccurrenceTimes {
  const { year, month, day } = date;
  if (series.allDay) {
    const start = localToEpoch({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
    const last = addDays(date, series.days);
    const end = localToEpoch({ year: last.year, month: last.month, day: last.day, hour: 0, minute: 0, second: 0 }, zone);
    return { start, end, allDay: true };
  }
  const { hour, minute, second } = series.time;
  const start = exactStart ?? localToEpoch({ year, month, day, hour, minute, second }, zone);
  return { start, end: start + series.duration, allDay: false };
}

/** Whether an occurrence overlaps [from, to); one without duration is in it when it starts in it. */
export function occurrenceOverlaps(times: OccurrenceTimes, window: { from: number; to: number }): boolean {
  if (times.end > times.start) return times.start < window.to && times.end > window.from;
  return times.start >= window.from && times.start < window.to;
}

interface Exclusions {
  instants: Set<number>;
  localTimes: Set<string>;
  dates: Set<string>;
}

/** Most events exclude nothing: one empty set of exclusions for all of them. */
const NO_EXCLUSIONS: Exclusions = { instants: new Set(), localTimes: new Set(), dates: new Set() };

function readExdates(exdates: readonly string[], zone: string, allDay: boolean): Exclusions {
  const excluded: Exclusions = { instants: new Set(), localTimes: new Set(), dates: new Set() };
  for (const text of exdates.slice(0, 1000)) {
    const parts = readDateTime(text);
    const epoch = toEpoch(text, zone);
    if (parts === null || epoch === null) continue;
    if (parts.allDay || allDay) {
      excluded.dates.add(formatLocalDate(parts.offsetMinutes === undefined ? parts : zonedDate(epoch, zone)));
      continue;
    }
    excluded.instants.add(epoch);
    if (parts.offsetMinutes === undefined) excluded.localTimes.add(formatLocalDateTime(parts));
  }
  return excluded;
}

function isExcluded(date: LocalDate, time: Series['time'], start: number, excluded: Exclusions): boolean {
  return (
    excluded.instants.has(start) ||
    (excluded.dates.size > 0 && excluded.dates.has(formatLocalDate(date))) ||
    (excluded.localTimes.size > 0 && excluded.localTimes.has(formatLocalDateTime({ ...date, ...time })))
  );
}

/** UNTIL is inclusive; a date alone covers its whole day. */
function untilEpoch(until: string, zone: string): number {
  const parts = readDateTime(until);
  if (parts === null) return Infinity;
  if (parts.allDay) return localToEpoch({ ...addDays(parts, 1), hour: 0, minute: 0, second: 0 }, zone) - 1;
  return toEpoch(until, zone) ?? Infinity;
}
