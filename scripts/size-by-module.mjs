// Which modules weigh what in a bundle (default: what packages/core loads at once): each module minified
// and gzipped alone, then the whole. `node scripts/size-by-module.mjs packages/agenda/src/maillage-agenda.ts`
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const bundle = await rollup({
  input: process.argv[2] ?? 'packages/core/src/index.ts',
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.js'] }),
    typescript({ tsconfig: 'tsconfig.bundle.json', declaration: false, sourceMap: false, outDir: 'dist-size', rootDir: 'packages' })],
  onwarn: () => {}, preserveEntrySignatures: 'allow-extension',
});
const { output } = await bundle.generate({ format: 'es' });
const rows = [];
for (const [id, m] of Object.entries(output.find(c=>c.isEntry).modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, { module: true, compress: false, mangle: false })).code ?? '';
  rows.push([id.replace(process.cwd() + '/', ''), gzipSync(min).length]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [id, n] of rows) console.log(String(n).padStart(6), id);
const all = (await minify(output.find(c=>c.isEntry).code, { module: true })).code;
console.log('total gz', gzipSync(all).length);
