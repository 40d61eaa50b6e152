import { fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/volunteers';
import type { MaillageVolunteersElement } from '@maillage/volunteers';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Monday three weeks or more from today: the test missions are dated from it, weekdays known. */
const MONDAY = (() => {
  const today = new Date();
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 21);
  const weekday = (new Date(base).getUTCDay() + 6) % 7;
  return base - weekday * 86_400_000;
})();

/** The local date `offset` days after that Monday (0 = Monday, 5 = Saturday). */
export function day(offset: number): string {
  const d = new Date(MONDAY + offset * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const ENDPOINT = 'https://signup.test.example/api/signups';

/**
 * The test feed: open missions of every kind (one-off, recurring with a rule, recurring in words only,
 * remote), every contact path (endpoint, url, email, phone), and two that are not open.
 */
export function volunteersFeed(): Record<string, unknown> {
  return {
    maillage: '1',
    title: 'Bénévolat à Test-sur-Lisle',
    language: 'fr',
    timezone: 'Europe/Paris',
    url: 'https://test-sur-lisle.example/flux.json',
    publisher: { name: 'Mairie de Test', email: 'mairie@test-sur-lisle.example' },
    organizations: [
      { id: 'club', name: 'Union sportive', type: 'association', sectors: ['sport'], privacyUrl: 'https://club.test.example/vie-privee' },
      { id: 'media', name: { fr: 'Médiathèque', en: 'Media library' }, type: 'bibliotheque', sectors: ['culture'], email: 'media@test.example' },
      { id: 'epicerie', name: 'Épicerie solidaire', type: 'association', sectors: ['solidarite'] },
    ],
    places: [
      { id: 'stade', name: 'Stade municipal', address: { locality: 'Test-sur-Lisle' } },
      { id: 'halle', name: 'Halle du marché', address: { locality: 'Test-sur-Lisle' } },
    ],
    events: [
      { id: 'match', title: 'Match de gala', start: `${day(5)}T15:00`, end: `${day(5)}T17:00`, placeId: 'stade', organizers: ['club'], sectors: ['sport'], missionIds: ['buvette'] },
    ],
    missions: [
      {
        id: 'buvette',
        title: 'Tenir la buvette',
        organizationId: 'club',
        type: 'one-off',
        start: `${day(5)}T14:00`,
        end: `${day(5)}T18:00`,
        placeId: 'stade',
        skills: ['accueil', 'tenue de caisse'],
        spots: { total: 5, filled: 3 },
        minAge: 16,
        beginnerFriendly: true,
        eventId: 'match',
        contact: { email: 'club@test.example' },
        signup: { endpoint: ENDPOINT },
      },
      {
        id: 'rangement',
        title: 'Ranger le matériel',
        organizationId: 'club',
        type: 'one-off',
        start: `${day(5)}T09:00`,
        end: `${day(5)}T12:00`,
        placeId: 'stade',
        spots: { total: 4, filled: 3 },
        contact: { url: 'https://club.test.example/formulaire' },
      },
      {
        id: 'lecture',
        title: 'Lire des contes',
        organizationId: 'media',
        type: 'one-off',
        start: `${day(12)}T18:30`,
        end: `${day(12)}T20:00`,
        placeId: 'halle',
        skills: ['lecture à voix haute'],
        spots: { total: 2, filled: 0 },
        contact: { email: 'contes@test.example' },
      },
      {
        id: 'accueil',
        title: 'Accueillir à l’épicerie',
        organizationId: 'epicerie',
        type: 'recurring',
        start: `${day(2)}T14:00`,
        end: `${day(2)}T18:00`,
        rrule: 'FREQ=WEEKLY;BYDAY=WE',
        schedule: 'Le mercredi après-midi',
        placeId: 'halle',
        skills: ['Accueil'],
        spots: { total: 6, filled: 4 },
        contact: { phone: '05 53 00 00 00' },
      },
      {
        id: 'site',
        title: 'Mettre à jour le site',
        organizationId: 'media',
        type: 'recurring',
        schedule: 'Quand vous voulez',
        remote: 'full',
        sectors: ['numerique'],
        skills: ['informatique'],
        contact: { email: 'media@test.example' },
        signup: { endpoint: ENDPOINT },
      },
      { id: 'passee', title: 'Mission close', organizationId: 'club', type: 'one-off', start: `${day(20)}T10:00`, deadline: '2020-01-01' },
      { id: 'complete', title: 'Mission complète', organizationId: 'club', type: 'one-off', start: `${day(6)}T10:00`, spots: { total: 3, filled: 3 } },
    ],
  };
}

export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Mounts `<maillage-volunteers>` inside an inline `<maillage-feed>` and waits for it to be drawn. */
export async function mountVolunteers(
  attributes = '',
  feed: Record<string, unknown> = volunteersFeed(),
  extra = '',
): Promise<{ el: MaillageVolunteersElement; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(
    `<div><maillage-feed><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script><maillage-volunteers ${attributes}></maillage-volunteers>${extra}</maillage-feed></div>`,
  );
  const el = root.querySelector('maillage-volunteers')!;
  await until(() => el.dataset['state'] === 'ready');
  await el.updateComplete;
  return { el, root };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const ids = (el: Element) => $$(el, '[part="mission"]').map((n) => n.dataset['mission']);
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const card = (el: Element, id: string) => $(el, `[part="mission"][data-mission="${id}"]`)!;
export const countText = (el: Element) => clean($(el, '.summary[role="status"]')?.textContent);

export async function settle(el: { readonly updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Replaces window.fetch for one test; returns the calls and a function that puts the real one back. */
export function stubFetch(answer: (url: string, init: RequestInit) => Promise<Response>): {
  calls: { url: string; init: RequestInit; body: Record<string, unknown> }[];
  restore: () => void;
} {
  const real = window.fetch;
  const calls: { url: string; init: RequestInit; body: Record<string, unknown> }[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init, body: typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {} });
    return answer(url, init);
  };
  return { calls, restore: () => (window.fetch = real) };
}

/** Opens a mission's sign-up form by its button, as a visitor does, and waits for the dialog. */
export async function openForm(el: MaillageVolunteersElement, missionId: string): Promise<HTMLDialogElement> {
  const button = $<HTMLButtonElement>(el, `[data-signup="${missionId}"]`)!;
  button.click();
  await until(() => $<HTMLDialogElement>(el, 'dialog#signup')?.open === true);
  await settle(el);
  return $<HTMLDialogElement>(el, 'dialog#signup')!;
}

/** Types into a field of the form as a visitor does (focus, then keys). */
export async function typeInto(el: MaillageVolunteersElement, id: string, text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  $<HTMLInputElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
}

/** Sets a field's value and fires `input`, for long or unusual text. */
export function fill(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function check(el: Element, id: string): void {
  $<HTMLInputElement>(el, `#${id}`)!.click();
}

/** Fills a valid form: name, email, availability, message, consent. */
export function fillValid(el: Element, values: Partial<Record<'name' | 'email' | 'phone' | 'availability' | 'message', string>> = {}): void {
  fill(el, 'signup-name', values.name ?? 'Camille Martin');
  fill(el, 'signup-email', values.email ?? 'camille@example.org');
  if (values.phone) fill(el, 'signup-phone', values.phone);
  fill(el, 'signup-availability', values.availability ?? 'le samedi matin');
  fill(el, 'signup-message', values.message ?? 'Je viens avec une amie.');
  check(el, 'signup-consent');
}

export async function submit(el: MaillageVolunteersElement): Promise<void> {
  $<HTMLButtonElement>(el, 'dialog#signup button[type="submit"]')!.click();
  await settle(el);
}

export const activeId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id ?? '';
