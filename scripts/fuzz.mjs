// `npm run fuzz`: the property tests with a random seed (printed, to replay a failure with
// MAILLAGE_FUZZ_SEED=<seed> npm run fuzz). `npm test` runs them with a fixed seed.
import { spawnSync } from 'node:child_process';

const seed = process.env.MAILLAGE_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`Property tests with seed ${seed}`);
const files = ['packages/feed/test/parse-property.test.ts', 'packages/feed/test/rrule-property.test.ts', 'packages/feed/test/adapters/fuzz.test.ts'];
const result = spawnSync('node', ['scripts/test.mjs', ...files.flatMap((file) => ['--files', file])], {
  stdio: 'inherit',
  env: { ...process.env, MAILLAGE_FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
