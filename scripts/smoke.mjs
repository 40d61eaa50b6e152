// After `npm run build`: loads the built files in Chromium the way a webmaster's page does, and checks
// what the unit tests cannot see: the demo page draws all four widgets from dist/, the feed is requested
// once, nothing throws, and a page that includes the scripts twice (and the single-widget files next to the
// all-in-one) keeps working.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { makeDemoFeed } from './demo-feed.mjs';
import { findBrowser } from './find-browser.mjs';
import { startServer } from './serve.mjs';

if (!existsSync('dist/maillage.js')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync('demo/feed/demo.json')) {
  mkdirSync('demo/feed', { recursive: true });
  writeFileSync('demo/feed/demo.json', JSON.stringify(makeDemoFeed(), null, 2));
}

const server = await startServer({ port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let passed = 0;
let failed = 0;
async function check(name, run) {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Map tiles and the demo's pictures live on hosts this offline machine cannot resolve: expected.
    if (message.type() === 'error' && !message.text().includes('net::ERR_NAME_NOT_RESOLVED')) errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  try {
    await run(page, { errors, requests });
    if (errors.length) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    passed++;
    console.log(`ok    ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${name}\n      ${error.message}`);
  } finally {
    await page.close();
  }
}

/** The number of items each widget draws, read through its shadow root. */
const countItems = (page) =>
  page.evaluate(() => {
    const count = (tag, part) => document.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part="${part}"]`).length ?? -1;
    return {
      agenda: count('maillage-agenda', 'event'),
      map: count('maillage-map', 'place'),
      volunteers: count('maillage-volunteers', 'mission'),
      showcase: count('maillage-showcase', 'cooperation'),
    };
  });

async function waitForWidgets(page) {
  await page.waitForFunction(
    () =>
      ['maillage-agenda', 'maillage-map', 'maillage-volunteers', 'maillage-showcase'].every(
        (tag) => document.querySelector(tag)?.dataset.state === 'ready',
      ),
    { timeout: 10_000 },
  );
}

await check('the demo page draws the four widgets from dist/maillage.js, with one feed request', async (page, { requests }) => {
  await page.goto(`${origin}/demo/tous-les-blocs.html`, { waitUntil: 'load' });
  await waitForWidgets(page);
  const items = await countItems(page);
  for (const [widget, count] of Object.entries(items)) {
    if (!(count > 0)) throw new Error(`${widget} shows ${count} items`);
  }
  const feedRequests = requests.filter((url) => url.endsWith('/demo/feed/demo.json'));
  if (feedRequests.length !== 1) throw new Error(`${feedRequests.length} requests for the feed`);
});

await check('a page with the scripts included twice, and a single-widget file beside the all-in-one', async (page, { requests }) => {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Double</title>
    <script type="module" src="/dist/maillage.js"></script>
    <script type="module" src="/dist/maillage.js?again"></script>
    <script type="module" src="/dist/agenda.js"></script>
    </head><body><main>
    <maillage-feed id="f" src="/demo/feed/demo.json"></maillage-feed>
    <maillage-agenda feed="f"></maillage-agenda><maillage-map feed="f"></maillage-map>
    <maillage-volunteers feed="f"></maillage-volunteers><maillage-showcase feed="f"></maillage-showcase>
    <p id="after">The host page goes on.</p></main></body></html>`;
  writeFileSync('demo/.smoke-double.html', html);
  try {
    await page.goto(`${origin}/demo/.smoke-double.html`, { waitUntil: 'load' });
    await waitForWidgets(page);
    const items = await countItems(page);
    if (!(items.agenda > 0 && items.map > 0)) throw new Error(`widgets show ${JSON.stringify(items)}`);
    const feedRequests = requests.filter((url) => url.endsWith('/demo/feed/demo.json'));
    if (feedRequests.length !== 1) throw new Error(`${feedRequests.length} requests for the feed`);
    const after = await page.$eval('#after', (p) => p.getBoundingClientRect().height);
    if (!(after > 0)) throw new Error('the host page content after the widgets is not shown');
  } finally {
    await import('node:fs').then(({ rmSync }) => rmSync('demo/.smoke-double.html', { force: true }));
  }
});

await check('a page with an agenda alone, from dist/maillage.js, downloads no other widget', async (page, { requests }) => {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Agenda</title>
    <link rel="stylesheet" href="/dist/maillage.css"><script type="module" src="/dist/maillage.js"></script>
    </head><body><main><maillage-agenda src="/demo/feed/demo.json"></maillage-agenda></main></body></html>`;
  writeFileSync('demo/.smoke-agenda.html', html);
  try {
    await page.goto(`${origin}/demo/.smoke-agenda.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('maillage-agenda')?.dataset.state === 'ready', { timeout: 10_000 });
    const items = await countItems(page);
    if (!(items.agenda > 0)) throw new Error(`the agenda shows ${items.agenda} events`);
    if (!requests.some((url) => /chunks\/maillage-agenda-/.test(url))) throw new Error('the agenda was not loaded on its own');
    const others = requests.filter((url) => /chunks\/maillage-(map|volunteers|showcase)-/.test(url));
    if (others.length) throw new Error(`other widgets downloaded: ${others.join(', ')}`);
  } finally {
    await import('node:fs').then(({ rmSync }) => rmSync('demo/.smoke-agenda.html', { force: true }));
  }
});

/** A page with `agenda.js` and `showcase.js` alone, as a webmaster writes it; `hash` is the address's. */
async function singleWidgetsPage(page, { lang, agenda = '', showcase = '', hash = '' }) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Parts</title>
    <script type="module" src="/dist/agenda.js"></script>
    <script type="module" src="/dist/showcase.js"></script>
    </head><body><main>
    <maillage-feed id="f" src="/demo/feed/demo.json"></maillage-feed>
    <maillage-agenda feed="f" ${agenda}></maillage-agenda><maillage-showcase feed="f" ${showcase}></maillage-showcase>
    </main></body></html>`;
  writeFileSync('demo/.smoke-parts.html', html);
  try {
    await page.goto(`${origin}/demo/.smoke-parts.html${hash}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        ['maillage-agenda', 'maillage-showcase'].every((tag) => {
          const element = document.querySelector(tag);
          return element?.dataset.state === 'ready' && !element.shadowRoot.querySelector('[part="status"][data-kind="loading"]');
        }),
      { timeout: 10_000 },
    );
  } finally {
    rmSync('demo/.smoke-parts.html', { force: true });
  }
}
/** The agenda's and showcase's own parts loaded on demand (the feed package has its own, not counted here). */
const WIDGET_PARTS = ['render-details', 'render-month', 'render-poster', 'json-ld', 'url-state', 'en', 'slides', 'network', 'qr'];
const partsLoaded = (requests) =>
  requests
    .filter((url) => url.includes('/dist/chunks/'))
    .map((url) => url.split('/').pop().replace(/-[\w-]{8}\.js$/, ''))
    .filter((part) => WIDGET_PARTS.includes(part));

await check('agenda.js and showcase.js draw their default views in French without loading any of their parts on demand', async (page, { requests }) => {
  await singleWidgetsPage(page, { lang: 'fr' });
  const items = await countItems(page);
  if (!(items.agenda > 0 && items.showcase > 0)) throw new Error(`widgets show ${JSON.stringify(items)}`);
  const parts = partsLoaded(requests);
  if (parts.length) throw new Error(`parts loaded: ${parts.join(', ')}`);
});

await check('in English, with the filters in the address and the carousel, the parts they need load and draw', async (page, { requests }) => {
  await singleWidgetsPage(page, { lang: 'en', agenda: 'url-state', showcase: 'view="carousel"', hash: '#agenda.q=zzz-nothing' });
  const texts = await page.evaluate(() => ({
    agenda: document.querySelector('maillage-agenda').shadowRoot.querySelector('#search')?.value,
    empty: document.querySelector('maillage-agenda').shadowRoot.querySelector('[part="status"][data-kind="empty"]')?.textContent,
    showcase: document.querySelector('maillage-showcase').shadowRoot.querySelector('.carousel-controls')?.textContent,
  }));
  if (texts.agenda !== 'zzz-nothing') throw new Error(`the agenda's search holds ${texts.agenda}`);
  if (!/\S/.test(texts.empty ?? '') || !/Next cooperation/.test(texts.showcase ?? '')) throw new Error(`drawn: ${JSON.stringify(texts)}`);
  const parts = new Set(partsLoaded(requests));
  for (const part of ['en', 'url-state', 'slides']) if (!parts.has(part)) throw new Error(`${part} not loaded (${[...parts].join(', ')})`);
});

await check('in English, from dist/maillage.js, the labels of sectors and access needs are English from the first drawing', async (page, { requests }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>English</title>
    <link rel="stylesheet" href="/dist/maillage.css"><script type="module" src="/dist/maillage.js"></script>
    </head><body><main><maillage-feed id="f" src="/demo/feed/demo.json"></maillage-feed>
    <maillage-agenda feed="f"></maillage-agenda><maillage-volunteers feed="f"></maillage-volunteers></main></body></html>`;
  writeFileSync('demo/.smoke-english.html', html);
  const tags = ['maillage-agenda', 'maillage-volunteers'];
  // The English labels made slow to come, as on a distant server: the widgets must wait for them.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (/chunks\/vocabularies-en-/.test(request.url())) setTimeout(() => void request.continue(), 1500);
    else void request.continue();
  });
  try {
    // Every text each widget shows until it is drawn, watched from before the script runs.
    await page.evaluateOnNewDocument((tags) => {
      window.drawnTexts = [];
      for (const tag of tags) {
        const watch = () => {
          const widget = document.querySelector(tag);
          if (!widget?.shadowRoot) return requestAnimationFrame(watch);
          const root = widget.shadowRoot;
          new MutationObserver(() => window.drawnTexts.push(`${tag}: ${root.textContent}`)).observe(root, { subtree: true, childList: true, characterData: true });
        };
        requestAnimationFrame(watch);
      }
    }, tags);
    await page.goto(`${origin}/demo/.smoke-english.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) => tags.every((tag) => document.querySelector(tag)?.dataset.state === 'ready' && /Solidarity/.test(document.querySelector(tag).shadowRoot.textContent)),
      { timeout: 10_000 },
      tags,
    );
    const french = await page.evaluate(() => {
      const pattern = /Solidarité(?![a-z])|Accessible en fauteuil/;
      const text = window.drawnTexts.find((drawn) => pattern.test(drawn))?.replace(/\s+/g, ' ');
      return text === undefined ? null : `${text.slice(0, 20)}… ${text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 40)}`;
    });
    if (french !== null) throw new Error(`a French label shown on the way: ${french}…`);
    const watched = await page.evaluate((tags) => tags.filter((tag) => window.drawnTexts.some((text) => text.startsWith(tag))), tags);
    if (watched.length !== tags.length) throw new Error(`drawings watched for ${watched.join(', ') || 'no widget'} only`);
    if (!requests.some((url) => /chunks\/vocabularies-en-/.test(url))) throw new Error('the English labels were not loaded on their own');
  } finally {
    await import('node:fs').then(({ rmSync }) => rmSync('demo/.smoke-english.html', { force: true }));
  }
});

await check('in English, English labels that never come leave the widget drawn with French ones after a few seconds', async (page) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Stalled</title>
    <script type="module" src="/dist/maillage.js"></script>
    </head><body><main><maillage-volunteers src="/demo/feed/demo.json"></maillage-volunteers></main></body></html>`;
  writeFileSync('demo/.smoke-stalled.html', html);
  await page.setRequestInterception(true);
  const held = [];
  page.on('request', (request) => {
    if (/chunks\/vocabularies-en-/.test(request.url())) held.push(request);
    else void request.continue();
  });
  try {
    await page.goto(`${origin}/demo/.smoke-stalled.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('maillage-volunteers')?.dataset.state === 'ready', { timeout: 10_000 });
    const text = await page.evaluate(() => document.querySelector('maillage-volunteers').shadowRoot.textContent);
    if (!/Solidarité/.test(text) || !/mission/i.test(text)) throw new Error('the volunteer call is not drawn with its French labels');
    if (!held.length) throw new Error('the English labels were not asked for');
  } finally {
    for (const request of held) void request.abort().catch(() => {});
    await import('node:fs').then(({ rmSync }) => rmSync('demo/.smoke-stalled.html', { force: true }));
  }
});

for (const host of ['mairie', 'tiers-lieu', 'mediatheque', 'colonnes']) {
  await check(`the ${host} demo site draws its widgets with one feed request`, async (page, { requests }) => {
    await page.goto(`${origin}/demo/${host}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => [...document.querySelectorAll('maillage-agenda, maillage-map, maillage-volunteers, maillage-showcase')].every((el) => el.dataset.state === 'ready'),
      { timeout: 10_000 },
    );
    const feedRequests = requests.filter((url) => url.endsWith('/demo/feed/demo.json'));
    if (feedRequests.length !== 1) throw new Error(`${feedRequests.length} requests for the feed`);
  });
}

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
