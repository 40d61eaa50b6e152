// What the Chromium run (web-test-runner.config.mjs) and the Firefox run (web-test-runner.firefox.config.mjs)
// share: the test files, the dev server and its plugins. Each config adds its browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { signupServerPlugin } from './scripts/signup-server/wtr-plugin.mjs';
import { faultsMiddleware } from './scripts/faults-middleware.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { leafletDevServerPlugin } from './scripts/leaflet-trusted-types.mjs';

export const shared = {
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  rootDir: '.',
  // A feed host that fails in every way, for the fault tests (/__faults/<kind>).
  middleware: [faultsMiddleware(), cspMiddleware()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  // The sign-up receiver runs beside the tests, so a browser test can fill the form and find the row stored.
  plugins: [leafletDevServerPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), signupServerPlugin()],
  // `npm run fuzz` gives the property tests a new seed (see packages/feed/test/fuzz-seed.ts).
  testRunnerHtml: process.env.MAILLAGE_FUZZ_SEED
    ? (testFramework) =>
        `<html><body><script>window.maillageFuzzSeed = ${Number(process.env.MAILLAGE_FUZZ_SEED)};</script><script type="module" src="${testFramework}"></script></body></html>`
    : undefined,
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
};
