import { expect } from '@open-wc/testing';
import type { Feed, FeedEvent, Occurrence } from '@maillage/feed';
import { eventsToJsonLd, jsonLdScriptText, type JsonObject } from '../src/json-ld.js';

const PAGE = 'https://ville.example/agenda?quartier=nord#haut';

const feed: Feed = {
  maillage: '1',
  title: 'Vie associative',
  language: 'fr',
  timezone: 'Europe/Paris',
  organizations: [
    { id: 'foot', name: 'US Saint-Aubin', url: 'https://foot.example/' },
    { id: 'biblio', name: { fr: 'Médiathèque', en: 'Library' } },
  ],
  places: [
    {
      id: 'salle',
      name: 'Salle des fêtes',
      address: { street: '2 rue du Lavoir', postalCode: '86000', locality: 'Poitiers' },
      geo: { lat: 46.58, lon: 0.34 },
    },
  ],
  events: [],
  missions: [],
  cooperations: [],
};

function occurrence(event: FeedEvent, start: number, end = start, allDay = false): Occurrence {
  return { event, start, end, allDay, key: `${event.id}@${start}` };
}

function eventsOf(occurrences: Occurrence[], lang = 'fr'): JsonObject[] {
  const data = eventsToJsonLd(feed, occurrences, { lang, pageUrl: PAGE });
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'] as JsonObject[];
}

const summer: FeedEvent = {
  id: 'bal',
  title: { fr: 'Bal du 14 juillet', en: 'Bastille Day ball' },
  summary: 'Orchestre et lampions',
  start: '2027-07-14T21:00',
  end: '2027-07-15T01:00',
  placeId: 'salle',
  organizers: ['foot', 'biblio', 'missing'],
  price: { free: true },
  image: { url: 'https://ville.example/bal.jpg' },
};

describe('eventsToJsonLd', () => {
  it('describes an occurrence as a schema.org Event', () => {
    const [json] = eventsOf([occurrence(summer, Date.UTC(2027, 6, 14, 19), Date.UTC(2027, 6, 14, 23))]);
    expect(json).to.deep.equal({
      '@type': 'Event',
      name: 'Bal du 14 juillet',
      startDate: '2027-07-14T21:00:00+02:00',
      endDate: '2027-07-15T01:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Salle des fêtes',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 rue du Lavoir',
          postalCode: '86000',
          addressLocality: 'Poitiers',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 46.58, longitude: 0.34 },
      },
      organizer: [
        { '@type': 'Organization', name: 'US Saint-Aubin', url: 'https://foot.example/' },
        { '@type': 'Organization', name: 'Médiathèque' },
      ],
      description: 'Orchestre et lampions',
      image: 'https://ville.example/bal.jpg',
      isAccessibleForFree: true,
      url: 'https://ville.example/agenda?quartier=nord#event-bal',
      inLanguage: 'fr',
    });
  });

  it('writes the winter offset in winter', () => {
    const winter: FeedEvent = { id: 'loto', title: 'Loto', start: '2027-01-16T14:00' };
    const [json] = eventsOf([occurrence(winter, Date.UTC(2027, 0, 16, 13))]);
    expect(json!.startDate).to.equal('2027-01-16T14:00:00+01:00');
    // No end: no endDate.
    expect(json).to.not.have.property('endDate');
  });

  it('writes the offset of each side of a change of time', () => {
    const night: FeedEvent = { id: 'nuit', title: 'Nuit des étoiles', start: '2027-10-30T22:00', end: '2027-10-31T04:00' };
    const [json] = eventsOf([occurrence(night, Date.UTC(2027, 9, 30, 20), Date.UTC(2027, 9, 31, 3))]);
    expect(json!.startDate).to.equal('2027-10-30T22:00:00+02:00');
    expect(json!.endDate).to.equal('2027-10-31T04:00:00+01:00');
  });

  it('writes all-day occurrences as dates, the end being the last day', () => {
    const fete: FeedEvent = { id: 'fete', title: 'Fête', start: '2027-06-12', end: '2027-06-13' };
    const [json] = eventsOf([occurrence(fete, Date.UTC(2027, 5, 11, 22), Date.UTC(2027, 5, 13, 22), true)]);
    expect(json!.startDate).to.equal('2027-06-12');
    expect(json!.endDate).to.equal('2027-06-13');
  });

  it('maps statuses', () => {
    const statuses = ['scheduled', 'rescheduled', 'postponed', 'cancelled', 'full', 'moved-online'] as const;
    const jsons = eventsOf(statuses.map((status, i) => occurrence({ id: status, title: status, start: '2027-05-01', status }, i)));
    expect(jsons.map((j) => j.eventStatus)).to.deep.equal([
      'https://schema.org/EventScheduled',
      'https://schema.org/EventRescheduled',
      'https://schema.org/EventPostponed',
      'https://schema.org/EventCancelled',
      'https://schema.org/EventScheduled',
      'https://schema.org/EventMovedOnline',
    ]);
    expect(jsons[5]!.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
  });

  it('maps attendance modes and online locations', () => {
    const online: FeedEvent = { id: 'w', title: 'Webinaire', start: '2027-05-01T18:00', attendance: 'online', onlineUrl: 'https://visio.example/w' };
    const mixed: FeedEvent = { ...online, id: 'm', attendance: 'mixed', placeId: 'salle' };
    const noUrl: FeedEvent = { id: 'n', title: 'N', start: '2027-05-01T18:00', attendance: 'online' };
    const [a, b, c] = eventsOf([occurrence(online, 0), occurrence(mixed, 0), occurrence(noUrl, 0)]);
    expect(a!.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(a!.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://visio.example/w' });
    expect(b!.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect((b!.location as JsonObject[]).map((l) => l['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
    // Without an online address, the event's page stands for it.
    expect(c!.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://ville.example/agenda?quartier=nord#event-n' });
  });

  it('writes a paying price as an offer and prefers the event URL', () => {
    const paying: FeedEvent = {
      id: 'concert',
      title: 'Concert',
      start: '2027-05-01T20:00',
      price: { text: '5 €, gratuit pour les enfants' },
      registration: { url: 'https://billets.example/concert' },
      url: 'https://club.example/concert',
    };
    const [json] = eventsOf([occurrence(paying, 0)]);
    expect(json!.offers).to.deep.equal({
      '@type': 'Offer',
      description: '5 €, gratuit pour les enfants',
      url: 'https://billets.example/concert',
    });
    expect(json).to.not.have.property('isAccessibleForFree');
    expect(json!.url).to.equal('https://club.example/concert');
  });

  it('says which language the texts are in', () => {
    const [json] = eventsOf([occurrence(summer, 0)], 'en');
    expect(json!.name).to.equal('Bastille Day ball');
    expect(json!.inLanguage).to.equal('en');
    expect((json!.organizer as JsonObject[])[1]!.name).to.equal('Library');
    const [german] = eventsOf([occurrence(summer, 0)], 'de');
    expect(german!.inLanguage).to.equal('fr');
  });

  it('keeps the first 50 occurrences', () => {
    const many = Array.from({ length: 80 }, (_, i) => occurrence({ id: `e${i}`, title: `E${i}`, start: '2027-05-01' }, i));
    const jsons = eventsOf(many);
    expect(jsons).to.have.length(50);
    expect(jsons[49]!.name).to.equal('E49');
  });
});

describe('jsonLdScriptText', () => {
  const hostile = '</script><script>alert(1)</script><!-- \u2028 & \u2029';

  it('cannot close the script element, and parses back to the same data', () => {
    const data = eventsToJsonLd(feed, [occurrence({ id: 'x', title: hostile, start: '2027-05-01' }, 0)], {
      lang: 'fr',
      pageUrl: PAGE,
    });
    const text = jsonLdScriptText(data);
    expect(text).to.not.include('<');
    expect(text).to.not.include('>');
    expect(text).to.not.include('\u2028');
    expect(text).to.not.include('\u2029');
    expect(text).to.include('\\u003c/script\\u003e');
    const parsed = JSON.parse(text) as { '@graph': { name: string }[] };
    expect(parsed['@graph'][0]!.name).to.equal(hostile);
    expect(parsed).to.deep.equal(JSON.parse(JSON.stringify(data)));
  });

  it('stays inert inside a real script element', () => {
    const container = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = jsonLdScriptText({ name: hostile });
    container.append(script);
    // Serialised and read back as HTML, the text is still one script element holding all of it.
    const reread = document.createElement('div');
    reread.innerHTML = container.innerHTML;
    expect(reread.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(reread.querySelector('script')!.textContent!)).to.deep.equal({ name: hostile });
  });
});
