import { expect, fixture } from '@open-wc/testing';
import '@maillage/maillage/define';

// The labels of the feed's vocabularies (sectors, access needs, types of organization, what is pooled...)
// come in French with every widget; the English ones are loaded on demand. A widget that speaks English
// must never show the French ones, not even for a moment at its first drawing.

const FEED = {
  maillage: '1',
  title: 'Labels',
  timezone: 'Europe/Paris',
  organizations: [
    { id: 'a', name: 'Club', type: 'association' },
    { id: 'b', name: 'Café', type: 'tiers-lieu' },
  ],
  events: [
    { id: 'e1', title: 'Repair café', start: '2099-03-14T14:00', organizers: ['a', 'b'], sectors: ['solidarite'], accessibility: ['motor'] },
  ],
  missions: [{ id: 'm1', title: 'Accueil', organizationId: 'a', sectors: ['solidarite'], remote: 'possible', start: '2099-03-14T14:00' }],
  cooperations: [
    {
      id: 'c1',
      title: 'Partage',
      partners: [{ organizationId: 'a' }, { organizationId: 'b' }],
      sectors: ['solidarite', 'culture'],
      resources: [{ kind: 'premises' }],
      status: 'active',
    },
  ],
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every text the widget's shadow root shows until its feed is drawn and its loads are done. */
async function textsUntilDrawn(widget: Widget): Promise<string[]> {
  const root = widget.shadowRoot!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(root.textContent ?? ''));
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  for (let i = 0; i < 600 && widget.dataset['state'] !== 'ready'; i++) await new Promise(requestAnimationFrame);
  expect(widget.dataset['state']).to.equal('ready');
  await widget.updateComplete;
  observer.disconnect();
  texts.push(root.textContent ?? '');
  return texts;
}

describe('vocabulary labels in English', () => {
  it('are English from the first drawing of every widget', async () => {
    const holder = await fixture<HTMLElement>(`<div style="width: 900px"><maillage-feed>
      <maillage-agenda lang="en" from="2099-01-01"></maillage-agenda>
      <maillage-volunteers lang="en"></maillage-volunteers>
      <maillage-showcase lang="en"></maillage-showcase>
    </maillage-feed></div>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(FEED);
    holder.querySelector('maillage-feed')!.prepend(script);
    const [agenda, volunteers, showcase] = ['maillage-agenda', 'maillage-volunteers', 'maillage-showcase'].map((tag) => holder.querySelector<Widget>(tag)!);
    const seen = await Promise.all([agenda!, volunteers!, showcase!].map(textsUntilDrawn));
    for (const texts of seen) {
      expect(texts.some((text) => text.includes('Solidarité')), 'a French label shown on the way').to.equal(false);
      expect(texts.at(-1)).to.contain('Solidarity');
    }
    expect(seen[0]!.at(-1)).to.contain('Wheelchair accessible');
    expect(seen[1]!.at(-1)).to.contain('Remote possible');
    expect(seen[2]!.at(-1)).to.contain('Premises');
    expect(seen[2]!.at(-1)).to.contain('Community space');
  });

  it('stay French in French', async () => {
    const holder = await fixture<HTMLElement>(`<maillage-feed><maillage-agenda lang="fr" from="2099-01-01"></maillage-agenda></maillage-feed>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(FEED);
    holder.prepend(script);
    const text = (await textsUntilDrawn(holder.querySelector<Widget>('maillage-agenda')!)).at(-1);
    expect(text).to.contain('Solidarité');
    expect(text).to.contain('Accessible en fauteuil roulant');
  });
});
