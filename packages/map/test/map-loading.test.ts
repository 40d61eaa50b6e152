import { expect, fixture } from '@open-wc/testing';
import { MaillageMapElement, type MapViewModule } from '@maillage/map';
import { $, clean, inlineFeedHtml, listed, mapFeed, mapReady, mountMap, until } from './harness.js';

const leafletRequests = () => performance.getEntriesByType('resource').filter((entry) => /leaflet|map-view/.test(entry.name));

describe('<maillage-map>: loading Leaflet', () => {
  const realLoader = MaillageMapElement.loadMapView;
  afterEach(() => {
    MaillageMapElement.loadMapView = realLoader;
  });

  it('fetches nothing of Leaflet before the map is near the viewport, then loads it', async () => {
    expect(leafletRequests(), 'no request at first').to.deep.equal([]);
    let loads = 0;
    MaillageMapElement.loadMapView = () => {
      loads++;
      return realLoader();
    };
    const feed = await mapFeed();
    const root = await fixture<HTMLElement>(
      `<div><div style="height: 3000px">Tall text</div>${inlineFeedHtml(feed, '<maillage-map tiles="none" style="--maillage-map-height: 250px"></maillage-map>')}</div>`,
    );
    const map = root.querySelector('maillage-map')!;
    await until(() => map.dataset['state'] === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(map.mapStatus).to.equal('waiting');
    expect(loads).to.equal(0);
    expect(leafletRequests()).to.deep.equal([]);
    // Its height is reserved all the same, and the list is there.
    expect($(map, '[part="map"]')!.getBoundingClientRect().height).to.be.closeTo(250, 2);
    expect(listed(map).length).to.equal(5);
    map.scrollIntoView();
    await mapReady(map);
    expect(loads).to.equal(1);
    expect(map.mapStatus).to.equal('ready');
    expect(leafletRequests().some((entry) => entry.name.includes('leaflet-src.esm.js'))).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('shows the list of places where Leaflet cannot load', async () => {
    MaillageMapElement.loadMapView = () => Promise.reject(new TypeError("Failed to set 'innerHTML': This document requires 'TrustedHTML' assignment."));
    const { map } = await mountMap();
    expect(map.mapStatus).to.equal('unavailable');
    expect(map.dataset['map']).to.equal('unavailable');
    expect($(map, '[part="map"]')).to.equal(null);
    expect(clean($(map, '[part="note"]')!.textContent)).to.equal('La carte ne peut pas s’afficher ici : voici la liste des lieux.');
    expect(listed(map).length).to.equal(5);
    await expect(map).to.be.accessible();
  });

  it('shows the list where Leaflet throws while drawing', async () => {
    MaillageMapElement.loadMapView = async () => {
      const real = await realLoader();
      return {
        ...real,
        createMapView: () => {
          throw new Error('blocked by the page');
        },
      } as MapViewModule;
    };
    const { map } = await mountMap();
    expect(map.mapStatus).to.equal('unavailable');
    expect(listed(map).length).to.equal(5);
  });

  it('has its "around me" button from the first draw, so that nothing moves when Leaflet arrives; a position found before waits for the map', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    MaillageMapElement.loadMapView = async () => {
      await gate;
      return realLoader();
    };
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (success: PositionCallback) => success({ coords: { latitude: 45.2, longitude: 0.6 } } as GeolocationPosition) },
    });
    try {
      const feed = await mapFeed();
      const root = await fixture<HTMLElement>(`<div>${inlineFeedHtml(feed, '<maillage-map tiles="none"></maillage-map>')}</div>`);
      const map = root.querySelector('maillage-map')!;
      await until(() => map.dataset['state'] === 'ready' && map.mapStatus === 'loading');
      const before = map.getBoundingClientRect().height;
      const button = $(map, '.tools button') as HTMLButtonElement;
      expect(clean(button.textContent)).to.equal('Autour de moi');
      button.click();
      release();
      await mapReady(map);
      await map.updateComplete;
      expect(map.getBoundingClientRect().height).to.equal(before);
      await until(() => Math.abs(map.leafletMap!.getCenter().lat - 45.2) < 0.01, 3000, 'centred on the position found before');
      expect($(map, '.leaflet-marker-pane .position')).to.exist;
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('can leave the page in the middle of a zoom animation without an error in the page', async () => {
    const { map } = await mountMap();
    const errors: string[] = [];
    const listen = (event: ErrorEvent): void => void errors.push(event.message);
    window.addEventListener('error', listen);
    try {
      map.leafletMap!.setView([45.2, 0.6], map.leafletMap!.getZoom() + 2, { animate: true });
      map.remove();
      // Leaflet ends a zoom animation 250 ms after it starts.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', listen);
    }
  });
});
