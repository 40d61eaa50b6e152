import { expect } from '@open-wc/testing';
import { FeedLoader, type FeedState } from '../src/loader.js';
import { describeLoadError } from '../src/loader/errors.js';
import { FakeServer, feedText, type FakeAnswer } from './loader-fakes.js';

const URL_A = 'https://asso.example/feed.json';
const NOW = Date.UTC(2027, 2, 1, 12);

const VALID = feedText('Fête du jeu', [{ id: 'e1', title: 'Jeux de société', start: '2027-03-14T14:00' }]);

async function loadOnce(answer: FakeAnswer, options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const server = new FakeServer().on(URL_A, answer);
  const loader = new FeedLoader({ fetch: server.fetch, storage: null, now: () => NOW, ...options });
  const state = await loader.load(URL_A);
  return { state, server };
}

function expectError(state: FeedState, code: string): void {
  expect(state.status).to.equal('error');
  expect(state.feed).to.equal(null);
  expect(state.error?.code).to.equal(code);
  expect(state.error?.source).to.equal(URL_A);
  expect(state.sources[0]).to.deep.include({ url: URL_A, status: 'error' });
}

describe('FeedLoader over HTTP', () => {
  for (const type of ['application/json', 'text/plain; charset=utf-8', 'application/octet-stream', 'text/html']) {
    it(`parses a JSON feed served as ${type}`, async () => {
      const { state } = await loadOnce({ body: VALID, headers: { 'Content-Type': type } });
      expect(state.status).to.equal('ready');
      expect(state.error).to.equal(undefined);
      expect(state.feed?.title).to.equal('Fête du jeu');
      expect(state.feed?.events.map((e) => e.id)).to.deep.equal(['e1']);
      expect(state.fetchedAt).to.equal(NOW);
      expect(state.feed?.sources).to.deep.equal([{ url: URL_A, title: 'Fête du jeu' }]);
    });
  }

  it('reads a body streamed in chunks, with a character cut between two chunks', async () => {
    const bytes = new TextEncoder().encode(VALID);
    // Cut inside the two bytes of "ê": the decoder must wait for the next chunk.
    const cut = new TextEncoder().encode(VALID.slice(0, VALID.indexOf('ê'))).byteLength + 1;
    const { state, server } = await loadOnce({ body: [bytes.slice(0, cut), bytes.slice(cut)] });
    expect(server.chunksRead).to.equal(2);
    expect(state.feed?.title).to.equal('Fête du jeu');
  });

  it('reads a response that has text() only', async () => {
    const { state } = await loadOnce({ body: VALID, textOnly: true });
    expect(state.feed?.title).to.equal('Fête du jeu');
  });

  it('gives up after the timeout when the server does not answer', async () => {
    const started = Date.now();
    const { state } = await loadOnce({ body: VALID, delayMs: 2000 }, { timeoutMs: 50 });
    expect(Date.now() - started).to.be.lessThan(1000);
    expectError(state, 'timeout');
    expect(state.error?.message.fr).to.equal("Le flux n’a pas répondu à temps (0,05 s).");
    expect(state.error?.message.en).to.equal('The feed did not answer in time (0.05 s).');
  });

  it('gives up after the timeout when the body stalls', async () => {
    const { state } = await loadOnce({ body: [VALID.slice(0, 5), VALID.slice(5)], chunkDelayMs: 300 }, { timeoutMs: 60 });
    expectError(state, 'timeout');
  });

  it('writes the default timeout as 10 s', async () => {
    expect((await describeLoadError({ code: 'timeout', source: URL_A, limit: 10_000 })).message).to.deep.equal({
      fr: "Le flux n’a pas répondu à temps (10 s).",
      en: 'The feed did not answer in time (10 s).',
    });
  });

  it('times out even when fetch ignores the abort signal', async () => {
    const loader = new FeedLoader({ fetch: () => new Promise(() => undefined), storage: null, timeoutMs: 30 });
    const state = await loader.load(URL_A);
    expect(state.error?.code).to.equal('timeout');
  });

  it('stops reading a streamed body past the size cap', async () => {
    const chunk = 'x'.repeat(100);
    const { state, server } = await loadOnce({ body: Array(50).fill(chunk) }, { maxBytes: 250 });
    expectError(state, 'too-large');
    // 3 chunks make 300 bytes, over 250: nothing more is read.
    expect(server.chunksRead).to.equal(3);
    expect(state.error?.message.en).to.equal('The feed is too large (over 250 bytes).');
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const { state, server } = await loadOnce(
      { body: VALID, headers: { 'Content-Length': String(20 * 1024 * 1024) } },
      { maxBytes: 10 * 1024 * 1024 },
    );
    expectError(state, 'too-large');
    expect(server.chunksRead).to.equal(0);
    expect(state.error?.message.fr).to.equal('Le flux est trop volumineux (plus de 10 Mo).');
    expect(state.error?.message.en).to.equal('The feed is too large (over 10 MB).');
  });

  it('applies the size cap to a response with text() only', async () => {
    const { state } = await loadOnce({ body: VALID, textOnly: true }, { maxBytes: 20 });
    expectError(state, 'too-large');
  });

  it('accepts a body of exactly the size cap', async () => {
    const { state } = await loadOnce({ body: VALID }, { maxBytes: new TextEncoder().encode(VALID).byteLength });
    expect(state.status).to.equal('ready');
  });

  it('says clearly when the address gives a web page', async () => {
    const page = '\n  <!doctype html><html><body><h1>Bienvenue</h1></body></html>';
    for (const answer of [
      { body: page, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
      { body: page, headers: { 'Content-Type': 'application/json' } },
      { body: 'Bienvenue sur notre site', headers: { 'Content-Type': 'text/html' } },
    ]) {
      const { state } = await loadOnce(answer);
      expectError(state, 'html-page');
      expect(state.error?.message.fr).to.contain('page web');
      expect(state.error?.message.en).to.contain('web page');
    }
  });

  it('says a truncated feed is malformed JSON', async () => {
    const { state } = await loadOnce({ body: VALID.slice(0, VALID.length - 12) });
    expectError(state, 'json-syntax');
    expect(state.error?.message.fr).to.not.equal('');
  });

  it('says a JSON file that is not a feed is not a feed', async () => {
    const { state } = await loadOnce({ body: '{"hello": "world"}' });
    expectError(state, 'not-a-feed');
  });

  it('reports 404 with its status', async () => {
    const { state } = await loadOnce({ status: 404, body: 'Not found' });
    expectError(state, 'http-status');
    expect(state.error?.status).to.equal(404);
    expect(state.error?.message.fr).to.contain('404');
    expect(state.error?.message.en).to.contain("Check the feed's address");
  });

  it('reports 500 with its status', async () => {
    const { state } = await loadOnce({ status: 500, body: '{"maillage":"1","title":"x"}' });
    expectError(state, 'http-status');
    expect(state.error?.status).to.equal(500);
    expect(state.error?.message.en).to.equal("The feed's server had an error (error 500). Try again later.");
  });

  it('reports 403 with its status', async () => {
    const { state } = await loadOnce({ status: 403 });
    expect(state.error).to.deep.include({ code: 'http-status', status: 403 });
  });

  it('explains a network or CORS failure', async () => {
    const { state } = await loadOnce({ network: true });
    expectError(state, 'network');
    expect(state.error?.message.fr).to.contain('hors ligne');
    expect(state.error?.message.fr).to.contain('CORS');
    expect(state.error?.message.en).to.contain('offline');
    expect(state.error?.message.en).to.contain('CORS');
  });

  it('treats an opaque response (status 0) as a network failure', async () => {
    const { state } = await loadOnce({ status: 0 });
    expectError(state, 'network');
  });
});
