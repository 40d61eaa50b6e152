// Writes the demo feed (see demo-feed-data.mjs): dates relative to today, so the demo never shows an empty
// past; tests use fixed-date fixtures instead.
//
//   node scripts/demo-feed.mjs [--out path]   writes demo/feed/demo.json (or path)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeDemoFeed } from './demo-feed-data.mjs';

export { makeDemoFeed };

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const index = process.argv.indexOf('--out');
  const out = index > 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : resolve(root, 'demo/feed/demo.json');
  const feed = makeDemoFeed();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(feed, null, 2)}\n`);
  const counts = ['organizations', 'places', 'events', 'missions', 'cooperations']
    .map((key) => `${feed[key].length} ${key}`)
    .join(', ');
  console.log(`${relative(process.cwd(), out) || out}: ${counts}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
