import { expect } from '@open-wc/testing';
import '@maillage/agenda';
import { $, $$, card, clean, countText, day, ids, mountVolunteers, settle, until, volunteersFeed } from './harness.js';

const click = async (el: HTMLElement & { updateComplete: Promise<boolean> }, selector: string) => {
  $<HTMLElement>(el, selector)!.click();
  await settle(el);
};

describe('<maillage-volunteers> list', () => {
  it('lists open missions only, the most urgent first: soonest date, then fewest places left', async () => {
    const { el } = await mountVolunteers();
    // Saturday 9:00 before Saturday 14:00, then the next Saturday; the recurring ones by places left.
    expect(ids(el)).to.deep.equal(['rangement', 'buvette', 'lecture', 'accueil', 'site']);
    expect(countText(el)).to.equal('5 missions');
    await expect(el).to.be.accessible();
  });

  it('shows a mission’s title, organization, date and time, place, places as text and bar, age, beginners, skills, event', async () => {
    const { el } = await mountVolunteers();
    const buvette = card(el, 'buvette');
    const text = clean(buvette.textContent);
    expect(clean(buvette.querySelector('[part="mission-title"]')!.textContent)).to.equal('Tenir la buvette');
    expect(buvette.querySelector('[part="mission-title"]')!.getAttribute('aria-level')).to.equal('3');
    expect(clean(buvette.querySelector('.organization')!.textContent)).to.equal('Union sportive');
    const when = clean(buvette.querySelector('.when')!.textContent);
    expect(when).to.match(/^samedi \d+ \S+ \d{4}, 14:00\s?–\s?18:00$/);
    expect(clean(buvette.querySelector('.where')!.textContent)).to.equal('Stade municipal, Test-sur-Lisle');
    expect(clean(buvette.querySelector('.spots p')!.textContent)).to.equal('2 places restantes sur 5');
    const bar = buvette.querySelector<HTMLElement>('.bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar as HTMLMeterElement).value).to.equal(60);
    expect(text).to.contain('Dès 16 ans');
    expect(text).to.contain('Sans expérience');
    expect(text).to.contain('Compétences : accueil, tenue de caisse');
    // No agenda on the page: the event is named, not a button.
    expect(clean(buvette.querySelector('.event')!.textContent)).to.equal('Pour : Match de gala');
    expect(buvette.querySelector('.event button')).to.equal(null);
    expect(clean(card(el, 'rangement').querySelector('.spots p')!.textContent)).to.equal('1 place restante sur 4');
    const site = clean(card(el, 'site').textContent);
    expect(site).to.contain('Quand vous voulez');
    expect(site).to.contain('Mission régulière');
    expect(clean(card(el, 'site').querySelector('.where')!.textContent)).to.equal('À distance');
    expect(card(el, 'site').querySelector('.spots')).to.equal(null);
    expect(clean(card(el, 'accueil').querySelector('.when')!.textContent)).to.equal('Le mercredi après-midi');
  });

  it('writes one-off dates in the feed’s time zone, whatever the visitor’s', async () => {
    const feed = { ...volunteersFeed(), timezone: 'Pacific/Auckland' };
    const { el } = await mountVolunteers('', feed);
    expect(clean(card(el, 'buvette').querySelector('.when')!.textContent)).to.match(/14:00\s?–\s?18:00$/);
  });

  it('speaks English', async () => {
    const { el } = await mountVolunteers('lang="en"');
    const text = clean(card(el, 'buvette').textContent);
    expect(text).to.contain('2 places left out of 5');
    expect(text).to.contain('From 16 years old');
    expect(text).to.contain('No experience needed');
    expect(clean(card(el, 'buvette').querySelector('.when')!.textContent)).to.match(/^Saturday/);
    expect(clean(card(el, 'lecture').querySelector('.organization')!.textContent)).to.equal('Media library');
    expect(countText(el)).to.equal('5 missions');
    expect($(el, '[part="base"]')!.getAttribute('aria-label')).to.equal('Call for volunteers');
  });

  it('renders hostile feed text as text and drops dangerous links', async () => {
    (window as unknown as { pwned?: number }).pwned = undefined;
    const feed = volunteersFeed();
    feed['events'] = [];
    feed['missions'] = [
      {
        id: 'x',
        title: '<img src=x onerror="window.pwned=1">Buvette',
        organizationId: 'club',
        type: 'recurring',
        schedule: '<script>window.pwned=2</script>Le samedi',
        skills: ['<b onmouseover="window.pwned=3">caisse</b>'],
        description: '<a href="javascript:window.pwned=4">ici</a>',
        contact: { url: 'javascript:window.pwned=5', email: 'x"><img src=x onerror=alert(1)>@a.b', phone: '<svg onload=alert(1)>' },
      },
    ];
    const { el } = await mountVolunteers('', feed);
    const root = el.shadowRoot!;
    expect(root.querySelector('script, img, svg, b, [onerror], [onload], [onmouseover]')).to.equal(null);
    expect(clean($(el, '[part="mission-title"]')!.textContent)).to.equal('<img src=x onerror="window.pwned=1">Buvette');
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<maillage-volunteers> presets', () => {
  const cases: [string, string[]][] = [
    ['organizations="club"', ['rangement', 'buvette']],
    ['organizations="club media"', ['rangement', 'buvette', 'lecture', 'site']],
    ['sectors="solidarite"', ['accueil']],
    ['sectors="culture numerique"', ['lecture', 'site']],
    ['skills="tenue de caisse, informatique"', ['buvette', 'site']],
    ['skills="ACCUEIL"', ['buvette', 'accueil']],
    ['event="match"', ['buvette']],
    ['places="halle"', ['lecture', 'accueil']],
    ['limit="2"', ['rangement', 'buvette']],
  ];
  for (const [attributes, expected] of cases) {
    it(attributes, async () => {
      const { el } = await mountVolunteers(attributes);
      expect(ids(el)).to.deep.equal(expected);
    });
  }

  it('a skills preset shows as chosen chips the visitor can untick', async () => {
    const { el } = await mountVolunteers('skills="informatique"');
    expect($(el, '[data-skill="informatique"]')!.getAttribute('aria-pressed')).to.equal('true');
    await click(el, '[data-skill="informatique"]');
    expect(ids(el)).to.have.length(5);
  });

  it('limit says how many are shown out of how many', async () => {
    const { el } = await mountVolunteers('limit="2"');
    expect(countText(el)).to.equal('5 missions — 2 affichées sur 5');
  });

  it('an event’s missions are found from the event’s missionIds too', async () => {
    const feed = volunteersFeed();
    (feed['events'] as Record<string, unknown>[])[0]!['missionIds'] = ['buvette', 'lecture'];
    const { el } = await mountVolunteers('event="match"', feed);
    expect(ids(el)).to.deep.equal(['buvette', 'lecture']);
  });
});

describe('<maillage-volunteers> views', () => {
  it('list (default) has the controls; compact has none, five missions at most and short cards', async () => {
    const { el } = await mountVolunteers();
    expect(el.getAttribute('view')).to.equal('list');
    expect($(el, '[part="filters"]')).to.not.equal(null);
    const { el: compact } = await mountVolunteers('view="compact"', {
      ...volunteersFeed(),
      events: [],
      missions: Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, title: `Mission ${i}`, organizationId: 'club', type: 'recurring', schedule: 'Le lundi' })),
    });
    expect($(compact, '[part="filters"]')).to.equal(null);
    expect(ids(compact)).to.have.length(5);
    await expect(compact).to.be.accessible();
    const { el: short } = await mountVolunteers('view="compact"');
    expect(card(short, 'buvette').querySelector('.badges, .skills, .event, .where')).to.equal(null);
    expect(card(short, 'buvette').querySelector('[data-signup]')).to.not.equal(null);
  });

  it('board: large type, no controls, no buttons, the way to answer written out', async () => {
    const { el } = await mountVolunteers('view="board"');
    expect($(el, '[part="filters"]')).to.equal(null);
    expect($$(el, '[part="mission"] button, [part="mission"] a')).to.deep.equal([]);
    expect(clean(card(el, 'accueil').querySelector('.board-contact')!.textContent)).to.equal('Pour vous proposer : 05 53 00 00 00');
    expect(clean(card(el, 'rangement').querySelector('.board-contact')!.textContent)).to.equal('Pour vous proposer : club.test.example');
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const { el: list } = await mountVolunteers();
    expect(size($(el, '[part="mission-title"]')!)).to.be.above(size($(list, '[part="mission-title"]')!));
    await expect(el).to.be.accessible();
  });

  it('an unknown view is drawn as the list', async () => {
    const { el } = await mountVolunteers('view="grid"');
    expect($(el, '[part="filters"]')).to.not.equal(null);
  });
});

describe('<maillage-volunteers> controls', () => {
  it('skills: chips of the skills asked, matched without case or accents', async () => {
    const { el } = await mountVolunteers();
    expect($$(el, '[data-skill]').map((b) => b.dataset['skill'])).to.deep.equal(['accueil', 'informatique', 'lecture à voix haute', 'tenue de caisse']);
    const changes: unknown[] = [];
    el.addEventListener('maillage-filter-change', (e) => changes.push(e.detail.filters['skills']));
    await click(el, '[data-skill="accueil"]');
    expect(ids(el)).to.deep.equal(['buvette', 'accueil']);
    expect(countText(el)).to.equal('2 missions');
    expect($(el, '[data-skill="accueil"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(changes).to.deep.equal([['accueil']]);
  });

  it('availability: weekday, time of day, dates; missions without known dates stay', async () => {
    const { el } = await mountVolunteers();
    await click(el, '[data-weekday="5"]');
    expect(ids(el)).to.deep.equal(['rangement', 'buvette', 'lecture', 'site']);
    await click(el, '[data-period="evening"]');
    expect(ids(el)).to.deep.equal(['lecture', 'site']);
    await click(el, '[data-weekday="5"]');
    await click(el, '[data-period="evening"]');
    await click(el, '[data-period="morning"]');
    expect(ids(el)).to.deep.equal(['rangement', 'site']);
    await click(el, '[data-period="morning"]');
    await click(el, '[data-weekday="2"]');
    expect(ids(el)).to.deep.equal(['accueil', 'site']);
    await click(el, '[data-weekday="2"]');
    const setDate = async (which: 'from' | 'to', value: string) => {
      const input = $<HTMLInputElement>(el, `[data-filter="${which}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await settle(el);
    };
    await setDate('from', day(10));
    await setDate('to', day(13));
    expect(ids(el)).to.deep.equal(['lecture', 'site']);
    await setDate('from', day(9));
    await setDate('to', day(9));
    expect(ids(el)).to.deep.equal(['accueil', 'site']);
    expect(clean($(el, 'details.availability summary')!.textContent)).to.equal('Mes disponibilités (2)');
    await expect(el).to.be.accessible();
  });

  it('one-off or recurring', async () => {
    const { el } = await mountVolunteers();
    await click(el, '[data-kind="one-off"]');
    expect(ids(el)).to.deep.equal(['rangement', 'buvette', 'lecture']);
    await click(el, '[data-kind="recurring"]');
    expect(ids(el)).to.deep.equal(['accueil', 'site']);
    await click(el, '[data-kind="all"]');
    expect(ids(el)).to.have.length(5);
  });

  it('remote', async () => {
    const { el } = await mountVolunteers();
    await click(el, '[data-filter="remote"]');
    expect(ids(el)).to.deep.equal(['site']);
  });

  it('sector and organization go into the shared selection', async () => {
    const { el } = await mountVolunteers();
    expect($$(el, '[data-sector]').map((b) => b.dataset['sector'])).to.have.members(['sport', 'culture', 'solidarite', 'numerique']);
    await click(el, '[data-sector="culture"]');
    expect(ids(el)).to.deep.equal(['lecture']);
    expect(el.hub!.selection.sectors).to.deep.equal(['culture']);
    await click(el, '[data-sector="culture"]');
    const select = $<HTMLSelectElement>(el, '#organization')!;
    select.value = 'media';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(ids(el)).to.deep.equal(['lecture', 'site']);
    expect(el.hub!.selection.organization).to.equal('media');
  });

  it('follows the selection the map and agenda make (place, organization, sectors), and can drop the place', async () => {
    const { el } = await mountVolunteers();
    el.hub!.select({ place: 'halle' }, 'map');
    await settle(el);
    expect(ids(el)).to.deep.equal(['lecture', 'accueil']);
    expect(countText(el)).to.equal('2 missions');
    el.hub!.select({ organization: 'epicerie' }, 'agenda');
    await settle(el);
    expect(ids(el)).to.deep.equal(['accueil']);
    el.hub!.select({ organization: null, place: null, sectors: ['sport'] }, 'agenda');
    await settle(el);
    expect(ids(el)).to.deep.equal(['rangement', 'buvette']);
    el.hub!.select({ sectors: [], place: 'halle' }, 'map');
    await settle(el);
    const drop = $$(el, '[part="filters"] button').find((b) => clean(b.textContent) === 'Retirer le lieu Halle du marché')!;
    drop.click();
    await settle(el);
    expect(el.hub!.selection.place).to.equal(null);
    expect(ids(el)).to.have.length(5);
  });

  it('says when nothing matches and clears every filter', async () => {
    const { el } = await mountVolunteers();
    await click(el, '[data-filter="remote"]');
    await click(el, '[data-kind="one-off"]');
    expect(ids(el)).to.deep.equal([]);
    expect(countText(el)).to.equal('Aucune mission');
    expect($(el, '[part="status"][data-kind="empty"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await click(el, '[part="status"] button');
    expect(ids(el)).to.have.length(5);
  });

  it('filters="skills remote" shows only those controls; filters="none" none', async () => {
    const { el } = await mountVolunteers('filters="skills remote"');
    expect($$(el, '[data-skill]').length).to.be.above(0);
    expect($(el, '[data-filter="remote"]')).to.not.equal(null);
    expect($(el, '[data-kind]')).to.equal(null);
    expect($(el, 'details.availability')).to.equal(null);
    const { el: none } = await mountVolunteers('filters="none"');
    expect($(none, '[part="filters"]')).to.equal(null);
  });
});

describe('<maillage-volunteers> with the agenda', () => {
  it('the event a mission serves is a button to the agenda on the same feed', async () => {
    const { el, root } = await mountVolunteers('', volunteersFeed(), '<maillage-agenda></maillage-agenda>');
    await settle(el);
    const agenda = root.querySelector('maillage-agenda')!;
    const button = card(el, 'buvette').querySelector<HTMLButtonElement>('.event button')!;
    expect(clean(button.textContent)).to.equal('Voir dans l’agenda : Match de gala');
    const selected: unknown[] = [];
    root.addEventListener('maillage-select', (e) => selected.push(e.detail));
    button.click();
    expect(selected).to.deep.equal([{ kind: 'event', id: 'match' }]);
    expect(document.activeElement).to.equal(agenda);
  });

  it('a mission the agenda points at is shown, highlighted and focused, even when the filters hid it', async () => {
    const { el, root } = await mountVolunteers('', volunteersFeed(), '<maillage-agenda></maillage-agenda>');
    const agenda = root.querySelector('maillage-agenda')!;
    await until(() => agenda.dataset['state'] === 'ready');
    await click(el, '[data-kind="recurring"]');
    expect(ids(el)).to.not.include('buvette');
    const match = [...agenda.shadowRoot!.querySelectorAll<HTMLElement>('[part="event"]')].find((c) => c.textContent!.includes('Match de gala'))!;
    match.querySelector<HTMLButtonElement>('.toggle')!.click();
    await until(() => [...match.querySelectorAll('button')].some((b) => b.textContent!.includes('bénévole')));
    [...match.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('bénévole'))!.click();
    await until(() => card(el, 'buvette')?.classList.contains('highlighted') === true);
    await settle(el);
    expect(ids(el)).to.have.length(5);
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'buvette').querySelector('[part="mission-title"]'));
  });

  it('ignores missions pointed at from another feed', async () => {
    const { el } = await mountVolunteers();
    const other = document.createElement('div') as HTMLDivElement & { hub?: unknown };
    other.hub = {};
    document.body.append(other);
    other.dispatchEvent(new CustomEvent('maillage-select', { detail: { kind: 'mission', id: 'buvette' }, bubbles: true, composed: true }));
    other.remove();
    await settle(el);
    expect($(el, '.highlighted')).to.equal(null);
  });
});
