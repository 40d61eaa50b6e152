import { expect } from '@open-wc/testing';
import { FeedLoader } from '../src/loader.js';

// The test server serves the repository root: these requests go through the browser's real fetch.
const FIXTURE = '/packages/feed/test/fixtures/loader-small.feed.json';

describe('FeedLoader with the browser fetch', () => {
  it('loads a feed file with no problem', async () => {
    const loader = new FeedLoader({ storage: null });
    const state = await loader.load(FIXTURE);
    expect(state.error).to.equal(undefined);
    expect(state.status).to.equal('ready');
    expect(state.problems).to.deep.equal([]);
    expect(state.feed?.title).to.equal('Petit flux de test');
    expect(state.feed?.events.map((e) => e.id)).to.deep.equal(['lecture-1', 'lecture-2']);
    expect(state.feed?.events[0]?.placeId).to.equal('bib');
  });

  it('reports a missing file as a 404', async () => {
    const loader = new FeedLoader({ storage: null });
    const state = await loader.load('/packages/feed/test/fixtures/no-such-feed.json');
    expect(state.status).to.equal('error');
    expect(state.error).to.deep.include({ code: 'http-status', status: 404 });
  });

  it('keeps its last good copy in localStorage by default', async () => {
    const key = `maillage:feed:${FIXTURE}`;
    localStorage.removeItem(key);
    try {
      await new FeedLoader().load(FIXTURE);
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      expect(stored).to.have.property('text').that.contains('Petit flux de test');
    } finally {
      localStorage.removeItem(key);
      localStorage.removeItem('maillage:feeds');
    }
  });
});
