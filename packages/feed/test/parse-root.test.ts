import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

const codes = (result: ParseResult): string[] => result.problems.map((p) => `${p.path} ${p.code} ${p.severity}`);

describe('parseFeed: the root', () => {
  it('gives one clear error, and no feed, for a root that is not an object', () => {
    for (const input of [null, undefined, 42, 'x', '', [], [{ maillage: '1' }], true, false, 0]) {
      const result = parseFeed(input);
      expect(result.feed, JSON.stringify(input)).to.equal(null);
      expect(codes(result), JSON.stringify(input)).to.deep.equal([' not-a-feed error']);
      expect(result.problems[0]!.message.fr).to.contain('flux Maillage');
      expect(result.problems[0]!.message.en).to.contain('Maillage feed');
    }
  });

  it('gives not-a-feed for an object without a maillage key, even one named like a prototype', () => {
    expect(codes(parseFeed({ title: 'Agenda', events: [] }))).to.deep.equal([' not-a-feed error']);
    expect(codes(parseFeed(JSON.parse('{"__proto__": {"maillage": "1"}, "title": "x"}')))).to.deep.equal([
      ' not-a-feed error',
    ]);
    expect(codes(parseFeed({ maillage: null, title: 'x' }))).to.deep.equal([' not-a-feed error']);
  });

  it('reads version "1", and 1 written as a number with a warning', () => {
    const text = parseFeed({ maillage: '1', title: 'Agenda' });
    expect(text.feed?.maillage).to.equal('1');
    expect(text.problems).to.deep.equal([]);
    const number = parseFeed({ maillage: 1, title: 'Agenda' });
    expect(number.feed?.maillage).to.equal('1');
    expect(codes(number)).to.deep.equal(['maillage version-as-number warning']);
  });

  it('refuses other versions with an error and no feed', () => {
    for (const version of ['2', 2, '1.1', 'v1', true, {}, []]) {
      const result = parseFeed({ maillage: version, title: 'Agenda' });
      expect(result.feed, String(version)).to.equal(null);
      expect(codes(result), String(version)).to.deep.equal(['maillage unsupported-version error']);
    }
    expect(parseFeed({ maillage: '2', title: 'x' }).problems[0]!.message.fr).to.contain('« 2 »');
  });

  it('applies the defaults: language fr, timezone Europe/Paris, empty collections', () => {
    const { feed, problems } = parseFeed({ maillage: '1', title: 'Agenda' });
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal({
      maillage: '1',
      title: 'Agenda',
      language: 'fr',
      timezone: 'Europe/Paris',
      organizations: [],
      places: [],
      events: [],
      missions: [],
      cooperations: [],
    });
  });

  it('keeps a valid language and timezone, and replaces invalid ones with a warning', () => {
    const good = parseFeed({ maillage: '1', title: 'x', language: 'oc-gascon', timezone: 'America/Cayenne' });
    expect([good.feed?.language, good.feed?.timezone]).to.deep.equal(['oc-gascon', 'America/Cayenne']);
    const bad = parseFeed({ maillage: '1', title: 'x', language: 'français', timezone: 'Paris' });
    expect([bad.feed?.language, bad.feed?.timezone]).to.deep.equal(['fr', 'Europe/Paris']);
    expect(codes(bad)).to.deep.equal(['language invalid-field warning', 'timezone invalid-field warning']);
    expect(bad.problems[1]!.message.fr).to.contain('Europe/Paris');
  });

  it('keeps the feed, with an empty title and an error, when the title is missing or invalid', () => {
    for (const title of [undefined, '', '   ', 42, { de: 7 }]) {
      const result = parseFeed({ maillage: '1', title, events: [{ id: 'e', title: 'Fête', start: '2027-03-14' }] });
      expect(result.feed?.title, String(title)).to.equal('');
      expect(result.feed?.events).to.have.length(1);
      expect(result.problems.map((p) => [p.path, p.severity]), String(title)).to.deep.equal([['title', 'error']]);
    }
  });

  it('reads the optional root fields and drops invalid ones with warnings', () => {
    const good = parseFeed({
      maillage: '1',
      title: { fr: 'Agenda', en: 'Calendar' },
      updated: '2027-03-01T09:00:00+01:00',
      url: 'https://exemple.fr/flux.json',
      publisher: { name: 'Mairie', url: 'https://exemple.fr/', email: 'mairie@exemple.fr' },
    });
    expect(good.problems).to.deep.equal([]);
    expect(good.feed).to.deep.include({
      title: { fr: 'Agenda', en: 'Calendar' },
      updated: '2027-03-01T09:00:00+01:00',
      url: 'https://exemple.fr/flux.json',
      publisher: { name: 'Mairie', url: 'https://exemple.fr/', email: 'mairie@exemple.fr' },
    });
    const bad = parseFeed({
      maillage: '1',
      title: 'Agenda',
      updated: 'hier',
      url: 'javascript:alert(1)',
      publisher: { url: 'https://exemple.fr/' },
    });
    expect(bad.feed).to.not.have.any.keys('updated', 'url', 'publisher');
    expect(codes(bad)).to.deep.equal([
      'updated invalid-field warning',
      'url unsafe-url warning',
      'publisher.name missing-field warning',
    ]);
  });

  it('copies the source option onto every problem', () => {
    const source = 'https://exemple.fr/flux.json';
    const result = parseFeed({ maillage: '1', timezone: 'Mars/Olympus' }, { source });
    expect(result.problems).to.have.length(2);
    for (const problem of result.problems) expect(problem.source).to.equal(source);
    expect(parseFeed(null, { source }).problems[0]!.source).to.equal(source);
    expect(parseFeedText('<html>', { source }).problems[0]!.source).to.equal(source);
  });

  it('writes every message in French and English', () => {
    const result = parseFeed({ maillage: '1', title: 42, language: 7, events: [{ id: 'e' }] });
    expect(result.problems.length).to.be.greaterThan(2);
    for (const { message } of result.problems) {
      expect(message.fr).to.match(/\.$/);
      expect(message.en).to.match(/\.$/);
      expect(message.fr).to.not.equal(message.en);
      expect(`${message.fr} ${message.en}`).to.not.contain('undefined');
    }
  });
});

describe('parseFeedText', () => {
  it('reads a feed from text, with or without a byte order mark', () => {
    const text = '{"maillage": "1", "title": "Agenda"}';
    expect(parseFeedText(text).feed?.title).to.equal('Agenda');
    expect(parseFeedText(`\ufeff${text}`).feed?.title).to.equal('Agenda');
  });

  it('says an HTML page is not a feed', () => {
    for (const text of ['<!DOCTYPE html><html><body>404</body></html>', '\n  <html lang="fr">', '<?xml version="1.0"?><rss/>']) {
      const result = parseFeedText(text);
      expect(result.feed).to.equal(null);
      expect(codes(result)).to.deep.equal([' html-page error']);
    }
    expect(parseFeedText('<html>').problems[0]!.message.fr).to.contain('page web (HTML)');
  });

  it('says a cut JSON file is truncated', () => {
    const full = '{"maillage": "1", "title": "Agenda", "events": [{"id": "e", "title": "Fête", "start": "2027-03-14"}]}';
    for (const cut of [40, 60, full.length - 1, full.length - 3]) {
      const result = parseFeedText(full.slice(0, cut));
      expect(result.feed, `cut at ${cut}`).to.equal(null);
      expect(codes(result), `cut at ${cut}`).to.deep.equal([' json-truncated error']);
    }
  });

  it('points at the line and column of a syntax error', () => {
    const result = parseFeedText('{\n  "maillage": "1",\n  "title": "Agenda",,\n  "events": []\n}');
    expect(codes(result)).to.deep.equal([' json-syntax error']);
    expect(result.problems[0]!.message.fr).to.contain('ligne 3');
    expect(result.problems[0]!.message.en).to.contain('line 3');
  });

  it('says an empty file is empty', () => {
    for (const text of ['', '   \n', '\ufeff']) expect(codes(parseFeedText(text))).to.deep.equal([' empty-file error']);
  });

  it('gives not-a-feed for JSON that is not a feed object', () => {
    for (const text of ['null', '42', '"x"', '[]', 'true']) {
      expect(codes(parseFeedText(text)), text).to.deep.equal([' not-a-feed error']);
    }
  });
});

describe('parseFeed: sources of a merged feed', () => {
  it('keeps one mention of a source named twice', () => {
    const { feed } = parseFeed({
      maillage: '1',
      title: 'Fusion',
      sources: [{ url: 'http://localhost:8787/x' }, { url: 'http://localhost:8787/x', title: 'Bis' }, { url: 'https://b.example/f.json' }],
    });
    expect(feed!.sources).to.deep.equal([{ url: 'http://localhost:8787/x' }, { url: 'https://b.example/f.json' }]);
  });
});

describe('parseFeed: fractions of a second', () => {
  it('keeps date-times without their fraction, so an end 1 ms before its start is not stored as later', () => {
    // Found by the property test: start .001 and end .000 of the same second.
    const { feed, problems } = parseFeed({
      maillage: '1',
      title: 'T',
      events: [{ id: 'a', title: 'A', start: '2026-01-01T00:00:00.001Z', end: '2026-01-01T00:00:00.000Z', exdates: ['2026-01-08T00:00:00.5Z'] }],
    });
    expect(problems).to.deep.equal([]);
    expect(feed!.events[0]!.start).to.equal('2026-01-01T00:00:00Z');
    expect(feed!.events[0]!.end).to.equal('2026-01-01T00:00:00Z');
    expect(feed!.events[0]!.exdates).to.deep.equal(['2026-01-08T00:00:00Z']);
  });
});
