// The browser tests in Firefox (Debian's firefox-esr, found by scripts/find-browser.mjs; never downloaded),
// driven by puppeteer-core over WebDriver BiDi: `npm run test:firefox`, and `npm test` after the Chromium run.
// Same files and server as the Chromium run (web-test-runner.shared.mjs).
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findFirefox } from './scripts/find-browser.mjs';
import { shared } from './web-test-runner.shared.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  throw new Error('No Firefox found: install Debian\'s firefox-esr (sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
}

export default {
  ...shared,
  // One test file at a time. Two at once do not work in Firefox: tabs of one window leave the hidden one
  // with about one animation frame a second, and in separate windows the keyboard and focus tests of
  // one file disturb the other's.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
      },
    }),
  ],
};
