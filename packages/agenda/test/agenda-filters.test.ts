import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MaillageMapElement } from '@maillage/map';
import { $, $$, agendaFeed, clean, mountAgenda, settle, titles, until } from './harness.js';

const count = (el: Element) => clean($(el, '.summary [role="status"]')!.textContent);

describe('<maillage-agenda> presets', () => {
  it('from and to bound the dates; past includes past events', async () => {
    let { agenda } = await mountAgenda('from="2027-03-13" to="2027-03-14" filters="none"');
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps', 'Tournoi annulé']);
    ({ agenda } = await mountAgenda('past to="2027-03-10" filters="none"'));
    expect(titles(agenda)).to.deep.equal(['Événement passé', 'Distribution de l’épicerie']);
  });

  it('sectors, organizations, places, audience, tags, free and accessibility narrow the list', async () => {
    const cases: [string, string[]][] = [
      ['sectors="solidarite"', ['Distribution de l’épicerie']],
      ['organizations="club"', ['Match et lectures à la mi-temps', 'Tournoi annulé']],
      ['places="halle"', ['Distribution de l’épicerie', 'Heure du conte', 'Fête du jeu', 'Heure du conte', 'Heure du conte']],
      ['audience="enfants"', ['Heure du conte', 'Heure du conte', 'Heure du conte']],
      ['tags="jeux"', ['Fête du jeu']],
      ['free', ['Match et lectures à la mi-temps']],
      ['accessibility="motor"', ['Match et lectures à la mi-temps', 'Tournoi annulé']],
      ['limit="2"', ['Distribution de l’épicerie', 'Match et lectures à la mi-temps']],
    ];
    for (const [preset, expected] of cases) {
      const { agenda } = await mountAgenda(`from="2027-03-01" ${preset}`);
      expect(titles(agenda), preset).to.deep.equal(expected);
    }
  });

  it('folds the controls behind a disclosure on a narrow screen', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" style="display: block; width: 300px"');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(agenda);
    const details = $<HTMLDetailsElement>(agenda, 'details.filters-toggle')!;
    expect(details).to.exist;
    expect(details.open).to.equal(false);
    expect(clean(details.querySelector('summary')!.textContent)).to.equal('Filtrer les événements');
    await expect(agenda).to.be.accessible();
    details.open = true;
    $<HTMLButtonElement>(agenda, '[data-sector="sport"]')!.click();
    await settle(agenda);
    expect(clean(details.querySelector('summary')!.textContent)).to.equal('Filtrer les événements (filtres actifs)');
    expect(titles(agenda)).to.have.length(2);
  });

  it('keeps every folded control within the widget at 280 px', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" style="display: block; width: 280px"');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(agenda);
    $<HTMLDetailsElement>(agenda, 'details.filters-toggle')!.open = true;
    const right = agenda.getBoundingClientRect().right;
    const controls = $$(agenda, '[part="filters"] input, [part="filters"] select, [part="filters"] button');
    expect(controls.length).to.be.greaterThan(5);
    for (const control of controls) expect(control.getBoundingClientRect().right, control.id || control.textContent!).to.be.at.most(right + 0.5);
  });

  it('filters="none" hides every control; a list shows only those named', async () => {
    let { agenda } = await mountAgenda('from="2027-03-01" filters="none"');
    expect($(agenda, '[part="filters"]')).to.equal(null);
    ({ agenda } = await mountAgenda('from="2027-03-01" filters="search free"'));
    expect($(agenda, '#search')).to.exist;
    expect($(agenda, '[part="filters"] input[type="checkbox"]')).to.exist;
    expect($(agenda, '[data-sector]')).to.equal(null);
    expect($(agenda, '#organization')).to.equal(null);
  });
});

describe('<maillage-agenda> controls', () => {
  it('searches ignoring case and accents, and announces the number of results', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    expect(count(agenda)).to.equal('7 événements');
    const search = $<HTMLInputElement>(agenda, '#search')!;
    search.focus();
    await sendKeys({ type: 'FETE' });
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Fête du jeu']);
    expect(count(agenda)).to.equal('1 événement');
    expect($(agenda, '.summary [role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(agenda).to.be.accessible();
  });

  it('sector chips show counts, toggle with the keyboard, and share the choice with the feed', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const chip = (id: string) => $<HTMLButtonElement>(agenda, `[data-sector="${id}"]`)!;
    expect(clean(chip('culture').textContent)).to.equal('Culture (5)');
    expect(clean(chip('sport').textContent)).to.equal('Sport (2)');
    chip('sport').focus();
    await sendKeys({ press: 'Enter' });
    await settle(agenda);
    expect(chip('sport').getAttribute('aria-pressed')).to.equal('true');
    expect(agenda.hub!.selection.sectors).to.deep.equal(['sport']);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps', 'Tournoi annulé']);
    await sendKeys({ press: ' ' });
    await settle(agenda);
    expect(agenda.hub!.selection.sectors).to.deep.equal([]);
    expect(titles(agenda)).to.have.length(7);
  });

  it('chooses an organization, free only, co-organised and access needs', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const select = $<HTMLSelectElement>(agenda, '#organization')!;
    select.value = 'epicerie';
    select.dispatchEvent(new Event('change'));
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Distribution de l’épicerie']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await settle(agenda);

    const checkbox = (label: string) =>
      $$<HTMLLabelElement>(agenda, 'label.check').find((l) => clean(l.textContent).startsWith(label))!.querySelector('input')!;
    checkbox('Gratuit').click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps']);
    checkbox('Gratuit').click();
    checkbox('Co-organisés').click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps']);
    checkbox('Co-organisés').click();
    $<HTMLInputElement>(agenda, '[data-need="hearing-loop"]')!.click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Heure du conte', 'Heure du conte', 'Heure du conte']);
  });

  it('date shortcuts pick today, this weekend, this week and this month in the feed timezone', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const feed = await agendaFeed();
    feed['events'] = [
      { id: 'today', title: 'Aujourd’hui', start: today },
      { id: 'far', title: 'Dans six mois', start: `${Number(today.slice(0, 4)) + 1}-01-15` },
    ];
    const { agenda } = await mountAgenda('', feed);
    expect(titles(agenda)).to.deep.equal(['Aujourd’hui', 'Dans six mois']);
    const shortcut = (label: string) => $$<HTMLButtonElement>(agenda, '.chip').find((b) => clean(b.textContent) === label)!;
    shortcut('Aujourd’hui').click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Aujourd’hui']);
    expect(agenda.hub!.selection.from).to.equal(today);
    expect(agenda.hub!.selection.to).to.equal(today);
    expect(shortcut('Aujourd’hui').getAttribute('aria-pressed')).to.equal('true');
    shortcut('Ce mois-ci').click();
    await settle(agenda);
    expect(agenda.hub!.selection.from).to.equal(`${today.slice(0, 7)}-01`);
    expect(titles(agenda)).to.deep.equal(['Aujourd’hui']);
    shortcut('Ce mois-ci').click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Aujourd’hui', 'Dans six mois']);
  });

  it('picks dates with the date inputs', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const [from, to] = $$<HTMLInputElement>(agenda, 'input[type="date"]');
    from!.value = '2027-03-17';
    from!.dispatchEvent(new Event('change'));
    await settle(agenda);
    to!.value = '2027-03-20';
    to!.dispatchEvent(new Event('change'));
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Heure du conte', 'Fête du jeu']);
  });

  it('says why it is empty and clears the filters', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    $<HTMLInputElement>(agenda, '#search')!.value = 'introuvable';
    $<HTMLInputElement>(agenda, '#search')!.dispatchEvent(new Event('input'));
    await settle(agenda);
    const status = $(agenda, '[part="status"][data-kind="empty"]')!;
    expect(clean(status.textContent)).to.contain('Aucun résultat avec ces filtres.');
    await expect(agenda).to.be.accessible();
    ($$<HTMLButtonElement>(agenda, '[part="status"] button')[0]!).click();
    await settle(agenda);
    expect(titles(agenda)).to.have.length(7);
    expect($<HTMLInputElement>(agenda, '#search')!.value).to.equal('');
  });

  it('emits maillage-filter-change', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const heard: unknown[] = [];
    agenda.addEventListener('maillage-filter-change', (e) => heard.push(e.detail.filters));
    $<HTMLButtonElement>(agenda, '[data-sector="culture"]')!.click();
    await settle(agenda);
    expect(heard).to.have.length(1);
    expect((heard[0] as { sectors: string[] }).sectors).to.deep.equal(['culture']);
  });
});

describe('<maillage-agenda> linked with the map', () => {
  it('a place chosen on the map narrows the agenda; the agenda can remove it', async () => {
    const { agenda, root } = await mountAgenda('from="2027-03-01"', undefined, '<maillage-map></maillage-map>');
    const map = root.querySelector('maillage-map') as MaillageMapElement;
    await until(() => Boolean(map.shadowRoot?.querySelector('[part="place"] button')));
    const stade = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="place"] button')].find((b) => b.textContent!.includes('Stade'))!;
    stade.click();
    await settle(agenda);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps', 'Tournoi annulé']);
    expect(clean($(agenda, '[part="filters"]')!.textContent)).to.contain('Lieu : Stade municipal');
    $$<HTMLButtonElement>(agenda, '[part="filters"] button').find((b) => b.textContent!.includes('Retirer le lieu'))!.click();
    await settle(agenda);
    expect(map.hub!.selection.place).to.equal(null);
    expect(titles(agenda)).to.have.length(7);
  });
});
