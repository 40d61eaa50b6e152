import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, agendaFeed, clean, mountAgenda, openDetails, settle, titles, until } from './harness.js';

const card = (el: Element, title: string) => $$(el, '[part="event"]').find((c) => c.textContent!.includes(title))!;

/** Reads back the properties of an iCalendar text: unfolded lines, NAME;PARAMS:VALUE. */
function icsProperties(text: string): { name: string; params: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const head = line.slice(0, colon);
      const [name, ...params] = head.split(';');
      return { name: name!, params: params.join(';'), value: line.slice(colon + 1) };
    });
}

describe('<maillage-agenda> event details', () => {
  it('opens and closes the details with a disclosure button, and emits maillage-select', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const match = card(agenda, 'Match');
    const toggle = match.querySelector<HTMLButtonElement>('.toggle')!;
    const details = match.querySelector<HTMLElement>('[part="details"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    expect(details.hidden).to.equal(true);
    const selected: unknown[] = [];
    agenda.addEventListener('maillage-select', (e) => selected.push(e.detail));
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => toggle.getAttribute('aria-expanded') === 'true');
    await settle(agenda);
    expect(details.hidden).to.equal(false);
    expect(selected).to.deep.equal([{ kind: 'event', id: 'match' }]);
    expect(agenda.shadowRoot!.activeElement).to.equal(toggle);
    await expect(agenda).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settle(agenda);
    expect(details.hidden).to.equal(true);
  });

  it('brings the look of the details with them the first time they open, once per agenda', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const before = agenda.shadowRoot!.adoptedStyleSheets.length;
    const details = await openDetails(agenda, card(agenda, 'Match'));
    expect(getComputedStyle(details).display).to.equal('grid');
    expect(getComputedStyle(details.querySelector('.actions')!).display).to.equal('flex');
    expect(getComputedStyle(details.querySelector('a')!).color).to.equal(getComputedStyle(details.querySelector('.linklike')!).color);
    expect(getComputedStyle(details.querySelector('.linklike')!).borderStyle).to.equal('none');
    await openDetails(agenda, card(agenda, 'Heure du conte'));
    expect(agenda.shadowRoot!.adoptedStyleSheets.length).to.equal(before + 1);
  });

  it('shows the description as paragraphs with safe automatic links, the address, registration and volunteers', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const details = await openDetails(agenda, card(agenda, 'Match'));
    const paragraphs = [...details.querySelectorAll('p')].map((p) => clean(p.textContent));
    expect(paragraphs[0]).to.contain('Premier paragraphe');
    expect(paragraphs[1]).to.contain('Second paragraphe');
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://test-sur-lisle.example/match');
    expect(hrefs).to.include('mailto:contact@test-sur-lisle.example');
    expect(hrefs).to.include('https://test-sur-lisle.example/inscription');
    expect(hrefs.some((h) => h!.startsWith('tel:'))).to.equal(true);
    expect(hrefs.some((h) => h!.startsWith('https://www.openstreetmap.org/?mlat=45.01&mlon=0.42'))).to.equal(true);
    expect(clean(details.textContent)).to.contain('1 allée des Sports');
    expect(clean(details.textContent)).to.contain('3 bénévoles recherchés');
    expect(clean(details.textContent)).to.contain('Fait partie de : Lectures à la mi-temps');
  });

  it('"add to my calendar" downloads an .ics of the event in its timezone, and links to Google and Outlook', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const details = await openDetails(agenda, card(agenda, 'Heure du conte'));
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    let downloaded = '';
    const onClick = (e: Event) => {
      const link = e.composedPath()[0] as HTMLAnchorElement;
      if (link.download) {
        downloaded = link.download;
        e.preventDefault();
      }
    };
    agenda.shadowRoot!.addEventListener('click', onClick, true);
    try {
      [...details.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('.ics'))!.click();
    } finally {
      URL.createObjectURL = original;
      agenda.shadowRoot!.removeEventListener('click', onClick, true);
    }
    expect(blobs).to.have.length(1);
    expect(downloaded).to.match(/\.ics$/);
    const properties = icsProperties(await blobs[0]!.text());
    const vevent = properties.slice(properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT'));
    const get = (name: string) => vevent.find((p) => p.name === name);
    expect(get('SUMMARY')!.value).to.equal('Heure du conte');
    expect(get('DTSTART')!.params).to.equal('TZID=Europe/Paris');
    expect(get('DTSTART')!.value).to.equal('20270317T103000');
    expect(get('RRULE')!.value).to.contain('FREQ=WEEKLY');
    expect(get('RRULE')!.value).to.contain('COUNT=3');
    expect(properties.filter((p) => p.name === 'BEGIN').map((p) => p.value)).to.include.members(['VCALENDAR', 'VTIMEZONE', 'VEVENT']);

    const google = new URL([...details.querySelectorAll('a')].find((a) => a.textContent!.includes('Google'))!.href);
    expect(google.hostname).to.equal('calendar.google.com');
    expect(google.searchParams.get('text')).to.equal('Heure du conte');
    const outlook = new URL([...details.querySelectorAll('a')].find((a) => a.textContent!.includes('Outlook'))!.href);
    expect(outlook.searchParams.get('subject')).to.equal('Heure du conte');
  });

  it('shares a link to the event in this page, and opens the event such a link names', async () => {
    const { agenda } = await mountAgenda('from="2027-03-01"');
    const url = new URL(agenda.shareUrl('fete'));
    expect(url.pathname).to.equal(location.pathname);
    expect(new URLSearchParams(url.hash.slice(1)).get('agenda.event')).to.equal('fete');

    const before = location.hash;
    history.replaceState(null, '', `${location.pathname}${location.search}#agenda.event=fete`);
    try {
      const { agenda: opened } = await mountAgenda('from="2027-03-01"');
      await until(() => card(opened, 'Fête du jeu').querySelector('.toggle')!.getAttribute('aria-expanded') === 'true');
      // Beyond the first page: the list shows the pages up to it.
      const { agenda: paged } = await mountAgenda('from="2027-03-01" page-size="1"');
      await until(() => card(paged, 'Fête du jeu')?.querySelector('.toggle')!.getAttribute('aria-expanded') === 'true');
      expect(titles(paged).indexOf('Fête du jeu')).to.be.greaterThan(0);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
    }
  });

  it('renders hostile feed text as text and never links a dangerous scheme', async () => {
    const feed = await agendaFeed();
    (window as unknown as { pwned?: number }).pwned = undefined;
    feed['events'] = [
      {
        id: 'x',
        title: '<img src=x onerror="window.pwned=1">',
        start: '2027-03-15T10:00',
        summary: '<script>window.pwned=2</script>',
        description: 'javascript:window.pwned=3 JaVaScRiPt:alert(1) data:text/html,<b>x</b> <svg onload="window.pwned=4">',
        url: 'javascript:window.pwned=5',
        onlineUrl: 'data:text/html,hi',
        registration: { url: ' javascript:alert(1)', email: 'x"><img src=x onerror=alert(1)>@a.b' },
        image: { url: 'javascript:alert(1)', alt: '"><script>' },
      },
    ];
    const { agenda } = await mountAgenda('from="2027-03-01"', feed);
    await openDetails(agenda, $$(agenda, '[part="event"]')[0]!);
    const root = agenda.shadowRoot!;
    expect(root.querySelector('script, svg, img[onerror], [onload]')).to.equal(null);
    expect(clean($(agenda, '[part="event-title"]')!.textContent)).to.equal('<img src=x onerror="window.pwned=1">');
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    }
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<maillage-agenda> asked by another widget', () => {
  it('opens an event another widget on the same feed selects, clearing filters that hide it', async () => {
    const { agenda, root } = await mountAgenda('from="2027-03-01" sectors="solidarite"');
    expect(titles(agenda)).to.deep.equal(['Distribution de l’épicerie']);
    const other = document.createElement('div') as HTMLDivElement & { hub?: unknown };
    other.hub = agenda.hub;
    root.append(other);
    other.dispatchEvent(new CustomEvent('maillage-select', { detail: { kind: 'event', id: 'fete' }, bubbles: true, composed: true }));
    await until(() => card(agenda, 'Fête du jeu')?.querySelector('.toggle')!.getAttribute('aria-expanded') === 'true');
    expect(agenda.shadowRoot!.activeElement).to.equal(card(agenda, 'Fête du jeu').querySelector('.toggle'));
  });
});
