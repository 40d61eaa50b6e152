import { expect } from '@open-wc/testing';
import { $, agendaFeed, clean, mountAgenda, openDetails, settle, titles, until } from './harness.js';

/** Whether the page has fetched the agenda's English words (a part loaded on demand). */
const englishFetched = () => performance.getEntriesByType('resource').some((entry) => /\/agenda\/src\/i18n\/en\.[jt]s/.test(entry.name));

// The order matters: the English words, once loaded, stay loaded for the page.
describe('<maillage-agenda> words loaded on demand', () => {
  it('a French agenda does not load the English words', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" lang="fr"');
    expect(clean($(agenda, '.summary [role="status"]')!.textContent)).to.equal('7 événements');
    expect(englishFetched()).to.equal(false);
  });

  it('an English agenda loads them on first use and draws in English from its first event, never in French nor keys', async () => {
    const feed = await agendaFeed();
    const host = document.createElement('div');
    host.innerHTML = `<maillage-feed><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script><maillage-agenda from="2027-03-01" lang="en"></maillage-agenda></maillage-feed>`;
    const agenda = host.querySelector('maillage-agenda')!;
    const seen = new Set<string>();
    const record = () => {
      const base = agenda.shadowRoot!.querySelector('[part="base"]');
      if (base) seen.add(`label: ${base.getAttribute('aria-label')}`);
      const summary = agenda.shadowRoot!.querySelector('.summary [role="status"]');
      if (summary) seen.add(`summary: ${clean(summary.textContent)}`);
      const filters = agenda.shadowRoot!.querySelector('[part="filters"]');
      if (filters) seen.add(`filters: ${filters.getAttribute('aria-label')}`);
    };
    document.body.append(host);
    try {
      new MutationObserver(record).observe(agenda.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
      record();
      await until(() => titles(agenda).length > 0);
      await settle(agenda);
      record();
      expect(englishFetched()).to.equal(true);
      expect([...seen].sort()).to.deep.equal(['filters: Filter the events', 'label: Associations’ agenda', 'summary: 7 events']);
      await expect(agenda).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('follows a change of its lang attribute', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01" lang="fr"');
    agenda.setAttribute('lang', 'en');
    await until(() => clean($(agenda, '.summary [role="status"]')?.textContent) === '7 events');
    agenda.setAttribute('lang', 'fr');
    await until(() => clean($(agenda, '.summary [role="status"]')?.textContent) === '7 événements');
    expect(clean($(agenda, '.toggle')!.textContent)).to.contain('Détails');
  });

  it('the details, the month grid and the poster bring their own words, in French and in English', async () => {
    for (const [lang, words] of [
      ['fr', { calendar: 'Ajouter à mon agenda', previous: 'Mois précédent', poster: 'Agenda des associations' }],
      ['en', { calendar: 'Add to my calendar', previous: 'Previous month', poster: 'Associations’ agenda' }],
    ] as const) {
      const { agenda } = await mountAgenda(`from="2027-03-01" lang="${lang}"`);
      const details = await openDetails(agenda, $(agenda, '[part="event"]')!);
      expect(clean(details.textContent)).to.contain(words.calendar);
      agenda.view = 'month';
      await until(() => Boolean($(agenda, '.month-nav')));
      expect(clean($(agenda, '.month-nav')!.textContent)).to.contain(words.previous);
      agenda.view = 'poster';
      await until(() => Boolean($(agenda, '.poster-title')));
      expect(clean($(agenda, '.poster-title')!.textContent)).to.equal(words.poster);
    }
  });
});
