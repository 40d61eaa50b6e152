import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText } from '@maillage/feed';
// The generator of the demo feed is plain JavaScript shared with the Node script that writes demo.json.
// @ts-expect-error: a JavaScript module without types
import { makeDemoFeed } from '../../../scripts/demo-feed-data.mjs';

/** The JSON block that follows the marker in the format documentation. */
async function documentedExample(): Promise<string> {
  const markdown = await (await fetch('/docs/feed-format.md')).text();
  const after = markdown.split('<!-- complete-example -->')[1] ?? '';
  const block = /```json\n([\s\S]*?)```/.exec(after);
  if (!block) throw new Error('no example after the marker');
  return block[1]!;
}

describe('the feeds the project documents and demonstrates', () => {
  it('reads the complete example of docs/feed-format.md with no problem', async () => {
    const result = parseFeedText(await documentedExample());
    expect(result.problems).to.deep.equal([]);
    const feed = result.feed!;
    for (const key of ['organizations', 'places', 'events', 'missions', 'cooperations'] as const) {
      expect(feed[key].length, key).to.be.greaterThan(0);
    }
  });

  for (const today of ['2027-03-01T09:00:00Z', '2027-10-20T09:00:00Z', '2026-12-30T09:00:00Z']) {
    it(`reads the demo feed generated on ${today.slice(0, 10)} with no problem, in its announced size`, () => {
      const result = parseFeed(makeDemoFeed(new Date(today)));
      expect(result.problems).to.deep.equal([]);
      const feed = result.feed!;
      expect(feed.organizations.length).to.be.at.least(15);
      expect(new Set(feed.organizations.map((o) => o.type)).size).to.be.at.least(6);
      expect(feed.places.filter((p) => p.geo).length).to.be.at.least(12);
      expect(feed.events.length).to.be.at.least(60);
      expect(feed.missions.length).to.be.at.least(12);
      expect(feed.cooperations.length).to.be.at.least(6);
      expect(feed.events.some((e) => e.status === 'cancelled')).to.equal(true);
      expect(feed.events.some((e) => e.attendance === 'online')).to.equal(true);
      expect(feed.events.some((e) => e.rrule)).to.equal(true);
      expect(feed.events.some((e) => e.price?.free)).to.equal(true);
      expect(feed.events.some((e) => e.registration?.required)).to.equal(true);
      expect(feed.events.some((e) => (e.organizers?.length ?? 0) >= 2)).to.equal(true);
    });
  }
});
