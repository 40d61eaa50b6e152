import { expect } from '@open-wc/testing';
import { FeedLoader } from '../src/loader.js';
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
