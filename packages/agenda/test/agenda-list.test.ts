import { expect } from '@open-wc/testing';
import { $, $$, agendaFeed, clean, mountAgenda, settle, titles } from './harness.js';

describe('<maillage-agenda> list view', () => {
  it('groups upcoming events by day under headings, in date order, recurring ones expanded', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const headings = $$(agenda, '[part="day-heading"]').map((h) => clean(h.textContent));
    expect(headings[0]).to.equal('mercredi 10 mars 2027');
    expect(headings).to.include('samedi 13 mars 2027');
    expect(titles(agenda)).to.deep.equal([
      'Distribution de l’épicerie',
      'Match et lectures à la mi-temps',
      'Tournoi annulé',
      'Heure du conte',
      'Fête du jeu',
      'Heure du conte',
      'Heure du conte',
    ]);
    expect(titles(agenda)).not.to.include('Événement passé');
    for (const heading of $$(agenda, '[part="day-heading"]')) expect(heading.getAttribute('aria-level')).to.equal('3');
    await expect(agenda).to.be.accessible();
  });

  it('shows a multi-day event once, with its range, and says "all day" for a one-day all-day event', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" lang="fr"');
    const fete = $$(agenda, '[part="event"]').filter((card) => card.textContent!.includes('Fête du jeu'));
    expect(fete).to.have.length(1);
    expect(clean(fete[0]!.querySelector('.when')!.textContent)).to.match(/20.*21 mars 2027/);
  });

  it('keeps a cancelled event visible and says so', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const card = $(agenda, '[part="event"][data-status="cancelled"]')!;
    expect(clean(card.textContent)).to.contain('Tournoi annulé');
    expect(clean(card.querySelector('.badge.status')!.textContent)).to.equal('Annulé');
  });

  it('shows organizers, place, sectors, the cross-sector mark, price and access in the card', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const match = $$(agenda, '[part="event"]').find((c) => c.textContent!.includes('Match'))!;
    const text = clean(match.textContent);
    expect(text).to.contain('Organisé par Union sportive, Médiathèque');
    expect(text).to.contain('Stade municipal, Test-sur-Lisle');
    expect(text).to.contain('Coopération entre domaines');
    expect(text).to.contain('Sport');
    expect(text).to.contain('Culture');
    expect(text).to.contain('Gratuit');
    expect(text).to.contain('Inscription obligatoire');
    expect(clean(match.querySelector('.when')!.textContent)).to.match(/15:00\s*–\s*17:00/);
  });

  it('speaks English when asked, with the feed language as fallback for untranslated text', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" lang="en"');
    expect(titles(agenda)).to.include('Match with half-time readings');
    expect(titles(agenda)).to.include('Distribution de l’épicerie');
    expect(clean($(agenda, '.summary [role="status"]')!.textContent)).to.equal('7 events');
    expect(clean($$(agenda, '[part="day-heading"]')[0]!.textContent)).to.equal('Wednesday, March 10, 2027');
  });

  it('keeps a weekly event at 10:30 local time across the daylight-saving change', async () => {
    const feed = await agendaFeed();
    const events = feed['events'] as Record<string, unknown>[];
    events.push({ id: 'dst', title: 'Permanence', start: '2027-03-22T10:30', rrule: 'FREQ=WEEKLY;COUNT=3', organizers: ['club'] });
    const { agenda } = await mountAgenda('from="2027-03-22" to="2027-04-06" organizations="club" filters="none"', feed);
    const times = $$(agenda, '[part="event"]')
      .filter((c) => c.textContent!.includes('Permanence'))
      .map((c) => ({ text: clean(c.querySelector('.when')!.textContent), iso: c.querySelector('time')!.getAttribute('datetime') }));
    expect(times.map((t) => t.text)).to.deep.equal(['10:30', '10:30', '10:30']);
    // 09:30 UTC in winter time, 08:30 UTC once summer time began on 28 March.
    expect(times.map((t) => t.iso)).to.deep.equal(['2027-03-22T09:30:00.000Z', '2027-03-29T08:30:00.000Z', '2027-04-05T08:30:00.000Z']);
  });

  it('pages long lists with "show more", moving focus to the first new event', async () => {
    const feed = await agendaFeed();
    feed['events'] = Array.from({ length: 45 }, (_, i) => ({
      id: `e${i}`,
      title: `Atelier ${String(i).padStart(2, '0')}`,
      start: `2027-04-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + Math.floor(i / 28)).padStart(2, '0')}:00`,
    }));
    const { agenda } = await mountAgenda('from="2027-04-01" page-size="20" filters="none"', feed);
    expect($$(agenda, '[part="event"]')).to.have.length(20);
    expect(clean($(agenda, '.summary')!.textContent)).to.contain('20 sur 45');
    $<HTMLButtonElement>(agenda, '.more button')!.click();
    await settle(agenda);
    expect($$(agenda, '[part="event"]')).to.have.length(40);
    const focused = agenda.shadowRoot!.activeElement as HTMLElement;
    expect(focused.closest('[part="event"]')).to.equal($$(agenda, '[part="event"]')[20]);
    $<HTMLButtonElement>(agenda, '.more button')!.click();
    await settle(agenda);
    expect($$(agenda, '[part="event"]')).to.have.length(45);
    expect($(agenda, '.more')).to.equal(null);
  });

  it('draws a feed of 5 000 events worked on in slices first: its first page, its counts, a search', async () => {
    const feed = await agendaFeed();
    const organizers = ['club', 'media'];
    feed['events'] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `big-${i}`,
      title: i % 10 ? `Atelier ${i}` : `Fête ${i}`,
      start: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00`,
      organizers: [organizers[i % 2]!],
      sectors: [i % 3 ? 'culture' : 'sport'],
    }));
    const { agenda } = await mountAgenda('from="2027-01-01" filters="search sectors"', feed);
    expect($$(agenda, '[part="event"]')).to.have.length(30);
    expect(clean($(agenda, '[role="status"][aria-atomic]')!.textContent)).to.equal('5 000 événements');
    const counts = $$(agenda, '[part="filters"] button[aria-pressed]').map((chip) => clean(chip.textContent));
    expect(counts).to.include.members(['Culture (3 333)', 'Sport (1 667)']);
    const search = $<HTMLInputElement>(agenda, '#search')!;
    search.value = 'fete';
    search.dispatchEvent(new Event('input'));
    await agenda.updateComplete;
    expect(clean($(agenda, '[role="status"][aria-atomic]')!.textContent)).to.equal('500 événements');
    expect(titles(agenda).every((title) => title.startsWith('Fête'))).to.equal(true);
  });

  it('compact view shows the next events with their full date and no controls', async () => {
    const { agenda } = await mountAgenda('from="2027-03-11" view="compact" limit="2"');
    expect($(agenda, '[part="filters"]')).to.equal(null);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps', 'Tournoi annulé']);
    expect(clean($(agenda, '.when')!.textContent)).to.contain('samedi 13 mars 2027');
    await expect(agenda).to.be.accessible();
  });

  it('compact view: rows of one height whatever their title, status and place, so that its room can be held', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" view="compact" limit="4"');
    const rows = $$(agenda, '[part="event"]');
    expect(rows).to.have.length(4);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const row of rows) expect(row.getBoundingClientRect().height, row.dataset['key']).to.equal(9.5 * rem);
    // A cancelled event says so in its row; no sector badges, summary or picture there.
    const cancelled = rows.find((row) => row.dataset['status'] === 'cancelled')!;
    expect(clean(cancelled.querySelector('.meta')!.textContent)).to.match(/^Annulé/);
    expect($$(agenda, '[part="compact"] .badges, [part="compact"] img')).to.deep.equal([]);
    agenda.style.width = '280px';
    await agenda.updateComplete;
    for (const row of $$(agenda, '[part="event"]')) expect(row.getBoundingClientRect().height).to.equal(9.5 * rem);
  });
});
