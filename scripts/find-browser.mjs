// Finds the browsers to run the tests in (never downloaded): a Chromium or Chrome (CHROME_PATH, then the
// usual places, then the PATH), and a Firefox (FIREFOX_PATH, then Debian's firefox-esr, then the PATH).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function find(variable, paths, names) {
  if (process.env[variable] && existsSync(process.env[variable])) return process.env[variable];
  for (const path of paths) {
    if (existsSync(path)) return path;
  }
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH
    }
  }
  return null;
}

export function findBrowser() {
  return find(
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  );
}

export function findFirefox() {
  return find('FIREFOX_PATH', ['/usr/bin/firefox-esr'], ['firefox-esr', 'firefox']);
}
