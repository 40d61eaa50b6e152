import { expect, fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/showcase';

const feed = {
  maillage: '1',
  title: 'Test',
  organizations: [
    { id: 'a', name: 'Club' },
    { id: 'b', name: 'Médiathèque' },
  ],
  cooperations: [
    { id: 'c1', title: { fr: 'Lectures à la mi-temps', en: 'Half-time readings' }, partners: [{ organizationId: 'a' }, { organizationId: 'b' }] },
    { id: 'c2', title: 'Seule', partners: [{ organizationId: 'a' }] },
  ],
};

describe('<maillage-showcase> (first version)', () => {
  it('lists the titles of valid cooperations in its language', async () => {
    const root = await fixture<HTMLElement>(
      `<maillage-feed><script type="application/json">${JSON.stringify(feed)}</script><maillage-showcase lang="en"></maillage-showcase></maillage-feed>`,
    );
    const el = root.querySelector('maillage-showcase')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part="cooperation"]'); i++) await new Promise((r) => setTimeout(r, 10));
    const titles = [...el.shadowRoot!.querySelectorAll('[part="cooperation"]')].map((n) => n.textContent!.trim());
    expect(titles).to.deep.equal(['Half-time readings']);
    await expect(el).to.be.accessible();
  });
});
