import { expect } from '@open-wc/testing';
import { FeedLoader } from '../src/loader.js';
import { queryOccurrences } from '../src/query.js';
import type { Feed } from '../src/types.js';
import { FakeServer, feedText } from './loader-fakes.js';

// In a page of its own: what this file checks is which modules the page fetched.
const fetched = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));

describe('FeedLoader: what a page fetches only when it needs it', () => {
  it('fetches the sentences of load errors only when a feed fails', async () => {
    const server = new FakeServer()
      .on('https://exemple.fr/bon.json', { body: feedText('Agenda', [{ id: 'e1', title: 'Loto', start: '2027-03-14T14:00' }]) })
      .on('https://exemple.fr/panne.json', { status: 500 });
    const loader = new FeedLoader({ fetch: server.fetch, storage: null });
    expect((await loader.load('https://exemple.fr/bon.json')).status).to.equal('ready');
    expect(fetched('error-messages')).to.deep.equal([]);
    const failed = await loader.load('https://exemple.fr/panne.json');
    expect(failed.error?.message.fr).to.equal('Le serveur du flux a rencontré une erreur (erreur 500). Réessayez plus tard.');
    expect(fetched('error-messages')).to.have.length(1);
  });
});

describe('FeedLoader: readers of missions, cooperations and recurrence rules', () => {
  const modules = () => ['parse/mission', 'parse/cooperation', '/rrule.'].filter((name) => fetched(name).length > 0);
  const feed = (extra: object) =>
    JSON.stringify({
      maillage: '1',
      title: 'Saint-Aubin',
      organizations: [
        { id: 'foot', name: 'US football' },
        { id: 'biblio', name: 'Médiathèque' },
      ],
      events: [{ id: 'e1', title: 'Match', start: '2027-03-14T15:00', organizers: ['foot'] }],
      ...extra,
    });

  it('fetches each only when a feed has such records, and reads them as parseFeed does', async () => {
    const server = new FakeServer()
      .on('https://exemple.fr/simple.json', { body: feed({ missions: [], cooperations: [] }) })
      .on('https://exemple.fr/complet.json', {
        body: feed({
          events: [{ id: 'e1', title: 'Match', start: '2027-03-14T15:00', rrule: 'FREQ=WEEKLY;COUNT=3', organizers: ['foot'] }],
          missions: [{ id: 'm1', title: 'Tenir la buvette', organizationId: 'foot', start: '2027-03-14T14:00', rrule: 'RRULE:FREQ=WEEKLY' }],
          cooperations: [{ id: 'c1', title: 'Lectures à la mi-temps', partners: [{ organizationId: 'foot' }, { organizationId: 'biblio' }] }],
        }),
      });
    const loader = new FeedLoader({ fetch: server.fetch, storage: null });
    // Before any feed with a rule: a recurring event built by hand shows its first occurrence only.
    const byHand = { maillage: '1', title: 'T', language: 'fr', timezone: 'Europe/Paris', organizations: [], places: [], missions: [], cooperations: [],
      events: [{ id: 'r', title: 'Chaque semaine', start: '2027-03-14T15:00', rrule: 'FREQ=WEEKLY;COUNT=3' }] } as unknown as Feed;
    expect(queryOccurrences(byHand, {})).to.have.length(1);
    const simple = await loader.load('https://exemple.fr/simple.json');
    expect(simple.status).to.equal('ready');
    expect(simple.problems).to.deep.equal([]);
    expect(modules()).to.deep.equal([]);
    const full = await loader.load('https://exemple.fr/complet.json');
    expect(full.problems).to.deep.equal([]);
    expect(modules()).to.deep.equal(['parse/mission', 'parse/cooperation', '/rrule.']);
    expect(full.feed!.events[0]!.rrule).to.equal('FREQ=WEEKLY;COUNT=3');
    // The rules' module is there now: recurring events are expanded.
    expect(queryOccurrences(full.feed!, {}).map((o) => o.event.id)).to.deep.equal(['e1', 'e1', 'e1']);
    expect(full.feed!.missions[0]!.rrule).to.equal('FREQ=WEEKLY');
    expect(full.feed!.cooperations.map((c) => c.id)).to.deep.equal(['c1']);
    // A rule it cannot read is refused as in one-go reading.
    const bad = await loader.loadInline(feed({ events: [{ id: 'e2', title: 'Loto', start: '2027-03-14T15:00', rrule: 'FREQ=SOMETIMES' }] }));
    expect(bad.problems.map((p) => p.code)).to.deep.equal(['invalid-rrule']);
  });
});
