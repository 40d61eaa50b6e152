import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { MaillageWidget } from '@maillage/core';
import type { Feed } from '@maillage/feed';
import { installFakeServer, fixtureText, until, absolute } from './helpers.js';

/** A widget that lists its events' titles once its work on a feed is done, when the test says so. */
class PreparingWidget extends MaillageWidget {
  static releases: (() => void)[] = [];
  static prepared: Feed[] = [];
  static small = false;
  protected get label(): string {
    return 'Test';
  }
  protected override prepareFeed(feed: Feed): Promise<void> | null {
    PreparingWidget.prepared.push(feed);
    if (PreparingWidget.small) return null;
    return new Promise((resolve) => PreparingWidget.releases.push(resolve));
  }
  protected renderFeed(feed: Feed): TemplateResult {
    return litHtml`<ul>${feed.events.map((event) => litHtml`<li>${String(event.title)}</li>`)}</ul>`;
  }
}
customElements.define('preparing-widget', PreparingWidget);

const items = (element: Element) => [...element.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const busy = (element: Element) => element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy');
let unique = 0;

/** A widget on a feed of its own, once the feed is loaded and handed to `prepareFeed`. */
async function mount(feedText: string) {
  const server = installFakeServer();
  const url = absolute(`/feeds/prepare-${++unique}.json`);
  server.respond(url, { body: feedText });
  const element = await fixture<PreparingWidget>(html`<preparing-widget src=${url}></preparing-widget>`);
  await until(() => PreparingWidget.prepared.length === 1);
  await element.updateComplete;
  return { element, server, url };
}

describe('MaillageWidget: work on a feed before it is drawn', () => {
  let feedText: string;
  before(async () => (feedText = await fixtureText('small.feed.json')));
  beforeEach(() => {
    PreparingWidget.releases = [];
    PreparingWidget.prepared = [];
    PreparingWidget.small = false;
  });

  it('stays in its loading state, busy and accessible, until the work is done; then draws', async () => {
    const { element } = await mount(feedText);
    expect(element.dataset['state']).to.equal('loading');
    expect(busy(element)).to.equal('true');
    expect(element.shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-kind')).to.equal('loading');
    expect(items(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
    PreparingWidget.releases[0]!();
    await until(() => element.dataset['state'] === 'ready');
    await element.updateComplete;
    expect(busy(element)).to.equal('false');
    expect(items(element).length).to.be.greaterThan(0);
    // Drawing again asks nothing more of the same feed.
    element.requestUpdate();
    await element.updateComplete;
    expect(PreparingWidget.prepared).to.have.length(1);
  });

  it('draws a feed that needs no work at once, in the same update', async () => {
    PreparingWidget.small = true;
    const { element } = await mount(feedText);
    expect(element.dataset['state']).to.equal('ready');
    expect(items(element).length).to.be.greaterThan(0);
  });

  it('keeps a feed on screen while its refreshed copy is worked on', async () => {
    const { element, server, url } = await mount(feedText);
    PreparingWidget.releases[0]!();
    await until(() => element.dataset['state'] === 'ready');
    const before = items(element);
    server.respond(url, { body: feedText.replace('Distribution de l’épicerie', 'Nouveau titre') });
    void element.hub!.retry();
    await until(() => PreparingWidget.prepared.length === 2);
    await element.updateComplete;
    expect(element.dataset['state']).to.equal('ready');
    expect(items(element)).to.deep.equal(before);
    PreparingWidget.releases[1]!();
    await until(() => items(element).includes('Nouveau titre'));
  });
});
