import { expect, fixture } from '@open-wc/testing';
import '@maillage/maillage/define';

// A feed written by someone hostile: script payloads in every text, dangerous schemes (with case, tab, NUL
// and space tricks) in every address, `__proto__` and `constructor` keys, a 1 MB description, right-to-left
// overrides and a word too long for any line. Every widget in every view must show it as text, link nothing
// dangerous, run nothing, and keep its layout.

declare global {
  interface Window {
    maillagePwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.maillagePwned=1">',
  '<script>window.maillagePwned=2</script>',
  '<svg onload="window.maillagePwned=3"></svg>',
  '${window.maillagePwned=4}',
  '{{constructor.constructor("window.maillagePwned=5")()}}',
  '</style><style>*{display:none!important}</style>',
  '\u202eetnavuoP\u202c',
  `Mot${'x'.repeat(240)}sansfin`,
];
const BAD_URLS = [
  'javascript:window.maillagePwned=6',
  'JaVaScRiPt:window.maillagePwned=7',
  'java\tscript:window.maillagePwned=8',
  '\u0000javascript:window.maillagePwned=9',
  ' javascript:window.maillagePwned=10',
  'data:text/html,<script>window.maillagePwned=11</script>',
  'vbscript:msgbox(1)',
];
const say = (i: number): string => PAYLOADS[i % PAYLOADS.length]!;
const bad = (i: number): string => BAD_URLS[i % BAD_URLS.length]!;
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function hostileFeedText(): string {
  const organizations = Array.from({ length: 6 }, (_, i) => ({
    id: `o${i}`,
    name: say(i),
    type: 'association',
    sectors: ['culture', 'sport'],
    description: say(i + 1),
    url: bad(i),
    email: `x"><img src=x onerror=window.maillagePwned=12>@a.b`,
    logo: bad(i + 1),
  }));
  const places = Array.from({ length: 4 }, (_, i) => ({
    id: `p${i}`,
    name: say(i + 2),
    address: { street: say(i + 3), locality: say(i + 4) },
    geo: { lat: 45.1 + i / 100, lon: 0.55 + i / 100 },
    url: bad(i + 2),
  }));
  const events = Array.from({ length: 8 }, (_, i) => ({
    id: `e${i}`,
    title: say(i),
    start: `2027-03-${String(10 + i).padStart(2, '0')}T14:00`,
    end: `2027-03-${String(10 + i).padStart(2, '0')}T16:00`,
    summary: say(i + 1),
    description: i === 0 ? `${say(5)} ${'Une description très longue. '.repeat(36_000)}` : `${say(i + 2)}\n\n${bad(i)} https://exemple.fr/ok`,
    organizers: ['o0', `o${(i % 5) + 1}`],
    placeId: `p${i % 4}`,
    sectors: ['culture', 'sport'],
    tags: [say(i + 3)],
    url: bad(i),
    onlineUrl: bad(i + 1),
    image: { url: bad(i + 2), alt: say(i + 4) },
    price: { free: false, text: say(i + 5) },
    registration: { required: true, url: bad(i + 3), email: 'x"><img src=x onerror=window.maillagePwned=13>@a.b', phone: say(i) },
    missionIds: ['m0'],
    cooperationIds: ['c0'],
  }));
  const missions = Array.from({ length: 3 }, (_, i) => ({
    id: `m${i}`,
    title: say(i),
    organizationId: `o${i}`,
    placeId: `p${i}`,
    type: 'one-off',
    start: `2027-03-${String(12 + i).padStart(2, '0')}T09:00`,
    schedule: say(i + 1),
    description: say(i + 2),
    skills: [say(i + 3)],
    spots: { total: 5, filled: 1 },
    contact: { email: 'x@exemple.fr', url: bad(i), phone: say(i) },
    signup: { url: bad(i + 1) },
    eventIds: ['e0'],
  }));
  const cooperations = Array.from({ length: 3 }, (_, i) => ({
    id: `c${i}`,
    title: say(i),
    summary: say(i + 1),
    description: say(i + 2),
    partners: [
      { organizationId: 'o0', role: say(i + 3) },
      { organizationId: `o${i + 1}`, role: say(i + 4) },
      { organizationId: 'nobody-of-that-name', role: say(i) },
    ],
    sectors: ['culture', 'sport'],
    resources: [{ kind: 'premises', description: say(i + 5), organizationId: 'o0' }],
    outcomes: [{ label: say(i + 6), value: 420, unit: say(i + 7) }, say(i)],
    since: '2026-09-01',
    status: 'active',
    placeIds: ['p0'],
    eventIds: ['e0'],
    missionIds: ['m0'],
    image: { url: bad(i), alt: say(i) },
    contact: { email: 'x@exemple.fr', url: bad(i + 2) },
  }));
  const feed = { maillage: '1', title: say(0), timezone: 'Europe/Paris', publisher: { name: say(1), url: bad(0) }, organizations, places, events, missions, cooperations };
  // Keys that JSON.parse makes own properties, which an object literal here would not.
  return JSON.stringify(feed).replace('"organizations":', '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"organizations":');
}

/** Every element under `root`, shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const VIEWS: [string, string][] = [
  ['maillage-agenda', 'view="list" from="2027-03-01"'],
  ['maillage-agenda', 'view="month" from="2027-03-01"'],
  ['maillage-agenda', 'view="compact" from="2027-03-01"'],
  ['maillage-agenda', 'view="poster" from="2027-03-08"'],
  ['maillage-map', 'tiles="none" from="2027-03-01"'],
  ['maillage-volunteers', 'view="list"'],
  ['maillage-volunteers', 'view="compact"'],
  ['maillage-volunteers', 'view="board"'],
  ['maillage-showcase', 'view="grid"'],
  ['maillage-showcase', 'view="carousel"'],
  ['maillage-showcase', 'view="network"'],
  ['maillage-showcase', 'view="kiosk"'],
];

describe('security: a hostile feed in every widget and view', () => {
  const text = hostileFeedText();
  afterEach(() => {
    delete window.maillagePwned;
  });

  for (const [tag, attributes] of VIEWS) {
    it(`${tag} ${attributes}: text stays text, nothing runs, no dangerous link, the layout holds`, async () => {
      const holder = await fixture<HTMLElement>(`<div style="width: 640px"><maillage-feed><${tag} ${attributes}></${tag}></maillage-feed></div>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      holder.querySelector('maillage-feed')!.prepend(script);
      const widget = holder.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
      for (let i = 0; i < 300 && widget.dataset['state'] !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(widget.dataset['state']).to.equal('ready');
      await widget.updateComplete;
      // Open what opens: an event's details, a volunteer's mission, a cooperation's dialog.
      const opener = widget.shadowRoot!.querySelector<HTMLButtonElement>('.toggle, [part="event"] button, [part="card"] button');
      opener?.click();
      await widget.updateComplete;
      // Errors of images that never load have had their chance to run a handler.
      await new Promise((resolve) => setTimeout(resolve, 150));

      expect(window.maillagePwned, 'no payload ran').to.equal(undefined);
      expect(({} as Record<string, unknown>)['polluted'], 'no prototype polluted').to.equal(undefined);
      const elements = deepElements(widget.shadowRoot!);
      for (const element of elements) {
        expect(element.localName, 'no element from the feed').to.not.be.oneOf(['script', 'iframe', 'object', 'embed', 'style']);
        for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `${element.localName} ${attribute}`).to.equal(false);
        const href = element.getAttribute('href');
        if (element.localName === 'a' && href !== null) expect(ALLOWED.has(new URL(href, location.href).protocol), href).to.equal(true);
        const src = element.getAttribute('src');
        if (src !== null) expect(new URL(src, location.href).protocol, src).to.be.oneOf(['http:', 'https:', 'data:', 'blob:']);
        if (src !== null && src.startsWith('data:')) expect(src.startsWith('data:image/'), src).to.equal(true);
      }
      // Shown as text: the markup of a payload is there to read, never as elements.
      const shown = elements.map((element) => element.textContent ?? '').join(' ');
      if (!/poster|network/.test(attributes)) expect(shown).to.match(/<img src=x onerror|<script>|<svg onload|\$\{window|\{\{constructor/);
      // The page's stylesheet is intact, the widget as wide as its column.
      expect(getComputedStyle(document.body).display).to.equal('block');
      expect(widget.getBoundingClientRect().width).to.be.at.most(640);
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, 'nothing wider than the widget').to.be.at.most(base.clientWidth + 1);
    });
  }
});
