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
});
