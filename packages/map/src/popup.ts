/**
 * The popup of a place, built as DOM nodes with textContent: Leaflet's `bindPopup("<b>" + title + "</b>")`
 * is how feed text becomes markup, so no string of the feed ever reaches an HTML parser here.
 */
import { pickText, type Feed } from '@maillage/feed';
import type { MapTranslator } from './i18n/translator.js';
import type { PlaceSummary } from './places.js';

/** Events listed in a popup; the others are counted. */
const EVENTS_SHOWN = 3;

export interface PopupContext {
  readonly feed: Feed;
  readonly lang: string;
  readonly t: MapTranslator;
  readonly headingLevel: number;
  /** "Show in the agenda": selects the place and brings the linked agenda into view; null without an agenda. */
  readonly showInAgenda: ((placeId: string) => void) | null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function addressText(summary: PlaceSummary): string {
  const address = summary.place.address;
  if (!address) return '';
  const town = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, town].filter(Boolean).join(', ');
}

function when(epoch: number, allDay: boolean, ctx: PopupContext): string {
  const options: Intl.DateTimeFormatOptions = allDay
    ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: ctx.feed.timezone }
    : { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: ctx.feed.timezone };
  try {
    return new Intl.DateTimeFormat(ctx.lang, options).format(epoch);
  } catch {
    return new Date(epoch).toISOString().slice(0, 16).replace('T', ' ');
  }
}

function section(title: string, items: readonly HTMLElement[]): HTMLElement {
  const wrapper = element('div', 'popup-section');
  const heading = element('p', 'popup-section-title', title);
  wrapper.append(heading);
  const list = element('ul', '');
  list.setAttribute('role', 'list');
  list.append(...items);
  wrapper.append(list);
  return wrapper;
}

export function buildPopup(summary: PlaceSummary, ctx: PopupContext): HTMLElement {
  const { feed, t, lang } = ctx;
  const root = element('div', 'popup');
  root.dataset['place'] = summary.place.id;
  const title = element('div', 'popup-title', summary.name);
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', String(Math.min(6, Math.max(2, ctx.headingLevel))));
  root.append(title);
  const address = addressText(summary);
  if (address) root.append(element('p', 'popup-address', address));

  if (summary.occurrences.length) {
    const items = summary.occurrences.slice(0, EVENTS_SHOWN).map((occurrence) => {
      const item = element('li', 'popup-event');
      const time = element('time', '', when(occurrence.start, occurrence.allDay, ctx));
      time.dateTime = new Date(occurrence.start).toISOString();
      item.append(time, document.createTextNode(' '), element('span', 'popup-event-title', pickText(occurrence.event.title, lang, feed.language)));
      return item;
    });
    const rest = summary.occurrences.length - EVENTS_SHOWN;
    if (rest > 0) items.push(element('li', 'popup-more', t('popup.more-events', { count: rest })));
    root.append(section(t('popup.events'), items));
  }
  if (summary.missions.length) {
    const items = summary.missions.map((mission) => element('li', 'popup-mission', pickText(mission.title, lang, feed.language)));
    root.append(section(t('popup.missions'), items));
  }
  if (summary.cooperations.length) {
    const items = summary.cooperations.map((cooperation) => element('li', 'popup-cooperation', pickText(cooperation.title, lang, feed.language)));
    root.append(section(t('popup.cooperations'), items));
  }

  const showInAgenda = ctx.showInAgenda;
  if (showInAgenda) {
    const button = element('button', 'button popup-agenda', t('popup.show-in-agenda'));
    button.type = 'button';
    button.addEventListener('click', () => showInAgenda(summary.place.id));
    root.append(button);
  }
  return root;
}
