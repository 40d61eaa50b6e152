import { expect } from '@open-wc/testing';
import { FeedLoader, type FeedLoaderOptions, type FeedState } from '../src/loader.js';
import { CACHE_KEY_PREFIX } from '../src/loader/cache.js';
import { FakeServer, ForbiddenStorage, FullStorage, MemoryStorage, feedText, sleep } from './loader-fakes.js';

const URL_A = 'https://velo-club.example/maillage.json';
const URL_B = 'https://mairie.example/agenda.json';
const FIRST_DAY = Date.UTC(2027, 2, 1, 8);
const NEXT_DAY = Date.UTC(2027, 2, 2, 8);

const FEED_A = feedText('Vélo-club', [{ id: 'e1', title: 'Fête du vélo', start: '2027-03-14T14:00' }]);
const FEED_B = feedText('Mairie', [{ id: 'e1', title: 'Conseil municipal', start: '2027-03-20T18:30' }]);

/** A clock the test moves by hand. */
class Clock {
  constructor(public time: number) {}
  readonly now = (): number => this.time;
}

function setup(options: Partial<FeedLoaderOptions> = {}) {
  const server = new FakeServer().on(URL_A, { body: FEED_A }).on(URL_B, { body: FEED_B });
  const storage = new MemoryStorage();
  const clock = new Clock(FIRST_DAY);
  const make = (more: Partial<FeedLoaderOptions> = {}) =>
    new FeedLoader({ fetch: server.fetch, storage, now: clock.now, ...options, ...more });
  return { server, storage, clock, loader: make(), make };
}

describe('FeedLoader', () => {
  describe('one request per URL', () => {
    it('shares one request between concurrent loads, and serves later loads from memory', async () => {
      const { server, loader } = setup();
      server.on(URL_A, { body: FEED_A, delayMs: 30 });
      const states = await Promise.all([loader.load(URL_A), loader.load(URL_A), loader.load([URL_A])]);
      expect(server.count(URL_A)).to.equal(1);
      expect(states.map((s) => s.status)).to.deep.equal(['ready', 'ready', 'ready']);
      // The same feed object for every widget: nothing to re-render.
      expect(states[1]!.feed).to.equal(states[0]!.feed);
      expect(states[2]!.feed).to.equal(states[0]!.feed);

      const later = await loader.load(URL_A);
      expect(server.count(URL_A)).to.equal(1);
      expect(later.feed).to.equal(states[0]!.feed);
    });

    it('asks again on force, still once for concurrent forced loads', async () => {
      const { server, loader } = setup();
      await loader.load(URL_A);
      server.on(URL_A, { body: feedText('Vélo-club, nouveau'), delayMs: 20 });
      const [one, two] = await Promise.all([loader.load(URL_A, { force: true }), loader.load(URL_A, { force: true })]);
      expect(server.count(URL_A)).to.equal(2);
      expect(one.feed?.title).to.equal('Vélo-club, nouveau');
      expect(two.feed).to.equal(one.feed);
    });

    it('asks again when the last request is older than maxAgeMs', async () => {
      const { server, loader, clock } = setup();
      await loader.load(URL_A);
      clock.time += 59_000;
      await loader.load(URL_A, { maxAgeMs: 60_000 });
      expect(server.count(URL_A)).to.equal(1);
      clock.time += 1_000;
      await loader.load(URL_A, { maxAgeMs: 60_000 });
      expect(server.count(URL_A)).to.equal(2);
    });

    it('merges several feeds, one request each, whether given as a list or a string', async () => {
      const { server, loader } = setup();
      const state = await loader.load(`${URL_A}  ${URL_B} ${URL_A}`);
      expect(state.status).to.equal('ready');
      expect(state.feed?.title).to.equal('Vélo-club');
      expect(state.feed?.sources?.map((s) => s.url)).to.deep.equal([URL_A, URL_B]);
      expect(state.feed?.events.map((e) => e.id)).to.deep.equal(['e1', 'mairie.example:e1']);
      expect(state.sources.map((s) => s.status)).to.deep.equal(['ready', 'ready']);
      expect(server.count(URL_A)).to.equal(1);
      expect(server.count(URL_B)).to.equal(1);

      const again = await loader.load([URL_A, URL_B]);
      expect(again.feed).to.equal(state.feed);
      const single = await loader.load(URL_B);
      expect(single.feed?.events[0]?.id).to.equal('e1');
      expect(server.requests).to.have.length(2);
    });

    it('peeks at what is known without asking the server', async () => {
      const { server, loader } = setup();
      server.on(URL_A, { body: FEED_A, delayMs: 20 });
      expect((await loader.peek(URL_A)).status).to.equal('loading');
      const loading = loader.load(URL_A);
      expect(await loader.peek(URL_A)).to.deep.include({ status: 'loading', feed: null });
      await loading;
      expect((await loader.peek(URL_A)).status).to.equal('ready');
      expect((await loader.peek(URL_A)).feed?.title).to.equal('Vélo-club');
      expect(server.requests).to.have.length(1);
    });
  });

  describe('last good copy', () => {
    it('shows the stored copy, marked stale with its date, when a later load fails', async () => {
      const { server, storage, clock, loader, make } = setup();
      const first = await loader.load(URL_A);
      expect(first.fetchedAt).to.equal(FIRST_DAY);
      expect(storage.getItem(CACHE_KEY_PREFIX + URL_A)).to.be.a('string');

      // Next day, another page: a new loader, the same storage, and the server is down.
      clock.time = NEXT_DAY;
      server.on(URL_A, { status: 503 });
      const state = await make().load(URL_A);
      expect(state.status).to.equal('stale');
      expect(state.staleSince).to.equal(FIRST_DAY);
      expect(state.fetchedAt).to.equal(FIRST_DAY);
      expect(state.error).to.deep.include({ code: 'http-status', status: 503 });
      expect(state.feed?.title).to.equal('Vélo-club');
      expect(state.feed?.events[0]?.id).to.equal('e1');
      expect(state.sources[0]).to.deep.include({ status: 'stale', staleSince: FIRST_DAY });
    });

    it('keeps the copy in memory stale when a refresh fails', async () => {
      const { server, clock } = setup();
      const loader = new FeedLoader({ fetch: server.fetch, storage: null, now: clock.now });
      const first = await loader.load(URL_A);
      clock.time = NEXT_DAY;
      server.on(URL_A, { network: true });
      const state = await loader.load(URL_A, { force: true });
      expect(state.status).to.equal('stale');
      expect(state.feed).to.equal(first.feed);
      expect(state.staleSince).to.equal(FIRST_DAY);
      expect(state.error?.code).to.equal('network');
    });

    it('replaces the copy after a good load, and a broken page does not erase it', async () => {
      const { server, clock, loader, make } = setup();
      await loader.load(URL_A);
      clock.time = NEXT_DAY;
      server.on(URL_A, { body: feedText('Vélo-club, version 2') });
      await loader.load(URL_A, { force: true });
      server.on(URL_A, { body: '<html>Maintenance</html>' });
      const state = await make().load(URL_A);
      expect(state.status).to.equal('stale');
      expect(state.error?.code).to.equal('html-page');
      expect(state.feed?.title).to.equal('Vélo-club, version 2');
      expect(state.staleSince).to.equal(NEXT_DAY);
    });

    it('is an error when there is no copy', async () => {
      const { server, loader } = setup();
      server.on(URL_A, { status: 404 });
      const state = await loader.load(URL_A);
      expect(state.status).to.equal('error');
      expect(state.feed).to.equal(null);
      expect(state.staleSince).to.equal(undefined);
      expect(state.error?.status).to.equal(404);
    });

    it('shows the feeds that loaded when another fails, marked stale', async () => {
      const { server, loader } = setup();
      server.on(URL_B, { status: 500 });
      const state = await loader.load([URL_A, URL_B]);
      expect(state.status).to.equal('stale');
      expect(state.feed?.title).to.equal('Vélo-club');
      expect(state.feed?.sources?.map((s) => s.url)).to.deep.equal([URL_A]);
      expect(state.error).to.deep.include({ code: 'http-status', source: URL_B });
      expect(state.staleSince).to.equal(undefined);
      expect(state.sources.map((s) => s.status)).to.deep.equal(['ready', 'error']);
    });

    it('ignores a storage that throws on write', async () => {
      const { server, make } = setup();
      const storage = new FullStorage();
      const loader = make({ storage });
      const state = await loader.load(URL_A);
      expect(state.status).to.equal('ready');
      expect(storage.items.size).to.equal(0);
      server.on(URL_A, { status: 500 });
      expect((await loader.load(URL_A, { force: true })).status).to.equal('stale');
      expect((await make({ storage }).load(URL_A)).status).to.equal('error');
    });

    it('ignores a storage that throws on every call', async () => {
      const { server, make } = setup();
      const loader = make({ storage: new ForbiddenStorage() });
      expect((await loader.load(URL_A)).status).to.equal('ready');
      server.on(URL_A, { network: true });
      const state = await make({ storage: new ForbiddenStorage() }).load(URL_A);
      expect(state.status).to.equal('error');
      expect(state.error?.code).to.equal('network');
    });

    it('ignores a stored copy that cannot be read back', async () => {
      const { server, storage, make } = setup();
      storage.setItem(CACHE_KEY_PREFIX + URL_A, '{"text": 42}');
      server.on(URL_A, { status: 500 });
      expect((await make().load(URL_A)).status).to.equal('error');
      storage.setItem(CACHE_KEY_PREFIX + URL_A, JSON.stringify({ text: 'not json', fetchedAt: FIRST_DAY }));
      expect((await make().load(URL_A)).status).to.equal('error');
    });

    it('keeps at most cacheMaxFeeds copies, dropping the least recently stored', async () => {
      const urlC = 'https://c.example/feed.json';
      const { server, storage, loader } = setup({ cacheMaxFeeds: 2 });
      server.on(urlC, { body: feedText('C') });
      await loader.load(URL_A);
      await loader.load(URL_B);
      await loader.load(urlC);
      expect(storage.getItem(CACHE_KEY_PREFIX + URL_A)).to.equal(null);
      expect(storage.getItem(CACHE_KEY_PREFIX + URL_B)).to.be.a('string');
      expect(storage.getItem(CACHE_KEY_PREFIX + urlC)).to.be.a('string');
    });

    it('does not store a feed larger than cacheMaxBytes', async () => {
      const { storage, loader } = setup({ cacheMaxBytes: 20 });
      expect((await loader.load(URL_A)).status).to.equal('ready');
      expect(storage.getItem(CACHE_KEY_PREFIX + URL_A)).to.equal(null);
    });

    it('makes room when storage is full', async () => {
      let budget = 2;
      const storage = new MemoryStorage();
      const { server, clock } = setup();
      const setItem = storage.setItem.bind(storage);
      // A storage that holds two feed copies at most, whatever the loader's limits.
      storage.setItem = (key, value) => {
        const copies = [...storage.items.keys()].filter((k) => k.startsWith(CACHE_KEY_PREFIX) && k !== key).length;
        if (key.startsWith(CACHE_KEY_PREFIX) && copies >= budget) throw new DOMException('full', 'QuotaExceededError');
        setItem(key, value);
      };
      const loader = new FeedLoader({ fetch: server.fetch, storage, now: clock.now });
      const urlC = 'https://c.example/feed.json';
      server.on(urlC, { body: feedText('C') });
      await loader.load([URL_A, URL_B]);
      await loader.load(urlC);
      expect(storage.getItem(CACHE_KEY_PREFIX + urlC)).to.be.a('string');
      expect([URL_A, URL_B].filter((url) => storage.getItem(CACHE_KEY_PREFIX + url) !== null)).to.have.length(1);
      budget = 0;
      await loader.load(URL_A, { force: true });
      expect([...storage.items.keys()].filter((k) => k.startsWith(CACHE_KEY_PREFIX))).to.deep.equal([]);
    });
  });

  describe('ETag', () => {
    it('sends If-None-Match on refresh and keeps the copy on 304', async () => {
      const { server, clock, loader } = setup();
      server.on(URL_A, { body: FEED_A, headers: { ETag: '"v1"' } });
      const first = await loader.load(URL_A);
      expect(server.requests[0]!.headers).to.deep.equal({});

      clock.time = NEXT_DAY;
      server.on(URL_A, (request) =>
        request.headers['If-None-Match'] === '"v1"' ? { status: 304 } : { body: feedText('changed') },
      );
      const state = await loader.load(URL_A, { force: true });
      expect(server.requests[1]!.headers).to.deep.equal({ 'If-None-Match': '"v1"' });
      expect(state.status).to.equal('ready');
      expect(state.feed).to.equal(first.feed);
      expect(state.fetchedAt).to.equal(NEXT_DAY);
    });

    it('uses the stored ETag on the next page and shows the stored copy on 304', async () => {
      const { server, make } = setup();
      server.on(URL_A, { body: FEED_A, headers: { ETag: 'W/"abc"' } });
      await make().load(URL_A);
      server.on(URL_A, (request) => (request.headers['If-None-Match'] === 'W/"abc"' ? { status: 304 } : { status: 500 }));
      const state = await make().load(URL_A);
      expect(state.status).to.equal('ready');
      expect(state.feed?.title).to.equal('Vélo-club');
    });

    it('asks for the whole feed when the stored copy confirmed by 304 cannot be read', async () => {
      const { server, storage, make } = setup();
      storage.setItem(CACHE_KEY_PREFIX + URL_A, JSON.stringify({ text: '{', fetchedAt: FIRST_DAY, etag: '"v1"' }));
      server.on(URL_A, (request) => (request.headers['If-None-Match'] ? { status: 304 } : { body: FEED_A }));
      const state = await make().load(URL_A);
      expect(state.status).to.equal('ready');
      expect(server.requests.map((r) => r.headers['If-None-Match'])).to.deep.equal(['"v1"', undefined]);
    });

    it('stops sending If-None-Match where it makes the request fail (CORS preflight refused)', async () => {
      const { server, loader } = setup();
      server.on(URL_A, (request) =>
        request.headers['If-None-Match'] ? { network: true } : { body: FEED_A, headers: { ETag: '"v1"' } },
      );
      await loader.load(URL_A);
      const refreshed = await loader.load(URL_A, { force: true });
      expect(refreshed.status).to.equal('ready');
      await loader.load(URL_A, { force: true });
      expect(server.requests.map((r) => r.headers['If-None-Match'])).to.deep.equal([undefined, '"v1"', undefined, undefined]);
    });
  });

  describe('watch', () => {
    it('loads, refreshes every interval, notifies, and stops when unsubscribed', async () => {
      const { server } = setup();
      const loader = new FeedLoader({ fetch: server.fetch, storage: null });
      const states: FeedState[] = [];
      let version = 0;
      server.on(URL_A, () => ({ body: feedText(`v${++version}`) }));
      const stop = loader.watch(URL_A, 100, (state) => states.push(state));
      await sleep(450);
      stop();
      const requests = server.count(URL_A);
      // About 5 on a quiet machine; a busy one may be late, never early.
      expect(requests).to.be.within(2, 6);
      // A refresh in flight when stop() is called is not reported: one state fewer than requests, at most.
      expect(states.length).to.be.within(requests - 1, requests);
      const reported = states.length;
      expect(states[0]!.feed?.title).to.equal('v1');
      expect(states[reported - 1]!.feed?.title).to.equal(`v${reported}`);
      await sleep(250);
      expect(server.count(URL_A)).to.equal(requests);
      expect(states).to.have.length(reported);
    });

    it('does not retry a failing feed faster than the interval', async () => {
      const { server } = setup();
      server.on(URL_A, { status: 500 });
      const loader = new FeedLoader({ fetch: server.fetch, storage: null });
      const statuses: string[] = [];
      const stop = loader.watch(URL_A, 100, (state) => statuses.push(state.status));
      await sleep(450);
      stop();
      // Requests near 0, 100, 200, 300 and 400 ms (fewer on a busy machine): a storm would make many more.
      expect(server.count(URL_A)).to.be.within(2, 6);
      expect(statuses.every((s) => s === 'error')).to.equal(true);
    });

    it('loads once without refresh when the interval is not a usable number', async () => {
      const { server } = setup();
      const loader = new FeedLoader({ fetch: server.fetch, storage: null });
      const titles: unknown[] = [];
      const stops = [0, Number.NaN, Number.POSITIVE_INFINITY].map((interval) =>
        loader.watch(URL_A, interval, (state) => titles.push(state.feed?.title ?? '')),
      );
      await sleep(60);
      stops.forEach((stop) => stop());
      expect(server.count(URL_A)).to.equal(1);
      expect(titles).to.deep.equal(['Vélo-club', 'Vélo-club', 'Vélo-club']);
    });

    it('shares refreshes between watchers of the same feed', async () => {
      const { server } = setup();
      const loader = new FeedLoader({ fetch: server.fetch, storage: null });
      const stopOne = loader.watch(URL_A, 100, () => undefined);
      await sleep(40);
      const stopTwo = loader.watch(URL_A, 100, () => undefined);
      await sleep(460);
      stopOne();
      stopTwo();
      // About one request every 100 ms (5 or 6), where two watchers on their own would make about 10.
      expect(server.count(URL_A)).to.be.within(2, 7);
    });
  });

  describe('loadInline', () => {
    it('parses an inline feed at once', async () => {
      const { clock, loader } = setup();
      const state = await loader.loadInline(FEED_A);
      expect(state.status).to.equal('ready');
      expect(state.feed?.title).to.equal('Vélo-club');
      expect(state.feed?.sources).to.deep.equal([{ url: 'inline', title: 'Vélo-club' }]);
      expect(state.fetchedAt).to.equal(clock.time);
      expect(state.sources).to.deep.equal([{ url: 'inline', status: 'ready', fetchedAt: clock.time }]);
    });

    it('tags problems with the source it is given', async () => {
      const { loader } = setup();
      const text = JSON.stringify({
        maillage: '1',
        title: 'Avec erreurs',
        events: [{ id: 'ok', title: 'Bon', start: '2027-03-14' }, { id: 'bad', title: 'Sans date' }],
      });
      const state = await loader.loadInline(text, 'page#agenda');
      expect(state.problems[0]!.message.fr).to.contain('date de début');
      expect(state.feed?.events.map((e) => e.id)).to.deep.equal(['ok']);
      expect(state.problems.length).to.be.greaterThan(0);
      expect(state.problems.every((p) => p.source === 'page#agenda')).to.equal(true);
    });

    it('gives a clear error for broken inline JSON or HTML', async () => {
      const { loader } = setup();
      const broken = await loader.loadInline('{"maillage": "1", "title": ');
      expect(broken.status).to.equal('error');
      expect(broken.error?.code).to.equal('json-syntax');
      expect((await loader.loadInline('<p>oops</p>')).error?.code).to.equal('html-page');
    });
  });
});
