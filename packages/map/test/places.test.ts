import { expect } from '@open-wc/testing';
import { parseFeed } from '@maillage/feed';
import { layerCounts, parseLayers, placesWithoutPosition, summarizePlaces, usablePosition } from '@maillage/map';
import { mapFeed } from './harness.js';

const query = { layers: parseLayers(''), sectors: [], organization: null, from: Date.UTC(2027, 0, 1), to: Infinity, now: Date.UTC(2027, 0, 1), lang: 'fr' };

describe('places of the map (no DOM)', () => {
  it('reads the layers attribute', () => {
    expect(parseLayers('')).to.deep.equal(['events', 'missions', 'cooperations']);
    expect(parseLayers('missions  events')).to.deep.equal(['events', 'missions']);
    expect(parseLayers('nothing known')).to.deep.equal(['events', 'missions', 'cooperations']);
  });

  it('keeps usable coordinates only', () => {
    expect(usablePosition({ lat: 45, lon: 0.4 })).to.deep.equal({ lat: 45, lon: 0.4 });
    expect(usablePosition(undefined)).to.equal(null);
    expect(usablePosition({ lat: 0, lon: 0 })).to.equal(null);
    expect(usablePosition({ lat: 91, lon: 0 })).to.equal(null);
    expect(usablePosition({ lat: Number.NaN, lon: 2 })).to.equal(null);
  });

  it('groups by place, counts distinct events, and takes the main sector', async () => {
    const feed = parseFeed(await mapFeed()).feed!;
    const places = summarizePlaces(feed, query);
    const mediatheque = places.find((p) => p.place.id === 'mediatheque')!;
    expect(mediatheque.occurrences.length).to.equal(3);
    expect(mediatheque.eventCount).to.equal(1);
    expect(places.find((p) => p.place.id === 'stade')!.sector).to.equal('sport');
    expect(places.find((p) => p.place.id === 'jardin')!.sector).to.equal('environnement');
    expect(layerCounts(places)).to.deep.equal({ events: 6, missions: 3, cooperations: 2 });
    const sport = summarizePlaces(feed, { ...query, sectors: ['sport'] });
    expect(sport.map((p) => p.place.id)).to.deep.equal(['stade']);
    const byOrganization = summarizePlaces(feed, { ...query, organization: 'epicerie' });
    expect(byOrganization.map((p) => p.place.id)).to.deep.equal(['halle', 'jardin']);
  });

  it('names the places a map cannot show', async () => {
    const feed = parseFeed(await mapFeed()).feed!;
    expect(placesWithoutPosition(feed).map((p) => p.path)).to.deep.equal(['places[4].geo']);
  });
});
