import { expect, fixture } from '@open-wc/testing';
import '@maillage/maillage/define';

const SHEET = '/packages/maillage/maillage.css';
const TAGS = ['maillage-agenda', 'maillage-map', 'maillage-volunteers', 'maillage-showcase'] as const;
/** A feed address that never answers: the widgets stay in their loading state. */
const NEVER = '/__faults/timeout?room';

function linkSheet(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = SHEET;
  const loaded = new Promise<HTMLLinkElement>((resolve, reject) => {
    link.onload = () => resolve(link);
    link.onerror = reject;
  });
  document.head.append(link);
  return loaded;
}

/** Heights of the four elements in a frame where no script defines them: the room before the script runs. */
async function heightsBeforeTheScript(style = ''): Promise<Record<string, number>> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${SHEET}"><style>body { margin: 0 } ${style}</style>${TAGS.map((tag) => `<${tag} src="x"></${tag}>`).join('')}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const heights = Object.fromEntries(TAGS.map((tag) => [tag, frame.contentDocument!.querySelector(tag)!.getBoundingClientRect().height]));
  frame.remove();
  return heights;
}

describe('maillage.css: the room a widget takes while it loads', () => {
  let link: HTMLLinkElement;
  before(async () => (link = await linkSheet()));
  after(() => link.remove());

  it('gives every element its room before the script runs: a screen for lists, the map and its tools for the map', async () => {
    const heights = await heightsBeforeTheScript();
    expect(heights['maillage-agenda']).to.equal(700);
    expect(heights['maillage-volunteers']).to.equal(700);
    expect(heights['maillage-showcase']).to.equal(700);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(heights['maillage-map']).to.equal(33 * rem);
  });

  it('keeps that room, to the pixel, once the script runs and the feed is still on its way', async () => {
    const before = await heightsBeforeTheScript();
    const holder = await fixture<HTMLElement>(
      `<div style="width: 900px">${TAGS.map((tag) => `<${tag} src="${NEVER}"></${tag}>`).join('')}</div>`,
    );
    for (const tag of TAGS) {
      const element = holder.querySelector(tag)!;
      expect(element.dataset['state'], tag).to.equal('loading');
      const expected = tag === 'maillage-map' ? before[tag] : window.innerHeight;
      expect(element.getBoundingClientRect().height, tag).to.equal(expected);
    }
  });

  it('gives way to a height of the page (--maillage-min-height), before and after the script', async () => {
    const heights = await heightsBeforeTheScript('maillage-agenda, maillage-map { --maillage-min-height: 300px }');
    expect(heights['maillage-agenda']).to.equal(300);
    expect(heights['maillage-map']).to.equal(300);
    const agenda = await fixture<HTMLElement>(`<maillage-agenda src="${NEVER}" style="--maillage-min-height: 300px"></maillage-agenda>`);
    expect(agenda.getBoundingClientRect().height).to.equal(300);
  });

  it('holds the compact agenda\'s rows, loading or not, so that nothing moves when its events arrive', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${SHEET}"><style>body { margin: 0 }</style><maillage-agenda view="compact" limit="3"></maillage-agenda><maillage-agenda view="compact"></maillage-agenda>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const [three, five] = [...frame.contentDocument!.querySelectorAll('maillage-agenda')].map((e) => e.getBoundingClientRect().height);
    frame.remove();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(three).to.equal(3 * 9.5 * rem);
    expect(five).to.equal(5 * 9.5 * rem);
    const agenda = await fixture<HTMLElement>(
      `<div style="width: 320px"><maillage-agenda src="/packages/agenda/test/fixtures/agenda.feed.json" view="compact" limit="3" from="2027-03-01"></maillage-agenda></div>`,
    ).then((holder) => holder.querySelector('maillage-agenda')!);
    for (let i = 0; i < 200 && agenda.dataset['state'] !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(agenda.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(3);
    expect(agenda.getBoundingClientRect().height).to.equal(three);
  });

  it('lets a widget take its own height once the feed is there', async () => {
    const agenda = await fixture<HTMLElement>(
      `<maillage-agenda src="/packages/agenda/test/fixtures/agenda.feed.json" view="compact" limit="1" filters="none" from="2027-03-01"></maillage-agenda>`,
    );
    for (let i = 0; i < 200 && agenda.dataset['state'] !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(agenda.dataset['state']).to.equal('ready');
    expect(agenda.getBoundingClientRect().height).to.be.below(window.innerHeight / 2);
  });
});
