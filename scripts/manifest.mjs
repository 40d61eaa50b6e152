// custom-elements.json: the elements' attributes, properties, events, slots, parts and CSS properties,
// read from the source by the analyzer (configured in custom-elements-manifest.config.mjs).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
