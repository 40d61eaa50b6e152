import { expect } from '@open-wc/testing';
import { detectFormat, escapeXml, feedToGeoJson, feedToRss } from '../../src/adapters/index.js';
import { parseFeed } from '../../src/parse.js';
import { fixtureText } from './helpers.js';

const feed = parseFeed({
  maillage: '1',
  title: 'Vie associative <Saint-Exemple> & co',
  url: 'https://saint-exemple.fr/',
  places: [
    { id: 'salle', name: 'Salle des fêtes', address: { locality: 'Poitiers' }, geo: { lat: 46.58, lon: 0.34 } },
    { id: 'sans-geo', name: 'Quelque part' },
  ],
  events: [
    { id: 'loto', title: 'Loto "géant" & buvette', start: '2027-03-14T14:00', placeId: 'salle', tags: ['jeux'] },
    { id: 'chorale', title: 'Chorale', start: '2027-03-10T20:00', rrule: 'FREQ=WEEKLY;COUNT=3', placeId: 'salle', status: 'cancelled' },
    { id: 'ancien', title: 'Passé', start: '2020-01-01', placeId: 'sans-geo' },
  ],
}).feed!;

describe('feedToGeoJson', () => {
  it('writes the places with coordinates, longitude first, with their events', () => {
    const geojson = feedToGeoJson(feed) as { type: string; features: { geometry: { coordinates: number[] }; properties: { events: { id: string }[] } }[] };
    expect(geojson.type).to.equal('FeatureCollection');
    expect(geojson.features).to.have.length(1);
    expect(geojson.features[0]!.geometry.coordinates).to.deep.equal([0.34, 46.58]);
    expect(geojson.features[0]!.properties.events.map((event) => event.id)).to.deep.equal(['loto', 'chorale']);
  });
});

describe('feedToRss', () => {
  it('lists upcoming occurrences, soonest first, with XML escaping', () => {
    const rss = feedToRss(feed, { from: Date.UTC(2027, 2, 1) });
    expect(rss).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0">/);
    expect(rss).to.include('<title>Vie associative &lt;Saint-Exemple&gt; &amp; co</title>');
    expect(rss).to.include('Loto &quot;géant&quot; &amp; buvette');
    expect(rss.match(/<item>/g)).to.have.length(4);
    expect(rss.indexOf('Annulé : Chorale')).to.be.lessThan(rss.indexOf('Loto'));
    expect(rss).not.to.include('Passé');
    const parsedXml = new DOMParser().parseFromString(rss, 'application/xml');
    expect(parsedXml.querySelector('parsererror')).to.equal(null);
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001')).to.equal('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('detectFormat', () => {
  it('tells the formats apart', async () => {
    expect(detectFormat(await fixtureText('saint-exemple.ics'))).to.equal('ics');
    expect(detectFormat(await fixtureText('velo-poitou.html'))).to.equal('jsonld');
    expect(detectFormat(await fixtureText('openagenda-events.json'))).to.equal('openagenda');
    expect(detectFormat(await fixtureText('api-engagement-missions.json'))).to.equal('api-engagement');
    expect(detectFormat(await fixtureText('mobilizon-events.json'))).to.equal('mobilizon');
    expect(detectFormat(await fixtureText('evenements.csv'))).to.equal('csv');
    expect(detectFormat('{"maillage":"1","title":"t"}')).to.equal('maillage');
    expect(detectFormat('{"@context":"https://schema.org","@type":"Event"}')).to.equal('jsonld');
    expect(detectFormat('<html><body>rien</body></html>')).to.equal('unknown');
    expect(detectFormat('anything', 'text/calendar; charset=utf-8')).to.equal('ics');
    expect(detectFormat('{broken')).to.equal('unknown');
    expect(detectFormat(42)).to.equal('unknown');
  });
});
