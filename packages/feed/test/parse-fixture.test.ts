import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText } from '../src/parse.js';
import type { Feed } from '../src/types.js';

type Json = Record<string, unknown>;

// Written from the format's documentation, not from the types, so that a field forgotten by the parser shows.
const FIELDS: Record<string, readonly string[]> = {
  feed: ['maillage', 'title', 'language', 'timezone', 'updated', 'url', 'publisher', 'organizations', 'places', 'events',
    'missions', 'cooperations', 'sources'],
  organizations: ['id', 'name', 'type', 'sectors', 'description', 'url', 'email', 'phone', 'logo', 'placeId', 'rna',
    'siren', 'privacyUrl', 'sources'],
  places: ['id', 'name', 'address', 'geo', 'accessibility', 'url', 'sources'],
  events: ['id', 'title', 'start', 'end', 'summary', 'description', 'rrule', 'exdates', 'placeId', 'place', 'attendance',
    'onlineUrl', 'organizers', 'sectors', 'audience', 'age', 'tags', 'price', 'registration', 'accessibility', 'image',
    'url', 'status', 'missionIds', 'cooperationIds', 'updated', 'sources'],
  missions: ['id', 'title', 'organizationId', 'type', 'start', 'end', 'schedule', 'rrule', 'placeId', 'remote', 'skills',
    'sectors', 'spots', 'minAge', 'beginnerFriendly', 'description', 'contact', 'signup', 'deadline', 'eventId', 'image',
    'sources'],
  cooperations: ['id', 'title', 'partners', 'summary', 'description', 'sectors', 'resources', 'outcomes', 'since', 'until',
    'status', 'placeIds', 'eventIds', 'missionIds', 'image', 'url', 'contact', 'sources'],
};

const COLLECTIONS = ['organizations', 'places', 'events', 'missions', 'cooperations'] as const;

async function completeText(): Promise<string> {
  const response = await fetch('/packages/feed/test/fixtures/complete.feed.json');
  return response.text();
}

/** What the parser is expected to write for a record of the fixture: its canonical form. */
function canonical(collection: string, record: Json): Json {
  const copy: Json = JSON.parse(JSON.stringify(record));
  if (collection === 'events' && copy.place !== undefined) {
    delete copy.place;
    copy.placeId = `inline:${String(record.id)}`;
  }
  if (collection === 'cooperations') {
    if (Array.isArray(copy.resources)) {
      copy.resources = copy.resources.map((resource) => (typeof resource === 'string' ? { kind: resource } : resource));
    }
    if (Array.isArray(copy.outcomes)) {
      copy.outcomes = copy.outcomes.map((outcome) => (typeof outcome === 'string' ? { label: outcome } : outcome));
    }
  }
  return copy;
}

describe('the complete fixture', () => {
  it('uses every field of every record type', async () => {
    const input = JSON.parse(await completeText()) as Json;
    expect(Object.keys(input).sort()).to.deep.equal([...FIELDS.feed!].sort());
    for (const collection of COLLECTIONS) {
      const used = new Set((input[collection] as Json[]).flatMap((record) => Object.keys(record)));
      expect([...used].sort(), collection).to.deep.equal([...FIELDS[collection]!].sort());
    }
  });

  it('parses with no problem and keeps every field', async () => {
    const input = JSON.parse(await completeText()) as Json;
    const { feed, problems } = parseFeedText(await completeText());
    expect(problems).to.deep.equal([]);
    for (const key of ['title', 'language', 'timezone', 'updated', 'url', 'publisher', 'sources']) {
      expect(feed![key as keyof Feed], key).to.deep.equal(input[key]);
    }
    for (const collection of COLLECTIONS) {
      const records = input[collection] as Json[];
      const parsed = feed![collection] as readonly unknown[];
      records.forEach((record, index) => {
        expect(parsed[index], `${collection}[${index}]`).to.deep.equal(canonical(collection, record));
      });
    }
    const inline = (input.events as Json[]).find((event) => event.place !== undefined)!;
    expect(feed!.places.at(-1)).to.deep.equal({ id: `inline:${String(inline.id)}`, ...(inline.place as Json) });
    expect(feed!.places).to.have.length((input.places as Json[]).length + 1);
  });

  it('reads back the same once parsed, serialised and parsed again', async () => {
    const first = parseFeedText(await completeText()).feed;
    const second = parseFeed(JSON.parse(JSON.stringify(first)));
    expect(second.problems).to.deep.equal([]);
    expect(second.feed).to.deep.equal(first);
  });
});
