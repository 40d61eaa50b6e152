import { fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import '@maillage/map';
import type { MaillageAgendaElement } from '@maillage/agenda';

let feedText = '';
export async function agendaFeed(): Promise<Record<string, unknown>> {
  feedText ||= await (await fetch(new URL('./fixtures/agenda.feed.json', import.meta.url))).text();
  return JSON.parse(feedText) as Record<string, unknown>;
}

export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Mounts `<maillage-agenda>` inside an inline `<maillage-feed>` and waits for it to be drawn. */
export async function mountAgenda(
  attributes: string,
  feed?: Record<string, unknown>,
  extra = '',
): Promise<{ agenda: MaillageAgendaElement; root: HTMLElement }> {
  const data = feed ?? (await agendaFeed());
  const root = await fixture<HTMLElement>(
    `<div><maillage-feed><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><maillage-agenda ${attributes}></maillage-agenda>${extra}</maillage-feed></div>`,
  );
  const agenda = root.querySelector('maillage-agenda')!;
  await until(() => agenda.dataset['state'] === 'ready');
  await agenda.updateComplete;
  return { agenda, root };
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const titles = (el: Element) => $$(el, '[part="event-title"]').map((n) => n.textContent!.trim());
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export async function settle(el: MaillageAgendaElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Opens the details of a card and waits for them: the details are drawn by a part loaded on demand. */
export async function openDetails(agenda: HTMLElement & { updateComplete: Promise<boolean> }, card: Element): Promise<HTMLElement> {
  card.querySelector<HTMLButtonElement>('.toggle')!.click();
  const details = card.querySelector<HTMLElement>('[part="details"]')!;
  await until(() => !details.hidden && details.childElementCount > 0);
  return details;
}
