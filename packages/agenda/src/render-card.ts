import {
  eventSectors,
  isCrossSector,
  pickText,
  vocabularyLabel,
  type Feed,
  type FeedEvent,
  type FeedIndex,
  type Occurrence,
  type Text,
} from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { fullWhenText, whenText } from './format.js';
import type { AgendaTranslator } from './i18n/translator.js';

/** What a card needs from the element: the feed, the language, and the actions it offers. */
export interface CardContext {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly lang: string;
  readonly t: AgendaTranslator;
  readonly headingLevel: number;
  /** Keys of the occurrences whose details are open. */
  readonly expanded: ReadonlySet<string>;
  /** Whether a map on the same feed is on the page ("see on the map" selects the place there). */
  readonly hasMap: boolean;
  toggle(occurrence: Occurrence): void;
  /** The details of an open event: drawn by a module loaded the first time details are opened. */
  renderDetails(occurrence: Occurrence): TemplateResult | typeof nothing;
  seeOnMap(placeId: string): void;
  downloadIcs(event: FeedEvent): void;
  share(occurrence: Occurrence): void;
  showMissions(event: FeedEvent): void;
  showCooperation(id: string): void;
}

export const text = (ctx: CardContext, value: Text | undefined): string => pickText(value, ctx.lang, ctx.feed.language);

function organizerNames(ctx: CardContext, event: FeedEvent): string[] {
  return (event.organizers ?? []).map((id) => text(ctx, ctx.index.organizations.get(id)?.name) || id);
}

function placeLine(ctx: CardContext, event: FeedEvent): string {
  const place = event.placeId ? ctx.index.places.get(event.placeId) : undefined;
  if (!place) return event.attendance === 'online' ? ctx.t('event.online') : '';
  const locality = place.address?.locality;
  const name = text(ctx, place.name);
  return locality && !name.includes(locality) ? `${name}, ${locality}` : name;
}

function statusBadge(ctx: CardContext, event: FeedEvent): TemplateResult | typeof nothing {
  const status = event.status;
  if (!status || status === 'scheduled') return nothing;
  return html`<li><span class="badge status">${ctx.t(`status.${status}`)}</span></li>`;
}


function heading(level: number, content: TemplateResult | string, part: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} part=${part} id=${id ?? nothing}>${content}</div>`;
}

/** Status, cross-sector mark, sectors, price, attendance, registration and access, as badges. */
function badges(ctx: CardContext, event: FeedEvent): TemplateResult {
  const { feed, t, lang } = ctx;
  return html`<ul class="badges" role="list">
    ${statusBadge(ctx, event)}
    ${isCrossSector(feed, event, ctx.index) ? html`<li><span class="badge cross">${t('event.cross-sector')}</span></li>` : nothing}
    ${eventSectors(feed, event, ctx.index).map((id) => html`<li><span class="badge">${vocabularyLabel('sectors', id, lang)}</span></li>`)}
    ${event.price?.free ? html`<li><span class="badge">${t('event.free')}</span></li>` : nothing}
    ${event.attendance === 'online' || event.attendance === 'mixed'
      ? html`<li><span class="badge">${t(event.attendance === 'online' ? 'event.online' : 'event.mixed')}</span></li>`
      : nothing}
    ${event.registration?.required ? html`<li><span class="badge">${t('event.registration')}</span></li>` : nothing}
    ${(event.accessibility ?? []).map(
      (id) => html`<li><span class="badge" data-accessibility=${id}>${vocabularyLabel('accessibility', id, lang)}</span></li>`,
    )}
  </ul>`;
}

/** A cancelled or postponed event says so in the compact view too, before its place. */
function compactStatus(ctx: CardContext, event: FeedEvent): TemplateResult | typeof nothing {
  const status = event.status;
  if (!status || status === 'scheduled') return nothing;
  return html`<span class="badge status">${ctx.t(`status.${status}`)}</span> `;
}

/**
 * One event: what a visitor scans in a list, with its details behind a disclosure button.
 * `withDate`: the full date, where no day heading stands above. `compact`: a row of the compact view (a
 * sidebar, a home page): date, title, place and status, in a fixed height so that the page's stylesheet can
 * hold its room while it loads.
 */
export function renderCard(ctx: CardContext, occurrence: Occurrence, options: { withDate: boolean; compact?: boolean }): TemplateResult {
  const { event } = occurrence;
  const { feed, t, lang } = ctx;
  const title = text(ctx, event.title);
  const when = (options.withDate ? fullWhenText : whenText)(occurrence, lang, feed.timezone, t('event.all-day'));
  const organizers = organizerNames(ctx, event);
  const place = placeLine(ctx, event);
  const open = ctx.expanded.has(occurrence.key);
  const detailsId = `details-${cssId(occurrence.key)}`;
  const imageUrl = event.image?.url;
  return html`<article
    part="event"
    class=${options.compact ? 'compact' : imageUrl ? 'has-image' : ''}
    data-status=${event.status ?? 'scheduled'}
    data-key=${occurrence.key}
    aria-labelledby=${`title-${cssId(occurrence.key)}`}
  >
    <p class="when"><time datetime=${new Date(occurrence.start).toISOString()}>${when}</time></p>
    ${heading(ctx.headingLevel, title, 'event-title', `title-${cssId(occurrence.key)}`)}
    ${options.compact
      ? html`<p class="meta">${compactStatus(ctx, event)}${place}</p>`
      : html`${organizers.length ? html`<p class="meta">${t('event.organizers')} ${organizers.join(', ')}</p>` : nothing}
        ${place ? html`<p class="meta">${place}</p>` : nothing} ${badges(ctx, event)}
        ${event.summary ? html`<p>${text(ctx, event.summary)}</p>` : nothing}
        ${imageUrl
          ? html`<img
              class="image"
              src=${imageUrl}
              alt=${text(ctx, event.image?.alt)}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)}
            />`
          : nothing}`}
    <button
      type="button"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => ctx.toggle(occurrence)}
    >
      ${open ? t('event.hide') : t('event.details')}<span class="visually-hidden">, ${title}</span>
    </button>
    <div part="details" id=${detailsId} ?hidden=${!open}>${open ? ctx.renderDetails(occurrence) : nothing}</div>
  </article>`;
}

/** Occurrence keys hold ids from the feed: reduced to characters safe in an id attribute. */
export function cssId(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return `${key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60)}-${(hash >>> 0).toString(36)}`;
}
