// A web-test-runner plugin that runs the sign-up receiver beside the browser tests, so that a test in
// Chromium can fill the form and find the row in the database:
//
//   import { signupServerPlugin } from './scripts/signup-server/wtr-plugin.mjs';
//   plugins: [esbuildPlugin(...), signupServerPlugin()],
//
// In a test: `await executeServerCommand('signup-server')` gives `{ endpoint }`;
// `await executeServerCommand('signup-server-rows')` gives the stored rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSignupServer } from './server.mjs';

export function signupServerPlugin() {
  let running = null;
  let folder = '';
  return {
    name: 'maillage-signup-server',
    async serverStart({ config }) {
      folder = mkdtempSync(join(tmpdir(), 'maillage-wtr-signups-'));
      const port = config.port;
      // The test pages' origin, however the browser names the loopback.
      const origins = port ? ['localhost', '127.0.0.1', config.hostname].filter(Boolean).map((host) => `http://${host}:${port}`) : [];
      running = await startSignupServer({
        port: 0,
        dbPath: join(folder, 'signups.sqlite'),
        allowedOrigins: [...new Set(origins)],
        // Test files run in parallel against one receiver: no rate limit worth the name.
        ratePerMinute: 10_000,
      });
    },
    async serverStop() {
      await running?.close();
      running = null;
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
    executeCommand({ command }) {
      if (command === 'signup-server') return running ? { endpoint: `${running.url}/api/signups` } : null;
      if (command === 'signup-server-rows') return running ? running.store.all() : [];
      return undefined;
    },
  };
}
