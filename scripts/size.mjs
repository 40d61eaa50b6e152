// `npm run size`: the gzipped size of every file a page loads, against the budgets. Exits 1 over budget.
// Run after `npm run build`. feed + core is measured as its own bundle with Lit left out.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const KB = 1024;
const budgets = {
  'feed + core (without Lit)': 12 * KB,
  'agenda.js': 20 * KB,
  'showcase.js': 25 * KB,
};

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function coreBundleSize() {
  const bundle = await rollup({
    input: 'packages/core/src/index.ts',
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'tslib',
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.js'] }),
      typescript({ tsconfig: 'tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist-size', rootDir: 'packages' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output.reduce((sum, chunk) => sum + gz(Buffer.from(chunk.type === 'chunk' ? chunk.code : chunk.source)), 0);
}

if (!existsSync('dist/maillage.js')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const rows = [];
for (const file of readdirSync('dist')) if (file.endsWith('.js')) rows.push([file, gz(readFileSync(`dist/${file}`))]);
if (existsSync('dist/chunks')) {
  for (const file of readdirSync('dist/chunks')) if (file.endsWith('.js')) rows.push([`chunks/${file}`, gz(readFileSync(`dist/chunks/${file}`))]);
}
rows.push(['feed + core (without Lit)', await coreBundleSize()]);

let over = 0;
console.log('file'.padEnd(40), 'gzip'.padStart(9), '  budget');
for (const [name, size] of rows) {
  const budget = budgets[name];
  const verdict = budget === undefined ? '' : size <= budget ? `  ${(budget / KB).toFixed(0)} KB ok` : `  ${(budget / KB).toFixed(0)} KB OVER`;
  if (budget !== undefined && size > budget) over++;
  console.log(name.padEnd(40), `${(size / KB).toFixed(1)} KB`.padStart(9), verdict);
}
if (over) {
  console.error(`${over} file(s) over budget.`);
  process.exit(1);
}
