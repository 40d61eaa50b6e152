/**
 * Property tests run with a fixed seed in `npm test`, so that every run (and CI) checks the same thousands
 * of cases and a failure can be replayed; `npm run fuzz` explores new cases with a random seed it prints.
 */
import fc from 'fast-check';

const chosen = (globalThis as { maillageFuzzSeed?: number }).maillageFuzzSeed;
export const FUZZ_SEED = typeof chosen === 'number' && Number.isFinite(chosen) ? chosen : 20_261_128;
fc.configureGlobal({ seed: FUZZ_SEED });
