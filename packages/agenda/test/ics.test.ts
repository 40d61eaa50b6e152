import { expect } from '@open-wc/testing';
import type { Feed, FeedEvent } from '@maillage/feed';
import { eventToIcs, icsFileName } from '../src/ics.js';

// --- A small iCalendar reader, written from RFC 5545 and independent of the code under test ---------------

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

/** Joins folded lines (a line starting with a space or tab continues the one before). */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\r\n')) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function parseProperty(line: string): Property {
  let i = 0;
  let inQuotes = false;
  // The value starts at the first colon outside a quoted parameter value.
  for (; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    else if (line[i] === ':' && !inQuotes) break;
  }
  const [name, ...rawParams] = line.slice(0, i).split(';');
  const params: Record<string, string> = {};
  for (const param of rawParams) {
    const [key, value] = param.split('=');
    params[key!] = value!.replace(/^"|"$/g, '');
  }
  return { name: name!, params, value: line.slice(i + 1) };
}

function parseCalendar(text: string): Component {
  const stack: Component[] = [{ name: 'ROOT', properties: [], children: [] }];
  for (const line of unfold(text)) {
    const property = parseProperty(line);
    if (property.name === 'BEGIN') {
      const component = { name: property.value, properties: [], children: [] };
      stack[stack.length - 1]!.children.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      expect(stack.pop()!.name).to.equal(property.value);
    } else {
      stack[stack.length - 1]!.properties.push(property);
    }
  }
  expect(stack).to.have.length(1);
  return stack[0]!.children[0]!;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

const child = (component: Component, name: string): Component => {
  const found = component.children.find((c) => c.name === name);
  expect(found, name).to.not.equal(undefined);
  return found!;
};
const prop = (component: Component, name: string): Property | undefined =>
  component.properties.find((p) => p.name === name);
const value = (component: Component, name: string): string | undefined => prop(component, name)?.value;

/** `20270328T140000` read as if it were UTC. */
function wallMs(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(text)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

const offsetMinutes = (text: string): number =>
  (text.startsWith('-') ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Onsets (UTC ms) of an observance in a year; only the yearly BYMONTH/BYDAY rules zones use. */
function onsets(observance: Component, year: number): number[] {
  const start = value(observance, 'DTSTART')!;
  const from = offsetMinutes(value(observance, 'TZOFFSETFROM')!) * 60_000;
  const time = wallMs(start) % 86_400_000;
  const rule = value(observance, 'RRULE');
  if (rule === undefined) return [wallMs(start) - from];
  const m = /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=(-?\d)(\w\w)$/.exec(rule)!;
  const month = Number(m[1]) - 1;
  const nth = Number(m[2]);
  const dayCode = DAY_CODES.indexOf(m[3]!);
  const days: number[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, month, d));
    if (date.getUTCMonth() === month && date.getUTCDay() === dayCode) days.push(d);
  }
  const day = nth > 0 ? days[nth - 1]! : days[days.length + nth]!;
  const onset = Date.UTC(year, month, day) + time;
  return onset >= wallMs(start) ? [onset - from] : [];
}

/** The UTC instant of a local time in a VTIMEZONE. */
function instantIn(vtimezone: Component, local: string): number {
  const wall = wallMs(local);
  const year = new Date(wall).getUTCFullYear();
  const changes = vtimezone.children
    .flatMap((o) => [year - 1, year, year + 1].flatMap((y) => onsets(o, y)).map((at) => ({ at, o })))
    .sort((a, b) => a.at - b.at);
  for (const observance of vtimezone.children) {
    const offset = offsetMinutes(value(observance, 'TZOFFSETTO')!) * 60_000;
    const utc = wall - offset;
    const inEffect = changes.filter((c) => c.at <= utc).pop();
    if (inEffect?.o === observance) return utc;
  }
  throw new Error(`no observance for ${local}`);
}

/** Weekly occurrences as local times: the independent reading of FREQ=WEEKLY;COUNT=n. */
function weeklyLocalTimes(start: string, count: number): string[] {
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(wallMs(start) + i * 7 * 86_400_000);
    result.push(d.toISOString().replace(/[-:]/g, '').slice(0, 15));
  }
  return result;
}

// --- Fixtures ------------------------------------------------------------------------------------------

const NOW = Date.UTC(2027, 2, 1, 10, 0, 0);

function feedWith(events: FeedEvent[], timezone = 'Europe/Paris'): Feed {
  return {
    maillage: '1',
    title: 'Vie associative',
    language: 'fr',
    timezone,
    url: 'https://ville.example/vie-associative.json',
    organizations: [{ id: 'foot', name: 'US Saint-Aubin', sectors: ['sport'] }],
    places: [
      {
        id: 'salle',
        name: 'Salle des fêtes',
        address: { street: '2 rue du Lavoir', postalCode: '86000', locality: 'Poitiers' },
        geo: { lat: 46.58, lon: 0.34 },
      },
    ],
    events,
    missions: [],
    cooperations: [],
  };
}

function calendarOf(event: FeedEvent, timezone?: string, pageUrl?: string): { text: string; calendar: Component; vevent: Component } {
  const text = eventToIcs(feedWith([event], timezone), event, { lang: 'fr', now: NOW, pageUrl });
  const calendar = parseCalendar(text);
  return { text, calendar, vevent: child(calendar, 'VEVENT') };
}

const weekly: FeedEvent = {
  id: 'atelier',
  title: 'Atelier vélo',
  start: '2027-03-21T14:00',
  end: '2027-03-21T16:00',
  rrule: 'rrule:freq=weekly;byday=su;count=3',
  placeId: 'salle',
  sectors: ['sport', 'environnement'],
};

describe('eventToIcs', () => {
  it('writes a calendar with one event, its identity and stamp', () => {
    const { text, calendar, vevent } = calendarOf(weekly);
    expect(calendar.name).to.equal('VCALENDAR');
    expect(value(calendar, 'PRODID')).to.equal('-//Maillage//Feed tools//FR');
    expect(value(calendar, 'VERSION')).to.equal('2.0');
    expect(value(calendar, 'CALSCALE')).to.equal('GREGORIAN');
    expect(value(calendar, 'METHOD')).to.equal('PUBLISH');
    expect(calendar.children.filter((c) => c.name === 'VEVENT')).to.have.length(1);
    expect(value(vevent, 'UID')).to.equal('atelier@ville.example');
    expect(value(vevent, 'DTSTAMP')).to.equal('20270301T100000Z');
    // CRLF everywhere, and a final one.
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(text)).to.equal(false);
  });

  it('uses "maillage" in the UID when the feed has no URL', () => {
    const event: FeedEvent = { id: 'x', title: 'X', start: '2027-03-21' };
    const feed = { ...feedWith([event]), url: undefined };
    const vevent = child(parseCalendar(eventToIcs(feed, event, { lang: 'fr', now: NOW })), 'VEVENT');
    expect(value(vevent, 'UID')).to.equal('x@maillage');
  });

  it('writes local times with the feed zone and its VTIMEZONE', () => {
    const { calendar, vevent } = calendarOf(weekly);
    const start = prop(vevent, 'DTSTART')!;
    expect(start.params).to.deep.equal({ TZID: 'Europe/Paris' });
    expect(start.value).to.equal('20270321T140000');
    expect(prop(vevent, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { TZID: 'Europe/Paris' }, value: '20270321T160000' });
    expect(value(child(calendar, 'VTIMEZONE'), 'TZID')).to.equal('Europe/Paris');
  });

  it('describes Europe/Paris with its yearly changes, +0100 and +0200', () => {
    const zone = child(calendarOf(weekly).calendar, 'VTIMEZONE');
    const daylight = child(zone, 'DAYLIGHT');
    const standard = child(zone, 'STANDARD');
    expect(value(daylight, 'TZOFFSETFROM')).to.equal('+0100');
    expect(value(daylight, 'TZOFFSETTO')).to.equal('+0200');
    expect(value(daylight, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(value(daylight, 'DTSTART')).to.equal('20260329T020000');
    expect(value(standard, 'TZOFFSETFROM')).to.equal('+0200');
    expect(value(standard, 'TZOFFSETTO')).to.equal('+0100');
    expect(value(standard, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(value(standard, 'DTSTART')).to.equal('20261025T030000');
  });

  it('keeps a weekly 14:00 at 14:00 across the change of 2027-03-28', () => {
    const { calendar, vevent } = calendarOf(weekly);
    expect(value(vevent, 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=SU;COUNT=3');
    const zone = child(calendar, 'VTIMEZONE');
    const instants = weeklyLocalTimes(value(vevent, 'DTSTART')!, 3).map((local) => instantIn(zone, local));
    expect(instants).to.deep.equal([
      Date.UTC(2027, 2, 21, 13, 0), // +01:00
      Date.UTC(2027, 2, 28, 12, 0), // +02:00, the day of the change
      Date.UTC(2027, 3, 4, 12, 0),
    ]);
  });

  it('describes other zones from their own changes', () => {
    const newYork = child(calendarOf(weekly, 'America/New_York').calendar, 'VTIMEZONE');
    expect(value(child(newYork, 'DAYLIGHT'), 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(value(child(newYork, 'DAYLIGHT'), 'TZOFFSETTO')).to.equal('-0400');
    expect(value(child(newYork, 'STANDARD'), 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(value(child(newYork, 'STANDARD'), 'TZOFFSETTO')).to.equal('-0500');
    expect(value(child(newYork, 'STANDARD'), 'DTSTART')).to.equal('20261101T020000');

    const tokyo = child(calendarOf(weekly, 'Asia/Tokyo').calendar, 'VTIMEZONE');
    expect(tokyo.children.map((c) => c.name)).to.deep.equal(['STANDARD']);
    expect(value(tokyo.children[0]!, 'TZOFFSETFROM')).to.equal('+0900');
    expect(value(tokyo.children[0]!, 'TZOFFSETTO')).to.equal('+0900');
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const twoDays = calendarOf({ id: 'fete', title: 'Fête', start: '2027-06-12', end: '2027-06-13' });
    expect(prop(twoDays.vevent, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270612' });
    expect(prop(twoDays.vevent, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270614' });
    expect(twoDays.calendar.children.map((c) => c.name)).to.deep.equal(['VEVENT']);

    const oneDay = calendarOf({ id: 'fete', title: 'Fête', start: '2027-12-31' });
    expect(value(oneDay.vevent, 'DTEND')).to.equal('20280101');
  });

  it('writes a single event given with an offset in UTC, without VTIMEZONE', () => {
    const { calendar, vevent } = calendarOf({
      id: 'bal',
      title: 'Bal',
      start: '2027-07-14T21:00:00+02:00',
      end: '2027-07-15T01:00:00+02:00',
    });
    expect(prop(vevent, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: {}, value: '20270714T190000Z' });
    expect(value(vevent, 'DTEND')).to.equal('20270714T230000Z');
    expect(calendar.children.map((c) => c.name)).to.deep.equal(['VEVENT']);
  });

  it('writes a recurring event given with an offset at its wall time in the feed zone', () => {
    const { vevent } = calendarOf({ id: 'r', title: 'R', start: '2027-03-21T13:00:00Z', rrule: 'FREQ=WEEKLY;COUNT=2' });
    expect(prop(vevent, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/Paris' }, value: '20270321T140000' });
  });

  it('leaves out DTEND for a timed event without end', () => {
    const { vevent } = calendarOf({ id: 'r', title: 'R', start: '2027-03-21T18:30' });
    expect(prop(vevent, 'DTEND')).to.equal(undefined);
    expect(prop(vevent, 'DURATION')).to.equal(undefined);
  });

  it('writes exceptions in the form of DTSTART', () => {
    const timed = calendarOf({ ...weekly, exdates: ['2027-03-28T14:00', '2027-04-04', '2027-03-28T12:00:00Z'] });
    expect(prop(timed.vevent, 'EXDATE')).to.deep.equal({
      name: 'EXDATE',
      params: { TZID: 'Europe/Paris' },
      value: '20270328T140000,20270404T140000',
    });
    const allDay = calendarOf({
      id: 'marche',
      title: 'Marché',
      start: '2027-05-01',
      rrule: 'FREQ=WEEKLY;COUNT=5',
      exdates: ['2027-05-08', '2027-05-15T09:00'],
    });
    expect(prop(allDay.vevent, 'EXDATE')).to.deep.equal({
      name: 'EXDATE',
      params: { VALUE: 'DATE' },
      value: '20270508,20270515',
    });
  });

  it('writes UNTIL in UTC for timed series and as a date for all-day ones', () => {
    const timed = calendarOf({ ...weekly, rrule: 'FREQ=WEEKLY;UNTIL=20270630' });
    // The end of 30 June in Paris (+02:00).
    expect(value(timed.vevent, 'RRULE')).to.equal('FREQ=WEEKLY;UNTIL=20270630T215959Z');
    const allDay = calendarOf({ id: 'm', title: 'M', start: '2027-05-01', rrule: 'FREQ=MONTHLY;INTERVAL=2;UNTIL=2027-12-31T12:00:00' });
    expect(value(allDay.vevent, 'RRULE')).to.equal('FREQ=MONTHLY;INTERVAL=2;UNTIL=20271231');
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    const title = 'Réunion; ordre du jour, bilan \\ vote';
    const { text, vevent } = calendarOf({
      id: 'ag',
      title,
      start: '2027-03-21T18:00',
      summary: 'Ligne 1\r\nLigne 2',
      description: 'Venez nombreux,\nvotez;\n\nMerci',
    });
    expect(text).to.include('SUMMARY:Réunion\\; ordre du jour\\, bilan \\\\ vote\r\n');
    expect(unescapeText(value(vevent, 'SUMMARY')!)).to.equal(title);
    expect(value(vevent, 'DESCRIPTION')).to.equal('Ligne 1\\nLigne 2\\n\\nVenez nombreux\\,\\nvotez\\;\\n\\nMerci');
    expect(unescapeText(value(vevent, 'DESCRIPTION')!)).to.equal('Ligne 1\nLigne 2\n\nVenez nombreux,\nvotez;\n\nMerci');
  });

  it('folds long lines at 75 octets without cutting a character', () => {
    const title =
      'Grande fête intergénérationnelle des associations de la communauté de communes : ' +
      'ateliers, goûter, spectacle « Les Œuvres éphémères » et bal — entrée libre 🎉 pour toutes et tous, ' +
      'même les élèves de l’école élémentaire';
    const { text, vevent } = calendarOf({ id: 'fete', title, start: '2027-06-12' });
    const encoder = new TextEncoder();
    const physical = text.split('\r\n');
    for (const line of physical) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      // A surrogate pair never spans a fold.
      expect(/[\ud800-\udbff]$/.test(line), line).to.equal(false);
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).to.be.at.least(3);
    expect(unescapeText(value(vevent, 'SUMMARY')!)).to.equal(title);
  });

  it('marks cancelled and postponed events', () => {
    expect(value(calendarOf({ ...weekly, status: 'cancelled' }).vevent, 'STATUS')).to.equal('CANCELLED');
    expect(value(calendarOf({ ...weekly, status: 'postponed' }).vevent, 'STATUS')).to.equal('TENTATIVE');
    expect(value(calendarOf({ ...weekly, status: 'full' }).vevent, 'STATUS')).to.equal('CONFIRMED');
    expect(value(calendarOf(weekly).vevent, 'STATUS')).to.equal('CONFIRMED');
  });

  it('writes the place, its coordinates, the URL and the sectors', () => {
    const { vevent } = calendarOf({ ...weekly, updated: '2027-02-01T10:00:00Z' }, undefined, 'https://ville.example/agenda');
    expect(unescapeText(value(vevent, 'LOCATION')!)).to.equal('Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers');
    expect(value(vevent, 'GEO')).to.equal('46.58;0.34');
    expect(value(vevent, 'URL')).to.equal('https://ville.example/agenda');
    expect(value(vevent, 'CATEGORIES')).to.equal('sport,environnement');
    expect(value(vevent, 'LAST-MODIFIED')).to.equal('20270201T100000Z');
    const own = calendarOf({ ...weekly, url: 'https://club.example/atelier' }, undefined, 'https://ville.example/agenda');
    expect(value(own.vevent, 'URL')).to.equal('https://club.example/atelier');
  });

  it('gives online events their address as location', () => {
    const { vevent } = calendarOf({ id: 'w', title: 'Webinaire', start: '2027-03-21T18:00', attendance: 'online', onlineUrl: 'https://visio.example/w' });
    expect(value(vevent, 'LOCATION')).to.equal('https://visio.example/w');
    expect(prop(vevent, 'GEO')).to.equal(undefined);
  });
});

describe('icsFileName', () => {
  it('gives a safe ASCII name', () => {
    expect(icsFileName('Fête du jeu — Œuvres & co')).to.equal('fete-du-jeu-oeuvres-co.ics');
    expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
    expect(icsFileName('<script>')).to.equal('script.ics');
    expect(icsFileName('🎉')).to.equal('evenement.ics');
    expect(icsFileName('a'.repeat(200))).to.equal(`${'a'.repeat(60)}.ics`);
  });
});
