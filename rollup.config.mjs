// The files a webmaster's <script type="module"> loads. Each entry is built on its own so that it is one
// self-contained module (Lit included); code loaded on demand (Leaflet, adapters) goes to dist/chunks/.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const entries = {
  maillage: 'packages/maillage/src/index.ts',
  agenda: 'packages/agenda/src/index.ts',
  map: 'packages/map/src/index.ts',
  volunteers: 'packages/volunteers/src/index.ts',
  showcase: 'packages/showcase/src/index.ts',
};

const plugins = () => [
  nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.mjs', '.js'] }),
  typescript({
    tsconfig: 'tsconfig.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    noEmitOnError: true,
    outDir: 'dist',
    rootDir: 'packages',
  }),
  terser({ format: { comments: false }, ecma: 2022, module: true }),
];

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: plugins(),
  onwarn(warning, warn) {
    // Lit's decorators are compiled to this-at-top-level helpers; nothing else should warn.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
