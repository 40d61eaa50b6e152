// `npm test`: makes sure a browser exists (installing Debian's chromium as root when it can), then runs
// the schema checks and every test in Chromium, then in Firefox when one is found (FIREFOX_PATH, Debian's
// firefox-esr, firefox on the PATH). Extra arguments go to the test runner (`npm test -- --files ...`).
import { spawnSync } from 'node:child_process';
import { findBrowser, findFirefox } from './find-browser.mjs';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

let browser = findBrowser();
if (!browser) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 20 s)...');
    const status =
      run('apt-get', ['update', '-qq']) || run('apt-get', ['install', '-y', '-qq', 'chromium'], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (status !== 0) console.error('apt-get could not install chromium.');
    browser = findBrowser();
  }
  if (!browser) {
    console.error(
      [
        'The tests run in Chromium and none was found.',
        'Install one, then run `npm test` again:',
        '  Debian/Ubuntu: sudo apt-get install chromium',
        '  or point CHROME_PATH at a Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
process.env.CHROME_PATH = browser;

const extra = process.argv.slice(2);
if (extra.length === 0) {
  const schema = run('node', ['scripts/check-schema.mjs']);
  if (schema !== 0) process.exit(schema);
  // The sign-up receiver's own tests run in Node (through npm, so the shell expands the glob).
  const signups = run('npm', ['run', '-s', 'test:signup-server']);
  if (signups !== 0) process.exit(signups);
  // The `maillage` command runs on the built feed package: built here first.
  const cli = run('npm', ['run', '-s', 'test:cli']);
  if (cli !== 0) process.exit(cli);
}
const chromium = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra]);
if (chromium !== 0) process.exit(chromium);

const firefox = findFirefox();
if (!firefox) {
  console.log(
    [
      '',
      'Firefox skipped: no Firefox found, so the tests ran in Chromium only.',
      'To run them in Firefox too, install one, then run `npm test` again (or `npm run test:firefox` alone):',
      '  Debian/Ubuntu: sudo apt-get install firefox-esr',
      '  or point FIREFOX_PATH at a Firefox executable.',
    ].join('\n'),
  );
  process.exit(0);
}
console.log(`\nThe same tests in Firefox (${firefox}):`);
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs', ...extra], { env: { ...process.env, FIREFOX_PATH: firefox } }));
