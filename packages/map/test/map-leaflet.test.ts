import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, clean, clusterMarkers, frame, mapFeed, mountMap, placeMarkers, settle, until } from './harness.js';

describe('<maillage-map>: the map', () => {
  it('draws one focusable, named marker per place with coordinates, with a plain background and no tiles', async () => {
    const { map } = await mountMap();
    expect(map.mapStatus).to.equal('ready');
    expect(map.dataset['map']).to.equal('ready');
    const markers = placeMarkers(map);
    expect(markers.map((m) => m.dataset['place']).sort()).to.deep.equal(['halle', 'jardin', 'mediatheque', 'stade']);
    const stade = markers.find((m) => m.dataset['place'] === 'stade')!;
    expect(stade.getAttribute('role')).to.equal('button');
    expect(stade.tabIndex).to.equal(0);
    expect(clean(stade.querySelector('.visually-hidden')!.textContent)).to.equal(
      'Stade municipal, Test-sur-Lisle : 2 événements, 1 mission, 1 coopération',
    );
    // Colour and shape and letters: the sport marker says "Sp" whatever its colour.
    expect(stade.querySelector('.marker')!.getAttribute('data-shape')).to.equal('circle');
    expect(clean(stade.querySelector('.glyph')!.textContent)).to.equal('Sp');
    expect(clean(stade.querySelector('.count')!.textContent)).to.equal('4');
    const region = $(map, '.map-canvas')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Carte : 5 lieux');
    expect($(map, '.leaflet-tile-pane img')).to.equal(null);
    expect(getComputedStyle(region).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    // Leaflet's layout rules are adopted in the shadow root.
    expect(getComputedStyle($(map, '.leaflet-marker-pane')!).position).to.equal('absolute');
    await expect(map).to.be.accessible();
  });

  it('reserves the height of the map from --maillage-map-height', async () => {
    const { map } = await mountMap('style="--maillage-map-height: 300px"');
    expect($(map, '[part="map"]')!.getBoundingClientRect().height).to.be.closeTo(300, 2);
  });

  it('toggles layers from the legend; markers and counts follow', async () => {
    const { map } = await mountMap();
    const toggles = $$<HTMLInputElement>(map, '[part="legend"] input');
    expect(toggles.map((t) => [t.value, t.checked])).to.deep.equal([
      ['events', true],
      ['missions', true],
      ['cooperations', true],
    ]);
    expect(clean($(map, '[part="legend"]')!.textContent)).to.equal('Afficher Événements (6) Missions bénévoles (3) Coopérations (2)');
    toggles[0]!.click();
    // The markers are redrawn on the map's next frame.
    await until(() => JSON.stringify(placeMarkers(map).map((m) => m.dataset['place']).sort()) === JSON.stringify(['halle', 'jardin', 'stade']));
    expect(placeMarkers(map).map((m) => m.dataset['place']).sort()).to.deep.equal(['halle', 'jardin', 'stade']);
    toggles[1]!.click();
    // The markers are redrawn on the map's next frame.
    await until(() => JSON.stringify(placeMarkers(map).map((m) => m.dataset['place']).sort()) === JSON.stringify(['jardin', 'stade']));
    expect(placeMarkers(map).map((m) => m.dataset['place']).sort()).to.deep.equal(['jardin', 'stade']);
    toggles[2]!.click();
    await settle(map);
    expect($(map, '[part="status"]')!.dataset['kind']).to.equal('empty');
    await expect(map).to.be.accessible();
    $$<HTMLInputElement>(map, '[part="legend"] input')[1]!.click();
    // The markers are redrawn on the map's next frame.
    await until(() => JSON.stringify(placeMarkers(map).map((m) => m.dataset['place']).sort()) === JSON.stringify(['halle', 'jardin', 'stade']));
    expect(placeMarkers(map).map((m) => m.dataset['place']).sort()).to.deep.equal(['halle', 'jardin', 'stade']);
  });

  it('takes its first layers from the layers attribute', async () => {
    const { map } = await mountMap('layers="missions"');
    expect($$<HTMLInputElement>(map, '[part="legend"] input').map((t) => t.checked)).to.deep.equal([false, true, false]);
    expect(placeMarkers(map).map((m) => m.dataset['place']).sort()).to.deep.equal(['halle', 'jardin', 'stade']);
  });

  it('clusters many places at low zoom; Enter on a cluster zooms in', async () => {
    const feed = await mapFeed();
    const places = Array.from({ length: 400 }, (_, i) => ({ id: `p${i}`, name: `Salle ${i}`, geo: { lat: 45 + (i % 20) * 0.01, lon: 0.4 + Math.floor(i / 20) * 0.01 } }));
    const events = places.map((place, i) => ({ id: `e${i}`, title: `Atelier ${i}`, start: '2027-03-15T10:00', placeId: place.id, organizers: ['club'] }));
    const { map } = await mountMap('center="45.1,0.5" zoom="9"', { feed: { ...feed, places, events, missions: [], cooperations: [] } });
    const clusters = clusterMarkers(map);
    expect(clusters.length).to.be.greaterThan(0);
    expect(placeMarkers(map).length).to.be.lessThan(400);
    const total = clusters.reduce((sum, c) => sum + Number(c.dataset['cluster']), 0) + placeMarkers(map).length;
    expect(total).to.equal(400);
    const cluster = clusters[0]!;
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(clean(cluster.querySelector('.visually-hidden')!.textContent)).to.match(/^\d+ lieux : zoomer pour les voir$/);
    const zoomBefore = map.leafletMap!.getZoom();
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => map.leafletMap!.getZoom() > zoomBefore, 3000, 'zoomed in');
    await frame();
    // Focus stays on the map, on a marker where the cluster was.
    expect(map.shadowRoot!.activeElement?.classList.contains('leaflet-marker-icon')).to.equal(true);
    await expect(map).to.be.accessible();
  });

  it('opens a popup built from DOM nodes when a marker is pressed, focus inside, Escape returns', async () => {
    const { map } = await mountMap();
    const halle = placeMarkers(map).find((m) => m.dataset['place'] === 'halle')!;
    halle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(map.hub!.selection.place).to.equal('halle');
    const popup = $(map, '.leaflet-popup .popup')!;
    expect(popup).to.exist;
    expect(map.shadowRoot!.activeElement).to.equal(popup);
    expect(clean(popup.querySelector('.popup-title')!.textContent)).to.equal('Halle du marché');
    expect(clean(popup.querySelector('.popup-address')!.textContent)).to.equal('Test-sur-Lisle');
    expect($$(map, '.popup-event-title').map((n) => n.textContent)).to.deep.equal(['Distribution de l’épicerie', 'Fête du jeu']);
    expect($$(map, '.popup-mission').map((n) => n.textContent)).to.deep.equal(['Accueillir à l’épicerie']);
    // No agenda on this page: no "show in the agenda" button.
    expect(popup.querySelector('.popup-agenda')).to.equal(null);
    await expect(map).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(map);
    expect($(map, '.leaflet-popup')).to.equal(null);
    expect(map.shadowRoot!.activeElement?.getAttribute('data-place')).to.equal('halle');
  });

  it('closes a popup with its own close button; zoom buttons and credits are plain DOM', async () => {
    const { map } = await mountMap();
    const zoomIn = $<HTMLAnchorElement>(map, '.leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoomer');
    expect(zoomIn.textContent).to.equal('+');
    const before = map.leafletMap!.getZoom();
    zoomIn.click();
    await until(() => map.leafletMap!.getZoom() > before, 3000, 'zoomed in');
    const halle = placeMarkers(map).find((m) => m.dataset['place'] === 'halle')!;
    halle.click();
    await until(() => Boolean($(map, '.leaflet-popup .popup-close')), 3000, 'popup open');
    const close = $<HTMLButtonElement>(map, '.leaflet-popup .popup-close')!;
    expect(close.getAttribute('aria-label')).to.equal('Fermer la bulle');
    close.click();
    await until(() => !$(map, '.leaflet-popup'), 3000, 'popup closed');
    expect(clean($(map, '.leaflet-control-attribution')!.textContent)).to.contain('Leaflet');
  });

  it('shows hostile feed text as text in markers, popups and the list', async () => {
    const feed = await mapFeed();
    const evil = '<img src=x onerror="window.pwnedMap=1">';
    const hostile = {
      ...feed,
      places: [{ id: 'piege', name: `${evil}Salle`, address: { locality: '"><svg onload=alert(1)>', street: '<script>alert(2)</script>' }, geo: { lat: 45, lon: 0.4 } }],
      events: [{ id: 'e', title: `${evil} Concert`, start: '2027-03-12T20:00', placeId: 'piege', organizers: ['media'], sectors: ['<b>x</b>'] }],
      missions: [{ id: 'm', title: `<iframe src="javascript:alert(1)"></iframe>Buvette`, organizationId: 'club', type: 'recurring', placeId: 'piege' }],
      cooperations: [{ id: 'c', title: '<script>alert(3)</script>Fête', partners: [{ organizationId: 'club' }, { organizationId: 'media' }], placeIds: ['piege'] }],
    };
    const { map } = await mountMap('', { feed: hostile });
    const marker = placeMarkers(map)[0]!;
    marker.click();
    await settle(map);
    const popup = $(map, '.leaflet-popup .popup')!;
    expect(clean(popup.querySelector('.popup-title')!.textContent)).to.equal(`${evil}Salle`);
    expect(clean(popup.querySelector('.popup-event-title')!.textContent)).to.equal(`${evil} Concert`);
    expect(clean(popup.querySelector('.popup-address')!.textContent)).to.contain('<script>alert(2)</script>');
    const markup = 'img, script, iframe, svg, b, [onerror], [onload]';
    expect([...map.shadowRoot!.querySelectorAll(markup)].map((el) => el.outerHTML)).to.deep.equal([]);
    expect(clean($(map, '[part="place"] .place-name')!.textContent)).to.equal(`${evil}Salle, "><svg onload=alert(1)>`);
    expect((window as unknown as { pwnedMap?: number }).pwnedMap).to.equal(undefined);
  });

  it('centres on the visitor only when "around me" is pressed', async () => {
    const calls: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(success: PositionCallback) {
          calls.push('position');
          success({ coords: { latitude: 45.2, longitude: 0.6 } } as GeolocationPosition);
        },
      },
    });
    try {
      const { map } = await mountMap();
      expect(calls).to.deep.equal([]);
      const button = $$<HTMLButtonElement>(map, '.tools button').find((b) => clean(b.textContent) === 'Autour de moi')!;
      button.click();
      await settle(map);
      expect(calls).to.deep.equal(['position']);
      await until(() => Math.abs(map.leafletMap!.getCenter().lat - 45.2) < 0.01, 3000, 'centred on the position');
      expect($(map, '.leaflet-marker-pane .position')).to.exist;
      expect(clean($(map, '[role="status"][aria-live]')!.textContent)).to.equal('La carte est centrée sur votre position.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('takes center and zoom', async () => {
    const { map } = await mountMap('center="45.02,0.43" zoom="12"');
    expect(map.leafletMap!.getZoom()).to.equal(12);
    expect(map.leafletMap!.getCenter().lat).to.be.closeTo(45.02, 0.001);
  });
});
