import { expect, fixture } from '@open-wc/testing';
import type { MaillageAgendaElement } from '@maillage/agenda';
import type { MaillageMapElement } from '@maillage/map';
import { $, $$, clean, inlineFeedHtml, listed, mapFeed, mapReady, placeMarkers, settle, until } from './harness.js';

const agendaTitles = (agenda: Element) => [...agenda.shadowRoot!.querySelectorAll('[part="event-title"]')].map((n) => clean(n.textContent));

async function mountBoth(): Promise<{ map: MaillageMapElement; agenda: MaillageAgendaElement }> {
  const feed = await mapFeed();
  const root = await fixture<HTMLElement>(
    `<div>${inlineFeedHtml(feed, '<maillage-map tiles="none"></maillage-map><maillage-agenda from="2027-03-01"></maillage-agenda>')}</div>`,
  );
  const map = root.querySelector('maillage-map')!;
  const agenda = root.querySelector('maillage-agenda')!;
  await until(() => map.dataset['state'] === 'ready' && agenda.dataset['state'] === 'ready');
  await mapReady(map);
  await agenda.updateComplete;
  return { map, agenda };
}

describe('<maillage-map> linked with the agenda', () => {
  it('choosing a place on the map narrows the agenda to it', async () => {
    const { map, agenda } = await mountBoth();
    expect(agendaTitles(agenda)).to.include('Match de l’Union');
    placeMarkers(map).find((m) => m.dataset['place'] === 'halle')!.click();
    await settle(map);
    await agenda.updateComplete;
    expect(map.hub!.selection.place).to.equal('halle');
    expect(agendaTitles(agenda)).to.deep.equal(['Distribution de l’épicerie', 'Fête du jeu']);
    // The popup offers to show the place in the agenda, which brings the agenda into view.
    const button = $<HTMLButtonElement>(map, '.leaflet-popup .popup-agenda')!;
    expect(clean(button.textContent)).to.equal('Voir dans l’agenda');
    button.click();
    expect(document.activeElement).to.equal(agenda);
    await expect(map).to.be.accessible();
  });

  it('choosing a place in the list does the same, and shows it on the map', async () => {
    const { map, agenda } = await mountBoth();
    $<HTMLButtonElement>(map, '[part="place"][data-place="mediatheque"] button')!.click();
    await settle(map);
    await agenda.updateComplete;
    expect(agendaTitles(agenda)).to.deep.equal(['Heure du conte', 'Heure du conte', 'Heure du conte']);
    expect(clean($(map, '.leaflet-popup .popup-title')!.textContent)).to.equal('Médiathèque');
  });

  it('the agenda’s sectors and dates filter the events layer', async () => {
    const { map, agenda } = await mountBoth();
    map.hub!.select({ sectors: ['culture'] });
    await settle(map);
    await agenda.updateComplete;
    expect(listed(map)).to.deep.equal([
      'Grange des Prés, Les Prés | 1 événement',
      'Halle du marché, Test-sur-Lisle | 1 événement',
      'Médiathèque, Lisle-le-Haut | 1 événement',
      'Stade municipal, Test-sur-Lisle | 1 coopération',
    ]);
    expect(placeMarkers(map).map((m) => m.dataset['place']).sort()).to.deep.equal(['halle', 'mediatheque', 'stade']);
    map.hub!.select({ sectors: [], from: '2027-03-15', to: '2027-03-19' });
    await settle(map);
    const events = listed(map).filter((line) => line.includes('événement'));
    expect(events).to.deep.equal(['Médiathèque, Lisle-le-Haut | 1 événement']);
  });

  it('a place chosen in the agenda opens on the map', async () => {
    const { map, agenda } = await mountBoth();
    agenda.hub!.select({ place: 'stade' }, 'elsewhere');
    await settle(map);
    expect(clean($(map, '.leaflet-popup .popup-title')!.textContent)).to.equal('Stade municipal');
    expect(placeMarkers(map).find((m) => m.dataset['place'] === 'stade')!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(map, '[part="place"] button[aria-pressed="true"]').length).to.equal(1);
  });
});
