import { expect } from '@open-wc/testing';
import { mountMap, placeMarkers, until } from './harness.js';

/**
 * A host page that runs its own Leaflet, an older version (1.7.1, a dev dependency for this test), as a global
 * `L` with its own map, keeps both untouched.
 */
describe('<maillage-map> on a page with its own Leaflet', () => {
  it('leaves the page’s global L and its map alone, and draws its own', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/leaflet-1-7/dist/leaflet-src.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('Leaflet UMD not served'));
      document.head.append(script);
    });
    const pageL = (window as unknown as { L: { version: string; map: (el: HTMLElement) => { setView: (c: [number, number], z: number) => unknown; getZoom: () => number } } }).L;
    expect(pageL.version).to.equal('1.7.1');
    const hostDiv = document.createElement('div');
    hostDiv.style.height = '200px';
    document.body.append(hostDiv);
    const hostMap = pageL.map(hostDiv);
    hostMap.setView([48.85, 2.35], 11);
    try {
      const { map } = await mountMap();
      await until(() => placeMarkers(map).length > 0, 5000, 'markers');
      expect((window as unknown as { L: unknown }).L).to.equal(pageL);
      expect(hostMap.getZoom()).to.equal(11);
      expect(hostDiv.classList.contains('leaflet-container')).to.equal(true);
      // The widget's Leaflet lives in its own module: its map is not the page's.
      expect(map.leafletMap).to.not.equal(hostMap);
    } finally {
      hostDiv.remove();
    }
  });
});
