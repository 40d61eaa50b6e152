import { expect } from '@open-wc/testing';
import {
  countBySector,
  eventMatches,
  eventSectors,
  indexFeed,
  isCoOrganized,
  isCrossSector,
  occursFrom,
  openMissions,
  prepareEvents,
  prepareEventsNow,
  queryOccurrences,
  searchWords,
  spotsLeft,
  type EventQuery,
} from '../src/query.js';
import type { Feed, FeedEvent, Mission } from '../src/types.js';
import { tasksDuring } from './tasks.js';
import { useRecurrenceRules } from '../src/rrule.js';

// Recurrence rules registered, as the loader does with the first feed that has some.
useRecurrenceRules();

const JUNE = { from: Date.UTC(2027, 5, 1), to: Date.UTC(2027, 6, 1) };

const feed: Feed = {
  maillage: '1',
  title: 'Saint-Aubin',
  language: 'fr',
  timezone: 'Europe/Paris',
  organizations: [
    { id: 'foot', name: 'US Saint-Aubin football', sectors: ['sport'] },
    { id: 'biblio', name: 'Médiathèque Jules-Verne', type: 'bibliotheque', sectors: ['culture', 'education'] },
    { id: 'epicerie', name: 'Épicerie solidaire', sectors: ['solidarite'] },
    { id: 'judo', name: 'Judo club', sectors: ['sport'] },
  ],
  places: [
    { id: 'stade', name: 'Stade municipal', address: { locality: 'Saint-Aubin' }, accessibility: ['motor'] },
    { id: 'media', name: 'Médiathèque', address: { locality: 'Lussac' }, accessibility: ['motor', 'hearing-loop'] },
  ],
  events: [
    {
      id: 'match',
      title: 'Match et lectures à la mi-temps',
      start: '2027-06-12T15:00',
      end: '2027-06-12T17:00',
      organizers: ['foot', 'biblio'],
      placeId: 'stade',
      price: { free: true },
      audience: ['familles'],
      tags: ['Lecture'],
    },
    {
      id: 'fete',
      title: { fr: 'Fête du jeu', en: 'Games day' },
      start: '2027-06-12',
      organizers: ['biblio'],
      placeId: 'media',
      sectors: ['culture', 'loisirs'],
      accessibility: ['sign-language'],
      price: { free: true },
    },
    {
      id: 'atelier',
      title: 'Atelier cuisine',
      summary: 'Cuisiner les invendus',
      start: '2027-06-02T18:00',
      end: '2027-06-02T20:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      organizers: ['epicerie'],
      audience: ['adultes'],
    },
    {
      id: 'annule',
      title: 'Assemblée générale',
      start: '2027-06-12T15:00',
      organizers: ['epicerie'],
      status: 'cancelled',
    },
    {
      id: 'tournoi',
      title: 'Tournoi inter-clubs',
      start: '2027-06-20T09:00',
      organizers: ['foot', 'judo'],
      placeId: 'stade',
    },
    { id: 'juillet', title: 'Bal du 14 juillet', start: '2027-07-14T21:00', organizers: ['foot'] },
  ],
  missions: [],
  cooperations: [],
};

const ids = (query: EventQuery, on: Feed = feed): string[] => queryOccurrences(on, { ...JUNE, ...query }).map((o) => o.event.id);
const event = (id: string): FeedEvent => feed.events.find((e) => e.id === id)!;

describe('queryOccurrences', () => {
  it('lists occurrences in the window, sorted by start then title, recurring ones expanded', () => {
    const occurrences = queryOccurrences(feed, JUNE);
    expect(occurrences.map((o) => o.key)).to.deep.equal([
      `atelier@${Date.UTC(2027, 5, 2, 16)}`,
      `atelier@${Date.UTC(2027, 5, 9, 16)}`,
      // All-day: local midnight of 12 June (22:00 UTC the day before).
      `fete@${Date.UTC(2027, 5, 11, 22)}`,
      `annule@${Date.UTC(2027, 5, 12, 13)}`,
      `match@${Date.UTC(2027, 5, 12, 13)}`,
      `atelier@${Date.UTC(2027, 5, 16, 16)}`,
      `tournoi@${Date.UTC(2027, 5, 20, 7)}`,
    ]);
    expect(occurrences[2]).to.deep.include({ allDay: true, end: Date.UTC(2027, 5, 12, 22) });
    expect(occurrences[4]).to.deep.include({ event: event('match'), end: Date.UTC(2027, 5, 12, 15), allDay: false });
  });

  it('sorts same-time titles in the asked language', () => {
    const sameTime: Feed = {
      ...feed,
      events: [
        { id: 'b', title: { fr: 'Zumba', en: 'Aerobics' }, start: '2027-06-05T10:00' },
        { id: 'a', title: { fr: 'Atelier', en: 'Workshop' }, start: '2027-06-05T10:00' },
      ],
    };
    expect(ids({}, sameTime)).to.deep.equal(['a', 'b']);
    expect(ids({ lang: 'en' }, sameTime)).to.deep.equal(['b', 'a']);
  });

  it('keeps cancelled events unless asked not to', () => {
    expect(ids({})).to.include('annule');
    expect(ids({ includeCancelled: false })).not.to.include('annule');
    expect(ids({ statuses: ['cancelled'] })).to.deep.equal(['annule']);
    expect(ids({ statuses: ['scheduled'] })).not.to.include('annule');
  });

  it('finds "Fête" when searching "fete", in any language of the title, and every word must match', () => {
    expect(ids({ text: 'fete' })).to.deep.equal(['fete']);
    expect(ids({ text: 'FÊTE' })).to.deep.equal(['fete']);
    expect(ids({ text: 'games' })).to.deep.equal(['fete']);
    expect(ids({ text: 'fete football' })).to.deep.equal([]);
  });

  it('searches summaries, tags, organizer names, place names and localities', () => {
    expect(ids({ text: 'invendus' })).to.deep.equal(['atelier', 'atelier', 'atelier']);
    expect(ids({ text: 'lecture' })).to.deep.equal(['match']);
    expect(ids({ text: 'mediatheque' })).to.deep.equal(['fete', 'match']);
    expect(ids({ text: 'judo' })).to.deep.equal(['tournoi']);
    expect(ids({ text: 'lussac' })).to.deep.equal(['fete']);
    expect(ids({ text: '  ' })).to.have.length(7);
  });

  it('combines filters: OR inside one, AND across them', () => {
    expect(ids({ organizations: ['judo', 'biblio'] })).to.deep.equal(['fete', 'match', 'tournoi']);
    expect(ids({ organizations: ['judo', 'biblio'], free: true })).to.deep.equal(['fete', 'match']);
    expect(ids({ organizations: ['judo', 'biblio'], free: true, places: ['stade'] })).to.deep.equal(['match']);
    expect(ids({ free: false })).to.deep.equal(['atelier', 'atelier', 'annule', 'atelier', 'tournoi']);
    expect(ids({ audience: ['familles', 'adultes'] })).to.deep.equal(['atelier', 'atelier', 'match', 'atelier']);
    expect(ids({ tags: ['lecture'] })).to.deep.equal(['match']);
    expect(ids({ organizations: [] })).to.have.length(7);
  });

  it('filters sectors by the event, or by its organizers when it names none', () => {
    expect(ids({ sectors: ['loisirs'] })).to.deep.equal(['fete']);
    expect(ids({ sectors: ['sport'] })).to.deep.equal(['match', 'tournoi']);
    // The fête names its sectors, so its organizer's "education" does not apply to it.
    expect(ids({ sectors: ['education'] })).to.deep.equal(['match']);
  });

  it('needs every asked accessibility, from the event or its place', () => {
    expect(ids({ accessibility: ['motor'] })).to.deep.equal(['fete', 'match', 'tournoi']);
    expect(ids({ accessibility: ['motor', 'sign-language'] })).to.deep.equal(['fete']);
    expect(ids({ accessibility: ['hearing-loop', 'sign-language'] })).to.deep.equal(['fete']);
    expect(ids({ accessibility: ['visual'] })).to.deep.equal([]);
  });

  it('filters co-organised events', () => {
    expect(ids({ coOrganized: true })).to.deep.equal(['match', 'tournoi']);
    expect(ids({ coOrganized: false })).to.have.length(5);
  });

  it('cuts the sorted list at the limit and reads the whole feed without dates', () => {
    expect(ids({ limit: 2 })).to.deep.equal(['atelier', 'atelier']);
    expect(queryOccurrences(feed, {}).map((o) => o.event.id).at(-1)).to.equal('juillet');
    expect(queryOccurrences(feed, {})).to.have.length(8);
  });

  it('gives the same answer when asked again with another window (cached dates)', () => {
    const july = { from: Date.UTC(2027, 6, 1), to: Date.UTC(2027, 7, 1) };
    expect(queryOccurrences(feed, july).map((o) => o.event.id)).to.deep.equal(['juillet']);
    expect(ids({})).to.have.length(7);
    expect(queryOccurrences(feed, { from: Date.UTC(2027, 5, 9), to: Date.UTC(2027, 5, 10) }).map((o) => o.key)).to.deep.equal([
      `atelier@${Date.UTC(2027, 5, 9, 16)}`,
    ]);
  });

  it('queries 10 000 events in a few milliseconds once warm', () => {
    const organizers = ['foot', 'biblio', 'epicerie', 'judo'];
    const many: FeedEvent[] = [];
    let expected = 0;
    for (let i = 0; i < 10_000; i++) {
      const month = (i % 12) + 1;
      const day = (i % 28) + 1;
      const organizer = organizers[Math.floor(i / 12) % 4]!;
      const recurring = i % 50 === 0;
      many.push({
        id: `e${i}`,
        title: `Événement ${i}`,
        start: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:00`,
        organizers: [organizer],
        ...(recurring ? { rrule: 'FREQ=WEEKLY' } : {}),
      });
      if (organizer !== 'foot' && organizer !== 'judo') continue;
      // Counted by hand: June days of the series (daytime starts, so the UTC window is June in Paris too).
      const first = Date.UTC(2027, month - 1, day);
      for (let at = first; at <= (recurring ? Date.UTC(2027, 5, 30) : first); at += 7 * 86_400_000) {
        if (at >= Date.UTC(2027, 5, 1) && at <= Date.UTC(2027, 5, 30)) expected++;
      }
    }
    const big: Feed = { ...feed, events: many };
    queryOccurrences(big, JUNE);
    const sport = queryOccurrences(big, { ...JUNE, sectors: ['sport'], text: 'evenement' });
    expect(sport).to.have.length(expected);
    expect(expected).to.be.greaterThan(400);
    expect(sport.every((o, i) => i === 0 || sport[i - 1]!.start <= o.start)).to.equal(true);
  });
});

describe('occursFrom', () => {
  const at = (text: string): number => Date.parse(text);

  it('answers as a query from that instant would, for single, multi-occurrence and cancelled events', () => {
    const instants = ['2027-06-01T00:00:00Z', '2027-06-09T17:00:00Z', '2027-06-12T14:00:00Z', '2027-06-16T20:00:00Z', '2027-07-15T00:00:00Z'];
    for (const instant of instants) {
      const from = at(instant);
      const expected = new Set(queryOccurrences(feed, { from }).map((o) => o.event.id));
      for (const e of feed.events) expect(occursFrom(e, feed.timezone, from), `${e.id} from ${instant}`).to.equal(expected.has(e.id));
    }
  });

  it('counts a weekly event as to come until its last occurrence is over', () => {
    // Wednesdays 2, 9 and 16 June 2027, 18:00-20:00 in Paris (16:00-18:00 UTC).
    expect(occursFrom(event('atelier'), 'Europe/Paris', at('2027-06-16T17:59:00Z'))).to.equal(true);
    expect(occursFrom(event('atelier'), 'Europe/Paris', at('2027-06-16T18:01:00Z'))).to.equal(false);
    expect(occursFrom(event('annule'), 'Europe/Paris', at('2027-06-01T00:00:00Z'))).to.equal(true);
  });
});

describe('prepareEvents', () => {
  /** The same events as fresh objects, so that nothing is cached for them yet. */
  const fresh = (): Feed => JSON.parse(JSON.stringify(feed)) as Feed;
  const answers = (f: Feed): unknown[] =>
    [JUNE, {}, { ...JUNE, sectors: ['sport'] }, { text: 'fete' }, { ...JUNE, text: 'lussac' }].map((query) =>
      queryOccurrences(f, query).map((o) => o.key),
    );

  it('changes no answer: the same occurrences, sectors and search results as without it', async () => {
    const prepared = fresh();
    await prepareEvents(prepared, { search: true });
    expect(answers(prepared)).to.deep.equal(answers(fresh()));
    expect(countBySector(prepared, queryOccurrences(prepared, JUNE))).to.deep.equal(countBySector(feed, queryOccurrences(feed, JUNE)));
  });

  it('does a small feed at once (null), and tells when work remains (a promise)', async () => {
    expect(prepareEventsNow(fresh())).to.equal(null);
    const big: Feed = { ...feed, events: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, title: `Loto ${i}`, start: '2027-06-05T20:00' })) };
    const rest = prepareEventsNow(big, { sliceMs: 0 });
    expect(rest).to.be.instanceOf(Promise);
    await rest;
    expect(queryOccurrences(big, JUNE)).to.have.length(500);
  });

  it('gives the page the hand between slices on a big feed', async () => {
    const big: Feed = {
      ...feed,
      events: Array.from({ length: 2_000 }, (_, i) => ({ id: `e${i}`, title: `Fête ${i}`, start: `2027-06-${String((i % 28) + 1).padStart(2, '0')}T10:00`, organizers: ['foot'] })),
    };
    // Slices of 0 ms: a pause after every few events, whatever the machine's speed.
    const { tasks } = await tasksDuring(() => prepareEvents(big, { search: true, sliceMs: 0 }));
    expect(queryOccurrences(big, { text: 'fete' })).to.have.length(2_000);
    expect(tasks).to.be.greaterThan(1);
  });
});

describe('event helpers', () => {
  it('tell co-organised and cross-sector events apart', () => {
    expect(isCoOrganized(event('match'))).to.equal(true);
    expect(isCoOrganized(event('fete'))).to.equal(false);
    expect(isCoOrganized({ ...event('fete'), organizers: ['biblio', 'biblio'] })).to.equal(false);
    expect(isCrossSector(feed, event('match'))).to.equal(true);
    // Two sports clubs: co-organised, but one sector.
    expect(isCrossSector(feed, event('tournoi'))).to.equal(false);
    expect(isCrossSector(feed, event('fete'))).to.equal(true);
    expect(isCrossSector(feed, event('atelier'))).to.equal(false);
  });

  it('give the sectors an event is counted in', () => {
    expect(eventSectors(feed, event('match'))).to.have.members(['sport', 'culture', 'education']);
    expect(eventSectors(feed, event('fete'))).to.deep.equal(['culture', 'loisirs']);
  });

  it('count occurrences by sector for filter chips', () => {
    const counts = countBySector(feed, queryOccurrences(feed, JUNE));
    expect(Object.fromEntries(counts)).to.deep.equal({
      solidarite: 4,
      culture: 2,
      loisirs: 1,
      sport: 2,
      education: 1,
    });
  });

  it('match events without dates and split search words', () => {
    expect(eventMatches(feed, event('juillet'), { text: 'bal', organizations: ['foot'] })).to.equal(true);
    expect(eventMatches(feed, event('juillet'), { text: 'bal', organizations: ['judo'] })).to.equal(false);
    expect(searchWords("L'Œuvre, d'été!")).to.deep.equal(['l', 'oeuvre', 'd', 'ete']);
  });

  it('index records by id, once per feed', () => {
    const index = indexFeed(feed);
    expect(index.places.get('media')?.name).to.equal('Médiathèque');
    expect(index.events.get('fete')).to.equal(event('fete'));
    expect(indexFeed(feed)).to.equal(index);
  });
});

describe('missions', () => {
  const NOW = Date.UTC(2027, 5, 10, 12);
  const mission = (m: Partial<Mission> & { id: string }): Mission => ({ title: m.id, organizationId: 'foot', ...m });
  const missionFeed: Feed = {
    ...feed,
    missions: [
      mission({ id: 'later', type: 'one-off', start: '2027-06-25T09:00' }),
      mission({ id: 'soon-many', type: 'one-off', start: '2027-06-12T09:00', spots: { total: 10, filled: 2 } }),
      mission({ id: 'soon-few', type: 'one-off', start: '2027-06-12T09:00', spots: { total: 3, filled: 2 } }),
      mission({ id: 'deadline', type: 'recurring', deadline: '2027-06-11', schedule: 'le samedi matin' }),
      mission({ id: 'recurring', type: 'recurring', start: '2027-01-01' }),
      mission({ id: 'full', type: 'one-off', start: '2027-06-20', spots: { total: 4, filled: 4 } }),
      mission({ id: 'past-deadline', type: 'recurring', deadline: '2027-06-09' }),
      mission({ id: 'past-start', type: 'one-off', start: '2027-06-10T09:00' }),
      mission({ id: 'running', type: 'one-off', start: '2027-06-01', end: '2027-06-10' }),
      mission({ id: 'ended', start: '2027-06-01', end: '2027-06-09' }),
    ],
  };

  it('keep open missions, most urgent first', () => {
    expect(openMissions(missionFeed, NOW).map((m) => m.id)).to.deep.equal([
      'running',
      'deadline',
      'soon-few',
      'soon-many',
      'later',
      'recurring',
    ]);
  });

  it('close missions when their deadline ends, a day after a date alone', () => {
    const dayAfter = Date.UTC(2027, 5, 11, 22);
    expect(openMissions(missionFeed, dayAfter - 1).map((m) => m.id)).to.include('deadline');
    expect(openMissions(missionFeed, dayAfter).map((m) => m.id)).not.to.include('deadline');
  });

  it('count places left, never below zero', () => {
    expect(spotsLeft(mission({ id: 'a', spots: { total: 5, filled: 2 } }))).to.equal(3);
    expect(spotsLeft(mission({ id: 'b', spots: { total: 5 } }))).to.equal(5);
    expect(spotsLeft(mission({ id: 'c', spots: { total: 2, filled: 9 } }))).to.equal(0);
    expect(spotsLeft(mission({ id: 'd' }))).to.equal(null);
  });
});
