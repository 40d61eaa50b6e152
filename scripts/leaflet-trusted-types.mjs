// Leaflet 1.9 probes for inline SVG support at load with `div.innerHTML = '<svg/>'`: on a page that
// enforces Trusted Types, that probe alone is a policy violation. Every browser Maillage supports draws
// inline SVG, so the probe is replaced by its answer, in the build and in the test server alike.
const PROBE = /var inlineSvg = !!svg\$1 && \(function \(\) \{[\s\S]*?\}\)\(\);/;

export function withoutSvgProbe(code) {
  return code.replace(PROBE, 'var inlineSvg = !!svg$1;');
}

const isLeaflet = (id) => /leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id);

/** For rollup. */
export function leafletRollupPlugin() {
  return {
    name: 'maillage-leaflet-trusted-types',
    transform(code, id) {
      return isLeaflet(id) ? { code: withoutSvgProbe(code), map: null } : null;
    },
  };
}

/** For the test runner's dev server. */
export function leafletDevServerPlugin() {
  return {
    name: 'maillage-leaflet-trusted-types',
    transform(context) {
      if (isLeaflet(context.path) && typeof context.body === 'string') return { body: withoutSvgProbe(context.body) };
      return undefined;
    },
  };
}
