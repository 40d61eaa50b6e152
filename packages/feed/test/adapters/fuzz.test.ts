import '../fuzz-seed.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  apiEngagementToFeed,
  csvToFeed,
  detectFormat,
  feedToGeoJson,
  feedToIcs,
  feedToJsonLd,
  feedToRss,
  icsToFeed,
  jsonLdToFeed,
  mobilizonToFeed,
  openAgendaToFeed,
  type AdapterResult,
} from '../../src/adapters/index.js';
import { parseFeed } from '../../src/parse.js';

const ADAPTERS: ((input: unknown) => AdapterResult)[] = [
  icsToFeed,
  jsonLdToFeed,
  openAgendaToFeed,
  (input) => csvToFeed(input),
  apiEngagementToFeed,
  mobilizonToFeed,
];

/** Every adapter answers; what it answers goes through the parser and every export without an exception. */
function survives(input: unknown): void {
  detectFormat(input);
  for (const adapter of ADAPTERS) {
    const result = adapter(input);
    expect(Array.isArray(result.problems)).to.equal(true);
    const { feed } = parseFeed(result.feed);
    if (feed === null) continue;
    feedToIcs(feed, { now: 0 });
    feedToJsonLd(feed, { from: 0, to: Date.UTC(2100, 0, 1), limit: 50 });
    feedToGeoJson(feed);
    feedToRss(feed, { from: 0 });
  }
}

// Values shaped like the sources, so the fuzzer reaches past the first checks.
const dateLike = fc.oneof(fc.string(), fc.constantFrom('2027-03-28T02:30:00+0100', '2027-10-31T02:30', '2027-02-29', '20270328T023000Z'));
const sourceLike = fc.oneof(
  fc.record({ events: fc.array(fc.record({ uid: fc.oneof(fc.integer(), fc.string()), title: fc.anything(), timings: fc.array(fc.record({ begin: dateLike, end: dateLike })), location: fc.anything(), accessibility: fc.anything(), registration: fc.anything() }, { requiredKeys: [] }), { maxLength: 4 }) }),
  fc.record({ '@graph': fc.array(fc.record({ '@type': fc.constantFrom('Event', 'MusicEvent', 'Place'), name: fc.anything(), startDate: dateLike, location: fc.anything(), offers: fc.anything() }, { requiredKeys: [] }), { maxLength: 4 }) }),
  fc.record({ data: fc.array(fc.record({ title: fc.anything(), organizationName: fc.anything(), startAt: dateLike, addresses: fc.anything(), places: fc.anything() }, { requiredKeys: [] }), { maxLength: 4 }) }),
  fc.record({ data: fc.record({ events: fc.record({ elements: fc.array(fc.record({ title: fc.anything(), beginsOn: dateLike, physicalAddress: fc.anything(), tags: fc.anything() }, { requiredKeys: [] }), { maxLength: 4 }) }) }) }),
);
const icsLike = fc
  .array(fc.constantFrom('BEGIN:VEVENT', 'END:VEVENT', 'UID:a', 'SUMMARY:x\\, y', 'DTSTART;TZID=Europe/Paris:20270328T023000', 'DTSTART;VALUE=DATE:20270101', 'DTSTART:garbage', 'RRULE:FREQ=WEEKLY;BYMONTH=3', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE:20270329T023000', 'RECURRENCE-ID:20270329T023000', 'DTEND:2027', 'LOCATION:a\\, 86000 b', 'GEO:1;2', 'BEGIN:VTIMEZONE', 'TZID:x', 'END:VTIMEZONE'), { maxLength: 20 })
  .map((lines) => ['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n'));
const csvLike = fc
  .array(fc.array(fc.oneof(fc.string(), fc.constantFrom('"', '""', ';', '14/03/2027 14:00', 'oui', '46,5')), { maxLength: 6 }), { maxLength: 5 })
  .map((rows) => ['id;titre;debut;fin;lieu;latitude', ...rows.map((row) => row.join(';'))].join('\n'));

describe('adapters never throw', () => {
  it('on arbitrary strings', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), survives), { numRuns: 200 }));
  it('on arbitrary JSON values', () => fc.assert(fc.property(fc.jsonValue(), survives), { numRuns: 200 }));
  it('on source-shaped values', () => fc.assert(fc.property(sourceLike, survives), { numRuns: 200 }));
  it('on calendar-shaped text', () => fc.assert(fc.property(icsLike, survives), { numRuns: 200 }));
  it('on CSV-shaped text and bytes', () => {
    fc.assert(fc.property(csvLike, survives), { numRuns: 200 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(csvToFeed(bytes).problems).to.be.an('array');
    }), { numRuns: 200 });
  });
  it('on hostile objects', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const adapter of ADAPTERS) expect(() => adapter(hostile)).not.to.throw();
    expect(() => detectFormat(hostile)).not.to.throw();
  });
});
