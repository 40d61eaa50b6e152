/** Which IANA zone a calendar's TZID means, and the instant of a calendar time. */
import ICAL from 'ical.js';
import { formatLocalDate, formatLocalDateTime, isValidTimeZone, localToEpoch } from '../datetime.js';
import { instantToLocal } from './dates.js';

// Names that Outlook and Exchange write instead of IANA zones, for the zones of France and its neighbours.
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Romance Standard Time': 'Europe/Paris',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'GMT Standard Time': 'Europe/London',
  UTC: 'UTC',
  'SA Western Standard Time': 'America/Guadeloupe',
  'Arabian Standard Time': 'Asia/Dubai',
  'Mauritius Standard Time': 'Indian/Reunion',
};

/**
 * The IANA zone a TZID names: itself, an Outlook name, or the `Area/City` at the end of a vendor prefix
 * (`/citadel.org/20190914_1/Europe/Paris`). Null when none.
 */
export function ianaZone(tzid: string | null | undefined): string | null {
  if (typeof tzid !== 'string' || tzid === '') return null;
  const name = tzid.replace(/^"|"$/g, '').trim();
  if (isValidTimeZone(name) && name.includes('/')) return name;
  const windows = WINDOWS_ZONES[name];
  if (windows !== undefined) return windows;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  return tail !== undefined && isValidTimeZone(tail) ? tail : null;
}

export interface ZoneContext {
  /** The feed's zone. */
  readonly timezone: string;
  /** The VTIMEZONEs of the file that are not IANA zones, by TZID. */
  readonly custom: ReadonlyMap<string, ICAL.Timezone>;
}

export type TimeReading = { text: string; epoch: number | null; floating: boolean } | null;

/**
 * The feed text of a calendar time: a date stays a date; a time in the feed's zone stays its wall time; any
 * other zone or UTC becomes the same instant written at the feed zone's wall time; a floating time stays as it
 * is. `tzid` is the TZID parameter of the property.
 */
export function readCalendarTime(time: ICAL.Time, tzid: string | null, context: ZoneContext): TimeReading {
  const parts = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  if (![parts.year, parts.month, parts.day].every(Number.isFinite) || parts.year < 1000 || parts.year > 9999) return null;
  if (time.isDate) return { text: formatLocalDate(parts), epoch: null, floating: true };
  const utc = time.zone?.tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone;
  let epoch: number | null = null;
  if (utc) epoch = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  else if (tzid !== null) {
    const zone = ianaZone(tzid);
    if (zone === context.timezone) return { text: formatLocalDateTime(parts), epoch: localToEpoch(parts, zone), floating: false };
    if (zone !== null) epoch = localToEpoch(parts, zone);
    else {
      const custom = context.custom.get(tzid);
      if (custom !== undefined) {
        const zoned = time.clone();
        zoned.zone = custom;
        epoch = zoned.toUnixTime() * 1000;
      }
    }
  }
  if (epoch === null) return { text: formatLocalDateTime(parts), epoch: null, floating: true };
  const text = instantToLocal(epoch, context.timezone);
  return text === null ? null : { text, epoch, floating: false };
}
