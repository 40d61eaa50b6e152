import { fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import '@maillage/map';
import type { MaillageMapElement } from '@maillage/map';

/** What the map reported to the webmaster in the console (kept here, not printed, to keep test logs readable). */
export const consoleReports: unknown[][] = [];
const realWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[maillage]')) consoleReports.push(args);
  else realWarn.apply(console, args);
};

let feedText = '';
/** A fresh copy of the map's fixture feed, which the test may change. */
export async function mapFeed(): Promise<Record<string, unknown>> {
  feedText ||= await (await fetch(new URL('./fixtures/map.feed.json', import.meta.url))).text();
  return JSON.parse(feedText) as Record<string, unknown>;
}

export async function until(check: () => boolean, timeout = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`${what} not met in time`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function inlineFeedHtml(feed: Record<string, unknown>, content: string, attributes = ''): string {
  return `<maillage-feed ${attributes}><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>${content}</maillage-feed>`;
}

/**
 * Mounts `<maillage-map>` (tiles off: no network) inside an inline `<maillage-feed>`, waits for the feed,
 * and with `waitForMap` for Leaflet too.
 */
export async function mountMap(
  attributes = '',
  options: { feed?: Record<string, unknown>; extra?: string; waitForMap?: boolean; before?: string } = {},
): Promise<{ map: MaillageMapElement; root: HTMLElement }> {
  const data = options.feed ?? (await mapFeed());
  const root = await fixture<HTMLElement>(
    `<div>${options.before ?? ''}${inlineFeedHtml(data, `<maillage-map tiles="none" ${attributes}></maillage-map>${options.extra ?? ''}`)}</div>`,
  );
  const map = root.querySelector('maillage-map')!;
  await until(() => map.dataset['state'] === 'ready', 4000, 'feed ready');
  await map.updateComplete;
  if (options.waitForMap ?? true) await mapReady(map);
  return { map, root };
}

export async function mapReady(map: MaillageMapElement): Promise<void> {
  await until(() => map.mapStatus === 'ready' || map.mapStatus === 'unavailable', 6000, 'map drawn');
  await map.updateComplete;
  await frame();
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The places of the list, as "name, locality | counts". */
export const listed = (map: Element) =>
  $$(map, '[part="place"]').map((item) => `${clean(item.querySelector('.place-name')?.textContent)} | ${clean(item.querySelector('.place-counts')?.textContent)}`);

/** The place markers drawn on the map, by place id. */
export const placeMarkers = (map: Element) => $$(map, '.leaflet-marker-pane [data-place]');
export const clusterMarkers = (map: Element) => $$(map, '.leaflet-marker-pane [data-cluster]');

export async function settle(map: MaillageMapElement): Promise<void> {
  await map.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await map.updateComplete;
}
