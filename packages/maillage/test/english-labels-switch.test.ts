import { expect, fixture } from '@open-wc/testing';
import '@maillage/maillage/define';

// In a page of its own (the English labels not loaded yet): a widget drawn in French, then switched to
// English, shows the English labels once they have arrived.

const FEED = {
  maillage: '1',
  title: 'Labels',
  organizations: [{ id: 'a', name: 'Club' }],
  events: [{ id: 'e1', title: 'Repair café', start: '2099-03-14T14:00', organizers: ['a'], sectors: ['solidarite'] }],
};

describe('vocabulary labels after a change of language', () => {
  it('turn English when the widget is switched to English', async () => {
    const holder = await fixture<HTMLElement>(`<maillage-feed><maillage-agenda lang="fr" from="2099-01-01"></maillage-agenda></maillage-feed>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(FEED);
    holder.prepend(script);
    const agenda = holder.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('maillage-agenda')!;
    for (let i = 0; i < 600 && agenda.dataset['state'] !== 'ready'; i++) await new Promise(requestAnimationFrame);
    await agenda.updateComplete;
    expect(agenda.shadowRoot!.textContent).to.contain('Solidarité');

    agenda.setAttribute('lang', 'en');
    // The change of attribute reaches the widget in a microtask.
    await new Promise(requestAnimationFrame);
    await agenda.updateComplete;
    expect(agenda.shadowRoot!.textContent).to.contain('Solidarity');
    expect(agenda.shadowRoot!.textContent).to.not.contain('Solidarité');
  });
});
