// Every test runs in a real Chromium (Debian's, found by scripts/find-browser.mjs; never downloaded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser } from './scripts/find-browser.mjs';
import { signupServerPlugin } from './scripts/signup-server/wtr-plugin.mjs';
import { faultsMiddleware } from './scripts/faults-middleware.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { leafletDevServerPlugin } from './scripts/leaflet-trusted-types.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it explains how to install one) or set CHROME_PATH.');
}

export default {
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
  browsers: [
    chromeLauncher({
      // Each test file gets its own browser context, hence its own window: pages running in parallel
      // are all in the foreground (animation frames run) and do not share localStorage.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Test files run in parallel pages: keep timers and animation frames of background pages running.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // `npm run fuzz` gives the property tests a new seed (see packages/feed/test/fuzz-seed.ts).
  testRunnerHtml: process.env.MAILLAGE_FUZZ_SEED
    ? (testFramework) =>
        `<html><body><script>window.maillageFuzzSeed = ${Number(process.env.MAILLAGE_FUZZ_SEED)};</script><script type="module" src="${testFramework}"></script></body></html>`
    : undefined,
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
};
