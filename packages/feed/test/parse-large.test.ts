import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/parse.js';
import { registerAllReaders } from '../src/parse/all.js';
import { readFeedText, readFeedTextInSlices } from '../src/parse/read.js';
import { tasksDuring } from './tasks.js';

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

describe('readFeedTextInSlices: a large feed read without one long task', () => {
  const text = JSON.stringify({
    ...(bigFeed(2_000) as object),
    missions: [{ id: 'm1', title: 'Tenir la buvette', organizationId: 'o1' }],
    cooperations: [{ id: 'c1', title: 'Le comptoir', partners: [{ organizationId: 'o1' }, { organizationId: 'o2' }] }],
  });

  // The one-go reading needs every optional reader (parseFeed registers them; the loader fetches them).
  before(registerAllReaders);

  it('gives exactly what the one-go reading gives, problems included', async () => {
    const hostile = text.replace('"evt-7"', '"evt-6"').replace('"2027-03-14T18:00"', '"2027-03-14T12:00"');
    for (const source of [text, hostile]) {
      const sliced = await readFeedTextInSlices(source, { source: 'https://exemple.fr/flux.json' }, 0);
      expect(sliced).to.deep.equal(readFeedText(source, { source: 'https://exemple.fr/flux.json' }));
    }
    const hostileResult = readFeedText(hostile);
    expect(hostileResult.problems.map((p) => p.code)).to.include.members(['duplicate-id', 'end-before-start']);
  });

  it('gives the page the hand between slices of records', async () => {
    // A slice of 0 ms: the reading pauses at every slice of records, whatever the machine's speed.
    const { result, tasks } = await tasksDuring(() => readFeedTextInSlices(text, {}, 0));
    expect(result.feed!.events).to.have.length(2_000);
    expect(tasks).to.be.greaterThan(1);
  });

  it('answers empty, HTML and broken texts at once, as the one-go reading does', async () => {
    for (const bad of ['', '   ', '<!doctype html><p>404', '{"maillage": "1", "title": ', '\ufeff{"maillage":"1","title":"T"}']) {
      expect(await readFeedTextInSlices(bad)).to.deep.equal(readFeedText(bad));
    }
  });
});
