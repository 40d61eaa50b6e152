// End to end: the form filled in Chromium reaches the reference receiver (scripts/signup-server), which stores
// the row in SQLite. The receiver runs beside the tests through the web-test-runner plugin
// scripts/signup-server/wtr-plugin.mjs; without that plugin in the configuration, this test is skipped.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, fillValid, mountVolunteers, openForm, submit, until, volunteersFeed } from './harness.js';

async function receiver(): Promise<{ endpoint: string } | null> {
  try {
    return await executeServerCommand<{ endpoint: string } | null, undefined>('signup-server');
  } catch {
    // "Unknown command": the plugin is not in the test runner's plugins (web-test-runner.shared.mjs).
    return null;
  }
}

describe('<maillage-volunteers> sign-up, end to end', () => {
  it('fills the form in the browser and finds the row in the receiver’s database', async function () {
    const server = await receiver();
    if (!server) {
      this.skip();
      return;
    }
    const feed = volunteersFeed();
    const mission = (feed['missions'] as Record<string, unknown>[]).find((m) => m['id'] === 'buvette')!;
    mission['signup'] = { endpoint: server.endpoint };
    const name = `Camille E2E ${Date.now()}`;
    const { el } = await mountVolunteers('signup-min-seconds="0"', feed);
    await openForm(el, 'buvette');
    fillValid(el, { name, message: '=1+1 « guillemets » et <b>balises</b>' });
    await submit(el);
    await until(() => Boolean($(el, '#signup-result') || $(el, '#signup-failure')), 5000);
    expect($(el, '#signup-failure'), $(el, '#signup-failure')?.textContent ?? '').to.equal(null);
    const rows = await executeServerCommand<Record<string, unknown>[], undefined>('signup-server-rows');
    const row = rows.find((r) => r['name'] === name);
    expect(row, 'the sign-up is in the database').to.not.equal(undefined);
    expect(row).to.include({
      mission_id: 'buvette',
      mission_title: 'Tenir la buvette',
      organization_id: 'club',
      feed_url: 'https://test-sur-lisle.example/flux.json',
      email: 'camille@example.org',
      message: '=1+1 « guillemets » et <b>balises</b>',
      availability: 'le samedi matin',
      consent: 1,
      origin: location.origin,
    });
  });
});
