/** Turning the date-times of other formats into the feed's ISO 8601 forms. */
import {
  formatLocalDate,
  formatLocalDateTime,
  isValidTimeZone,
  localToEpoch,
  offsetAt,
  readDateTime,
  toEpoch,
  zonedParts,
} from '../datetime.js';

/**
 * A date-time text of the feed from the common ISO 8601 variants found in APIs: `+0100` offsets, fractions
 * of a second, a space instead of `T`, missing seconds. Instants (with an offset or `Z`) are written as the
 * wall time of `timezone` when that zone is valid, which keeps the instant and reads like a poster.
 * Null when the text is not a date.
 */
export function feedDateTime(value: unknown, timezone: string): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return instantToLocal(value, timezone);
  if (typeof value !== 'string') return null;
  const text = value
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/, '$1T$2')
    .replace(/(T\d{2}:\d{2}(?::\d{2})?)\.\d+/, '$1')
    .replace(/(T\d{2}:\d{2}(?::\d{2})?[+-]\d{2})(\d{2})$/, '$1:$2')
    .replace(/(T\d{2}:\d{2}(?::\d{2})?[+-]\d{2})$/, '$1:00');
  const parts = readDateTime(text);
  if (parts === null) return null;
  if (parts.offsetMinutes === undefined) return text;
  const epoch = toEpoch(text, timezone);
  return epoch === null ? text : instantToLocal(epoch, timezone);
}

/** The wall time of an instant in a zone (`2027-03-14T14:00:00`), or the instant in UTC with `Z`. */
export function instantToLocal(epoch: number, timezone: string): string | null {
  if (!Number.isFinite(epoch) || Math.abs(epoch) > 8.64e15) return null;
  if (!isValidTimeZone(timezone)) {
    const parts = zonedParts(epoch, 'UTC');
    return parts.year < 1000 || parts.year > 9999 ? null : `${formatLocalDateTime(parts)}Z`;
  }
  const parts = zonedParts(epoch, timezone);
  if (parts.year < 1000 || parts.year > 9999) return null;
  const local = formatLocalDateTime(parts);
  // A wall time that happens twice (the autumn change) would be read as the first: give its offset.
  if (localToEpoch(parts, timezone) === epoch - (epoch % 1000)) return local;
  const offset = offsetAt(epoch, timezone);
  const absolute = Math.abs(offset);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * A date from a spreadsheet cell: ISO 8601 as above, or French `14/03/2027`, `14/03/2027 14:00`, `14/3/27
 * 14h30`. Null when unreadable.
 */
export function spreadsheetDateTime(value: string, timezone: string): string | null {
  const text = value.trim();
  const iso = feedDateTime(text, timezone);
  if (iso !== null) return iso;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]+(?:à\s*)?(\d{1,2})\s*[:hH]\s*(\d{2})?(?::(\d{2}))?)?$/.exec(
    text,
  );
  if (!match) return null;
  const [, d, mo, y, h, mi, s] = match;
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  const date = { year, month: Number(mo), day: Number(d) };
  const written =
    h === undefined
      ? formatLocalDate(date)
      : formatLocalDateTime({ ...date, hour: Number(h), minute: Number(mi ?? 0), second: Number(s ?? 0) });
  return readDateTime(written) === null ? null : written;
}
