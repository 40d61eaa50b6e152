import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
const bundle = await rollup({
  input: process.argv[2] ?? 'packages/core/src/index.ts',
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.js'] }),
    typescript({ tsconfig: 'tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist-size', rootDir: 'packages' })],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
const mods = Object.entries(output[0].modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
let total = 0; for (const [id, len] of mods) { total += len; console.log(String(len).padStart(7), id); }
console.log('total', total, 'gz(min?)', gzipSync(output[0].code).length);
