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

describe('parseFeed: speed', () => {
  it('reads 10 000 events in well under 100 ms', () => {
    const input = bigFeed(10_000);
    const check = parseFeed(input);
    expect(check.problems).to.deep.equal([]);
    expect(check.feed!.events).to.have.length(10_000);
    // The best of a few runs: the parser's own cost, without a garbage collection that happens to fall in one.
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      parseFeed(input);
      times.push(performance.now() - started);
    }
    expect(Math.min(...times), times.map((t) => t.toFixed(0)).join(' ')).to.be.below(100);
  });
});
