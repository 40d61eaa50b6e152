import { expect } from '@open-wc/testing';
import { $, agendaFeed, clean, mountAgenda, settle, titles, until } from './harness.js';

describe('<maillage-agenda> in the page', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('with url-state, keeps the filters in the address and the back button restores them', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    const { agenda } = await mountAgenda('from="2027-03-01" url-state');
    $<HTMLButtonElement>(agenda, '[data-sector="sport"]')!.click();
    await settle(agenda);
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('agenda.sectors')).to.equal('sport');
    expect(location.hash).to.contain('top');
    $<HTMLButtonElement>(agenda, '[data-sector="culture"]')!.click();
    await settle(agenda);
    expect(new URLSearchParams(location.hash.slice(1)).get('agenda.sectors')).to.equal('sport,culture');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await settle(agenda);
    expect(agenda.hub!.selection.sectors).to.deep.equal(['sport']);
    expect(titles(agenda)).to.deep.equal(['Match et lectures à la mi-temps', 'Tournoi annulé']);
  });

  it('with url-state, a bookmarked address opens with its filters', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#agenda.q=conte&agenda.sectors=culture`);
    const { agenda } = await mountAgenda('from="2027-03-01" url-state');
    await settle(agenda);
    expect($<HTMLInputElement>(agenda, '#search')!.value).to.equal('conte');
    expect(titles(agenda)).to.deep.equal(['Heure du conte', 'Heure du conte', 'Heure du conte']);
  });

  it('with url-state, applies a bookmarked address from the first events drawn (read by a part loaded on demand)', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#agenda.q=conte`);
    const feed = await agendaFeed();
    const host = document.createElement('div');
    host.innerHTML = `<maillage-feed><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script><maillage-agenda from="2027-03-01" url-state></maillage-agenda></maillage-feed>`;
    const agenda = host.querySelector('maillage-agenda')!;
    const drawn: string[][] = [];
    document.body.append(host);
    try {
      new MutationObserver(() => drawn.push(titles(agenda))).observe(agenda.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await until(() => titles(agenda).length > 0);
      await settle(agenda);
      expect(titles(agenda)).to.deep.equal(['Heure du conte', 'Heure du conte', 'Heure du conte']);
      expect(drawn.filter((list) => list.length > 0 && list.some((title) => title !== 'Heure du conte'))).to.deep.equal([]);
      expect($<HTMLInputElement>(agenda, '#search')!.value).to.equal('conte');
    } finally {
      host.remove();
    }
  });

  it('with seo, writes the events shown as schema.org JSON-LD into the light DOM, safely', async () => {
    const feed = await agendaFeed();
    (feed['events'] as Record<string, unknown>[]).push({ id: 'evil', title: '</script><script>window.pwnedSeo=1</script>', start: '2027-03-16T10:00' });
    const { agenda } = await mountAgenda('from="2027-03-01" seo', feed);
    await until(() => Boolean(agenda.querySelector('script[type="application/ld+json"]')));
    const script = agenda.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
    expect(script).to.exist;
    expect(script.textContent).not.to.contain('</script>');
    const data = JSON.parse(script.textContent!) as { '@graph': { name: string; '@type': string; startDate: string }[] };
    const names = data['@graph'].map((e) => e.name);
    expect(names).to.include('Match et lectures à la mi-temps');
    expect(names).to.include('</script><script>window.pwnedSeo=1</script>');
    expect(data['@graph'][0]!['@type']).to.equal('Event');
    expect(data['@graph'][0]!.startDate).to.equal('2027-03-10T14:00:00+01:00');
    expect((window as unknown as { pwnedSeo?: number }).pwnedSeo).to.equal(undefined);
  });

  it('shows the webmaster\'s fallback content only until it is ready', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    expect(agenda.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(clean(agenda.shadowRoot!.textContent)).to.contain('Match');
  });

  it('prints without its controls', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const sheets = agenda.shadowRoot!.adoptedStyleSheets;
    const printRules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const text = printRules.map((rule) => rule.cssText).join(' ');
    expect(text).to.contain("[part=\"filters\"]");
    expect(text).to.contain('display: none');
  });
});
