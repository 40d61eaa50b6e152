/**
 * The calendar side of recurrence: which dates a rule produces, in order, with no time or zone. Times and
 * zones are applied by `expandRecurrence` in `rrule.ts`.
 */
import {
  daysInMonth,
  dayNumber,
  fromDayNumber,
  isLeapYear,
  weekday,
  type LocalDate,
} from './datetime.js';
import type { RRule, RRuleDay } from './rrule.js';

/** Periods (days, weeks, months or years) looked at before giving up: a bound on any rule. */
export const MAX_RULE_PERIODS = 10_000;

/**
 * Candidate dates of a rule whose series starts on `first`, ascending, from the period that holds `first`,
 * or from the period that holds `skipTo` when that is later (for long series read far from their start).
 * Dates before `first` may be yielded: the caller skips them.
 */
export function* ruleDates(rule: RRule, first: LocalDate, skipTo?: LocalDate): Generator<LocalDate> {
  const firstPeriod = periodIndex(rule, first);
  const skipPeriods = skipTo === undefined ? 0 : periodIndex(rule, skipTo) - firstPeriod;
  const startStep = Math.max(0, Math.floor(skipPeriods / rule.interval));
  for (let step = startStep; step < startStep + MAX_RULE_PERIODS; step++) {
    yield* datesInPeriod(rule, first, firstPeriod + step * rule.interval);
  }
}

/** The number of the period (day, week, month or year) a date falls in, counted from a fixed origin. */
function periodIndex(rule: RRule, date: LocalDate): number {
  switch (rule.freq) {
    case 'DAILY':
      return dayNumber(date);
    case 'WEEKLY':
      return Math.floor((dayNumber(date) - weekStartShift(rule)) / 7);
    case 'MONTHLY':
      return date.year * 12 + date.month - 1;
    case 'YEARLY':
      return date.year;
  }
}

// Day number 0 (1970-01-01) was a Thursday (weekday 3): shifting by this aligns weeks on the week start.
function weekStartShift(rule: RRule): number {
  return ((rule.weekStart ?? 0) - 3 + 7) % 7;
}

function datesInPeriod(rule: RRule, first: LocalDate, period: number): LocalDate[] {
  switch (rule.freq) {
    case 'DAILY': {
      const date = fromDayNumber(period);
      return matchesDaily(rule, date) ? [date] : [];
    }
    case 'WEEKLY':
      return datesInWeek(rule, first, period * 7 + weekStartShift(rule));
    case 'MONTHLY':
      return datesInMonth(rule, first, Math.floor(period / 12), (period % 12) + 1);
    case 'YEARLY':
      return datesInYear(rule, first, period);
  }
}

function matchesDaily(rule: RRule, date: LocalDate): boolean {
  if (rule.byDay && !rule.byDay.some((d) => d.weekday === weekday(date))) return false;
  if (rule.byMonthDay && !rule.byMonthDay.some((d) => resolveMonthDay(d, date.year, date.month) === date.day)) {
    return false;
  }
  return true;
}

function datesInWeek(rule: RRule, first: LocalDate, weekStartDay: number): LocalDate[] {
  const weekdays = rule.byDay ? rule.byDay.map((d) => d.weekday) : [weekday(first)];
  const startWeekday = rule.weekStart ?? 0;
  const offsets = [...new Set(weekdays.map((w) => (w - startWeekday + 7) % 7))].sort((a, b) => a - b);
  return offsets.map((offset) => fromDayNumber(weekStartDay + offset));
}

function datesInMonth(rule: RRule, first: LocalDate, year: number, month: number): LocalDate[] {
  let days: number[];
  if (rule.byMonthDay) {
    days = rule.byMonthDay.map((d) => resolveMonthDay(d, year, month)).filter((d): d is number => d !== null);
  } else if (rule.byDay) {
    days = range(1, daysInMonth(year, month));
  } else {
    // The start's day of the month; months too short for it are skipped, as RFC 5545 says.
    days = first.day <= daysInMonth(year, month) ? [first.day] : [];
  }
  const byDay = rule.byDay;
  const dates = uniqueSorted(days).map((day) => ({ year, month, day }));
  return byDay ? dates.filter((date) => matchesByDay(byDay, date, 'month')) : dates;
}

function datesInYear(rule: RRule, first: LocalDate, year: number): LocalDate[] {
  let dates: LocalDate[];
  if (rule.byMonthDay) {
    dates = range(1, 12).flatMap((month) => datesInMonth({ ...rule, byDay: undefined }, first, year, month));
  } else if (rule.byDay) {
    const januaryFirst = dayNumber({ year, month: 1, day: 1 });
    dates = range(0, daysInYear(year) - 1).map((offset) => fromDayNumber(januaryFirst + offset));
  } else {
    const fits = first.day <= daysInMonth(year, first.month);
    dates = fits ? [{ year, month: first.month, day: first.day }] : [];
  }
  const byDay = rule.byDay;
  return byDay ? dates.filter((date) => matchesByDay(byDay, date, 'year')) : dates;
}

/** `-1` is the last day of the month; null when the month has no such day (31 in April). */
function resolveMonthDay(value: number, year: number, month: number): number | null {
  const length = daysInMonth(year, month);
  const day = value > 0 ? value : length + 1 + value;
  return day >= 1 && day <= length ? day : null;
}

function matchesByDay(byDay: readonly RRuleDay[], date: LocalDate, scope: 'month' | 'year'): boolean {
  const day = weekday(date);
  return byDay.some((entry) => {
    if (entry.weekday !== day) return false;
    if (entry.ordinal === undefined) return true;
    const [position, length] =
      scope === 'month'
        ? [date.day, daysInMonth(date.year, date.month)]
        : [dayNumber(date) - dayNumber({ year: date.year, month: 1, day: 1 }) + 1, daysInYear(date.year)];
    const fromStart = Math.floor((position - 1) / 7) + 1;
    const fromEnd = -(Math.floor((length - position) / 7) + 1);
    return entry.ordinal === fromStart || entry.ordinal === fromEnd;
  });
}

function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value++) values.push(value);
  return values;
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
