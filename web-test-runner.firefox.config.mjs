// The widget tests in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi:
// `npm run test:firefox`. Same files and server as the Chromium run.
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};
