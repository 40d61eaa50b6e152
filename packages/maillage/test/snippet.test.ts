import { expect, fixture } from '@open-wc/testing';
import '@maillage/maillage/define';
import { iframeSnippet, scriptSnippet } from '../src/snippet.js';

const feed = new URL('/packages/agenda/test/fixtures/agenda.feed.json', location.href).href;

describe('configurator snippets', () => {
  it('writes the stylesheet, the script and one element with the chosen attributes, escaped', () => {
    const snippet = scriptSnippet({
      widget: 'agenda',
      base: 'https://ville.example/maillage/',
      attributes: { src: feed, view: 'month', lang: 'en', 'url-state': true, seo: false, sectors: '', filters: 'search "dates"><script>' },
      tokens: { '--maillage-accent': '#00558c', '--maillage-radius': '0; background: url(x)' },
    });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).to.equal('https://ville.example/maillage/maillage.css');
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('https://ville.example/maillage/agenda.js');
    expect(script.type).to.equal('module');
    const element = doc.querySelector('maillage-agenda')!;
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(element.getAttribute('src')).to.equal(feed);
    expect(element.getAttribute('view')).to.equal('month');
    expect(element.hasAttribute('url-state')).to.equal(true);
    expect(element.hasAttribute('seo')).to.equal(false);
    expect(element.hasAttribute('sectors')).to.equal(false);
    expect(element.getAttribute('filters')).to.equal('search "dates"><script>');
    expect(element.getAttribute('style')).to.equal('--maillage-accent: #00558c');
  });

  it('works when pasted into a page', async () => {
    const snippet = scriptSnippet({ widget: 'agenda', base: '/dist/', attributes: { src: feed, from: '2027-03-01', filters: 'none' } });
    const markup = snippet.split('\n')[2]!;
    const holder = await fixture<HTMLElement>(`<div>${markup}</div>`);
    const agenda = holder.querySelector('maillage-agenda')!;
    for (let i = 0; i < 100 && agenda.dataset['state'] !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(agenda.shadowRoot!.querySelectorAll('[part="event"]').length).to.be.greaterThan(3);
  });

  it('writes the iframe form with the same choices in its address', () => {
    const snippet = iframeSnippet(
      { widget: 'showcase', base: 'https://ville.example/maillage/', attributes: { src: feed, view: 'carousel', autoplay: true }, tokens: { '--maillage-accent': '#aa0000' } },
      'Coopérations "locales"',
    );
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    expect(frame.title).to.equal('Coopérations "locales"');
    const url = new URL(frame.getAttribute('src')!);
    expect(url.pathname).to.equal('/maillage/embed.html');
    expect(url.searchParams.get('widget')).to.equal('showcase');
    expect(url.searchParams.get('src')).to.equal(feed);
    expect(url.searchParams.get('view')).to.equal('carousel');
    expect(url.searchParams.get('autoplay')).to.equal('1');
    expect(url.searchParams.get('accent')).to.equal('#aa0000');
  });
});
