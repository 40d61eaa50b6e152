import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import '@maillage/map';
import type { MaillageAgendaElement } from '@maillage/agenda';
import type { MaillageMapElement } from '@maillage/map';
import type { MaillageFeedElement } from '@maillage/core';
import { absolute, fixtureText, installFakeServer, until } from './helpers.js';

const texts = (element: Element, part: string) =>
  [...element.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

let unique = 0;
const freshUrl = () => absolute(`/feeds/test-${++unique}.json`);

describe('<maillage-feed>', () => {
  let feedText: string;
  before(async () => {
    feedText = await fixtureText('small.feed.json');
  });

  it('provides an inline feed to the widgets inside it, through context', async () => {
    const root = await fixture<HTMLDivElement>(`<div>
      <maillage-feed>
        <script type="application/json">${feedText}</script>
        <maillage-agenda from="2027-03-01"></maillage-agenda>
      </maillage-feed>
    </div>`);
    const agenda = root.querySelector('maillage-agenda') as MaillageAgendaElement;
    await until(() => texts(agenda, 'event').length > 0);
    const titles = texts(agenda, 'event');
    expect(titles).to.have.length(3);
    expect(titles[0]).to.contain('Distribution de l’épicerie');
    expect(titles[1]).to.contain('Match et lectures à la mi-temps');
    await expect(agenda).to.be.accessible();
  });

  it('makes one request per URL however many widgets use it, and emits maillage-feed-load', async () => {
    const server = installFakeServer();
    const url = freshUrl();
    server.respond(url, { body: feedText });
    const loaded = oneEvent(document, 'maillage-feed-load');
    const root = await fixture<HTMLDivElement>(html`<div>
      <maillage-feed src=${url}>
        <maillage-agenda from="2027-03-01"></maillage-agenda>
        <maillage-map></maillage-map>
      </maillage-feed>
      <maillage-agenda src=${url} from="2027-03-01"></maillage-agenda>
    </div>`);
    const event = await loaded;
    expect(event.detail.feed.events).to.have.length(3);
    expect(event.detail.stale).to.equal(false);
    const [inner, outer] = [...root.querySelectorAll('maillage-agenda')] as MaillageAgendaElement[];
    await until(() => texts(inner!, 'event').length === 3 && texts(outer!, 'event').length === 3);
    expect(server.requests.filter((r) => r === url)).to.have.length(1);
  });

  it('links widgets in separate blocks by feed="ID": one fetch, one selection', async () => {
    const server = installFakeServer();
    const url = freshUrl();
    server.respond(url, { body: feedText });
    const root = await fixture<HTMLDivElement>(html`<div>
      <div class="sidebar"><maillage-map feed="shared"></maillage-map></div>
      <maillage-feed id="shared" src=${url}></maillage-feed>
      <div class="content"><maillage-agenda feed="shared" from="2027-03-01"></maillage-agenda></div>
    </div>`);
    const map = root.querySelector('maillage-map') as MaillageMapElement;
    const agenda = root.querySelector('maillage-agenda') as MaillageAgendaElement;
    const feed = root.querySelector('maillage-feed') as MaillageFeedElement;
    await until(() => texts(agenda, 'event').length === 3 && texts(map, 'place').length === 2);
    expect(map.hub).to.equal(feed.hub);
    expect(agenda.hub).to.equal(feed.hub);

    const changed = oneEvent(feed, 'maillage-selection-change');
    const stade = [...map.shadowRoot!.querySelectorAll('[part="place"] button')].find((b) => b.textContent!.includes('Stade')) as HTMLButtonElement;
    stade.click();
    expect((await changed).detail.selection.place).to.equal('stade');
    await until(() => texts(agenda, 'event').length === 1);
    expect(texts(agenda, 'event')[0]).to.contain('Match');
    expect(stade.getAttribute('aria-pressed')).to.equal('true');
    expect(server.requests.filter((r) => r === url)).to.have.length(1);
  });

  it('finds a <maillage-feed id> added to the page after the widget', async () => {
    const server = installFakeServer();
    const url = freshUrl();
    server.respond(url, { body: feedText });
    const root = await fixture<HTMLDivElement>(html`<div><maillage-agenda feed="late" from="2027-03-01"></maillage-agenda></div>`);
    const agenda = root.querySelector('maillage-agenda') as MaillageAgendaElement;
    await agenda.updateComplete;
    expect(agenda.shadowRoot!.textContent).to.contain('« late »');
    await expect(agenda).to.be.accessible();
    const feed = document.createElement('maillage-feed');
    feed.id = 'late';
    feed.setAttribute('src', url);
    root.append(feed);
    await until(() => texts(agenda, 'event').length === 3);
  });

  it('presets the shared selection from attributes', async () => {
    const root = await fixture<HTMLDivElement>(`<div>
      <maillage-feed places="halle">
        <script type="application/json">${feedText}</script>
        <maillage-agenda from="2027-03-01"></maillage-agenda>
      </maillage-feed>
    </div>`);
    const agenda = root.querySelector('maillage-agenda') as MaillageAgendaElement;
    await until(() => texts(agenda, 'event').length === 2);
    expect(texts(agenda, 'event').join(' ')).not.to.contain('Match');
  });

  it('reads an inline feed whose script arrives after the element connected', async () => {
    const feed = document.createElement('maillage-feed');
    const agenda = document.createElement('maillage-agenda');
    agenda.setAttribute('from', '2027-03-01');
    feed.append(agenda);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(feed);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feedText;
    feed.prepend(script);
    await until(() => texts(agenda, 'event').length === 3);
  });

  it('says when a widget has no feed at all', async () => {
    const agenda = await fixture<MaillageAgendaElement>(html`<maillage-agenda></maillage-agenda>`);
    await agenda.updateComplete;
    expect(agenda.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('src=');
    await expect(agenda).to.be.accessible();
  });
});
