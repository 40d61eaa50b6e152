// Every test runs in a real Chromium (Debian's, found by scripts/find-browser.mjs; never downloaded).
// The files, server and plugins are in web-test-runner.shared.mjs; web-test-runner.firefox.config.mjs runs
// the same tests in Firefox.
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser } from './scripts/find-browser.mjs';
import { shared } from './web-test-runner.shared.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it explains how to install one) or set CHROME_PATH.');
}

export default {
  ...shared,
  browsers: [
    chromeLauncher({
      // Each page the runner opens gets its own browser context, hence its own window: pages running in
      // parallel are all in the foreground (animation frames run) and do not share localStorage. The runner
      // reuses a page for later test files, so a file may find what an earlier one left in its context.
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
};
