import { fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/showcase';
import type { MaillageShowcaseElement } from '@maillage/showcase';

let feedText = '';
export async function showcaseFeed(): Promise<Record<string, unknown>> {
  feedText ||= await (await fetch(new URL('./fixtures/showcase.feed.json', import.meta.url))).text();
  return JSON.parse(feedText) as Record<string, unknown>;
}

export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function mountShowcase(attributes: string, feed?: Record<string, unknown>, extra = ''): Promise<{ showcase: MaillageShowcaseElement; root: HTMLElement }> {
  const data = feed ?? (await showcaseFeed());
  const root = await fixture<HTMLElement>(
    `<div><maillage-feed><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><maillage-showcase ${attributes}></maillage-showcase>${extra}</maillage-feed></div>`,
  );
  const showcase = root.querySelector('maillage-showcase')!;
  await until(() => showcase.dataset['state'] === 'ready');
  await showcase.updateComplete;
  return { showcase, root };
}

export const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
export const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const titles = (el: Element) => $$(el, '[part="cooperation-title"]').map((n) => clean(n.textContent));
export async function settle(el: { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}
