import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

type Json = Record<string, unknown>;

const codes = (result: ParseResult): string[] => result.problems.map((p) => `${p.path} ${p.code} ${p.severity}`);

/** A small feed whose every reference resolves, to be broken one reference at a time. */
function baseFeed(): Json {
  return {
    maillage: '1',
    title: 'T',
    organizations: [
      { id: 'a', name: 'A', placeId: 'p' },
      { id: 'b', name: 'B' },
    ],
    places: [{ id: 'p', name: 'Salle' }],
    events: [
      {
        id: 'e',
        title: 'Fête',
        start: '2027-03-14',
        placeId: 'p',
        organizers: ['a', 'b'],
        missionIds: ['m'],
        cooperationIds: ['c'],
      },
    ],
    missions: [{ id: 'm', title: 'Accueil', organizationId: 'a', placeId: 'p', eventId: 'e' }],
    cooperations: [
      {
        id: 'c',
        title: 'Coopération',
        partners: [{ organizationId: 'a' }, { organizationId: 'b' }],
        resources: [{ kind: 'premises', organizationId: 'a' }],
        placeIds: ['p'],
        eventIds: ['e'],
        missionIds: ['m'],
      },
    ],
  };
}

type Records = Record<string, Json[]>;

function broken(breakIt: (feed: Records) => void): ParseResult {
  const feed = baseFeed();
  breakIt(feed as unknown as Records);
  return parseFeed(feed);
}

describe('parseFeed: references', () => {
  it('keeps every reference of a consistent feed', () => {
    const result = parseFeed(baseFeed());
    expect(result.problems).to.deep.equal([]);
    expect(result.feed).to.deep.include({ organizations: baseFeed().organizations, events: baseFeed().events });
    expect(result.feed!.missions).to.deep.equal(baseFeed().missions);
    expect(result.feed!.cooperations).to.deep.equal(baseFeed().cooperations);
  });

  const dangling: [string, (feed: Records) => void, string, (result: ParseResult) => unknown, unknown][] = [
    ['organization.placeId', (f) => (f.organizations![0]!.placeId = 'x'), 'organizations[0].placeId',
      (r) => r.feed!.organizations[0]!.placeId, undefined],
    ['event.placeId', (f) => (f.events![0]!.placeId = 'x'), 'events[0].placeId', (r) => r.feed!.events[0]!.placeId, undefined],
    ['event.organizers', (f) => (f.events![0]!.organizers = ['a', 'x', 'b']), 'events[0].organizers[1]',
      (r) => r.feed!.events[0]!.organizers, ['a', 'b']],
    ['event.missionIds', (f) => (f.events![0]!.missionIds = ['x']), 'events[0].missionIds[0]',
      (r) => r.feed!.events[0]!.missionIds, undefined],
    ['event.cooperationIds', (f) => (f.events![0]!.cooperationIds = ['c', 'x']), 'events[0].cooperationIds[1]',
      (r) => r.feed!.events[0]!.cooperationIds, ['c']],
    ['mission.placeId', (f) => (f.missions![0]!.placeId = 'x'), 'missions[0].placeId', (r) => r.feed!.missions[0]!.placeId, undefined],
    ['mission.eventId', (f) => (f.missions![0]!.eventId = 'x'), 'missions[0].eventId', (r) => r.feed!.missions[0]!.eventId, undefined],
    ['cooperation.placeIds', (f) => (f.cooperations![0]!.placeIds = ['x', 'p']), 'cooperations[0].placeIds[0]',
      (r) => r.feed!.cooperations[0]!.placeIds, ['p']],
    ['cooperation.eventIds', (f) => (f.cooperations![0]!.eventIds = ['x']), 'cooperations[0].eventIds[0]',
      (r) => r.feed!.cooperations[0]!.eventIds, undefined],
    ['cooperation.missionIds', (f) => (f.cooperations![0]!.missionIds = ['m', 'x']), 'cooperations[0].missionIds[1]',
      (r) => r.feed!.cooperations[0]!.missionIds, ['m']],
    ['resource.organizationId', (f) => (f.cooperations![0]!.resources = [{ kind: 'staff', organizationId: 'x' }]),
      'cooperations[0].resources[0].organizationId', (r) => r.feed!.cooperations[0]!.resources, [{ kind: 'staff' }]],
    ['a partner beyond the two needed',
      (f) => (f.cooperations![0]!.partners = [{ organizationId: 'a' }, { organizationId: 'x' }, { organizationId: 'b' }]),
      'cooperations[0].partners[1].organizationId', (r) => r.feed!.cooperations[0]!.partners, [{ organizationId: 'a' }, { organizationId: 'b' }]],
  ];
  for (const [what, breakIt, path, read, expected] of dangling) {
    it(`drops a dangling ${what} with a warning and keeps the record`, () => {
      const result = broken(breakIt);
      expect(read(result)).to.deep.equal(expected);
      expect(codes(result)).to.deep.equal([`${path} dangling-reference warning`]);
      expect(result.problems[0]!.message.fr).to.contain('« x », qui n’existe pas dans le flux');
    });
  }

  it('skips a mission whose organization does not exist, drops the references to it, in feed order', () => {
    const result = broken((f) => (f.missions![0]!.organizationId = 'x'));
    expect(result.feed!.missions).to.deep.equal([]);
    expect(result.feed!.events[0]).to.not.have.key('missionIds');
    expect(result.feed!.cooperations[0]).to.not.have.key('missionIds');
    expect(codes(result)).to.deep.equal([
      'events[0].missionIds[0] dangling-reference warning',
      'missions[0].organizationId dangling-reference error',
      'cooperations[0].missionIds[0] dangling-reference warning',
    ]);
    expect(result.problems[1]!.message.fr).to.contain('Cet élément est ignoré.');
  });

  it('skips a cooperation left with fewer than two partners, and drops the references to it', () => {
    const result = broken((f) => (f.cooperations![0]!.partners = [{ organizationId: 'a' }, { organizationId: 'x' }]));
    expect(result.feed!.cooperations).to.deep.equal([]);
    expect(result.feed!.events[0]).to.not.have.key('cooperationIds');
    expect(codes(result)).to.deep.equal([
      'events[0].cooperationIds[0] dangling-reference warning',
      'cooperations[0].partners[1].organizationId dangling-reference warning',
      'cooperations[0].partners too-few-partners error',
    ]);
  });

  it('does not let a reference reach a record that was skipped for its own errors', () => {
    const result = broken((f) => (f.places![0]!.geo = 'ici') && delete f.places![0]!.name);
    expect(result.feed!.places).to.deep.equal([]);
    expect(codes(result)).to.deep.equal([
      'organizations[0].placeId dangling-reference warning',
      'places[0].name missing-field error',
      'events[0].placeId dangling-reference warning',
      'missions[0].placeId dangling-reference warning',
      'cooperations[0].placeIds[0] dangling-reference warning',
    ]);
  });

  it('treats a reference to a duplicate id as a reference to the record kept', () => {
    const result = broken((f) => f.places!.push({ id: 'p', name: 'Autre salle' }));
    expect(result.feed!.places.map((p) => p.name)).to.deep.equal(['Salle']);
    expect(result.feed!.events[0]!.placeId).to.equal('p');
    expect(codes(result)).to.deep.equal(['places[1].id duplicate-id error']);
  });
});

describe('parseFeed: inline places', () => {
  const withEvents = (...events: Json[]): ParseResult =>
    parseFeed({ maillage: '1', title: 'T', places: [{ id: 'p', name: 'Salle' }], events });
  const event = (id: string, fields: Json): Json => ({ id, title: 'Fête', start: '2027-03-14', ...fields });

  it('moves an inline place to places and refers to it', () => {
    const result = withEvents(
      event('e1', { place: { name: 'Jardin partagé', geo: { lat: 46.5, lon: 0.3 }, couleur: 'vert' } }),
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.places).to.deep.equal([
      { id: 'p', name: 'Salle' },
      { id: 'inline:e1', name: 'Jardin partagé', geo: { lat: 46.5, lon: 0.3 } },
    ]);
    expect(result.feed!.events[0]!.placeId).to.equal('inline:e1');
    expect(result.feed!.events[0]).to.not.have.key('place');
  });

  it('keeps the id of an inline place when it is free, and renames it when it is taken', () => {
    const result = withEvents(
      event('e1', { place: { id: 'jardin', name: 'Jardin' } }),
      event('e2', { place: { id: 'p', name: 'Une autre salle' } }),
    );
    expect(result.feed!.places.map((p) => [p.id, p.name])).to.deep.equal([
      ['p', 'Salle'],
      ['jardin', 'Jardin'],
      ['inline:e2', 'Une autre salle'],
    ]);
    expect(result.feed!.events.map((e) => e.placeId)).to.deep.equal(['jardin', 'inline:e2']);
  });

  it('lets events that repeat one inline place with its id share it', () => {
    const result = withEvents(
      event('e1', { place: { id: 'jardin', name: 'Jardin' } }),
      event('e2', { place: { id: 'jardin', name: 'Jardin' } }),
      event('e3', { place: { name: 'Jardin' } }),
    );
    expect(result.feed!.places.map((p) => p.id)).to.deep.equal(['p', 'jardin', 'inline:e3']);
    expect(result.feed!.events.map((e) => e.placeId)).to.deep.equal(['jardin', 'jardin', 'inline:e3']);
  });

  it('never gives an inline place an id already used, even inline:<event id>', () => {
    const result = parseFeed({
      maillage: '1',
      title: 'T',
      places: [{ id: 'inline:e1', name: 'Piège' }],
      events: [event('e1', { place: { name: 'Jardin' } })],
    });
    const ids = result.feed!.places.map((p) => p.id);
    expect(new Set(ids).size).to.equal(2);
    expect(result.feed!.events[0]!.placeId).to.equal(ids[1]);
    expect(result.feed!.places[1]!.name).to.equal('Jardin');
  });

  it('drops an inline place without a name, with a warning, and keeps the event', () => {
    const result = withEvents(event('e1', { place: { geo: { lat: 46.5, lon: 0.3 } } }), event('e2', { place: 'Salle' }));
    expect(result.feed!.places).to.have.length(1);
    expect(result.feed!.events.map((e) => e.placeId ?? null)).to.deep.equal([null, null]);
    expect(codes(result)).to.deep.equal([
      'events[0].place.name missing-field warning',
      'events[1].place invalid-field warning',
    ]);
  });

  it('prefers placeId to an inline place, and ignores the inline place of a skipped event', () => {
    const result = withEvents(
      event('e1', { placeId: 'p', place: { name: 'Jardin' } }),
      event('e1', { place: { name: 'Doublon' } }),
      { id: 'e3', title: 'Sans date', place: { name: 'Perdu' } },
    );
    expect(result.feed!.places.map((p) => p.id)).to.deep.equal(['p']);
    expect(result.feed!.events.map((e) => e.placeId)).to.deep.equal(['p']);
  });

  it('keeps generated ids within 200 characters', () => {
    const id = 'e'.repeat(200);
    const result = withEvents(event(id, { place: { name: 'Jardin' } }));
    const placeId = result.feed!.events[0]!.placeId!;
    expect(placeId.length).to.be.at.most(200);
    expect(result.feed!.places.map((p) => p.id)).to.include(placeId);
  });
});
