// The files a webmaster's <script type="module"> loads. Each entry is built on its own so that it is one
// self-contained module (Lit included); code loaded on demand (Leaflet, adapters) goes to dist/chunks/.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { leafletRollupPlugin } from './scripts/leaflet-trusted-types.mjs';

// The modules that register the elements (not the packages' indexes, which also export tools for
// developers): a script tag needs the elements only, and what they load on demand stays out of the entry.
// The all-in-one registers each widget when the page has one (autoload.ts).
const entries = {
  maillage: 'packages/maillage/src/autoload.ts',
  agenda: 'packages/agenda/src/maillage-agenda.ts',
  map: 'packages/map/src/maillage-map.ts',
  volunteers: 'packages/volunteers/src/maillage-volunteers.ts',
  showcase: 'packages/showcase/src/maillage-showcase.ts',
  embed: 'packages/maillage/src/embed-page.ts',
  configurator: 'packages/maillage/src/configurator-page.ts',
};

/** The iframe mode's page goes beside its script. */
const embedPage = () => ({
  name: 'maillage-embed-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('packages/maillage/embed.html', 'utf8') });
  },
});

/** The stylesheet a page links before the script, to hold each widget's room while it loads. */
const stylesheet = () => ({
  name: 'maillage-stylesheet',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'maillage.css', source: readFileSync('packages/maillage/maillage.css', 'utf8') });
  },
});

const plugins = () => [
  leafletRollupPlugin(),
  nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.mjs', '.js'] }),
  typescript({
    tsconfig: 'tsconfig.bundle.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    noEmitOnError: true,
    outDir: 'dist',
    rootDir: 'packages',
  }),
  // MAILLAGE_NO_MINIFY=1 keeps names readable, for profiling.
  ...(process.env.MAILLAGE_NO_MINIFY ? [] : [terser({ format: { comments: false }, ecma: 2022, module: true })]),
];

/** Records which files each entry loads at once and on demand, for `npm run size`. */
const loadGraph = (name) => ({
  name: 'maillage-load-graph',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry);
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const atOnce = new Set();
    const visit = (fileName) => {
      if (atOnce.has(fileName)) return;
      atOnce.add(fileName);
      for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
    };
    visit(entry.fileName);
    const onDemand = chunks.map((chunk) => chunk.fileName).filter((fileName) => !atOnce.has(fileName));
    // The all-in-one loads each widget when the page has one: what that widget adds to the entry.
    const widgets = {};
    for (const fileName of entry.dynamicImports) {
      const chunk = byName.get(fileName);
      if (!chunk?.name.startsWith('maillage-')) continue;
      const files = new Set();
      const add = (file) => {
        if (files.has(file) || atOnce.has(file)) return;
        files.add(file);
        for (const imported of byName.get(file)?.imports ?? []) add(imported);
      };
      add(fileName);
      widgets[chunk.name] = [...files];
    }
    this.emitFile({
      type: 'asset',
      fileName: `meta/${name}.json`,
      source: JSON.stringify({ entry: entry.fileName, atOnce: [...atOnce], onDemand, ...(Object.keys(widgets).length && { widgets }) }, null, 2),
    });
  },
});

export default Object.entries(entries).map(([name, input]) => ({
  input,
  // Chunks loaded on demand may import from the entry itself, instead of a shared chunk behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [...plugins(), loadGraph(name), ...(name === 'embed' ? [embedPage()] : []), ...(name === 'maillage' ? [stylesheet()] : [])],
  onwarn(warning, warn) {
    // Lit's decorators are compiled to this-at-top-level helpers; nothing else should warn.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
