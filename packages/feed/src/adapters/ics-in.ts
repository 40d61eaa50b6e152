/**
 * iCalendar (RFC 5545) in: the VEVENTs of a calendar as Maillage events, read with ical.js. Handles RRULE and
 * EXDATE, TZID with or without VTIMEZONE, all-day events, modified occurrences (RECURRENCE-ID), events
 * repeated with the same UID, and text unescaping. Private events are left out.
 */
import ICAL from 'ical.js';
import { addDays, isValidTimeZone, readDateTime, formatLocalDate } from '../datetime.js';
import { parseRRule } from '../rrule.js';
import { FeedBuilder, placeFromLine } from './builder.js';
import { feedDateTime } from './dates.js';
import { ianaZone, readCalendarTime, type ZoneContext } from './ics-zones.js';
import { compact, guarded, problem, type AdapterOptions, type AdapterProblem, type AdapterResult } from './result.js';
import { slug } from './text-tools.js';

/** Occurrences written one by one when a rule is beyond what the feed's `rrule` can say. */
const MAX_EXPANDED = 200;

export const icsToFeed = guarded('iCalendar', (input: unknown, options: AdapterOptions = {}): AdapterResult => {
  const problems: AdapterProblem[] = [];
  if (typeof input !== 'string') {
    return { feed: null, problems: [problem('error', 'Un fichier iCalendar est un texte.', 'An iCalendar file is text.')] };
  }
  const text = input.replace(/^\ufeff/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    return {
      feed: null,
      problems: [
        problem(
          'error',
          'Ce fichier n’est pas un calendrier iCalendar : il devrait commencer par « BEGIN:VCALENDAR ».',
          'This file is not an iCalendar calendar: it should start with "BEGIN:VCALENDAR".',
        ),
      ],
    };
  }
  let calendars: ICAL.Component[];
  try {
    const parsed: unknown = ICAL.parse(text);
    const list = Array.isArray(parsed) && typeof parsed[0] !== 'string' ? (parsed as unknown[]) : [parsed];
    calendars = list.map((jcal) => new ICAL.Component(jcal as never));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      feed: null,
      problems: [problem('error', `Le calendrier est mal formé : ${detail}.`, `The calendar is malformed: ${detail}.`)],
    };
  }

  const vevents = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  const custom = new Map<string, ICAL.Timezone>();
  const zoneNames: string[] = [];
  for (const calendar of calendars) {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = String(vtimezone.getFirstPropertyValue('tzid') ?? '');
      if (tzid === '') continue;
      zoneNames.push(tzid);
      if (ianaZone(tzid) === null) custom.set(tzid, new ICAL.Timezone(vtimezone));
    }
  }
  const timezone = chooseTimezone(options, calendars, vevents, zoneNames);
  const context: ZoneContext = { timezone, custom };
  const builder = new FeedBuilder(timezone, options.language ?? 'fr');

  // The latest version of each UID; occurrences modified one by one wait for their series.
  const masters = new Map<string, { vevent: ICAL.Component; index: number }>();
  const overrides: { vevent: ICAL.Component; index: number; uid: string }[] = [];
  vevents.forEach((vevent, index) => {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '').trim();
    if (vevent.hasProperty('recurrence-id') && uid !== '') {
      overrides.push({ vevent, index, uid });
      return;
    }
    const key = uid === '' ? `#${index}` : uid;
    const kept = masters.get(key);
    if (kept === undefined) masters.set(key, { vevent, index });
    else {
      problems.push(
        problem('warning', `Deux événements ont le même UID « ${uid} » : seule la version la plus récente est gardée.`,
          `Two events share the UID "${uid}": only the most recent version is kept.`, { path: `VEVENT[${index}]` }),
      );
      if (isNewer(vevent, kept.vevent)) masters.set(key, { vevent, index });
    }
  });

  const exdatesByUid = new Map<string, string[]>();
  for (const { vevent, uid, index } of overrides) {
    const recurrenceId = readCalendarTime(
      vevent.getFirstPropertyValue('recurrence-id') as ICAL.Time,
      tzidOf(vevent.getFirstProperty('recurrence-id')),
      context,
    );
    if (recurrenceId === null || !masters.has(uid)) continue;
    exdatesByUid.set(uid, [...(exdatesByUid.get(uid) ?? []), recurrenceId.text]);
    const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status !== 'CANCELLED') {
      readEvent(vevent, `${uid}-${recurrenceId.text.replace(/[^0-9]/g, '')}`, index, context, builder, problems, []);
    }
  }
  for (const [key, { vevent, index }] of masters) {
    const uid = key.startsWith('#') ? '' : key;
    readEvent(vevent, uid, index, context, builder, problems, exdatesByUid.get(uid) ?? []);
  }

  const name = calendars.map((calendar) => calendar.getFirstPropertyValue('x-wr-calname')).find((value) => value);
  return { feed: builder.feed(options, { title: typeof name === 'string' && name.trim() ? name.trim() : 'Agenda' }), problems };
});

function chooseTimezone(
  options: AdapterOptions,
  calendars: ICAL.Component[],
  vevents: ICAL.Component[],
  zoneNames: string[],
): string {
  if (options.timezone !== undefined && isValidTimeZone(options.timezone)) return options.timezone;
  const declared = calendars.map((calendar) => ianaZone(String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '')));
  const used = vevents.map((vevent) => ianaZone(tzidOf(vevent.getFirstProperty('dtstart'))));
  return [...declared, ...used, ...zoneNames.map(ianaZone)].find((zone) => zone !== null) ?? 'Europe/Paris';
}

function tzidOf(property: ICAL.Property | null): string | null {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : null;
}

function isNewer(candidate: ICAL.Component, kept: ICAL.Component): boolean {
  const sequence = (vevent: ICAL.Component): number => Number(vevent.getFirstPropertyValue('sequence') ?? 0) || 0;
  if (sequence(candidate) !== sequence(kept)) return sequence(candidate) > sequence(kept);
  const modified = (vevent: ICAL.Component): string =>
    String(vevent.getFirstPropertyValue('last-modified') ?? vevent.getFirstPropertyValue('dtstamp') ?? '');
  return modified(candidate) >= modified(kept);
}

function readEvent(
  vevent: ICAL.Component,
  uid: string,
  index: number,
  context: ZoneContext,
  builder: FeedBuilder,
  problems: AdapterProblem[],
  extraExdates: string[],
): void {
  const path = `VEVENT[${index}]`;
  const klass = String(vevent.getFirstPropertyValue('class') ?? '').toUpperCase();
  if (klass === 'PRIVATE' || klass === 'CONFIDENTIAL') {
    problems.push(problem('warning', 'Un événement privé n’est pas repris.', 'A private event is left out.', { path }));
    return;
  }
  const title = textValue(vevent, 'summary');
  if (title === undefined) {
    problems.push(problem('error', 'Un événement sans titre (SUMMARY) est ignoré.', 'An event without a title (SUMMARY) is skipped.', { path }));
    return;
  }
  const startProperty = vevent.getFirstProperty('dtstart');
  const start = startProperty === null ? null : readCalendarTime(startProperty.getFirstValue() as ICAL.Time, tzidOf(startProperty), context);
  if (start === null) {
    problems.push(problem('error', `L’événement « ${title} » n’a pas de début (DTSTART) lisible : il est ignoré.`,
      `The event "${title}" has no readable start (DTSTART): it is skipped.`, { path }));
    return;
  }
  const tzid = tzidOf(startProperty);
  if (tzid !== null && start.floating && !start.text.match(/^\d{4}-\d{2}-\d{2}$/)) {
    problems.push(problem('warning', `Le fuseau « ${tzid} » est inconnu : l’heure est lue dans le fuseau ${context.timezone}.`,
      `The time zone "${tzid}" is unknown: the time is read in ${context.timezone}.`, { path }));
  }

  const event: Record<string, unknown> = compact({
    title,
    start: start.text,
    end: endText(vevent, start.text, context),
    description: textValue(vevent, 'description'),
    url: textValue(vevent, 'url'),
    status: String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : undefined,
    tags: categories(vevent),
    updated: lastModified(vevent, context.timezone),
  });
  const location = textValue(vevent, 'location');
  const geo = vevent.getFirstPropertyValue('geo');
  if (location !== undefined) {
    const place = placeFromLine(location);
    if (Array.isArray(geo) && geo.length === 2) {
      place.lat = Number(geo[0]);
      place.lon = Number(geo[1]);
    }
    if (/^https?:\/\/\S+$/.test(location)) {
      event.attendance = 'online';
      event.onlineUrl = location;
    } else event.placeId = builder.place(place);
  }
  const organizer = vevent.getFirstProperty('organizer');
  const organizerName = organizer?.getParameter('cn');
  if (typeof organizerName === 'string' && organizerName.trim() !== '') {
    const email = String(organizer?.getFirstValue() ?? '').replace(/^mailto:/i, '');
    const id = builder.organization({ name: organizerName, email: email.includes('@') ? email : undefined });
    if (id !== undefined) event.organizers = [id];
  }

  const id = builder.eventIds.take(uid !== '' ? uid : `${slug(title)}-${start.text.slice(0, 10)}`);
  const exdates = [...exdateTexts(vevent, context), ...extraExdates];
  const rules = vevent.getAllProperties('rrule');
  if (rules.length === 0) {
    builder.events.push({ id, ...event });
    return;
  }
  if (rules.length > 1) {
    problems.push(problem('warning', 'Seule la première règle de répétition (RRULE) est reprise.',
      'Only the first repetition rule (RRULE) is kept.', { path }));
  }
  if (vevent.hasProperty('rdate')) {
    problems.push(problem('warning', 'Les dates ajoutées (RDATE) ne sont pas reprises.', 'Added dates (RDATE) are not kept.', { path }));
  }
  const rule = String(rules[0]!.getFirstValue()?.toString() ?? '');
  if (parseRRule(rule) !== null) {
    builder.events.push(compact({ id, ...event, rrule: rule, exdates }));
    return;
  }
  expandOccurrences(vevent, id, event, context, builder);
  problems.push(problem('warning', `La règle « ${rule} » est écrite séance par séance (${MAX_EXPANDED} au plus).`,
    `The rule "${rule}" is written occurrence by occurrence (${MAX_EXPANDED} at most).`, { path }));
}

/** The occurrences of a rule the feed cannot express, as separate events `<id>-1`, `<id>-2`... */
function expandOccurrences(
  vevent: ICAL.Component,
  id: string,
  event: Record<string, unknown>,
  context: ZoneContext,
  builder: FeedBuilder,
): void {
  const calendarEvent = new ICAL.Event(vevent);
  const iterator = calendarEvent.iterator();
  const tzid = tzidOf(vevent.getFirstProperty('dtstart'));
  const duration = vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? calendarEvent.duration : null;
  for (let n = 1, next = iterator.next(); next && n <= MAX_EXPANDED; n++, next = iterator.next()) {
    const start = readCalendarTime(next, tzid, context);
    if (start === null) break;
    let end: string | undefined;
    if (duration !== null && !next.isDate) {
      const endTime = next.clone();
      endTime.addDuration(duration);
      end = readCalendarTime(endTime, tzid, context)?.text;
    }
    builder.events.push(compact({ ...event, id: builder.eventIds.take(`${id}-${n}`), start: start.text, end }));
  }
}

function endText(vevent: ICAL.Component, start: string, context: ZoneContext): string | undefined {
  const property = vevent.getFirstProperty('dtend');
  let end: ICAL.Time | null = null;
  if (property !== null) end = property.getFirstValue() as ICAL.Time;
  else if (vevent.hasProperty('duration')) end = new ICAL.Event(vevent).endDate;
  if (end === null || typeof end !== 'object') return undefined;
  const tzid = tzidOf(property ?? vevent.getFirstProperty('dtstart'));
  const reading = readCalendarTime(end, tzid, context);
  if (reading === null) return undefined;
  if (end.isDate) {
    // iCalendar's all-day end is the day after; the feed's is the last day.
    const parts = readDateTime(reading.text);
    if (parts === null) return undefined;
    const last = formatLocalDate(addDays(parts, -1));
    return last > start ? last : undefined;
  }
  return reading.text > start || reading.text.length !== start.length ? reading.text : undefined;
}

function exdateTexts(vevent: ICAL.Component, context: ZoneContext): string[] {
  const texts: string[] = [];
  for (const property of vevent.getAllProperties('exdate')) {
    for (const value of property.getValues()) {
      const reading = typeof value === 'object' && value !== null ? readCalendarTime(value as ICAL.Time, tzidOf(property), context) : null;
      if (reading !== null) texts.push(reading.text);
    }
  }
  return texts;
}

/** A TEXT property, unescaped by ical.js; several values (a badly written comma) are joined back. */
function textValue(vevent: ICAL.Component, name: string): string | undefined {
  const property = vevent.getFirstProperty(name);
  if (property === null) return undefined;
  const text = property
    .getValues()
    .map((value) => String(value))
    .join(', ')
    .trim();
  return text === '' ? undefined : text;
}

function categories(vevent: ICAL.Component): string[] {
  const tags = vevent
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map((value) => String(value).trim()))
    .filter((tag) => tag !== '' && tag.length <= 100);
  return [...new Set(tags)].slice(0, 50);
}

function lastModified(vevent: ICAL.Component, timezone: string): string | undefined {
  const value = vevent.getFirstPropertyValue('last-modified');
  if (value === null || typeof value !== 'object') return undefined;
  const time = value as ICAL.Time;
  if (time.isDate) return undefined;
  return feedDateTime(time.toUnixTime() * 1000, timezone) ?? undefined;
}
