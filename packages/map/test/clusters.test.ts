import { expect } from '@open-wc/testing';
import { TwoStepClusters, type PlaceFeature } from '../src/clusters.js';

/** Seeded points over France: the same on every run. */
function points(count: number): PlaceFeature[] {
  let state = 7;
  const random = (): number => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-4.6 + random() * 12.6, 42.3 + random() * 8.7] },
    properties: { id: `p${i}` },
  }));
}

const FRANCE: [number, number, number, number] = [-10, 40, 15, 53];
/** Places counted in what an index answers for the whole of France at a zoom. */
const counted = (clusters: TwoStepClusters, zoom: number): number =>
  clusters
    .at(zoom)
    .getClusters(FRANCE, zoom)
    .reduce((sum, feature) => sum + ((feature.properties as { point_count?: number }).point_count ?? 1), 0);
const idle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1200));

describe('TwoStepClusters', () => {
  it('answers the first view from a quick index and every deeper zoom from the full one, each place counted once', async () => {
    const clusters = new TwoStepClusters(56, 16);
    clusters.load(points(2_000), 6);
    expect(clusters.complete).to.equal(false);
    for (const zoom of [0, 3, 6]) expect(counted(clusters, zoom), `zoom ${zoom}`).to.equal(2_000);
    expect(clusters.at(6)).to.not.equal(clusters.at(7));
    // Zooming in before the page was idle indexes every level at once.
    expect(counted(clusters, 9)).to.equal(2_000);
    expect(clusters.complete).to.equal(true);
    expect(counted(clusters, 17)).to.equal(2_000);
  });

  it('indexes every level when the page is idle', async () => {
    const clusters = new TwoStepClusters(56, 16);
    clusters.load(points(500), 5);
    expect(clusters.complete).to.equal(false);
    // requestIdleCallback's timeout is 1 s: idle or not, the page gets to it.
    for (let i = 0; i < 50 && !clusters.complete; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clusters.complete).to.equal(true);
  });

  it('expands a cluster of the first view with the index that made it', () => {
    const clusters = new TwoStepClusters(56, 16);
    clusters.load(points(2_000), 6);
    const index = clusters.at(6);
    const cluster = index.getClusters(FRANCE, 6).find((feature) => (feature.properties as { cluster?: boolean }).cluster)!;
    const id = (cluster.properties as { cluster_id: number }).cluster_id;
    expect(index.getClusterExpansionZoom(id)).to.be.within(7, 17);
    expect(index.getLeaves(id, Infinity).length).to.equal((cluster.properties as { point_count: number }).point_count);
  });

  it('indexes in one step when the first view is close to the last level, and forgets a pending step when loaded again or cancelled', async () => {
    const near = new TwoStepClusters(56, 16);
    near.load(points(300), 15);
    expect(near.complete).to.equal(true);
    const cancelled = new TwoStepClusters(56, 16);
    cancelled.load(points(300), 4);
    cancelled.cancel();
    await idle();
    expect(cancelled.complete).to.equal(false);
    cancelled.load(points(100), 4);
    expect(counted(cancelled, 4)).to.equal(100);
  });
});
