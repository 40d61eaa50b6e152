/**
 * "Add to my calendar": one event of the feed as an iCalendar file (RFC 5545), built in the browser. The whole
 * series is written, with its recurrence rule, its exceptions and the definition of the feed's time zone, so a
 * weekly 14:00 stays 14:00 across the daylight-saving changes in the reader's calendar too.
 */
import {
  DAY_MS,
  WEEKDAY_CODES,
  addDays,
  dayNumber,
  daysInMonth,
  eventSectors,
  foldForSearch,
  indexFeed,
  isValidTimeZone,
  localToEpoch,
  offsetAt,
  parseRRule,
  pickText,
  readDateTime,
  safeUrl,
  toEpoch,
  vocabularyLabel,
  weekday,
  zonedDate,
  zonedParts,
  type Feed,
  type FeedEvent,
  type LocalDate,
  type LocalDateTime,
  type LocalParts,
  type Place,
  type RRule,
} from '@maillage/feed';

export interface IcsOptions {
  /** The language texts are written in, when the feed has several. */
  readonly lang: string;
  /** The page that shows the event: the event's URL when it has none of its own. */
  readonly pageUrl?: string;
  /** The instant the file is made (DTSTAMP), in ms; default now. */
  readonly now?: number;
}

/**
 * The iCalendar text of an event: a VCALENDAR holding one VEVENT for the whole series, with CRLF line ends and
 * lines folded at 75 octets. The event must come from a parsed feed (its start is then valid).
 */
export function eventToIcs(feed: Feed, event: FeedEvent, options: IcsOptions): string {
  const zone = isValidTimeZone(feed.timezone) ? feed.timezone : null;
  const start = readDateTime(event.start);
  const startEpoch = toEpoch(event.start, zone ?? 'UTC');
  if (start === null || startEpoch === null) throw new RangeError(`Event ${event.id} has no valid start`);
  const rule = event.rrule === undefined ? null : parseRRule(event.rrule);
  const form = timeForm(start, zone, rule !== null);
  const wall: LocalParts = start.offsetMinutes === undefined ? start : zonedParts(startEpoch, zone ?? 'UTC');
  const lang = options.lang;

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Maillage//Agenda//FR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (form.kind === 'local') lines.push(...timeZoneLines(form.zone, wall.year, startEpoch));
  lines.push('BEGIN:VEVENT');
  lines.push(`UID:${escapeText(`${event.id}@${feedHost(feed)}`)}`);
  lines.push(`DTSTAMP:${utcValue(options.now ?? Date.now())}`);
  lines.push(`DTSTART${dateTimeProperty(form, startEpoch, wall)}`);
  const end = endProperty(event, start, startEpoch, form, zone ?? 'UTC');
  if (end !== null) lines.push(`DTEND${end}`);
  if (rule !== null) {
    lines.push(`RRULE:${formatRule(rule, form, zone ?? 'UTC')}`);
    const exdates = exdateValues(event.exdates ?? [], form, wall, zone ?? 'UTC');
    if (exdates.length > 0) lines.push(`EXDATE${parameters(form)}:${exdates.join(',')}`);
  }
  lines.push(`SUMMARY:${escapeText(pickText(event.title, lang, feed.language))}`);
  const description = calendarDescription(feed, event, lang);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = eventLocationText(feed, event, lang);
  if (location !== '') lines.push(`LOCATION:${escapeText(location)}`);
  const geo = placeOf(feed, event)?.geo;
  if (geo !== undefined) lines.push(`GEO:${coordinate(geo.lat)};${coordinate(geo.lon)}`);
  const url = safeUrl(event.url) ?? safeUrl(options.pageUrl);
  if (url !== null) lines.push(`URL:${url}`);
  lines.push(`STATUS:${icsStatus(event)}`);
  const categories = eventSectors(feed, event).map((id) => escapeText(vocabularyLabel('sectors', id, lang)));
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.join(',')}`);
  const updated = event.updated === undefined ? null : toEpoch(event.updated, zone ?? 'UTC');
  if (updated !== null) lines.push(`LAST-MODIFIED:${utcValue(updated)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the event's .ics file: ASCII letters, digits and dashes only ("fete-du-jeu.ics"). */
export function icsFileName(title: string): string {
  const base = foldForSearch(typeof title === 'string' ? title : '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base === '' ? 'evenement' : base}.ics`;
}

/** Where the event takes place, on one line: "Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers". */
export function eventLocationText(feed: Feed, event: FeedEvent, lang: string): string {
  const place = placeOf(feed, event);
  if (place === undefined) return event.attendance === 'in-person' ? '' : (safeUrl(event.onlineUrl) ?? '');
  const address = place.address ?? {};
  const locality = [address.postalCode, address.locality].filter((part) => part !== undefined && part !== '').join(' ');
  const parts: string[] = [];
  for (const part of [pickText(place.name, lang, feed.language), address.street ?? '', locality]) {
    const text = part.trim();
    if (text !== '' && !parts.includes(text)) parts.push(text);
  }
  return parts.join(', ');
}

/**
 * The event as plain text for a calendar entry: summary, then description, then the online address when the
 * location is a place (the calendar would lose it otherwise).
 */
export function calendarDescription(feed: Feed, event: FeedEvent, lang: string): string {
  const parts = [event.summary, event.description]
    .map((text) => pickText(text, lang, feed.language).replace(/\r\n?/g, '\n').trim())
    .filter((text) => text !== '');
  const online = safeUrl(event.onlineUrl);
  if (online !== null && placeOf(feed, event) !== undefined) parts.push(online);
  return parts.join('\n\n');
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A content line folded at 75 octets of UTF-8 (RFC 5545 §3.1): continuation lines start with a space, which
 * counts in their 75. A character is never cut in the middle of its bytes.
 */
export function foldLine(line: string): string {
  let folded = '';
  let width = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (width + size > 75) {
      folded += '\r\n ';
      width = 1;
    }
    folded += char;
    width += size;
  }
  return folded;
}

function utf8Length(codePoint: number): number {
  // A lone surrogate is written as U+FFFD, three bytes, by any UTF-8 encoder.
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * How the event's times are written. Dates alone stay dates; times are local to the feed's zone (TZID), which
 * recurrence needs to keep its wall time; a single event written with an offset is written in UTC. A recurring
 * event written with an offset recurs at its wall time in the feed's zone (as in `expandRecurrence`), so it is
 * written in that zone too.
 */
type TimeForm = { kind: 'date' } | { kind: 'local'; zone: string } | { kind: 'utc' };

function timeForm(start: LocalDateTime, zone: string | null, recurring: boolean): TimeForm {
  if (start.allDay) return { kind: 'date' };
  if (zone === null || (start.offsetMinutes !== undefined && !recurring)) return { kind: 'utc' };
  return { kind: 'local', zone };
}

function parameters(form: TimeForm): string {
  switch (form.kind) {
    case 'date':
      return ';VALUE=DATE';
    case 'local':
      return `;TZID=${parameterValue(form.zone)}`;
    case 'utc':
      return '';
  }
}

/** `;TZID=Europe/Paris:20270328T140000` and the like: parameters, colon and value. */
function dateTimeProperty(form: TimeForm, epoch: number, wall: LocalParts): string {
  const value = form.kind === 'date' ? dateValue(wall) : form.kind === 'local' ? localValue(wall) : utcValue(epoch);
  return `${parameters(form)}:${value}`;
}

function endProperty(
  event: FeedEvent,
  start: LocalDateTime,
  startEpoch: number,
  form: TimeForm,
  zone: string,
): string | null {
  const end = event.end === undefined ? null : readDateTime(event.end);
  if (form.kind === 'date') {
    // An all-day end is inclusive in the feed and exclusive in iCalendar: the day after the last day.
    let lastDay: LocalDate = start;
    if (end !== null) lastDay = end.offsetMinutes === undefined ? end : zonedDate(toEpoch(event.end!, zone) ?? 0, zone);
    const days = Math.max(1, dayNumber(lastDay) - dayNumber(start) + 1);
    return `${parameters(form)}:${dateValue(addDays(start, days))}`;
  }
  if (end === null) return null;
  // A date alone as the end of a timed event means until the end of that day.
  const endEpoch = end.allDay ? localToEpoch(midnight(addDays(end, 1)), zone) : toEpoch(event.end!, zone);
  // No DTEND: the event ends when it starts (RFC 5545 §3.6.1).
  if (endEpoch === null || endEpoch <= startEpoch) return null;
  return dateTimeProperty(form, endEpoch, zonedParts(endEpoch, zone));
}

function exdateValues(exdates: readonly string[], form: TimeForm, wall: LocalParts, zone: string): string[] {
  const values = new Set<string>();
  for (const text of exdates.slice(0, 1000)) {
    const parts = readDateTime(text);
    const epoch = toEpoch(text, zone);
    if (parts === null || epoch === null) continue;
    const date: LocalDate = parts.offsetMinutes === undefined ? parts : zonedDate(epoch, zone);
    if (form.kind === 'date') {
      values.add(dateValue(date));
      continue;
    }
    // A date alone removes that day's occurrence, which starts at the series' wall time.
    const local: LocalParts = parts.allDay
      ? { ...date, hour: wall.hour, minute: wall.minute, second: wall.second }
      : parts.offsetMinutes === undefined
        ? parts
        : zonedParts(epoch, zone);
    values.add(form.kind === 'local' ? localValue(local) : utcValue(localToEpoch(local, zone)));
  }
  return [...values];
}

/** The rule as written by `parseRRule`'s reader, with UNTIL in the form RFC 5545 requires for DTSTART's type. */
function formatRule(rule: RRule, form: TimeForm, zone: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay !== undefined) {
    parts.push(`BYDAY=${rule.byDay.map((day) => `${day.ordinal ?? ''}${WEEKDAY_CODES[day.weekday]}`).join(',')}`);
  }
  if (rule.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) {
    const until = untilValue(rule.until, form, zone);
    if (until !== null) parts.push(`UNTIL=${until}`);
  }
  if (rule.weekStart !== undefined) parts.push(`WKST=${WEEKDAY_CODES[rule.weekStart]}`);
  return parts.join(';');
}

// UNTIL is a date when DTSTART is a date, else a UTC time (RFC 5545 §3.3.10); inclusive, as in the feed.
function untilValue(until: string, form: TimeForm, zone: string): string | null {
  const parts = readDateTime(until);
  const epoch = toEpoch(until, zone);
  if (parts === null || epoch === null) return null;
  if (form.kind === 'date') return dateValue(parts.offsetMinutes === undefined ? parts : zonedDate(epoch, zone));
  if (parts.allDay) return utcValue(localToEpoch(midnight(addDays(parts, 1)), zone) - 1000);
  return utcValue(epoch);
}

function icsStatus(event: FeedEvent): string {
  switch (event.status) {
    case 'cancelled':
      return 'CANCELLED';
    case 'postponed':
      return 'TENTATIVE';
    default:
      return 'CONFIRMED';
  }
}

function placeOf(feed: Feed, event: FeedEvent): Place | undefined {
  return event.placeId === undefined ? undefined : indexFeed(feed).places.get(event.placeId);
}

function feedHost(feed: Feed): string {
  const url = safeUrl(feed.url);
  return url === null ? 'maillage' : new URL(url).hostname;
}

// Fixed notation: `String()` would write tiny numbers as 1e-7, which GEO does not accept.
function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** A parameter value, quoted when it holds a character that ends one. */
function parameterValue(value: string): string {
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function midnight(date: LocalDate): LocalParts {
  return { year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 };
}

function dateValue(date: LocalDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

function localValue(parts: LocalParts): string {
  return `${dateValue(parts)}T${pad(parts.hour)}${pad(parts.minute)}${pad(parts.second)}`;
}

/** `20270328T120000Z`. */
export function utcValue(epoch: number): string {
  return `${localValue(zonedParts(epoch, 'UTC'))}Z`;
}

// --- VTIMEZONE -------------------------------------------------------------------------------------------

const MINUTE = 60_000;

interface Transition {
  /** The first instant of the new offset. */
  readonly at: number;
  /** Offsets in minutes east of UTC. */
  readonly from: number;
  readonly to: number;
}

const transitionCache = new Map<string, readonly Transition[]>();

/** The offset changes of a zone during a UTC year, found by sampling each day and narrowing to the minute. */
function transitionsOfYear(zone: string, year: number): readonly Transition[] {
  const key = `${zone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached !== undefined) return cached;
  const transitions: Transition[] = [];
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
    transitions.push({ at: high * MINUTE, from: before, to: offsetAt(high * MINUTE, zone) });
    before = after;
  }
  if (transitionCache.size > 100) transitionCache.clear();
  transitionCache.set(key, transitions);
  return transitions;
}

interface Observance {
  readonly kind: 'STANDARD' | 'DAYLIGHT';
  /** Local time of the change, in the offset before it. */
  readonly onset: LocalParts;
  readonly from: number;
  readonly to: number;
  /** `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`: the yearly rule this change follows, if it follows one. */
  readonly rule: string;
}

function observance(transition: Transition): Observance {
  const onset = zonedParts(transition.at + transition.from * MINUTE, 'UTC');
  const day = weekday(onset);
  // The last such weekday of the month when it is, else the nth: how zones write their rules.
  const ordinal = onset.day + 7 > daysInMonth(onset.year, onset.month) ? -1 : Math.ceil(onset.day / 7);
  return {
    kind: transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD',
    onset,
    from: transition.from,
    to: transition.to,
    rule: `FREQ=YEARLY;BYMONTH=${onset.month};BYDAY=${ordinal}${WEEKDAY_CODES[day]}`,
  };
}

// What must be equal, year after year, for a change to be written once with a yearly rule.
const pattern = (o: Observance): string =>
  `${o.kind} ${o.rule} ${o.onset.hour}:${o.onset.minute}:${o.onset.second} ${o.from} ${o.to}`;

/**
 * The VTIMEZONE of a zone around a year. When the zone changes offset twice a year by the same rule in the
 * year before, the year itself and the year after (as Europe/Paris does), the two changes are written once
 * with a yearly RRULE starting the year before; otherwise each change of those years is written on its own;
 * a zone without changes gets a single STANDARD.
 */
function timeZoneLines(zone: string, year: number, at: number): string[] {
  const years = [year - 1, year, year + 1].map((y) => transitionsOfYear(zone, y).map(observance));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const all = years.flat();
  if (all.length === 0) {
    const offset = formatOffset(offsetAt(at, zone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  } else {
    const yearly =
      years.every((changes) => changes.length === 2) &&
      [0, 1].every((i) => years.every((changes) => pattern(changes[i]!) === pattern(years[0]![i]!)));
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

/** `+0100`, `-0330`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}
