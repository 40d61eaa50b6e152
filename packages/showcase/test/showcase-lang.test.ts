import { expect } from '@open-wc/testing';
import { $, clean, mountShowcase, settle, showcaseFeed, titles, until } from './harness.js';

/** Whether the page has fetched the showcase's English words (a part loaded on demand). */
const englishFetched = () => performance.getEntriesByType('resource').some((entry) => /\/showcase\/src\/i18n\/en\.[jt]s/.test(entry.name));

// The order matters: the English words, once loaded, stay loaded for the page.
describe('<maillage-showcase> words loaded on demand', () => {
  it('a French showcase does not load the English words', async () => {
    const { showcase } = await mountShowcase('lang="fr"');
    expect(clean($(showcase, '.summary')!.textContent)).to.equal('3 coopérations');
    expect(englishFetched()).to.equal(false);
  });

  it('an English showcase loads them on first use and draws in English from its first card, never in French nor keys', async () => {
    const feed = await showcaseFeed();
    const host = document.createElement('div');
    host.innerHTML = `<maillage-feed><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script><maillage-showcase lang="en"></maillage-showcase></maillage-feed>`;
    const showcase = host.querySelector('maillage-showcase')!;
    const seen = new Set<string>();
    const record = () => {
      const base = showcase.shadowRoot!.querySelector('[part="base"]');
      if (base) seen.add(`label: ${base.getAttribute('aria-label')}`);
      const summary = showcase.shadowRoot!.querySelector('.summary');
      if (summary) seen.add(`summary: ${clean(summary.textContent)}`);
      const filters = showcase.shadowRoot!.querySelector('[part="filters"]');
      if (filters) seen.add(`filters: ${filters.getAttribute('aria-label')}`);
    };
    document.body.append(host);
    try {
      new MutationObserver(record).observe(showcase.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
      record();
      await until(() => titles(showcase).length > 0);
      await settle(showcase);
      record();
      expect(englishFetched()).to.equal(true);
      expect([...seen].sort()).to.deep.equal(['filters: Filter the cooperations', 'label: Cooperation between associations', 'summary: 3 cooperations']);
      await expect(showcase).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('follows a change of its lang attribute', async () => {
    const { showcase } = await mountShowcase('lang="fr"');
    showcase.setAttribute('lang', 'en');
    await until(() => clean($(showcase, '.summary')?.textContent) === '3 cooperations');
    showcase.setAttribute('lang', 'fr');
    await until(() => clean($(showcase, '.summary')?.textContent) === '3 coopérations');
  });

  it('the carousel, the kiosk and the network bring their own words, in French and in English', async () => {
    for (const [lang, words] of [
      ['fr', { next: 'Coopération suivante', scan: 'Scannez pour en savoir plus', network: 'Qui coopère avec qui' }],
      ['en', { next: 'Next cooperation', scan: 'Scan to find out more', network: 'Who cooperates with whom' }],
    ] as const) {
      const { showcase } = await mountShowcase(`view="carousel" lang="${lang}"`);
      expect(clean($(showcase, '.carousel-controls')!.textContent)).to.contain(words.next);
      showcase.view = 'kiosk';
      await until(() => Boolean($(showcase, '.kiosk-scan')));
      expect(clean($(showcase, '.kiosk-scan')!.textContent)).to.equal(words.scan);
      showcase.view = 'network';
      await until(() => Boolean($(showcase, '.network-title')));
      expect(clean($(showcase, '.network-title')!.textContent)).to.equal(words.network);
    }
  });
});

