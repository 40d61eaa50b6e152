import { expect, fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import type { MaillageAgendaElement } from '@maillage/agenda';

const feed = {
  maillage: '1',
  title: 'Test',
  events: [
    { id: 'b', title: 'Deuxième', start: '2027-03-12T18:00' },
    { id: 'a', title: { fr: 'Premier', en: 'First' }, start: '2027-03-11T18:00' },
    { id: 'old', title: 'Passé', start: '2027-02-01T18:00' },
    { id: 'x', title: '<img src=x onerror="window.__maillageXss=1">', start: '2027-03-13T18:00' },
  ],
};

async function mount(attributes: string): Promise<MaillageAgendaElement> {
  const root = await fixture<HTMLElement>(
    `<maillage-feed><script type="application/json">${JSON.stringify(feed)}</script><maillage-agenda ${attributes}></maillage-agenda></maillage-feed>`,
  );
  const agenda = root.querySelector('maillage-agenda')!;
  for (let i = 0; i < 50 && !agenda.shadowRoot?.querySelector('[part="event"]'); i++) await new Promise((r) => setTimeout(r, 10));
  return agenda;
}

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="event"]')].map((n) => n.querySelector('.title')!.textContent!.trim());

describe('<maillage-agenda> (first version)', () => {
  it('lists the titles of upcoming events in date order, in its language', async () => {
    const agenda = await mount('from="2027-03-01" lang="en"');
    expect(titles(agenda)).to.deep.equal(['First', 'Deuxième', '<img src=x onerror="window.__maillageXss=1">']);
    await expect(agenda).to.be.accessible();
  });

  it('renders hostile titles as text', async () => {
    const agenda = await mount('from="2027-03-01"');
    expect(agenda.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __maillageXss?: number }).__maillageXss).to.equal(undefined);
  });

  it('respects limit', async () => {
    const agenda = await mount('from="2027-03-01" limit="1"');
    expect(titles(agenda)).to.deep.equal(['Premier']);
  });
});
