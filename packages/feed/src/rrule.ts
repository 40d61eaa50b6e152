/**
 * The recurrence rules a feed may use: the RFC 5545 subset FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL,
 * BYDAY, BYMONTHDAY, COUNT, UNTIL and WKST. Anything else makes the rule unreadable (null) rather than
 * silently wrong.
 */
import { readDateTime } from './datetime.js';
import { recurrenceRules } from './occurrence.js';
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

/**
 * Lets recurring events and missions be expanded (see `occurrence.ts`): the loader calls it when it fetches
 * this module for a feed that has rules, `parseFeed` before it reads any feed.
 */
export function useRecurrenceRules(): void {
  recurrenceRules.parse = parseRRule;
  recurrenceRules.dates = ruleDates;
}

export {
  expandRecurrence,
  occurrenceOverlaps,
  MAX_OCCURRENCES,
  type OccurrenceTimes,
  type RecurrenceInput,
} from './occurrence.js';
