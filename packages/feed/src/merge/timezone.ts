import { offsetAt, readDateTime, toEpoch } from '../datetime.js';

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * A local date-time of one feed written with its offset (`2027-03-14T14:00` in Europe/Paris becomes
 * `2027-03-14T14:00+01:00`), so that it keeps its instant in a merged feed read in another zone. Dates
 * alone stay all-day dates, and texts that already have an offset are unchanged.
 */
export function withOffset(text: string, timezone: string): string {
  const parts = readDateTime(text);
  if (parts === null || parts.allDay || parts.offsetMinutes !== undefined) return text;
  const epoch = toEpoch(text, timezone);
  if (epoch === null) return text;
  const offset = offsetAt(epoch, timezone);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `${text}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
