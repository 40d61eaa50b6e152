import { expect, fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/volunteers';

const feed = {
  maillage: '1',
  title: 'Test',
  organizations: [{ id: 'o', name: 'Club' }],
  missions: [
    { id: 'closed', title: 'Fermée', organizationId: 'o', type: 'one-off', start: '2020-01-01T10:00', deadline: '2020-01-01' },
    { id: 'open', title: 'Buvette', organizationId: 'o', type: 'recurring', schedule: 'Le samedi' },
  ],
};

describe('<maillage-volunteers> (first version)', () => {
  it('lists the titles of open missions only', async () => {
    const root = await fixture<HTMLElement>(
      `<maillage-feed><script type="application/json">${JSON.stringify(feed)}</script><maillage-volunteers></maillage-volunteers></maillage-feed>`,
    );
    const el = root.querySelector('maillage-volunteers')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part="mission"]'); i++) await new Promise((r) => setTimeout(r, 10));
    const titles = [...el.shadowRoot!.querySelectorAll('[part="mission"]')].map((n) => n.textContent!.trim());
    expect(titles).to.deep.equal(['Buvette']);
    await expect(el).to.be.accessible();
  });
});
