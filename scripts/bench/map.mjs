// The map's clustering, measured in Chromium: supercluster (what <maillage-map> uses) against
// leaflet.markercluster on the same seeded points, side by side in one page (scripts/bench/map.html).
// Each run is a fresh page; the two libraries take turns going first. Figures are medians, never asserted.

import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';

/** The map's clustering module as the page loads it (supercluster included), for map.html: dist/bench/. */
export async function buildClusters() {
  const bundle = await rollup({
    input: 'packages/map/src/clusters.ts',
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.js'] }),
      typescript({ tsconfig: 'tsconfig.bundle.json', declaration: false, sourceMap: false, outDir: 'dist/bench', rootDir: 'packages' }),
    ],
    onwarn: () => {},
  });
  await bundle.write({ file: 'dist/bench/clusters.js', format: 'es' });
  await bundle.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function mapRun(browser, origin, points, order) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1320, height: 520 });
    await page.goto(`${origin}/scripts/bench/map.html?points=${points}&seed=42&order=${order}`);
    await page.waitForFunction(() => window.benchResult, { timeout: 300_000, polling: 100 });
    return await page.evaluate(() => window.benchResult);
  } finally {
    await page.close();
  }
}

/**
 * Runs the map benchmark: `browser` is a puppeteer Browser, `origin` a server serving the repository's root
 * (node_modules included), `runs` the number of runs per size. Returns the medians and a markdown table.
 */
export async function benchMap(browser, origin, runs = 5) {
  await buildClusters();
  const rows = [];
  for (const points of [10_000, 100_000]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await mapRun(browser, origin, points, i % 2 ? 'cluster-first' : 'super-first'));
    const row = {
      points,
      supercluster: {
        index: median(results.map((r) => r.supercluster.index)),
        firstDraw: median(results.map((r) => r.supercluster.firstDraw)),
        zoom: median(results.map((r) => r.supercluster.zoom)),
        markers: results[0].supercluster.markers,
      },
      markercluster: {
        firstDraw: median(results.map((r) => r.markercluster.firstDraw)),
        zoom: median(results.map((r) => r.markercluster.zoom)),
        markers: results[0].markercluster.markers,
      },
    };
    row.ratio = row.markercluster.firstDraw / row.supercluster.firstDraw;
    row.zoomRatio = row.markercluster.zoom / row.supercluster.zoom;
    rows.push(row);
  }
  const ms = (value) => `${value.toFixed(1)} ms`;
  const markdown = `## Map clustering

Supercluster (what \`<maillage-map>\` uses) against leaflet.markercluster on the same seeded random points over France,
in one page with the same Leaflet, no tiles; medians of ${runs} runs. First draw: from the points to the first frame
painted with the clusters of the view (zoom 6); "of which index": indexing the levels that view needs (the map
indexes the deeper levels when the page is next idle); zoom: from zoom 6 to 8, to the next frame, once the page
has been idle (both maps alike).

| points | supercluster first draw (goal < 150 ms at 10 000) | of which index | markercluster first draw | ratio (goal ≥ 3) | zoom: supercluster | zoom: markercluster |
|---:|---:|---:|---:|---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.points.toLocaleString('en')} | ${ms(r.supercluster.firstDraw)} | ${ms(r.supercluster.index)} | ${ms(r.markercluster.firstDraw)} | ${r.ratio.toFixed(1)}× | ${ms(r.supercluster.zoom)} | ${ms(r.markercluster.zoom)} |`,
  )
  .join('\n')}
`;
  return { rows, markdown };
}
