import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/autoload.js';

// The all-in-one file registers <maillage-feed> at once and each widget the first time the page has one.
// This page starts with no widget at all.

const FEED = JSON.stringify({
  maillage: '1',
  title: 'Autoload',
  organizations: [
    { id: 'a', name: 'Club' },
    { id: 'b', name: 'Médiathèque' },
  ],
  events: [{ id: 'e', title: 'Fête du jeu', start: '2099-03-14T14:00', organizers: ['a'] }],
  cooperations: [{ id: 'c', title: 'Partage', partners: [{ organizationId: 'a' }, { organizationId: 'b' }] }],
});

const defined = (tag: string): boolean => customElements.get(tag) !== undefined;

describe('the all-in-one file', () => {
  it('registers <maillage-feed> at once and no widget the page does not have', () => {
    expect(defined('maillage-feed')).to.equal(true);
    for (const tag of ['maillage-agenda', 'maillage-map', 'maillage-volunteers', 'maillage-showcase']) expect(defined(tag), tag).to.equal(false);
  });

  it('loads a widget inserted later, with what the webmaster put inside it shown until then', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<maillage-feed><script type="application/json">${FEED}</script>
      <maillage-agenda from="2099-01-01"><a href="https://ville.example/agenda">Agenda</a></maillage-agenda></maillage-feed>`;
    document.body.append(holder);
    after(() => holder.remove());
    const agenda = holder.querySelector('maillage-agenda')!;
    // <maillage-feed> draws (microtasks); the agenda's code, fetched from the network, cannot have come yet.
    await holder.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('maillage-feed')!.updateComplete;
    expect(defined('maillage-agenda')).to.equal(false);
    expect(agenda.querySelector('a')!.getBoundingClientRect().height, 'the fallback link shows').to.be.greaterThan(0);
    await customElements.whenDefined('maillage-agenda');
    await waitUntil(() => (agenda as HTMLElement).dataset['state'] === 'ready', 'the agenda draws its feed', { timeout: 5000 });
    expect(agenda.shadowRoot!.textContent).to.contain('Fête du jeu');
    expect(defined('maillage-map')).to.equal(false);
    expect(defined('maillage-volunteers')).to.equal(false);
  });

  it('finds a widget inside a block inserted by script, and keeps what was set on it before', async () => {
    const block = document.createElement('section');
    const showcase = document.createElement('maillage-showcase') as HTMLElement & { view?: string };
    showcase.view = 'carousel';
    showcase.setAttribute('src', 'data:application/json,{}');
    block.append(showcase);
    document.body.append(block);
    try {
      await customElements.whenDefined('maillage-showcase');
      await (showcase as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(showcase.view).to.equal('carousel');
      expect(showcase.getAttribute('view')).to.equal('carousel');
      expect(defined('maillage-map')).to.equal(false);
    } finally {
      block.remove();
    }
  });

  it('tolerates being loaded twice, and both copies keep working', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      // A second copy (another address of the same file) runs the same code again, with its own observer.
      await import('../src/autoload.js?again' as string);
      expect(defined('maillage-volunteers')).to.equal(false);
      const holder = await fixture<HTMLElement>(`<maillage-feed><script type="application/json">${FEED}</script>
        <maillage-volunteers></maillage-volunteers></maillage-feed>`);
      const volunteers = holder.querySelector<HTMLElement>('maillage-volunteers')!;
      await waitUntil(() => volunteers.dataset['state'] === 'ready', 'the volunteer call draws its feed', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((args) => String(args[0]).startsWith('[maillage]'))).to.deep.equal([]);
  });
});
