import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, clean, consoleReports, listed, mapFeed, mountMap, settle } from './harness.js';

describe('<maillage-map>: the list of places', () => {
  it('groups the records by place and counts them', async () => {
    const { map } = await mountMap('', { waitForMap: false });
    expect(listed(map)).to.deep.equal([
      'Grange des Prés, Les Prés | 1 événement',
      'Halle du marché, Test-sur-Lisle | 2 événements, 1 mission',
      'Jardin partagé, Test-sur-Lisle | 1 mission, 1 coopération',
      'Médiathèque, Lisle-le-Haut | 1 événement',
      'Stade municipal, Test-sur-Lisle | 2 événements, 1 mission, 1 coopération',
    ]);
    expect(clean($(map, '.places-title')!.textContent)).to.equal('Liste des lieux (5 lieux)');
    await expect(map).to.be.accessible();
  });

  it('keeps places without coordinates in the list, with a note, and reports them once', async () => {
    consoleReports.length = 0;
    {
      const { map } = await mountMap('', { waitForMap: false });
      const grange = $(map, '[part="place"][data-place="grange"]')!;
      expect(clean(grange.querySelector('.place-note')!.textContent)).to.equal('pas sur la carte (coordonnées manquantes)');
      expect($(map, '[part="place"][data-place="halle"] .place-note')).to.equal(null);
      const report = consoleReports.find((args) => String(args[0]).startsWith('[maillage]') && Array.isArray(args[1]));
      expect(report, 'a report in the console').to.exist;
      const problems = report![1] as { code: string; path: string }[];
      expect(problems.map((p) => [p.code, p.path])).to.deep.equal([['place-without-geo', 'places[4].geo']]);
      expect(consoleReports.filter((args) => String(args[0]).includes('not on the map')).length).to.equal(1);
    }
  });

  it('reaches the list with Tab and selects a place with Enter, and again to unselect', async () => {
    const { map } = await mountMap('', { waitForMap: false });
    const selected: string[] = [];
    map.addEventListener('maillage-select', (event) => selected.push(`${event.detail.kind}:${event.detail.id}`));
    const buttons = $$<HTMLButtonElement>(map, '[part="place"] button');
    // Compared as booleans: a failed comparison of two elements cannot be sent back by the test runner
    // (elements cannot be cloned), and the run would hang instead of failing.
    const focused = (button: HTMLButtonElement | undefined, what: string) =>
      expect(map.shadowRoot!.activeElement === button, `${what} focused, not ${map.shadowRoot!.activeElement?.outerHTML.slice(0, 80)}`).to.equal(true);
    // From the last layer toggle, Tab goes on to the places, past the map's stops (the map, its markers,
    // zoom buttons, credits, "around me") and, in Firefox, the list itself when it scrolls: Firefox makes
    // scroll containers tab stops (here the list is taller there, its default serif font being wider).
    $$<HTMLInputElement>(map, '[part="legend"] input').at(-1)!.focus();
    for (let i = 0; i < 15 && map.shadowRoot!.activeElement !== buttons[0]; i++) await sendKeys({ press: 'Tab' });
    focused(buttons[0], 'the first place');
    await sendKeys({ press: 'Tab' });
    focused(buttons[1], 'the second place');
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(map.hub!.selection.place).to.equal('halle');
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(selected).to.deep.equal(['place:halle']);
    await sendKeys({ press: ' ' });
    await settle(map);
    expect(map.hub!.selection.place).to.equal(null);
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('speaks English with lang="en"', async () => {
    const { map } = await mountMap('lang="en"', { waitForMap: false });
    expect(listed(map)[1]).to.equal('Halle du marché, Test-sur-Lisle | 2 events, 1 mission');
    expect(clean($(map, '[part="legend"]')!.textContent)).to.equal('Show Events (6) Volunteer missions (3) Cooperations (2)');
    expect($(map, '[part="base"]')!.getAttribute('aria-label')).to.equal('Map of the associations’ places');
  });

  it('says so when nothing happens at any place', async () => {
    const feed = await mapFeed();
    const { map } = await mountMap('', { feed: { ...feed, events: [], missions: [], cooperations: [] }, waitForMap: false });
    expect($(map, '[part="status"]')!.dataset['kind']).to.equal('empty');
    expect($(map, '[part="map"]')).to.equal(null);
    await expect(map).to.be.accessible();
  });

  it('honours limit', async () => {
    const { map } = await mountMap('limit="2"', { waitForMap: false });
    expect(listed(map).length).to.equal(2);
  });
});
