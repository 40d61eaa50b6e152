/**
 * The VTIMEZONE of an IANA zone over a range of years, computed from `Intl` (the runtime's zone database), so
 * that calendar programs place local times exactly even without knowing the zone's name.
 */
import { DAY_MS, daysInMonth, offsetAt, weekday, zonedParts, type LocalParts } from '../datetime.js';
import { WEEKDAY_CODES } from '../rrule.js';

const MINUTE = 60_000;

interface Change {
  readonly kind: 'STANDARD' | 'DAYLIGHT';
  /** Wall time of the change, in the offset before it. */
  readonly onset: LocalParts;
  readonly from: number;
  readonly to: number;
  readonly rule: string;
}

/** The offset changes of a zone in a UTC year, each found to the minute. */
function changesOfYear(zone: string, year: number): Change[] {
  const changes: Change[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = offsetAt(Date.UTC(year, 0, 1), zone);
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY_MS) {
    const after = offsetAt(day + DAY_MS, zone);
    if (after === before) continue;
    let low = day / MINUTE;
    let high = (day + DAY_MS) / MINUTE;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(middle * MINUTE, zone) === before) low = middle;
      else high = middle;
    }
    const to = offsetAt(high * MINUTE, zone);
    const onset = zonedParts(high * MINUTE + before * MINUTE, 'UTC');
    const ordinal = onset.day + 7 > daysInMonth(onset.year, onset.month) ? -1 : Math.ceil(onset.day / 7);
    changes.push({
      kind: to > before ? 'DAYLIGHT' : 'STANDARD',
      onset,
      from: before,
      to,
      rule: `FREQ=YEARLY;BYMONTH=${onset.month};BYDAY=${ordinal}${WEEKDAY_CODES[weekday(onset)]}`,
    });
    before = after;
  }
  return changes;
}

const shape = (change: Change): string =>
  `${change.kind} ${change.rule} ${change.onset.hour}:${change.onset.minute} ${change.from} ${change.to}`;

/**
 * The lines of a VTIMEZONE covering `fromYear..toYear` (at most 40 years). When every year has the same two
 * changes (as Europe/Paris since 1996), they are written once with a yearly RRULE.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const first = Math.max(1970, Math.min(fromYear, toYear));
  const last = Math.min(first + 40, Math.max(fromYear, toYear));
  const years: Change[][] = [];
  for (let year = first; year <= last; year++) years.push(changesOfYear(zone, year));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const all = years.flat();
  if (all.length === 0) {
    const offset = formatOffset(offsetAt(Date.UTC(first, 0, 1), zone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    const yearly =
      years.every((changes) => changes.length === 2) &&
      [0, 1].every((i) => years.every((changes) => shape(changes[i]!) === shape(years[0]![i]!)));
    for (const change of yearly ? years[0]! : all) {
      lines.push(
        `BEGIN:${change.kind}`,
        `DTSTART:${localValue(change.onset)}`,
        `TZOFFSETFROM:${formatOffset(change.from)}`,
        `TZOFFSETTO:${formatOffset(change.to)}`,
      );
      if (yearly) lines.push(`RRULE:${change.rule}`);
      lines.push(`END:${change.kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function dateValue(parts: { year: number; month: number; day: number }): string {
  return `${pad(parts.year, 4)}${pad(parts.month)}${pad(parts.day)}`;
}

export function localValue(parts: LocalParts): string {
  return `${dateValue(parts)}T${pad(parts.hour)}${pad(parts.minute)}${pad(parts.second)}`;
}

export function utcValue(epoch: number): string {
  return `${localValue(zonedParts(epoch, 'UTC'))}Z`;
}

function formatOffset(minutes: number): string {
  const absolute = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}
