import { expect, fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import type { MaillageAgendaElement } from '@maillage/agenda';
import { FeedLoader, type KeyValueStorage } from '@maillage/feed';
import { setPageLoader } from '@maillage/core';
import { until } from './helpers.js';

/** Real requests to a misbehaving server on loopback (scripts/faults-middleware.mjs). */
let run = 0;
const address = (kind: string, key: string, host = location.host) => `${location.protocol}//${host}/__faults/${kind}?key=${key}`;
const requestsFor = async (key: string) => ((await (await fetch(`/__faults/count?key=${key}`)).json()) as { count: number }).count;

function memoryStorage(): KeyValueStorage {
  const memory = new Map<string, string>();
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}

const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

async function mountOn(src: string): Promise<{ agenda: MaillageAgendaElement; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(
    `<div><p id="before">Début de la page</p><maillage-agenda src="${src}" from="2027-03-01" lang="fr"></maillage-agenda><p id="after">Suite de la page</p></div>`,
  );
  const agenda = root.querySelector('maillage-agenda')!;
  await until(() => agenda.dataset['state'] !== 'loading' && agenda.dataset['state'] !== undefined, 8000);
  await agenda.updateComplete;
  return { agenda, root };
}

const statusOf = (agenda: Element) => agenda.shadowRoot!.querySelector('[part="status"]');

describe('fault suite: a feed host that fails', () => {
  let storage: KeyValueStorage;
  beforeEach(() => {
    storage = memoryStorage();
    setPageLoader(new FeedLoader({ storage, timeoutMs: 1500 }));
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  const cases: [kind: string, code: string, words: RegExp][] = [
    ['404', 'http-status', /404/],
    ['500', 'http-status', /500/],
    ['429', 'http-status', /429/],
    ['timeout', 'timeout', /temps|délai/i],
    ['drip', 'timeout', /temps|délai/i],
    ['truncated', 'json-syntax', /JSON/],
    ['html', 'html-page', /HTML|page web/i],
    ['huge', 'too-large', /Mo|taille|lourd|volumineux/i],
  ];
  for (const [kind, code, words] of cases) {
    it(`${kind}: a clear, translated error, no retry storm, and the host page keeps working`, async () => {
      const key = `${kind}-${++run}-${Date.now()}`;
      const { agenda, root } = await mountOn(address(kind, key));
      expect(agenda.dataset['state']).to.equal('error');
      expect(agenda.hub!.state.error?.code).to.equal(code);
      const status = statusOf(agenda)!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.contain('Le flux n’a pas pu être chargé.');
      expect(status.textContent).to.match(words);
      await expect(agenda).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await requestsFor(key)).to.equal(1);
      expect(root.querySelector('#after')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(pageErrors).to.deep.equal([]);
    });
  }

  it('a wrong content type is tolerated', async () => {
    const key = `plain-${++run}-${Date.now()}`;
    const { agenda } = await mountOn(address('text-plain', key));
    expect(agenda.dataset['state']).to.equal('ready');
    expect(agenda.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(1);
  });

  it('a server that refuses other sites (CORS) gives a clear network error', async () => {
    const otherHost = location.hostname === 'localhost' ? `127.0.0.1:${location.port}` : `localhost:${location.port}`;
    const key = `cors-${++run}-${Date.now()}`;
    const { agenda } = await mountOn(address('no-cors', key, otherHost));
    expect(agenda.dataset['state']).to.equal('error');
    expect(agenda.hub!.state.error?.code).to.equal('network');
    expect(statusOf(agenda)!.textContent).to.match(/CORS|autoris/i);
    expect(pageErrors).to.deep.equal([]);
  });

  it('a host that fails on the next visit gives the last good copy, marked stale with its date', async () => {
    const key = `flaky-${++run}-${Date.now()}`;
    const src = address('flaky', key);
    const first = await mountOn(src);
    expect(first.agenda.dataset['state']).to.equal('ready');
    // The next visit: a new page (a new loader) with the same browser storage.
    setPageLoader(new FeedLoader({ storage, timeoutMs: 1500 }));
    const { agenda } = await mountOn(src);
    await until(() => statusOf(agenda)?.getAttribute('data-kind') === 'stale');
    expect(statusOf(agenda)!.textContent).to.contain('dernière copie');
    expect(agenda.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(1);
    expect(await requestsFor(key)).to.equal(2);
    await expect(agenda).to.be.accessible();
  });

  it('two widgets on one failing feed make one request, and retry makes exactly one more', async () => {
    const key = `two-${++run}-${Date.now()}`;
    const src = address('500', key);
    const root = await fixture<HTMLElement>(`<div><maillage-agenda src="${src}"></maillage-agenda><maillage-agenda src="${src}" view="compact"></maillage-agenda></div>`);
    const [a, b] = [...root.querySelectorAll('maillage-agenda')];
    await until(() => a!.dataset['state'] === 'error' && b!.dataset['state'] === 'error', 8000);
    expect(await requestsFor(key)).to.equal(1);
    (statusOf(a!)!.querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestsFor(key)).to.equal(2);
  });
});
