import { expect } from '@open-wc/testing';
import { FeedLoader } from '../src/loader.js';

const fixture = (name: string) => new URL(`./fixtures/adapters/${name}`, import.meta.url).href;

/** A feed address may give another format: the loader converts it with the adapters, loaded on demand. */
describe('FeedLoader: other formats', () => {
  for (const [name, format] of [
    ['saint-exemple.ics', 'iCalendar'],
    ['openagenda-events.json', 'OpenAgenda'],
    ['velo-poitou.html', 'a JSON-LD page'],
    ['mobilizon-events.json', 'Mobilizon'],
  ] as const) {
    it(`reads ${format} as a feed`, async () => {
      const loader = new FeedLoader({ storage: null });
      const state = await loader.load(fixture(name));
      expect(state.status, JSON.stringify(state.error)).to.equal('ready');
      expect(state.feed!.events.length).to.be.greaterThan(0);
      for (const event of state.feed!.events) expect(event.title).to.not.equal('');
    });
  }

  it('still refuses an HTML page that holds no events', async () => {
    const loader = new FeedLoader({ storage: null });
    const state = await loader.load(new URL('/packages/maillage/embed.html', location.href).href);
    expect(state.status).to.equal('error');
    expect(state.error?.code).to.equal('html-page');
  });
});
