import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@maillage/core';
import '@maillage/map';
import type { MaillageMapElement } from '@maillage/map';

const feed = {
  maillage: '1',
  title: 'Test',
  places: [
    { id: 'p1', name: 'Salle des fêtes', address: { locality: 'Lisle' } },
    { id: 'p2', name: 'Stade' },
  ],
};

describe('<maillage-map> (first version: the list of places)', () => {
  it('lists places and selects one with the keyboard', async () => {
    const root = await fixture<HTMLElement>(
      `<maillage-feed><script type="application/json">${JSON.stringify(feed)}</script><maillage-map></maillage-map></maillage-feed>`,
    );
    const map = root.querySelector('maillage-map') as MaillageMapElement;
    for (let i = 0; i < 50 && !map.shadowRoot?.querySelector('[part="place"]'); i++) await new Promise((r) => setTimeout(r, 10));
    const buttons = [...map.shadowRoot!.querySelectorAll('[part="place"] button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Salle des fêtes, Lisle', 'Stade']);
    buttons[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.hub!.selection.place).to.equal('p2');
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(map.hub!.selection.place).to.equal(null);
    await expect(map).to.be.accessible();
  });
});
