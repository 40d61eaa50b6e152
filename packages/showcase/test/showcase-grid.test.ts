import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, clean, mountShowcase, settle, showcaseFeed, titles, until } from './harness.js';

const card = (el: Element, title: string) => $$(el, '[part="cooperation"]').find((c) => c.textContent!.includes(title))!;

describe('<maillage-showcase> grid', () => {
  it('keeps its filter lists within the widget, however long an organization name', async () => {
    const feed = await showcaseFeed();
    const organizations = (feed['organizations'] as { id: string; name: string }[]).map((o, i) =>
      i === 0 ? { ...o, name: `${o.name} (réseau intercommunal des bibliothèques, ludothèques et points lecture du Pays de l’Isle)` } : o,
    );
    const { showcase, root } = await mountShowcase('', { ...feed, organizations });
    root.style.width = '420px';
    await settle(showcase);
    const right = showcase.getBoundingClientRect().right;
    const lists = $$<HTMLSelectElement>(showcase, '[part="filters"] select');
    expect(lists.length).to.be.greaterThan(1);
    for (const list of lists) expect(list.getBoundingClientRect().right, list.id).to.be.at.most(right + 0.5);
  });

  it('shows each cooperation: partners with type and role, sectors bridged, pooled resources, outcomes, period, status', async () => {
    const { showcase } = await mountShowcase('');
    expect(titles(showcase)).to.deep.equal(['La culture à la mi-temps', 'Des livres à l’épicerie', 'Un éducateur partagé']);
    const text = clean(card(showcase, 'mi-temps').textContent);
    expect(text).to.contain('Sport × Culture');
    expect(text).to.contain('Union sportive Association accueil');
    expect(text).to.contain('Médiathèque Bibliothèque lectures');
    expect(text).to.contain('Locaux : la tribune (apporté par Union sportive)');
    expect(text).to.contain('420 spectateurs');
    expect(text).to.contain('En cours');
    expect(text).to.contain('depuis septembre 2026');
    expect(card(showcase, 'mi-temps').querySelector<HTMLImageElement>('img.logo')!.getAttribute('src')).to.equal('https://test-sur-lisle.example/logos/club.png');
    expect(clean(card(showcase, 'éducateur').textContent)).to.contain('de janvier 2024 à juin 2026');
    expect(clean($(showcase, '.summary')!.textContent)).to.equal('3 coopérations');
    await expect(showcase).to.be.accessible();
  });

  it('links into the rest of the feed: upcoming events and volunteers wanted', async () => {
    const { showcase } = await mountShowcase('');
    const actions = clean(card(showcase, 'mi-temps').querySelector('.actions')!.textContent);
    expect(actions).to.contain('2 événements à venir');
    expect(actions).to.contain('2 bénévoles recherchés');
    const heard: unknown[] = [];
    showcase.addEventListener('maillage-select', (e) => heard.push(e.detail));
    [...card(showcase, 'mi-temps').querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes('bénévoles'))!.click();
    expect(heard).to.deep.equal([{ kind: 'mission', id: 'lecteurs' }]);
    const contact = [...card(showcase, 'mi-temps').querySelectorAll('a')].find((a) => a.textContent!.includes('Contacter'))!;
    expect(contact.getAttribute('href')).to.equal('mailto:culture@test-sur-lisle.example');
    expect($(showcase, '.propose a')!.getAttribute('href')).to.equal('mailto:vie-asso@test-sur-lisle.example');
  });

  it('filters by sector, partner type, organization and status, and clears', async () => {
    const { showcase } = await mountShowcase('');
    const choose = async (id: string, value: string) => {
      const select = $<HTMLSelectElement>(showcase, `#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await settle(showcase);
    };
    await choose('sector', 'solidarite');
    expect(titles(showcase)).to.deep.equal(['Des livres à l’épicerie']);
    await choose('sector', '');
    await choose('type', 'collectivite');
    expect(titles(showcase)).to.deep.equal(['Un éducateur partagé']);
    await choose('type', '');
    await choose('organization', 'media');
    expect(titles(showcase)).to.deep.equal(['La culture à la mi-temps', 'Des livres à l’épicerie']);
    expect(showcase.hub!.selection.organization).to.equal('media');
    await choose('state', 'planned');
    expect(titles(showcase)).to.deep.equal(['Des livres à l’épicerie']);
    $$<HTMLButtonElement>(showcase, '[part="filters"] button').find((b) => b.textContent!.includes('Effacer'))!.click();
    await settle(showcase);
    expect(titles(showcase)).to.have.length(3);
  });

  it('presets organizations and status; says why it is empty', async () => {
    let { showcase } = await mountShowcase('organizations="geiq"');
    expect(titles(showcase)).to.deep.equal(['Un éducateur partagé']);
    ({ showcase } = await mountShowcase('status="planned" filters="none"'));
    expect(titles(showcase)).to.deep.equal(['Des livres à l’épicerie']);
    expect($(showcase, '[part="filters"]')).to.equal(null);
    ({ showcase } = await mountShowcase('organizations="personne"'));
    // The attribute presets the shared selection: the visitor can clear it.
    expect(clean($(showcase, '[part="status"]')!.textContent)).to.contain('Aucun résultat avec ces filtres.');
    await expect(showcase).to.be.accessible();
  });

  it('drops partners missing from the feed, and a cooperation left with one partner', async () => {
    const feed = await showcaseFeed();
    (feed['cooperations'] as Record<string, unknown>[]).push(
      { id: 'fantome', title: 'Avec un fantôme', partners: [{ organizationId: 'club' }, { organizationId: 'media' }, { organizationId: 'inconnu' }] },
      { id: 'seul', title: 'Seul au monde', partners: [{ organizationId: 'club' }, { organizationId: 'inconnu' }] },
    );
    const { showcase } = await mountShowcase('', feed);
    expect(titles(showcase)).to.include('Avec un fantôme');
    expect(titles(showcase)).not.to.include('Seul au monde');
    expect(clean(card(showcase, 'fantôme').querySelector('.partners')!.textContent)).not.to.contain('inconnu');
  });

  it('renders hostile text as text and links nothing dangerous', async () => {
    (window as unknown as { pwned?: number }).pwned = undefined;
    const feed = {
      maillage: '1',
      title: 'x',
      organizations: [
        { id: 'a', name: '<img src=x onerror="window.pwned=1">', logo: 'javascript:alert(1)' },
        { id: 'b', name: '<script>window.pwned=2</script>' },
      ],
      cooperations: [
        {
          id: 'c',
          title: '<svg onload="window.pwned=3">',
          summary: '</style><b>gras</b>',
          description: 'javascript:alert(1)',
          partners: [{ organizationId: 'a', role: '<i>rôle</i>' }, { organizationId: 'b' }],
          url: 'javascript:alert(1)',
          contact: { url: 'data:text/html,x' },
          outcomes: [{ label: '<u>x</u>', value: 1 }],
        },
      ],
    };
    const { showcase } = await mountShowcase('', feed);
    const root = showcase.shadowRoot!;
    expect(root.querySelector('script, svg, b, i, u, img[onerror]')).to.equal(null);
    expect(titles(showcase)).to.deep.equal(['<svg onload="window.pwned=3">']);
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<maillage-showcase> details dialog', () => {
  it('opens a modal dialog with the full description, closes with Escape and returns focus', async () => {
    const { showcase } = await mountShowcase('');
    const opener = [...card(showcase, 'mi-temps').querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('En savoir plus'))!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await settle(showcase);
    const dialog = $<HTMLDialogElement>(showcase, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(clean(dialog.textContent)).to.contain('Premier paragraphe.');
    expect(dialog.querySelectorAll('[part="cooperation"] p').length).to.be.greaterThan(2);
    expect(dialog.contains(showcase.shadowRoot!.activeElement)).to.equal(true);
    await expect(showcase).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(showcase, 'dialog'));
    await settle(showcase);
    expect(showcase.shadowRoot!.activeElement).to.equal(opener);
  });

  it('opens when another widget asks for a cooperation', async () => {
    const { showcase, root } = await mountShowcase('');
    root.querySelector('maillage-feed')!.dispatchEvent(new CustomEvent('maillage-select', { detail: { kind: 'cooperation', id: 'emploi' }, bubbles: true, composed: true }));
    await settle(showcase);
    expect(clean($(showcase, 'dialog')!.textContent)).to.contain('Un éducateur partagé');
    showcase.closeCooperation();
  });
});
