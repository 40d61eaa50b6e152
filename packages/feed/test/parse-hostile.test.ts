import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

const FIXTURES = '/packages/feed/test/fixtures';
const INERT_KEYS = ['__proto__', 'constructor', 'prototype'];

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`${FIXTURES}/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** Every object and array reachable from `value`, with its path. */
function* walk(value: unknown, path = '$'): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const key of Object.keys(value)) yield* walk((value as Record<string, unknown>)[key], `${path}.${key}`);
}

/** Every string reachable from `value` under a key that holds a link. */
function* links(value: unknown): Generator<string> {
  for (const [, object] of walk(value)) {
    for (const [key, entry] of Object.entries(object)) {
      if (typeof entry === 'string' && /^(url|onlineUrl|logo|privacyUrl|endpoint)$/.test(key)) yield entry;
    }
  }
}

function expectPlainOutput(result: ParseResult): void {
  for (const [path, object] of walk(result.feed)) {
    const prototype = Object.getPrototypeOf(object);
    expect(prototype === Object.prototype || prototype === Array.prototype, path).to.equal(true);
    for (const key of INERT_KEYS) expect(Object.prototype.hasOwnProperty.call(object, key), `${path}.${key}`).to.equal(false);
  }
}

describe('parseFeed: hostile input', () => {
  afterEach(() => {
    // A polluted Object.prototype would leak into every later test: check and clean.
    const polluted = ({} as Record<string, unknown>).polluted;
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(polluted).to.equal(undefined);
  });

  it('keeps __proto__, constructor and prototype keys inert', async () => {
    const result = parseFeedText(await fixtureText('hostile.json'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expectPlainOutput(result);
    const feed = result.feed!;
    expect(feed.maillage).to.equal('1');
    expect(feed.title).to.deep.equal({ fr: 'Flux piégé' });
    expect(feed.organizations.map((o) => o.id)).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty', 'prototype']);
    expect(feed.organizations[0]).to.deep.equal({ id: '__proto__', name: 'Proto' });
    expect(feed.organizations[1]!.name).to.deep.equal({ fr: 'Constructeur' });
    expect(feed.places[0]).to.deep.equal({ id: 'p', name: 'Salle' });
    expect(feed.places[1]).to.deep.equal({ id: 'q', name: 'Salle Q' });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(feed.events[0]).to.not.have.key('status');
    // Ids named like Object properties are ordinary ids: they resolve when the records exist, only then.
    expect(feed.events[0]!.organizers).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(feed.missions.map((m) => m.id)).to.deep.equal(['m2']);
    expect(feed.cooperations.map((c) => c.id)).to.deep.equal(['c1']);
    expect(feed.cooperations[0]!.partners).to.deep.equal([{ organizationId: '__proto__' }, { organizationId: 'constructor' }]);
  });

  it('lets no unsafe link through', async () => {
    const result = parseFeedText(await fixtureText('hostile.json'));
    const kept = [...links(result.feed)];
    expect(kept).to.not.deep.equal([]);
    for (const link of kept) expect(link, link).to.match(/^https?:\/\/[^/?#@\s]+([/?#]\S*)?$/);
    expect(result.feed!.publisher).to.deep.equal({ name: 'Personne' });
    expect(result.feed!.organizations[3]).to.deep.equal({ id: 'prototype', name: '<img src=x onerror=alert(1)>' });
    expect(result.feed!.events[0]!.registration).to.equal(undefined);
    expect(result.feed!.missions[0]).to.not.have.any.keys('signup', 'contact');
  });

  it('drops non-finite numbers, which JSON can smuggle in as 1e400', () => {
    const result = parseFeedText('{"maillage":"1","title":"T","places":[{"id":"p","name":"P","geo":{"lat":1e400,"lon":0}}],"cooperations":[]}');
    expect(result.feed!.places[0]).to.not.have.key('geo');
    expect(result.problems.map((p) => p.path)).to.deep.equal(['places[0].geo.lat']);
  });

  it('never throws on deep nesting, cycles, getters that throw or revoked proxies', () => {
    let deep: unknown = 'fond';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cycle: Record<string, unknown> = { maillage: '1', title: 'Boucle' };
    cycle.events = [cycle];
    cycle.organizations = [{ id: 'o', name: cycle }];
    const throwing = Object.defineProperty({ maillage: '1' }, 'title', {
      enumerable: true,
      get() {
        throw new Error('piège');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const inputs: unknown[] = [
      { maillage: '1', title: 'T', events: deep, places: [{ id: 'p', name: deep, geo: deep }] },
      cycle,
      throwing,
      proxy,
      { maillage: '1', title: 'T', events: [proxy] },
      Object.create(null),
      Object.assign(Object.create(null), { maillage: '1', title: 'Sans prototype' }),
      () => 1,
      Symbol('feed'),
      10n,
    ];
    for (const input of inputs) {
      const result = parseFeed(input);
      expect(result.problems).to.be.an('array');
      if (result.feed === null) expect(result.problems.some((p) => p.severity === 'error')).to.equal(true);
    }
    expect(parseFeed(cycle).feed!.events).to.have.length(0);
    expect(parseFeed(throwing).problems.map((p) => p.code)).to.deep.equal(['unreadable']);
    expect(parseFeed(Object.assign(Object.create(null), { maillage: '1', title: 'x' })).feed?.title).to.equal('x');
  });

  it('never throws on deeply nested JSON text', () => {
    const text = `{"maillage":"1","title":"T","events":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const result = parseFeedText(text);
    expect(result.problems.length).to.be.greaterThan(0);
  });

  it('bounds huge strings', () => {
    const huge = 'a'.repeat(5_000_000);
    const result = parseFeed({ maillage: '1', title: huge, events: [{ id: huge, title: huge, start: huge, description: huge }] });
    expect((result.feed!.title as string).length).to.equal(300);
    expect(result.feed!.events).to.deep.equal([]);
    for (const problem of result.problems) expect(problem.message.fr.length).to.be.below(400);
  });

  it('bounds the number of problems', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({ id: `e${i}` }));
    const result = parseFeed({ maillage: '1', title: 'T', events });
    expect(result.problems).to.have.length(1_001);
    expect(result.problems.at(-1)!.code).to.equal('too-many-problems');
    expect(result.problems.at(-1)!.severity).to.equal('error');
  });
});

describe('parseFeed: broken fixtures', () => {
  it('says a truncated file is truncated', async () => {
    const result = parseFeedText(await fixtureText('invalid-truncated.json'));
    expect(result.feed).to.equal(null);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['json-truncated']);
  });

  it('says an HTML page is not a feed', async () => {
    const result = parseFeedText(await fixtureText('invalid-page.json'));
    expect(result.feed).to.equal(null);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['html-page']);
  });

  it('refuses a feed of another version', async () => {
    const result = parseFeedText(await fixtureText('invalid-version.json'));
    expect(result.feed).to.equal(null);
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['maillage unsupported-version']);
  });

  it('keeps the good records of a feed with errors and says what is wrong with the others', async () => {
    const result = parseFeedText(await fixtureText('invalid-records.json'));
    const feed = result.feed!;
    expect(feed.timezone).to.equal('Europe/Paris');
    expect(feed.organizations.map((o) => o.name)).to.deep.equal(['Association']);
    expect(feed.places).to.deep.equal([{ id: 'salle', name: 'Salle' }]);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['ok', 'lien']);
    expect(feed.events[0]!.organizers).to.deep.equal(['asso']);
    expect(feed.events[1]).to.not.have.any.keys('url', 'end');
    expect(feed.missions).to.deep.equal([]);
    expect(feed.cooperations).to.deep.equal([]);
    expect(result.problems.map((p) => `${p.path} ${p.code} ${p.severity}`)).to.deep.equal([
      'timezone invalid-field warning',
      'organizations[1].id duplicate-id error',
      'organizations[2].id missing-field error',
      'places[0].geo.lat out-of-range warning',
      'events[0].organizers[1] dangling-reference warning',
      'events[1].start missing-field error',
      'events[2].start invalid-field error',
      'events[3].end end-before-start warning',
      'events[3].url unsafe-url warning',
      'missions[0].organizationId dangling-reference error',
      'cooperations[0].partners too-few-partners error',
    ]);
  });
});
