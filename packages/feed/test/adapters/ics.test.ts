import { expect } from '@open-wc/testing';
import { icsToFeed, feedToIcs } from '../../src/adapters/index.js';
import { parseFeed } from '../../src/parse.js';
import { toEpoch } from '../../src/datetime.js';
import { queryOccurrences } from '../../src/query.js';
import { pickText } from '../../src/text.js';
import { parseRRule } from '../../src/rrule.js';
import type { Feed } from '../../src/types.js';
import { byId, fixtureText, parsed } from './helpers.js';

describe('icsToFeed', () => {
  let feed: Feed;
  let messages: string[];
  before(async () => {
    const result = icsToFeed(await fixtureText('saint-exemple.ics'));
    messages = result.problems.map((problem) => problem.message.en);
    feed = parsed(result);
  });

  it('reads the calendar name and zone', () => {
    expect(feed.title).to.equal('Agenda de Saint-Exemple');
    expect(feed.timezone).to.equal('Europe/Paris');
  });

  it('keeps RRULE and EXDATE, unescapes text, and turns LOCATION into a place with its address', () => {
    const event = byId(feed.events, 'atelier-couture@saint-exemple.fr');
    expect(event.title).to.equal('Atelier couture, tricot et réparation');
    expect(event.description).to.equal('Apportez vos vêtements; on répare ensemble.\nGratuit, sans inscription.');
    expect(event.start).to.equal('2027-03-17T14:00:00');
    expect(event.end).to.equal('2027-03-17T16:00:00');
    expect(parseRRule(event.rrule!)).to.deep.equal(parseRRule('FREQ=WEEKLY;BYDAY=WE;COUNT=6'));
    expect(event.exdates).to.include('2027-04-07T14:00:00');
    expect(event.tags).to.deep.equal(['couture', 'réparation']);
    const place = byId(feed.places, event.placeId!);
    expect(place.name).to.equal('Salle des fêtes');
    expect(place.address).to.deep.equal({ street: '2 rue du Lavoir', postalCode: '86000', locality: 'Poitiers' });
    expect(place.geo).to.deep.equal({ lat: 46.58, lon: 0.34 });
  });

  it('keeps 14:00 across the spring DST change and moves the modified occurrence to its own event', () => {
    const series = byId(feed.events, 'atelier-couture@saint-exemple.fr');
    expect(series.exdates).to.include('2027-03-31T14:00:00');
    const moved = byId(feed.events, 'atelier-couture@saint-exemple.fr-20270331140000');
    expect(moved.start).to.equal('2027-03-31T15:00:00');
    const starts = queryOccurrences(feed, {})
      .filter((occurrence) => occurrence.event.id === series.id)
      .map((occurrence) => new Date(occurrence.start).toISOString());
    // 17, 24 March (UTC+1), 31 March moved, 7 April removed, then 14, 21 April (UTC+2).
    expect(starts).to.deep.equal([
      '2027-03-17T13:00:00.000Z',
      '2027-03-24T13:00:00.000Z',
      '2027-04-14T12:00:00.000Z',
      '2027-04-21T12:00:00.000Z',
    ]);
  });

  it('keeps only the latest version of a repeated UID, with an inclusive all-day end', () => {
    const brocante = feed.events.filter((event) => event.id.startsWith('brocante'));
    expect(brocante).to.have.length(1);
    expect(brocante[0]!.title).to.equal('Grande brocante de printemps');
    expect(brocante[0]!.start).to.equal('2027-05-22');
    expect(brocante[0]!.end).to.equal('2027-05-23');
    expect(messages.some((text) => text.includes('share the UID'))).to.equal(true);
  });

  it('reads a custom VTIMEZONE, UTC times with DURATION, and cancellations', () => {
    const concert = byId(feed.events, 'concert-outlook@saint-exemple.fr');
    // 30 October 2027 is before the autumn change (31 October): UTC+2.
    expect(toEpoch(concert.start, feed.timezone)).to.equal(Date.UTC(2027, 9, 30, 18, 30));
    expect(concert.status).to.equal('cancelled');
    const council = byId(feed.events, 'conseil-utc@saint-exemple.fr');
    expect(council.start).to.equal('2027-01-15T18:30:00');
    expect(council.end).to.equal('2027-01-15T20:30:00');
  });

  it('leaves private events out and writes unsupported rules occurrence by occurrence', () => {
    expect(feed.events.some((event) => event.title === 'Réunion du bureau')).to.equal(false);
    const market = feed.events.filter((event) => event.id.startsWith('marche-bymonth'));
    // Saturdays of June and July 2027.
    expect(market.map((event) => event.start.slice(0, 10))).to.deep.equal([
      '2027-06-05', '2027-06-12', '2027-06-19', '2027-06-26', '2027-07-03', '2027-07-10', '2027-07-17', '2027-07-24', '2027-07-31',
    ]);
    expect(market.every((event) => event.rrule === undefined && event.end?.endsWith('12:00:00'))).to.equal(true);
  });

  it('answers with a problem, never an exception, on broken input', () => {
    for (const input of ['', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage', 'hello', 42, null, { a: 1 }]) {
      const result = icsToFeed(input);
      expect(result.problems.length + (result.feed === null ? 0 : 1)).to.be.greaterThan(0);
    }
    expect(icsToFeed('hello').feed).to.equal(null);
  });
});

describe('feedToIcs', () => {
  const feed = parseFeed({
    maillage: '1',
    title: 'Vie associative',
    url: 'https://saint-exemple.fr/flux.json',
    places: [
      { id: 'salle', name: 'Salle des fêtes', address: { street: '2 rue du Lavoir', postalCode: '86000', locality: 'Poitiers' }, geo: { lat: 46.58, lon: 0.34 } },
    ],
    events: [
      {
        id: 'couture',
        title: 'Atelier couture; tricot, réparation',
        start: '2027-03-17T14:00',
        end: '2027-03-17T16:00',
        rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270428',
        exdates: ['2027-04-07T14:00'],
        placeId: 'salle',
        description: 'Une très longue description qui dépasse largement soixante-quinze octets, avec des accents éèàçù et des émojis 🧵🧶 pour vérifier le pliage des lignes.',
      },
      { id: 'brocante', title: 'Brocante', start: '2027-05-22', end: '2027-05-23', placeId: 'salle' },
      { id: 'visio', title: 'Réunion', start: '2027-10-31T01:30:00Z', status: 'cancelled', attendance: 'online', onlineUrl: 'https://visio.example.org/r' },
    ],
  }).feed!;
  const ics = feedToIcs(feed, { now: Date.UTC(2027, 0, 1) });

  it('writes CRLF lines of at most 75 octets, folded without cutting characters', () => {
    const lines = ics.split('\r\n');
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.include('\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(ics).not.to.include('\uFFFD');
  });

  it('writes the VTIMEZONE, TZID times, RRULE with a UTC UNTIL, EXDATE and escaped text', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(unfolded).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(unfolded).to.include('DTSTART;TZID=Europe/Paris:20270317T140000');
    expect(unfolded).to.include('RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270428T215959Z');
    expect(unfolded).to.include('EXDATE;TZID=Europe/Paris:20270407T140000');
    expect(unfolded).to.include('SUMMARY:Atelier couture\\; tricot\\, réparation');
    expect(unfolded).to.include('LOCATION:Salle des fêtes\\, 2 rue du Lavoir\\, 86000 Poitiers');
    expect(unfolded).to.include('DTSTART;VALUE=DATE:20270522\r\nDTEND;VALUE=DATE:20270524');
    expect(unfolded).to.include('DTSTART:20271031T013000Z');
    expect(unfolded).to.include('STATUS:CANCELLED');
  });

  it('round trips: feed → ICS → feed keeps titles, instants and places', () => {
    const back = parsed(icsToFeed(ics));
    expect(back.events).to.have.length(feed.events.length);
    for (const event of feed.events) {
      const copy = back.events.find((candidate) => candidate.title === event.title);
      expect(copy, pickText(event.title, 'fr')).to.not.equal(undefined);
      expect(toEpoch(copy!.start, back.timezone)).to.equal(toEpoch(event.start, feed.timezone));
      if (event.end !== undefined) expect(copy!.end).to.not.equal(undefined);
      if (event.placeId !== undefined) {
        const place = byId(back.places, copy!.placeId!);
        expect(place.name).to.equal('Salle des fêtes');
        expect(place.address?.locality).to.equal('Poitiers');
        expect(place.geo).to.deep.equal({ lat: 46.58, lon: 0.34 });
      }
    }
    const original = queryOccurrences(feed, {}).map((occurrence) => occurrence.start);
    const copied = queryOccurrences(back, {}).map((occurrence) => occurrence.start);
    expect(copied).to.deep.equal(original);
    // Exported again, the calendar is the same.
    expect(feedToIcs(back, { now: Date.UTC(2027, 0, 1) }).replace(/UID:[^\r]*\r\n/g, '').replace(/X-WR-CALNAME[^\r]*/, '')).to.equal(
      ics.replace(/UID:[^\r]*\r\n/g, '').replace(/X-WR-CALNAME[^\r]*/, ''),
    );
  });
});
