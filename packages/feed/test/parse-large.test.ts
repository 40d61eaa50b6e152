import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/parse.js';

/** A feed of `count` ordinary events, as a loader would get it from JSON.parse. */
function bigFeed(count: number): unknown {
  const events = Array.from({ length: count }, (_, i) => ({
    id: `evt-${i}`,
    title: `Atelier numérique n° ${i} à la médiathèque`,
    start: '2027-03-14T14:00',
    end: '2027-03-14T18:00',
    summary: 'Un après-midi pour apprendre à se servir de sa tablette, avec les bénévoles.',
    placeId: `p${i % 50}`,
    organizers: [`o${i % 30}`, `o${(i + 1) % 30}`],
    sectors: ['numerique'],
    url: `https://exemple.fr/agenda/${i}`,
  }));
  return JSON.parse(
    JSON.stringify({
      maillage: '1',
      title: 'Agenda',
      organizations: Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, name: `Association ${i}` })),
      places: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Salle ${i}`, geo: { lat: 46.5, lon: 0.3 } })),
      events,
    }),
  );
}

// Timings belong to `npm run bench`; here, a feed of benchmark size must read completely and cleanly.
describe('parseFeed: a large feed', () => {
  it('reads 10 000 events with no problem and keeps every record', () => {
    const result = parseFeed(bigFeed(10_000));
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.events).to.have.length(10_000);
    expect(result.feed!.events[9_999]!.id).to.equal('evt-9999');
    expect(result.feed!.events[42]!.organizers).to.deep.equal(['o12', 'o13']);
  });
});
