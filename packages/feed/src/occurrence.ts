/**
 * The occurrences of an event or a mission: its start and end as instants, and for a recurring one every
 * occurrence in a window. The rules themselves are read and walked by `rrule.ts`, which registers itself
 * here when it is loaded: the loader fetches it with the first feed that has a recurrence rule, so that a
 * page whose feeds have none does not carry it; `parseFeed` and the tools have it from the start.
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
  partsToEpoch,
  toEpoch,
  zonedDate,
  zonedParts,
  type LocalDate,
  type LocalParts,
} from './datetime.js';
import type { RRule } from './rrule.js';

/** What `rrule.ts` brings once loaded. */
export const recurrenceRules: {
  parse?: (text: string) => RRule | null;
  dates?: (rule: RRule, first: LocalDate, skipTo?: LocalDate) => Iterable<LocalDate>;
} = {};

let warned = false;

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
  const rule = input.rrule === undefined ? null : readRule(input.rrule);
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
  for (const date of recurrenceRules.dates!(rule, first, skipTo)) {
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
  // The zone is valid here: what was read is placed in time without reading it again.
  const start = readDateTime(input.start);
  if (start === null) return null;
  const startEpoch = partsToEpoch(start, zone);
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
  let endEpoch = end === null ? null : partsToEpoch(end, zone);
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

/** The rule, once `rrule.ts` is there; without it, the first occurrence alone (and a word to the webmaster). */
function readRule(text: string): RRule | null {
  if (recurrenceRules.parse && recurrenceRules.dates) return recurrenceRules.parse(text);
  if (!warned) console.warn('[maillage] recurrence rules are not loaded: only first occurrences are shown');
  warned = true;
  return null;
}
