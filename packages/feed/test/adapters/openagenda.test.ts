import { expect } from '@open-wc/testing';
import { openAgendaToFeed } from '../../src/adapters/index.js';
import { toEpoch } from '../../src/datetime.js';
import { byId, fixtureText, parsed } from './helpers.js';

describe('openAgendaToFeed', () => {
  it('turns an event with many timings into a series <uid>-<n> across the DST change', async () => {
    const result = openAgendaToFeed(await fixtureText('openagenda-events.json'));
    const feed = parsed(result);
    expect(feed.title).to.equal('Vie associative de Saint-Exemple');
    const series = feed.events.filter((event) => event.id.startsWith('84219-'));
    expect(series).to.have.length(12);
    expect(series.map((event) => event.id).slice(0, 3)).to.deep.equal(['84219-1', '84219-2', '84219-3']);
    // Always 10:00 on the wall, before and after 28 March 2027.
    expect(series.every((event) => event.start.endsWith('T10:00:00') && event.end!.endsWith('T12:00:00'))).to.equal(true);
    expect(toEpoch(series[2]!.start, feed.timezone)).to.equal(Date.UTC(2027, 2, 20, 9));
    expect(toEpoch(series[3]!.start, feed.timezone)).to.equal(Date.UTC(2027, 2, 27, 9));
    expect(toEpoch(series[4]!.start, feed.timezone)).to.equal(Date.UTC(2027, 3, 3, 8));
  });

  it('maps texts, keywords, accessibility, age, registration, price, image and place', async () => {
    const feed = parsed(openAgendaToFeed(await fixtureText('openagenda-events.json')));
    const event = byId(feed.events, '84219-1');
    expect(event.title).to.deep.equal({ fr: 'Atelier numérique du samedi', en: 'Saturday digital workshop' });
    expect(event.summary).to.deep.equal({ fr: 'Apprendre à se servir de son téléphone.', en: 'Learn to use your phone.' });
    expect(event.description).to.equal('Un atelier gratuit pour les débutants.\nVenez avec votre appareil & vos questions.');
    expect(event.tags).to.deep.equal(['numérique', 'inclusion']);
    expect(event.accessibility).to.deep.equal(['hearing', 'motor', 'visual']);
    expect(event.age).to.deep.equal({ min: 12 });
    expect(event.registration).to.deep.equal({
      url: 'https://mediatheque-saint-exemple.fr/inscription',
      email: 'mediatheque@saint-exemple.fr',
      phone: '05 49 00 00 00',
    });
    expect(event.price).to.deep.equal({ free: true, text: 'Gratuit, sur inscription' });
    expect(event.image?.url).to.equal('https://cdn.openagenda.com/main/atelier-numerique.jpg');
    expect(event.status).to.equal('scheduled');
    const place = byId(feed.places, event.placeId!);
    expect(place.geo).to.deep.equal({ lat: 46.5802, lon: 0.3404 });
    expect(place.address).to.deep.equal({ street: "4 rue de l'Université", postalCode: '86000', locality: 'Poitiers', inseeCode: '86194' });
    // Twelve events, one place.
    expect(feed.places.filter((candidate) => candidate.name === place.name)).to.have.length(1);
  });

  it('maps status and attendance codes, keeps a twice-happening night time exact, and reports an event without timings', async () => {
    const result = openAgendaToFeed(await fixtureText('openagenda-events.json'));
    const feed = parsed(result);
    const concert = byId(feed.events, '84220');
    expect(concert.status).to.equal('cancelled');
    expect(concert.attendance).to.equal('mixed');
    expect(concert.onlineUrl).to.equal('https://peertube.example.org/live/concert');
    // 02:30+01:00 on 31 October 2027 is the second 02:30 of that night.
    expect(toEpoch(concert.start, feed.timezone)).to.equal(Date.UTC(2027, 9, 31, 1, 30));
    expect(result.problems.some((problem) => problem.message.en.includes('"84221" has no dates'))).to.equal(true);
  });

  it('reads the status codes 1 to 6', () => {
    const expected = ['scheduled', 'rescheduled', 'moved-online', 'postponed', 'full', 'cancelled'];
    const events = expected.map((_, i) => ({ uid: i + 1, title: { fr: `E${i}` }, status: i + 1, timings: [{ begin: '2027-05-01T10:00:00+0200' }] }));
    const feed = parsed(openAgendaToFeed({ events }));
    expect(feed.events.map((event) => event.status)).to.deep.equal(expected);
  });
});
