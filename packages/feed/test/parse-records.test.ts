import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

type Json = Record<string, unknown>;

const ORGS = [
  { id: 'a', name: 'Association A' },
  { id: 'b', name: 'Association B' },
];
const event = (fields: Json = {}): Json => ({ id: 'e', title: 'Fête du jeu', start: '2027-03-14T14:00', ...fields });
const parseEvents = (...events: unknown[]): ParseResult => parseFeed({ maillage: '1', title: 'T', events });
const firstEvent = (fields: Json) => parseEvents(event(fields)).feed!.events[0]!;
const codes = (result: ParseResult): string[] => result.problems.map((p) => `${p.path} ${p.code} ${p.severity}`);

describe('parseFeed: required fields', () => {
  const cases: [string, Json, string][] = [
    ['organizations', { name: 'A' }, 'organizations[0].id missing-field error'],
    ['organizations', { id: 'a' }, 'organizations[0].name missing-field error'],
    ['places', { id: 'p', name: '  ' }, 'places[0].name missing-field error'],
    ['events', { id: 'e', title: 'T' }, 'events[0].start missing-field error'],
    ['events', { id: 'e', title: 'T', start: '2027-02-30' }, 'events[0].start invalid-field error'],
    ['events', { id: 'e', title: ['T'], start: '2027-03-14' }, 'events[0].title invalid-field error'],
    ['events', { id: true, title: 'T', start: '2027-03-14' }, 'events[0].id invalid-field error'],
    ['missions', { id: 'm', title: 'Accueil' }, 'missions[0].organizationId missing-field error'],
    ['cooperations', { id: 'c', title: 'C' }, 'cooperations[0].partners missing-field error'],
    ['cooperations', { id: 'c', title: 'C', partners: 'a' }, 'cooperations[0].partners invalid-field warning'],
  ];
  for (const [collection, record, problem] of cases) {
    it(`skips ${collection} ${JSON.stringify(record)} with "${problem}"`, () => {
      const result = parseFeed({ maillage: '1', title: 'T', organizations: ORGS, [collection]: [record] });
      const kept = result.feed![collection as 'events'] as unknown[];
      expect(kept).to.have.length(0);
      expect(codes(result)).to.include(problem);
      expect(result.problems.some((p) => p.severity === 'error')).to.equal(true);
    });
  }

  it('keeps the other records of the array', () => {
    const result = parseEvents(event({ id: '1' }), { id: '2', title: 'Sans date' }, event({ id: '3' }));
    expect(result.feed!.events.map((e) => e.id)).to.deep.equal(['1', '3']);
    expect(codes(result)).to.deep.equal(['events[1].start missing-field error']);
    expect(result.problems[0]!.message.fr).to.equal(
      'La date de début manque (attendu : une date comme 2027-03-14T14:00 ou 2027-03-14). Cet élément est ignoré.',
    );
  });

  it('skips entries that are not objects, with an error', () => {
    const result = parseEvents(null, 42, 'fête', [event()], event());
    expect(result.feed!.events).to.have.length(1);
    expect(codes(result)).to.deep.equal([
      'events[0] invalid-field error',
      'events[1] invalid-field error',
      'events[2] invalid-field error',
      'events[3] invalid-field error',
    ]);
  });

  it('reports a collection that is not an array and reads the rest', () => {
    const result = parseFeed({ maillage: '1', title: 'T', events: { id: 'e' }, places: [{ id: 'p', name: 'Salle' }] });
    expect(result.feed!.events).to.deep.equal([]);
    expect(result.feed!.places).to.have.length(1);
    expect(codes(result)).to.deep.equal(['events invalid-field error']);
  });

  it('bounds each collection at 100 000 records', () => {
    const places = Array.from({ length: 100_003 }, (_, i) => ({ id: `p${i}`, name: 'Salle' }));
    const result = parseFeed({ maillage: '1', title: 'T', places });
    expect(result.feed!.places).to.have.length(100_000);
    expect(codes(result)).to.deep.equal(['places too-many warning']);
  });
});

describe('parseFeed: ids', () => {
  it('accepts numbers as ids, trims them and refuses empty or overlong ones', () => {
    const result = parseEvents(
      event({ id: 12 }),
      event({ id: '  e2 ' }),
      event({ id: '' }),
      event({ id: 'x'.repeat(201) }),
      event({ id: 'y'.repeat(200) }),
    );
    expect(result.feed!.events.map((e) => e.id)).to.deep.equal(['12', 'e2', 'y'.repeat(200)]);
    expect(codes(result)).to.deep.equal(['events[2].id missing-field error', 'events[3].id invalid-field error']);
  });

  it('keeps the first of two records with the same id, with an error on the second', () => {
    const result = parseEvents(event({ title: 'Premier' }), event({ title: 'Second' }), event({ id: 'f' }));
    expect(result.feed!.events.map((e) => e.title)).to.deep.equal(['Premier', 'Fête du jeu']);
    expect(codes(result)).to.deep.equal(['events[1].id duplicate-id error']);
    expect(result.problems[0]!.message.fr).to.contain('« e »');
  });

  it('lets a good record keep an id whose first holder was skipped', () => {
    const result = parseEvents(event({ start: 'demain' }), event({ title: 'Bon' }));
    expect(result.feed!.events.map((e) => e.title)).to.deep.equal(['Bon']);
    expect(codes(result)).to.deep.equal(['events[0].start invalid-field error']);
  });
});

describe('parseFeed: text', () => {
  it('trims text, removes control characters but keeps line breaks and tabs', () => {
    const found = firstEvent({ title: '  Fête\u0000 du\u0007 jeu\u009b ', description: 'a\r\nb\rc\td\u200b' });
    expect(found.title).to.equal('Fête du jeu');
    expect(found.description).to.equal('a\nb\nc\td\u200b');
  });

  it('treats empty strings and null as absent, silently for optional fields', () => {
    const result = parseEvents(event({ summary: '   ', description: null, url: '', tags: [] }));
    expect(result.feed!.events[0]).to.not.have.any.keys('summary', 'description', 'url', 'tags');
    expect(result.problems).to.deep.equal([]);
  });

  it('bounds titles, summaries, descriptions and short texts, with a warning', () => {
    const result = parseEvents(
      event({
        title: 't'.repeat(301),
        summary: 's'.repeat(1_001),
        description: 'd'.repeat(20_001),
        price: { text: 'p'.repeat(501) },
        tags: ['k'.repeat(500)],
      }),
      event({ id: 'f', title: 't'.repeat(300), summary: 's'.repeat(1_000), description: 'd'.repeat(20_000) }),
    );
    const [cut, exact] = result.feed!.events;
    expect([cut!.title, cut!.summary, cut!.description, cut!.price!.text].map((t) => (t as string).length)).to.deep.equal([
      300, 1_000, 20_000, 500,
    ]);
    expect(cut!.title as string).to.match(/^t+…$/);
    expect(cut!.tags).to.deep.equal(['k'.repeat(500)]);
    expect([exact!.title, exact!.summary, exact!.description].map((t) => (t as string).length)).to.deep.equal([
      300, 1_000, 20_000,
    ]);
    expect(codes(result)).to.deep.equal([
      'events[0].title too-long warning',
      'events[0].summary too-long warning',
      'events[0].description too-long warning',
      'events[0].price.text too-long warning',
    ]);
  });

  it('never cuts a character in two', () => {
    const title = firstEvent({ title: '😀'.repeat(200) }).title as string;
    expect(title.length).to.be.at.most(300);
    expect(title.endsWith('😀…')).to.equal(true);
  });

  it('keeps language keys of text objects and drops every other key', () => {
    const title = JSON.parse(
      '{"fr": " Fête ", "en": "Party", "fr-FR": "Fête !", "__proto__": "x", "constructor": "y", "": "z", "12": "n", "de": 3, "it": " "}',
    );
    const found = firstEvent({ title });
    expect(found.title).to.deep.equal({ fr: 'Fête', en: 'Party', 'fr-FR': 'Fête !' });
    expect(Object.getPrototypeOf(found.title)).to.equal(Object.prototype);
  });

  it('skips a record whose text object has no usable language', () => {
    const result = parseEvents(event({ title: { __proto__: 'x', 'not a language': 'y' } }));
    expect(result.feed!.events).to.have.length(0);
    expect(codes(result)).to.deep.equal(['events[0].title invalid-field error']);
  });
});

describe('parseFeed: optional fields', () => {
  it('keeps valid optional fields of an event', () => {
    const found = firstEvent({
      attendance: 'online',
      onlineUrl: 'https://visio.exemple.fr/r',
      status: 'cancelled',
      age: { min: 6, max: 12 },
      price: { free: true },
      registration: { required: true, email: 'mailto:a@exemple.fr', phone: '05 49 00 00 00' },
      image: { url: 'https://exemple.fr/i.jpg', alt: 'Affiche' },
      updated: '2027-03-01',
    });
    expect(found).to.deep.include({
      attendance: 'online',
      onlineUrl: 'https://visio.exemple.fr/r',
      status: 'cancelled',
      age: { min: 6, max: 12 },
      price: { free: true },
      registration: { required: true, email: 'a@exemple.fr', phone: '05 49 00 00 00' },
      image: { url: 'https://exemple.fr/i.jpg', alt: 'Affiche' },
      updated: '2027-03-01',
    });
  });

  it('drops invalid optional fields with a warning and keeps the record', () => {
    const result = parseEvents(
      event({
        end: 'jeudi',
        url: 'www.exemple.fr',
        onlineUrl: 'javascript:alert(1)',
        status: 'annulé',
        attendance: 3,
        price: { free: 'oui' },
        registration: { email: 'pas un mail', phone: 'appeler Paul', url: 'mailto:a@exemple.fr' },
        image: { alt: 'sans adresse' },
        age: { min: -1, max: 4.5 },
        sectors: 'sport',
        tags: { a: 1 },
      }),
    );
    const found = result.feed!.events[0]!;
    expect(Object.keys(found).sort()).to.deep.equal(['id', 'sectors', 'start', 'title']);
    expect(found.sectors).to.deep.equal(['sport']);
    expect(codes(result)).to.deep.equal([
      'events[0].end invalid-field warning',
      'events[0].attendance invalid-field warning',
      'events[0].onlineUrl unsafe-url warning',
      'events[0].age.min out-of-range warning',
      'events[0].age.max invalid-field warning',
      'events[0].tags invalid-field warning',
      'events[0].price.free invalid-field warning',
      'events[0].registration.url unsafe-url warning',
      'events[0].registration.email invalid-field warning',
      'events[0].registration.phone invalid-field warning',
      'events[0].image.url missing-field warning',
      'events[0].url invalid-url warning',
      'events[0].status unknown-value warning',
    ]);
    const status = result.problems.find((p) => p.path === 'events[0].status')!;
    expect(status.message.fr).to.contain('scheduled, rescheduled, postponed, cancelled, full, moved-online');
  });

  it('accepts closed vocabulary values whatever their case, and a bare URL as an image', () => {
    const found = firstEvent({ status: ' Cancelled ', attendance: 'IN-PERSON', image: 'https://exemple.fr/i.jpg' });
    expect([found.status, found.attendance]).to.deep.equal(['cancelled', 'in-person']);
    expect(found.image).to.deep.equal({ url: 'https://exemple.fr/i.jpg' });
  });

  it('keeps unknown sectors, audiences and accessibility ids as written, without duplicates', () => {
    const result = parseEvents(
      event({ sectors: ['Sport', 'sport', ' apiculture ', 'apiculture', 7, ''], audience: ['seniors', 'Aidants'] }),
    );
    const found = result.feed!.events[0]!;
    expect(found.sectors).to.deep.equal(['sport', 'apiculture']);
    expect(found.audience).to.deep.equal(['seniors', 'Aidants']);
    expect(codes(result)).to.deep.equal([
      'events[0].sectors[4] invalid-field warning',
      'events[0].sectors[5] invalid-field warning',
    ]);
  });

  it('bounds lists of terms at 50 entries', () => {
    const result = parseEvents(event({ tags: Array.from({ length: 60 }, (_, i) => `t${i}`) }));
    expect(result.feed!.events[0]!.tags).to.have.length(50);
    expect(codes(result)).to.deep.equal(['events[0].tags too-many warning']);
  });

  it('ignores unknown keys silently', () => {
    const result = parseEvents(event({ couleur: 'rouge', x: { y: 1 } }));
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.events[0]).to.not.have.any.keys('couleur', 'x');
  });
});

describe('parseFeed: dates and recurrence', () => {
  it('drops an end before the start, with a warning', () => {
    const result = parseEvents(
      event({ id: '1', start: '2027-03-14T14:00', end: '2027-03-14T13:59' }),
      event({ id: '2', start: '2027-03-14T14:00', end: '2027-03-14' }),
      event({ id: '3', start: '2027-03-14', end: '2027-03-13' }),
      event({ id: '4', start: '2027-03-14T14:00:00+01:00', end: '2027-03-14T13:30:00Z' }),
      event({ id: '5', start: '2027-03-14T14:00:00+01:00', end: '2027-03-14T12:30:00Z' }),
    );
    expect(result.feed!.events.map((e) => e.end ?? null)).to.deep.equal([
      null,
      '2027-03-14',
      null,
      '2027-03-14T13:30:00Z',
      null,
    ]);
    expect(codes(result)).to.deep.equal([
      'events[0].end end-before-start warning',
      'events[2].end end-before-start warning',
      'events[4].end end-before-start warning',
    ]);
  });

  it('keeps supported recurrence rules without their RRULE: prefix and drops others', () => {
    const result = parseEvents(
      event({ id: '1', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=10' }),
      event({ id: '2', rrule: 'FREQ=HOURLY' }),
      event({ id: '3', rrule: 42 }),
    );
    expect(result.feed!.events.map((e) => e.rrule ?? null)).to.deep.equal(['FREQ=WEEKLY;BYDAY=WE;COUNT=10', null, null]);
    expect(codes(result)).to.deep.equal(['events[1].rrule invalid-rrule warning', 'events[2].rrule invalid-rrule warning']);
  });

  it('keeps valid exdates, drops invalid ones and bounds them at 1 000', () => {
    const result = parseEvents(event({ exdates: ['2027-03-21T14:00', 'bientôt', '2027-03-21T14:00', '2027-03-28'] }));
    expect(result.feed!.events[0]!.exdates).to.deep.equal(['2027-03-21T14:00', '2027-03-28']);
    expect(codes(result)).to.deep.equal(['events[0].exdates[1] invalid-field warning']);
    const many = Array.from({ length: 1_200 }, (_, i) => `2027-01-01T00:00:${String(i % 60).padStart(2, '0')}`);
    const bounded = parseEvents(event({ exdates: many }));
    expect(codes(bounded)).to.deep.equal(['events[0].exdates too-many warning']);
  });
});

describe('parseFeed: places, organizations and missions', () => {
  it('keeps coordinates in range and drops others', () => {
    const result = parseFeed({
      maillage: '1',
      title: 'T',
      places: [
        { id: '1', name: 'A', geo: { lat: 46.58, lon: 0.34 } },
        { id: '2', name: 'B', geo: { lat: 91, lon: 0 } },
        { id: '3', name: 'C', geo: { lat: '46.5', lon: 0.3 } },
        { id: '4', name: 'D', geo: { lat: 46.5 } },
        { id: '5', name: 'E', geo: { lat: -90, lon: 180 } },
        { id: '6', name: 'F', geo: { lat: 0, lon: -180.5 } },
      ],
    });
    expect(result.feed!.places.map((p) => p.geo ?? null)).to.deep.equal([
      { lat: 46.58, lon: 0.34 },
      null,
      null,
      null,
      { lat: -90, lon: 180 },
      null,
    ]);
    expect(codes(result)).to.deep.equal([
      'places[1].geo.lat out-of-range warning',
      'places[2].geo.lat invalid-field warning',
      'places[3].geo.lon missing-field warning',
      'places[5].geo.lon out-of-range warning',
    ]);
  });

  it('checks the codes of organizations and places', () => {
    const result = parseFeed({
      maillage: '1',
      title: 'T',
      organizations: [
        { id: 'a', name: 'A', rna: 'w863001234', siren: '812 345 678', type: 'tiers-lieu' },
        { id: 'b', name: 'B', rna: '863001234', siren: '8123', type: 'club' },
      ],
      places: [
        { id: 'p', name: 'P', address: { postalCode: '86000', inseeCode: '2A004' } },
        { id: 'q', name: 'Q', address: { inseeCode: '860' } },
      ],
    });
    const [a, b] = result.feed!.organizations;
    expect([a!.rna, a!.siren, a!.type]).to.deep.equal(['W863001234', '812345678', 'tiers-lieu']);
    expect(b).to.deep.equal({ id: 'b', name: 'B' });
    expect(result.feed!.places.map((p) => p.address ?? null)).to.deep.equal([
      { postalCode: '86000', inseeCode: '2A004' },
      null,
    ]);
    expect(codes(result)).to.deep.equal([
      'organizations[1].type unknown-value warning',
      'organizations[1].rna invalid-field warning',
      'organizations[1].siren invalid-field warning',
      'places[1].address.inseeCode invalid-field warning',
    ]);
  });

  it('brings spots taken back between 0 and the total, and drops spots without a whole total', () => {
    const mission = (id: string, spots: unknown): Json => ({ id, title: 'M', organizationId: 'a', spots });
    const result = parseFeed({
      maillage: '1',
      title: 'T',
      organizations: ORGS,
      missions: [
        mission('1', { total: 5, filled: 2 }),
        mission('2', { total: 5, filled: 9 }),
        mission('3', { total: 5, filled: -2 }),
        mission('4', { total: 2.5 }),
        mission('5', { filled: 1 }),
        mission('6', { total: 0 }),
      ],
    });
    expect(result.feed!.missions.map((m) => m.spots ?? null)).to.deep.equal([
      { total: 5, filled: 2 },
      { total: 5, filled: 5 },
      { total: 5, filled: 0 },
      null,
      null,
      { total: 0 },
    ]);
    expect(codes(result)).to.deep.equal([
      'missions[1].spots.filled out-of-range warning',
      'missions[2].spots.filled out-of-range warning',
      'missions[3].spots.total invalid-field warning',
      'missions[4].spots.total missing-field warning',
    ]);
    expect(result.problems[0]!.message.fr).to.contain('La valeur « 5 » est utilisée à la place.');
  });

  it('checks ages and accepts only https sign-up endpoints (plain http on localhost for tests)', () => {
    const mission = (id: string, fields: Json): Json => ({ id, title: 'M', organizationId: 'a', ...fields });
    const result = parseFeed({
      maillage: '1',
      title: 'T',
      organizations: ORGS,
      missions: [
        mission('1', { minAge: 16, signup: { endpoint: 'https://exemple.fr/inscription' } }),
        mission('2', { minAge: 121, signup: { endpoint: 'http://exemple.fr/inscription' } }),
        mission('3', { minAge: 16.5, signup: { endpoint: 'http://localhost:8787/signup' } }),
      ],
    });
    expect(result.feed!.missions.map((m) => [m.minAge ?? null, m.signup?.endpoint ?? null])).to.deep.equal([
      [16, 'https://exemple.fr/inscription'],
      [null, null],
      [null, 'http://localhost:8787/signup'],
    ]);
    expect(codes(result)).to.deep.equal([
      'missions[1].minAge out-of-range warning',
      'missions[1].signup.endpoint invalid-field warning',
      'missions[2].minAge invalid-field warning',
    ]);
  });
});

describe('parseFeed: cooperations', () => {
  const cooperation = (fields: Json): Json => ({
    id: 'c',
    title: 'Coopération',
    partners: [{ organizationId: 'a', role: 'Prête la salle' }, { organizationId: 'b' }],
    ...fields,
  });
  const parseCooperation = (fields: Json): ParseResult =>
    parseFeed({ maillage: '1', title: 'T', organizations: ORGS, cooperations: [cooperation(fields)] });

  it('reads partners, and skips a cooperation with fewer than two distinct ones', () => {
    expect(parseCooperation({}).feed!.cooperations[0]!.partners).to.deep.equal([
      { organizationId: 'a', role: 'Prête la salle' },
      { organizationId: 'b' },
    ]);
    for (const partners of [[{ organizationId: 'a' }], [{ organizationId: 'a' }, { organizationId: 'a' }], [], ['a', 5 > 6]]) {
      const result = parseCooperation({ partners });
      expect(result.feed!.cooperations, JSON.stringify(partners)).to.have.length(0);
      expect(codes(result), JSON.stringify(partners)).to.include('cooperations[0].partners too-few-partners error');
    }
    expect(parseCooperation({ partners: ['a', 'b'] }).feed!.cooperations[0]!.partners).to.deep.equal([
      { organizationId: 'a' },
      { organizationId: 'b' },
    ]);
  });

  it('reads resources as objects or strings', () => {
    const result = parseCooperation({
      resources: [
        { kind: 'premises', description: 'La salle', organizationId: 'a' },
        'staff',
        'Un minibus',
        { kind: 'transport', description: 'Covoiturage' },
        { kind: 'minibus' },
        { description: 'Des chaises' },
        {},
        7,
      ],
    });
    expect(result.feed!.cooperations[0]!.resources).to.deep.equal([
      { kind: 'premises', description: 'La salle', organizationId: 'a' },
      { kind: 'staff' },
      { kind: 'other', description: 'Un minibus' },
      { kind: 'other', description: 'Covoiturage' },
      { kind: 'other', description: 'minibus' },
      { kind: 'other', description: 'Des chaises' },
    ]);
    expect(codes(result)).to.deep.equal([
      'cooperations[0].resources[3].kind unknown-value warning',
      'cooperations[0].resources[4].kind unknown-value warning',
      'cooperations[0].resources[5].kind missing-field warning',
      'cooperations[0].resources[6].kind missing-field warning',
      'cooperations[0].resources[7] invalid-field warning',
    ]);
  });

  it('reads outcomes as objects or texts', () => {
    const result = parseCooperation({
      outcomes: [
        { label: 'Spectateurs', value: 350, unit: 'personnes' },
        'Un rayon de livres',
        { fr: 'Des liens', en: 'Ties' },
        { value: 3 },
        { label: 'Inscrits', value: '27' },
      ],
    });
    expect(result.feed!.cooperations[0]!.outcomes).to.deep.equal([
      { label: 'Spectateurs', value: 350, unit: 'personnes' },
      { label: 'Un rayon de livres' },
      { label: { fr: 'Des liens', en: 'Ties' } },
      { label: 'Inscrits' },
    ]);
    expect(codes(result)).to.deep.equal([
      'cooperations[0].outcomes[3] invalid-field warning',
      'cooperations[0].outcomes[4].value invalid-field warning',
    ]);
  });

  it('drops an until before since', () => {
    const result = parseCooperation({ since: '2027-01-01', until: '2026-12-31', status: 'active' });
    expect(result.feed!.cooperations[0]).to.deep.include({ since: '2027-01-01', status: 'active' });
    expect(result.feed!.cooperations[0]).to.not.have.key('until');
    expect(codes(result)).to.deep.equal(['cooperations[0].until end-before-start warning']);
  });
});
