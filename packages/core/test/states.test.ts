import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import type { MaillageAgendaElement } from '@maillage/agenda';
import { FeedLoader, type FetchLike } from '@maillage/feed';
import { setPageLoader } from '@maillage/core';
import { absolute, fixtureText, installFakeServer, until } from './helpers.js';

const status = (element: Element) => element.shadowRoot!.querySelector('[part="status"]');
let unique = 0;
const freshUrl = () => absolute(`/feeds/states-${++unique}.json`);

describe('shared states', () => {
  let feedText: string;
  before(async () => {
    feedText = await fixtureText('small.feed.json');
  });

  it('reserves its height and shows the fallback content while loading', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch: FetchLike = async () => {
      await gate;
      return new Response(feedText, { status: 200 });
    };
    setPageLoader(new FeedLoader({ fetch, storage: null }));
    const agenda = await fixture<MaillageAgendaElement>(
      html`<maillage-agenda src=${freshUrl()} from="2027-03-01"><a href="/agenda">Agenda</a></maillage-agenda>`,
    );
    await agenda.updateComplete;
    expect(agenda.dataset['state']).to.equal('loading');
    expect(status(agenda)!.getAttribute('role')).to.equal('status');
    expect(agenda.shadowRoot!.querySelector('slot')).to.exist;
    expect(agenda.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(agenda.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(agenda).to.be.accessible();
    release();
    await until(() => agenda.dataset['state'] === 'ready');
    expect(agenda.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('shows a translated error with a retry that works, and emits maillage-feed-error', async () => {
    const server = installFakeServer();
    const url = freshUrl();
    server.respond(url, { status: 500, body: 'oops' });
    const failed = oneEvent(document, 'maillage-feed-error');
    const root = await fixture<HTMLDivElement>(html`<div lang="en">
      <maillage-feed src=${url}><maillage-agenda lang="en" from="2027-03-01"></maillage-agenda></maillage-feed>
    </div>`);
    const agenda = root.querySelector('maillage-agenda')!;
    const event = await failed;
    expect(event.detail.error?.code).to.equal('http-status');
    await until(() => status(agenda)?.getAttribute('data-kind') === 'error');
    expect(status(agenda)!.getAttribute('role')).to.equal('alert');
    expect(status(agenda)!.textContent).to.contain('The feed could not be loaded.');
    await expect(agenda).to.be.accessible();

    server.respond(url, { body: feedText });
    (status(agenda)!.querySelector('button') as HTMLButtonElement).click();
    await until(() => agenda.shadowRoot!.querySelectorAll('[part="event"]').length === 3);
    expect(server.requests.filter((r) => r === url)).to.have.length(2);
  });

  it('shows the last good copy, marked stale with its date, when the network fails', async () => {
    const url = freshUrl();
    const memory = new Map<string, string>();
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    };
    let online = true;
    const fetch: FetchLike = async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(feedText, { status: 200 });
    };
    setPageLoader(new FeedLoader({ fetch, storage }));
    const first = await fixture<MaillageAgendaElement>(html`<maillage-agenda src=${url} from="2027-03-01"></maillage-agenda>`);
    await until(() => first.dataset['state'] === 'ready' && first.shadowRoot!.querySelectorAll('[part="event"]').length === 3);

    // A new page visit: a fresh loader with the same storage, and no network.
    online = false;
    setPageLoader(new FeedLoader({ fetch, storage }));
    const agenda = await fixture<MaillageAgendaElement>(html`<maillage-agenda src=${url} from="2027-03-01" lang="fr"></maillage-agenda>`);
    await until(() => status(agenda)?.getAttribute('data-kind') === 'stale');
    expect(status(agenda)!.textContent).to.contain('dernière copie');
    expect(agenda.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(3);
    await expect(agenda).to.be.accessible();
  });

  it('says when there is nothing to show', async () => {
    const server = installFakeServer();
    const url = freshUrl();
    server.respond(url, { body: JSON.stringify({ maillage: '1', title: 'Vide' }) });
    const agenda = await fixture<MaillageAgendaElement>(html`<maillage-agenda src=${url} from="2027-03-01"></maillage-agenda>`);
    await until(() => status(agenda)?.getAttribute('data-kind') === 'empty');
    expect(status(agenda)!.textContent).to.contain('Rien à afficher');
    await expect(agenda).to.be.accessible();
  });
});
