// custom-elements.json: the elements' attributes, properties, events, slots, parts and CSS properties,
// read from the source by the analyzer, for editors, Storybook and the docs.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['cem', 'analyze', '--litelement', '--globs', 'packages/*/src/**/*.ts', '--exclude', 'packages/*/src/**/*.test.ts', '--outdir', '.'],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
