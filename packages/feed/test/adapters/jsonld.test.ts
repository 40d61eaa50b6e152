import { expect } from '@open-wc/testing';
import { feedToJsonLd, jsonLdToFeed } from '../../src/adapters/index.js';
import { toEpoch } from '../../src/datetime.js';
import { byId, fixtureText, parsed } from './helpers.js';

describe('jsonLdToFeed', () => {
  it('reads every event of every JSON-LD block of a page (@graph, ItemList, subtypes)', async () => {
    const result = jsonLdToFeed(await fixtureText('velo-poitou.html'));
    const feed = parsed(result);
    expect(feed.events.map((event) => event.title)).to.deep.equal(['Bourse aux vélos', 'Balade du dimanche', 'Fanfare à vélo']);
    expect(result.problems.filter((problem) => problem.severity === 'error')).to.have.length(1);
    expect(result.problems[0]!.path).to.equal('script[2]');

    const bourse = feed.events[0]!;
    expect(toEpoch(bourse.start, feed.timezone)).to.equal(Date.UTC(2027, 3, 10, 7));
    expect(bourse.start).to.equal('2027-04-10T09:00:00');
    expect(bourse.description).to.equal("Achetez & vendez vos vélos d'occasion.\nEntrée libre.");
    expect(bourse.price).to.deep.equal({ free: true });
    expect(bourse.image?.url).to.equal('https://velo-poitou.fr/img/bourse.jpg');
    const place = byId(feed.places, bourse.placeId!);
    expect(place.address).to.deep.equal({ street: 'Boulevard du Grand Cerf', postalCode: '86000', locality: 'Poitiers' });
    expect(place.geo).to.deep.equal({ lat: 46.582, lon: 0.333 });
    expect(byId(feed.organizations, bourse.organizers![0]!).name).to.equal('Vélo Poitou');

    const balade = feed.events[1]!;
    expect(balade.tags).to.deep.equal(['balade', 'famille']);
    expect(balade.age).to.deep.equal({ min: 8 });
    expect(byId(feed.places, balade.placeId!).name).to.equal("Place d'Armes, Poitiers");

    const fanfare = feed.events[2]!;
    expect(fanfare.start).to.equal('2027-06-21');
    expect(fanfare.status).to.equal('cancelled');
    expect(fanfare.onlineUrl).to.equal('https://velo-poitou.fr/live');
  });

  it('reads a single Event object and JSON text', () => {
    const single = { '@context': 'https://schema.org', '@type': 'Event', name: 'Fête', startDate: '2027-07-14T21:00:00+0200' };
    expect(parsed(jsonLdToFeed(single)).events[0]!.start).to.equal('2027-07-14T21:00:00');
    expect(parsed(jsonLdToFeed(JSON.stringify([single]))).events).to.have.length(1);
  });

  it('round trips through feedToJsonLd', () => {
    const feed = parsed(
      jsonLdToFeed({
        '@graph': [
          {
            '@type': 'Event',
            name: 'Forum des associations',
            startDate: '2027-09-04T10:00:00+02:00',
            endDate: '2027-09-04T18:00:00+02:00',
            location: { '@type': 'Place', name: 'Gymnase', address: { '@type': 'PostalAddress', addressLocality: 'Poitiers' } },
            isAccessibleForFree: true,
          },
        ],
      }),
    );
    const document = feedToJsonLd(feed);
    const graph = document['@graph'] as Record<string, unknown>[];
    expect(graph[0]!.startDate).to.equal('2027-09-04T10:00:00+02:00');
    expect(graph[0]!.endDate).to.equal('2027-09-04T18:00:00+02:00');
    const back = parsed(jsonLdToFeed(document));
    expect(back.events[0]!.title).to.equal('Forum des associations');
    expect(back.events[0]!.start).to.equal(feed.events[0]!.start);
    expect(back.places[0]!.name).to.equal('Gymnase');
    expect(back.events[0]!.price?.free).to.equal(true);
  });

  it('writes one Event per occurrence of a recurring event', () => {
    const feed = parsed({ feed: { maillage: '1', title: 't', events: [{ id: 'e', title: 'Chorale', start: '2027-03-24T20:00', rrule: 'FREQ=WEEKLY;COUNT=3' }] }, problems: [] });
    const graph = feedToJsonLd(feed)['@graph'] as Record<string, unknown>[];
    expect(graph.map((node) => node.startDate)).to.deep.equal([
      '2027-03-24T20:00:00+01:00',
      '2027-03-31T20:00:00+02:00',
      '2027-04-07T20:00:00+02:00',
    ]);
  });
});
