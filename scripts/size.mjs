// `npm run size`: what each entry of dist/ costs a page, gzipped, against the budgets; exits 1 over budget.
// Run after `npm run build`. "At once" is the entry and every file it imports statically: what a page
// loads before the widget can draw. Chunks loaded on demand are listed on their own. feed + core is
// measured as its own bundle, with Lit left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';

const KB = 1024;
/** Budgets in KB, gzipped, for what a page loads at once: over one, the command fails. */
export const BUDGETS = {
  // Ceilings that stop growth, a little above today's sizes; the goals below are not met (see GOALS).
  'feed + core (without Lit)': 19,
  'agenda.js': 36,
  'map.js': 36,
  'volunteers.js': 37,
  'showcase.js': 32,
  // The all-in-one before any widget (with the feed code most widgets share): what every page using it loads.
  'maillage.js': 29,
  // Leaflet, its CSS, supercluster and the map's drawing: loaded when a map comes into view.
  'chunks/map-view-*.js': 60,
};
/** Goals not met yet: printed beside the figure, without failing. */
export const GOALS = {
  'feed + core (without Lit)': 12,
  'agenda.js': 20,
  'showcase.js': 25,
};

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const fileSize = (file) => gz(readFileSync(`dist/${file}`));

const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/');
const LIT_AS_USED = 'virtual:lit-as-used';

/**
 * The gzipped size of what `input` loads at once, minified like the entries; `external` ids are left out.
 * `lit-as-used` stands for the parts of Lit and @lit/context that the elements import.
 */
async function bundleSize(input, external) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension',
    external,
    plugins: [
      {
        name: 'lit-as-used',
        resolveId: (id) => (id === LIT_AS_USED ? id : null),
        load: (id) =>
          id === LIT_AS_USED
            ? "export { LitElement, html, css, nothing, adoptStyles } from 'lit'; export { ContextProvider, ContextConsumer, createContext } from '@lit/context';"
            : null,
      },
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'default'], extensions: ['.ts', '.js'] }),
      typescript({ tsconfig: 'tsconfig.bundle.json', declaration: false, sourceMap: false, outDir: 'dist-size', rootDir: 'packages' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const byName = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    byName.get(name).imports.forEach(visit);
  };
  visit([...byName.values()].find((c) => c.isEntry).fileName);
  return [...seen].reduce((sum, name) => sum + gz(Buffer.from(byName.get(name).code)), 0);
}

/** The budget or goal of a file: by name, chunks by their name without the hash. */
const lookup = (table, name) => table[name] ?? table[name.replace(/-[\w-]{8}\.js$/, '-*.js')];

/**
 * What each entry costs a page at once, each chunk on demand, and feed + core: rows of
 * `{ name, size, loaded, budget, goal }` (sizes in bytes, gzipped; budget and goal in KB, or undefined).
 */
export async function measureSizes() {
  if (!existsSync('dist/meta')) throw new Error('No dist/meta: run `npm run build` first.');
  const rows = [];
  const onDemand = new Set();
  for (const file of readdirSync('dist/meta').sort()) {
    const meta = JSON.parse(readFileSync(`dist/meta/${file}`, 'utf8'));
    const atOnce = meta.atOnce.reduce((sum, f) => sum + fileSize(f), 0);
    rows.push({ name: meta.entry, size: atOnce, loaded: `${meta.atOnce.length} file(s)` });
    // The all-in-one with each widget it loads when the page has one: what such a page loads in all.
    for (const [widget, files] of Object.entries(meta.widgets ?? {})) {
      const size = atOnce + files.reduce((sum, f) => sum + fileSize(f), 0);
      rows.push({ name: `${meta.entry} + <${widget}>`, size, loaded: `${meta.atOnce.length + files.length} file(s)` });
    }
    meta.onDemand.forEach((f) => onDemand.add(f));
  }
  for (const file of [...onDemand].sort()) rows.push({ name: file, size: fileSize(file), loaded: 'on demand' });
  const core = await bundleSize('packages/core/src/index.ts', isLit);
  rows.push({ name: 'feed + core (without Lit)', size: core, loaded: 'at once' });
  // Where the bytes of every entry go: Lit, and the feed's parser within feed + core.
  const withoutParser = await bundleSize('packages/core/src/index.ts', (id) => isLit(id) || /parse\/read(\.js|\.ts)?$/.test(id));
  rows.push({ name: '  of which the feed parser', size: core - withoutParser, loaded: 'at once' });
  rows.push({ name: 'Lit + @lit/context, as used', size: await bundleSize(LIT_AS_USED), loaded: 'in every entry' });
  return rows.map((row) => ({ ...row, budget: lookup(BUDGETS, row.name), goal: lookup(GOALS, row.name) }));
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  let rows;
  try {
    rows = await measureSizes();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  let over = 0;
  console.log(`${'file'.padEnd(34)} ${'gzip'.padStart(9)}  ${'loaded'.padEnd(12)} budget`);
  for (const { name, size, loaded, budget, goal } of rows) {
    let verdict = '';
    if (budget !== undefined) {
      const ok = size <= budget * KB;
      if (!ok) over++;
      verdict = `${budget} KB ${ok ? 'ok' : 'OVER'}`;
    }
    if (goal !== undefined) verdict += `${verdict ? '; ' : ''}goal ${goal} KB${size <= goal * KB ? ' met' : ' not met'}`;
    console.log(`${name.padEnd(34)} ${`${(size / KB).toFixed(1)} KB`.padStart(9)}  ${loaded.padEnd(12)} ${verdict}`);
  }
  if (over) {
    console.error(`${over} file(s) over budget.`);
    process.exit(1);
  }
}
