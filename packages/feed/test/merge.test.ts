import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../src/merge.js';
import { namespaceFor } from '../src/merge/namespace.js';
import { withOffset } from '../src/merge/timezone.js';
import type { Feed } from '../src/types.js';

const A = 'https://velo-club.fr/maillage.json';
const B = 'https://www.mairie-exemple.fr/agenda.feed.json';

function feed(parts: Partial<Feed> & Pick<Feed, 'title'>): Feed {
  return {
    maillage: '1',
    language: 'fr',
    timezone: 'Europe/Paris',
    organizations: [],
    places: [],
    events: [],
    missions: [],
    cooperations: [],
    ...parts,
  };
}

const clubFeed = feed({
  title: 'Vélo-club',
  organizations: [{ id: 'o1', name: 'Vélo-club', rna: 'W331234567' }],
  places: [{ id: 'p1', name: 'Mairie', address: { locality: 'Saint-Exemple' } }],
  events: [
    { id: 'e1', title: 'Fête du vélo', start: '2027-03-14T14:00', placeId: 'p1', organizers: ['o1'] },
    { id: 'e2', title: 'Atelier réparation', start: '2027-03-20T10:00', url: 'https://velo-club.fr/atelier' },
  ],
});

describe('mergeFeeds', () => {
  it('returns one feed with its source on the feed and on every record', () => {
    const merged = mergeFeeds([{ source: A, feed: clubFeed }]);
    expect(merged.title).to.equal('Vélo-club');
    expect(merged.sources).to.deep.equal([{ url: A, title: 'Vélo-club' }]);
    expect(merged.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    expect(merged.events[0]!.sources).to.deep.equal([A]);
    expect(merged.events[0]!.placeId).to.equal('p1');
    expect(merged.places[0]!.sources).to.deep.equal([A]);
    expect(merged.organizations[0]!.sources).to.deep.equal([A]);
  });

  it('gives an empty feed for no input', () => {
    const merged = mergeFeeds([]);
    expect(merged.events).to.deep.equal([]);
    expect(merged.sources).to.deep.equal([]);
  });

  it('namespaces colliding ids of a later feed and rewrites every reference inside it', () => {
    const other = feed({
      title: 'Bibliothèque',
      organizations: [
        { id: 'o1', name: 'Bibliothèque municipale', placeId: 'p1' },
        { id: 'o2', name: 'Épicerie solidaire' },
      ],
      places: [{ id: 'p1', name: 'Médiathèque' }],
      events: [
        {
          id: 'e1',
          title: 'Heure du conte',
          start: '2027-03-15T10:00',
          placeId: 'p1',
          organizers: ['o1', 'o2'],
          missionIds: ['m1'],
          cooperationIds: ['c1'],
        },
      ],
      missions: [{ id: 'm1', title: 'Lire aux enfants', organizationId: 'o1', placeId: 'p1', eventId: 'e1' }],
      cooperations: [
        {
          id: 'c1',
          title: 'Lire à l’épicerie',
          partners: [{ organizationId: 'o1' }, { organizationId: 'o2', role: 'accueil' }],
          resources: [{ kind: 'premises', organizationId: 'o2' }],
          placeIds: ['p1'],
          eventIds: ['e1'],
          missionIds: ['m1'],
        },
      ],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: other },
    ]);
    const ns = 'mairie-exemple.fr';
    expect(merged.places.map((p) => p.id)).to.deep.equal(['p1', `${ns}:p1`]);
    expect(merged.organizations.map((o) => o.id)).to.deep.equal(['o1', `${ns}:o1`, 'o2']);
    expect(merged.organizations[1]!.placeId).to.equal(`${ns}:p1`);

    const story = merged.events.find((e) => e.title === 'Heure du conte')!;
    expect(story.id).to.equal(`${ns}:e1`);
    expect(story.placeId).to.equal(`${ns}:p1`);
    expect(story.organizers).to.deep.equal([`${ns}:o1`, 'o2']);
    expect(story.missionIds).to.deep.equal(['m1']);
    expect(story.cooperationIds).to.deep.equal(['c1']);
    expect(story.sources).to.deep.equal([B]);

    const mission = merged.missions[0]!;
    expect(mission).to.include({ id: 'm1', organizationId: `${ns}:o1`, placeId: `${ns}:p1`, eventId: `${ns}:e1` });

    const cooperation = merged.cooperations[0]!;
    expect(cooperation.partners).to.deep.equal([{ organizationId: `${ns}:o1` }, { organizationId: 'o2', role: 'accueil' }]);
    expect(cooperation.resources).to.deep.equal([{ kind: 'premises', organizationId: 'o2' }]);
    expect(cooperation.placeIds).to.deep.equal([`${ns}:p1`]);
    expect(cooperation.eventIds).to.deep.equal([`${ns}:e1`]);

    // The first feed is untouched.
    expect(merged.events[0]).to.include({ id: 'e1', placeId: 'p1' });
    expect(merged.sources!.map((s) => s.url)).to.deep.equal([A, B]);
    expect(merged.title).to.equal('Vélo-club');
  });

  it('shows once an event published by two feeds with the same title, instant and place', () => {
    const mairie = feed({
      title: 'Mairie',
      organizations: [{ id: 'mairie', name: 'Mairie de Saint-Exemple' }],
      places: [{ id: 'hdv', name: 'MAIRIE', address: { locality: 'saint-exemple' }, geo: { lat: 44.8, lon: -0.6 } }],
      events: [
        // 13:00 UTC is 14:00 in Paris in March.
        { id: 'fete', title: 'FÊTE DU VÉLO !', start: '2027-03-14T13:00:00Z', placeId: 'hdv', organizers: ['mairie'] },
      ],
      missions: [{ id: 'm1', title: 'Tenir le stand', organizationId: 'mairie', eventId: 'fete' }],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: mairie },
    ]);
    expect(merged.events).to.have.length(2);
    const fete = merged.events[0]!;
    expect(fete.id).to.equal('e1');
    expect(fete.title).to.equal('Fête du vélo');
    expect(fete.sources).to.deep.equal([A, B]);
    expect(fete.organizers).to.deep.equal(['o1', 'mairie']);
    // The town hall is the same place: kept once, completed with the coordinates only the second feed gives.
    expect(merged.places).to.have.length(1);
    expect(merged.places[0]).to.deep.include({ id: 'p1', name: 'Mairie', geo: { lat: 44.8, lon: -0.6 } });
    expect(merged.places[0]!.sources).to.deep.equal([A, B]);
    // References of the second feed follow the kept record.
    expect(merged.missions[0]!.eventId).to.equal('e1');
  });

  it('shows once an event with the same page on the same day', () => {
    const other = feed({
      title: 'Autre',
      events: [{ id: 'x', title: 'Réparons nos vélos', start: '2027-03-20T10:30', url: 'http://www.velo-club.fr/atelier/' }],
      cooperations: [
        { id: 'c', title: 'Vélo solidaire', partners: [{ organizationId: 'a' }, { organizationId: 'b' }], eventIds: ['x'] },
      ],
      organizations: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: other },
    ]);
    expect(merged.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    expect(merged.events[1]!.sources).to.deep.equal([A, B]);
    expect(merged.cooperations[0]!.eventIds).to.deep.equal(['e2']);
  });

  it('keeps apart events that differ in instant, place or day', () => {
    const other = feed({
      title: 'Autre',
      places: [{ id: 'p9', name: 'Salle des fêtes' }],
      events: [
        { id: 'a', title: 'Fête du vélo', start: '2027-03-14T15:00' },
        { id: 'b', title: 'Fête du vélo', start: '2027-03-14T14:00', placeId: 'p9' },
        { id: 'c', title: 'Atelier', start: '2027-03-21T10:00', url: 'https://velo-club.fr/atelier' },
      ],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: other },
    ]);
    expect(merged.events.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'a', 'b', 'c']);
    expect(merged.events.every((e) => e.sources!.length === 1)).to.equal(true);
  });

  it('does not merge places of the same name in different localities', () => {
    const other = feed({ title: 'Autre', places: [{ id: 'p1', name: 'Mairie', address: { locality: 'Autreville' } }] });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: other },
    ]);
    expect(merged.places.map((p) => p.id)).to.deep.equal(['p1', 'mairie-exemple.fr:p1']);
  });

  it('merges organizations by RNA number or by name, never against two different numbers', () => {
    const other = feed({
      title: 'Autre',
      organizations: [
        { id: 'club', name: 'Club cycliste', rna: 'w331234567' },
        { id: 'homonyme', name: 'VELO CLUB', rna: 'W339999999' },
      ],
      events: [{ id: 'x', title: 'Sortie', start: '2027-04-01', organizers: ['club', 'homonyme'] }],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: other },
    ]);
    expect(merged.organizations.map((o) => o.id)).to.deep.equal(['o1', 'homonyme']);
    expect(merged.organizations[0]!.sources).to.deep.equal([A, B]);
    expect(merged.events.find((e) => e.id === 'x')!.organizers).to.deep.equal(['o1', 'homonyme']);
  });

  it('does not merge records inside one feed', () => {
    const twice = feed({
      title: 'Deux séances',
      events: [
        { id: 'a', title: 'Yoga', start: '2027-03-14T10:00' },
        { id: 'b', title: 'Yoga', start: '2027-03-14T10:00' },
      ],
    });
    expect(mergeFeeds([{ source: A, feed: twice }]).events).to.have.length(2);
  });

  it('merges a cooperation published by each partner', () => {
    const orgs = [
      { id: 'lib', name: 'Bibliothèque' },
      { id: 'epi', name: 'Épicerie solidaire' },
    ];
    const one = feed({
      title: 'Un',
      organizations: orgs,
      cooperations: [{ id: 'c1', title: 'Lire à l’épicerie', partners: [{ organizationId: 'lib' }, { organizationId: 'epi' }] }],
    });
    const two = feed({
      title: 'Deux',
      organizations: orgs.map((o) => ({ ...o, id: `${o.id}-2` })),
      cooperations: [
        {
          id: 'c9',
          title: 'Lire a l epicerie',
          partners: [{ organizationId: 'epi-2' }, { organizationId: 'lib-2' }],
          placeIds: [],
        },
      ],
    });
    const merged = mergeFeeds([
      { source: A, feed: one },
      { source: B, feed: two },
    ]);
    expect(merged.cooperations).to.have.length(1);
    expect(merged.cooperations[0]!.sources).to.deep.equal([A, B]);
    expect(merged.organizations.map((o) => o.id)).to.deep.equal(['lib', 'epi']);
  });

  it('gives local date-times of a feed in another zone their offset', () => {
    const cayenne = feed({
      title: 'Guyane',
      timezone: 'America/Cayenne',
      events: [{ id: 'g', title: 'Carnaval', start: '2027-02-06T15:00', end: '2027-02-06', exdates: ['2027-02-13T15:00'] }],
    });
    const merged = mergeFeeds([
      { source: A, feed: clubFeed },
      { source: B, feed: cayenne },
    ]);
    expect(merged.timezone).to.equal('Europe/Paris');
    const carnaval = merged.events.find((e) => e.id === 'g')!;
    expect(carnaval.start).to.equal('2027-02-06T15:00-03:00');
    expect(carnaval.end).to.equal('2027-02-06');
    expect(carnaval.exdates).to.deep.equal(['2027-02-13T15:00-03:00']);
  });
});

describe('withOffset', () => {
  it('writes the offset of the zone at that date, summer or winter', () => {
    expect(withOffset('2027-07-01T09:30', 'Europe/Paris')).to.equal('2027-07-01T09:30+02:00');
    expect(withOffset('2027-01-01T09:30:15', 'Europe/Paris')).to.equal('2027-01-01T09:30:15+01:00');
    expect(withOffset('2027-01-01T09:30Z', 'Europe/Paris')).to.equal('2027-01-01T09:30Z');
    expect(withOffset('2027-01-01', 'Europe/Paris')).to.equal('2027-01-01');
  });
});

describe('namespaceFor', () => {
  it('names a feed by its host, then by host and file, and never twice the same', () => {
    const taken = new Set<string>();
    expect(namespaceFor('https://www.asso.fr/feed.json', taken)).to.equal('asso.fr');
    expect(namespaceFor('https://asso.fr/autre.feed.json', taken)).to.equal('asso.fr/autre');
    expect(namespaceFor('https://asso.fr/autre.feed.json', taken)).to.equal('asso.fr/autre~2');
    expect(namespaceFor('/feeds/quartier.json', taken)).to.equal('quartier');
    expect(namespaceFor('inline', taken)).to.equal('inline');
  });
});
