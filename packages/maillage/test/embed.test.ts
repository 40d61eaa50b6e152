import { expect } from '@open-wc/testing';
import { readEmbedAddress } from '../src/embed.js';

const base = 'https://exemple.fr/maillage/embed.html';

/** The parent snippet of docs/embedding.md, run as webmasters paste it, with the origin replaced. */
async function documentedParentSnippet(origin: string): Promise<() => void> {
  const markdown = await (await fetch('/docs/embedding.md')).text();
  const block = /```html\n<script>\n([\s\S]*?)<\/script>\n```/.exec(markdown.split('<!-- parent-snippet -->')[1] ?? '');
  if (!block) throw new Error('no snippet after the marker');
  const code = block[1]!.replace("'https://exemple.fr'", JSON.stringify(origin));
  const added: [string, EventListener][] = [];
  const realAdd = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, listener: EventListener) => {
    added.push([type, listener]);
    realAdd(type, listener);
  }) as typeof window.addEventListener;
  try {
    new Function(code)();
  } finally {
    window.addEventListener = realAdd;
  }
  return () => added.forEach(([type, listener]) => window.removeEventListener(type, listener));
}

describe('iframe mode: the address', () => {
  it('reads a known widget and only its allowed attributes', () => {
    const plan = readEmbedAddress('?widget=agenda&src=/flux.json&view=month&lang=en&onclick=alert(1)&free=1&id=a%3Cb', base)!;
    expect(plan.tag).to.equal('maillage-agenda');
    expect([...plan.attributes]).to.deep.equal([
      ['src', 'https://exemple.fr/flux.json'],
      ['lang', 'en'],
      ['view', 'month'],
      ['free', ''],
    ]);
    expect(plan.id).to.equal('ab');
  });

  it('refuses unknown widgets, dangerous feed addresses and CSS in colours', () => {
    expect(readEmbedAddress('?widget=script', base)).to.equal(null);
    expect(readEmbedAddress('', base)).to.equal(null);
    const plan = readEmbedAddress('?widget=map&src=javascript:alert(1)&accent=red;background:url(x)&text=%23123456&radius=4px', base)!;
    expect(plan.attributes.has('src')).to.equal(false);
    expect([...plan.tokens]).to.deep.equal([
      ['--maillage-text', '#123456'],
      ['--maillage-radius', '4px'],
    ]);
  });
});

describe('iframe mode: the frame and its parent', () => {
  it('draws the widget in the frame and tells the parent its height; the documented snippet fits the frame', async () => {
    const stop = await documentedParentSnippet(location.origin);
    const heights: number[] = [];
    const listener = (event: MessageEvent) => {
      if (event.data?.type === 'maillage:height' && event.origin === location.origin) heights.push(event.data.height);
    };
    window.addEventListener('message', listener);
    const frame = document.createElement('iframe');
    frame.title = 'Agenda';
    frame.style.width = '700px';
    frame.style.height = '50px';
    const feed = new URL('/packages/agenda/test/fixtures/agenda.feed.json', location.href).href;
    frame.src = `/packages/maillage/test/embed-frame.html?widget=agenda&src=${encodeURIComponent(feed)}&from=2027-03-01&filters=none&id=agenda1`;
    document.body.append(frame);
    try {
      const start = performance.now();
      while (!(heights.length && heights[heights.length - 1]! > 600) && performance.now() - start < 8000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const agenda = frame.contentDocument!.querySelector('maillage-agenda')!;
      expect(agenda.getAttribute('from')).to.equal('2027-03-01');
      expect(agenda.shadowRoot!.querySelectorAll('[part="event"]').length).to.be.greaterThan(3);
      const last = heights[heights.length - 1]!;
      expect(last).to.be.greaterThan(600);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.style.height).to.equal(`${last}px`);
    } finally {
      frame.remove();
      window.removeEventListener('message', listener);
      stop();
    }
  });

  it('the documented snippet ignores messages from another origin', async () => {
    const stop = await documentedParentSnippet('https://exemple.fr');
    const frame = document.createElement('iframe');
    frame.style.height = '50px';
    frame.src = '/packages/maillage/test/embed-frame.html?widget=showcase';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The frame did send its height (same origin as this page, not the configured one): ignored.
      expect(frame.style.height).to.equal('50px');
    } finally {
      frame.remove();
      stop();
    }
  });
});
