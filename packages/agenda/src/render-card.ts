import {
  eventSectors,
  isCrossSector,
  linkFor,
  pickText,
  spotsLeft,
  vocabularyLabel,
  type Feed,
  type FeedEvent,
  type FeedIndex,
  type Occurrence,
  type Text,
} from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { fullWhenText, whenText } from './format.js';
import type { AgendaTranslator } from './i18n/translator.js';
import { textToBlocks } from './linkify.js';

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
  seeOnMap(placeId: string): void;
  downloadIcs(event: FeedEvent): void;
  share(occurrence: Occurrence): void;
  showMissions(event: FeedEvent): void;
  showCooperation(id: string): void;
}

const text = (ctx: CardContext, value: Text | undefined): string => pickText(value, ctx.lang, ctx.feed.language);

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

function ageText(ctx: CardContext, event: FeedEvent): string {
  const { min, max } = event.age ?? {};
  if (min === undefined && max === undefined) return '';
  const range =
    min !== undefined && max !== undefined
      ? ctx.t('event.age.between', { min, max })
      : min !== undefined
        ? ctx.t('event.age.from', { min })
        : ctx.t('event.age.to', { max: max! });
  return ctx.t('event.age', { range });
}

/** A description as paragraphs of text and safe links: feed text is never parsed as HTML. */
export function renderRichText(value: string): TemplateResult[] {
  return textToBlocks(value).map(
    (paragraph) =>
      html`<p>${paragraph.map((segment) =>
        segment.kind === 'link'
          ? html`<a href=${segment.href} rel="noopener noreferrer nofollow" target="_blank">${segment.text}</a>`
          : segment.kind === 'break'
            ? html`<br />`
            : segment.text,
      )}</p>`,
  );
}

function heading(level: number, content: TemplateResult | string, part: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} part=${part} id=${id ?? nothing}>${content}</div>`;
}

/** One event: what a visitor scans in a list, with its details behind a disclosure button. */
export function renderCard(ctx: CardContext, occurrence: Occurrence, options: { withDate: boolean }): TemplateResult {
  const { event } = occurrence;
  const { feed, t, lang } = ctx;
  const title = text(ctx, event.title);
  const when = (options.withDate ? fullWhenText : whenText)(occurrence, lang, feed.timezone, t('event.all-day'));
  const organizers = organizerNames(ctx, event);
  const sectors = eventSectors(feed, event, ctx.index);
  const place = placeLine(ctx, event);
  const open = ctx.expanded.has(occurrence.key);
  const detailsId = `details-${cssId(occurrence.key)}`;
  const imageUrl = event.image?.url;
  return html`<article
    part="event"
    class=${imageUrl ? 'has-image' : ''}
    data-status=${event.status ?? 'scheduled'}
    data-key=${occurrence.key}
    aria-labelledby=${`title-${cssId(occurrence.key)}`}
  >
    <p class="when"><time datetime=${new Date(occurrence.start).toISOString()}>${when}</time></p>
    ${heading(ctx.headingLevel, title, 'event-title', `title-${cssId(occurrence.key)}`)}
    ${organizers.length ? html`<p class="meta">${t('event.organizers')} ${organizers.join(', ')}</p>` : nothing}
    ${place ? html`<p class="meta">${place}</p>` : nothing}
    <ul class="badges" role="list">
      ${statusBadge(ctx, event)}
      ${isCrossSector(feed, event, ctx.index) ? html`<li><span class="badge cross">${t('event.cross-sector')}</span></li>` : nothing}
      ${sectors.map((id) => html`<li><span class="badge">${vocabularyLabel('sectors', id, lang)}</span></li>`)}
      ${event.price?.free ? html`<li><span class="badge">${t('event.free')}</span></li>` : nothing}
      ${event.attendance === 'online' || event.attendance === 'mixed'
        ? html`<li><span class="badge">${t(event.attendance === 'online' ? 'event.online' : 'event.mixed')}</span></li>`
        : nothing}
      ${event.registration?.required ? html`<li><span class="badge">${t('event.registration')}</span></li>` : nothing}
      ${(event.accessibility ?? []).map(
        (id) => html`<li><span class="badge" data-accessibility=${id}>${vocabularyLabel('accessibility', id, lang)}</span></li>`,
      )}
    </ul>
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
      : nothing}
    <button
      type="button"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => ctx.toggle(occurrence)}
    >
      ${open ? t('event.hide') : t('event.details')}<span class="visually-hidden">, ${title}</span>
    </button>
    <div part="details" id=${detailsId} ?hidden=${!open}>${open ? renderDetails(ctx, occurrence) : nothing}</div>
  </article>`;
}

function renderDetails(ctx: CardContext, occurrence: Occurrence): TemplateResult {
  const { event } = occurrence;
  const { t, feed, lang } = ctx;
  const place = event.placeId ? ctx.index.places.get(event.placeId) : undefined;
  const description = text(ctx, event.description);
  const address = place?.address;
  const registration = event.registration;
  const missions = (event.missionIds ?? []).map((id) => ctx.index.missions.get(id)).filter((m) => m !== undefined);
  const wanted = missions.reduce((sum, mission) => sum + (spotsLeft(mission) ?? 0), 0);
  const age = ageText(ctx, event);
  const link = (kind: 'url' | 'email' | 'phone', value: string | undefined) => (value ? linkFor(kind, value) : null);
  const registerUrl = link('url', registration?.url);
  const registerEmail = link('email', registration?.email);
  const registerPhone = link('phone', registration?.phone);
  const online = link('url', event.onlineUrl);
  const website = link('url', event.url);
  return html`
    ${description ? renderRichText(description) : nothing}
    ${event.price?.text ? html`<p>${t('event.price', { price: text(ctx, event.price.text) })}</p>` : nothing}
    ${age ? html`<p>${age}</p>` : nothing}
    ${place
      ? html`<p>
          ${text(ctx, place.name)}${address?.street ? html`<br />${address.street}` : nothing}${address?.postalCode || address?.locality
            ? html`<br />${[address?.postalCode, address?.locality].filter(Boolean).join(' ')}`
            : nothing}
        </p>`
      : nothing}
    <ul class="actions" role="list">
      ${place && ctx.hasMap
        ? html`<li><button type="button" class="linklike" @click=${() => ctx.seeOnMap(place.id)}>${t('event.see-map')}</button></li>`
        : place?.geo
          ? html`<li>
              <a
                href=${`https://www.openstreetmap.org/?mlat=${place.geo.lat}&mlon=${place.geo.lon}#map=17/${place.geo.lat}/${place.geo.lon}`}
                target="_blank"
                rel="noopener noreferrer"
                >${t('event.see-osm')}</a
              >
            </li>`
          : nothing}
      ${online ? html`<li><a href=${online} target="_blank" rel="noopener noreferrer nofollow">${t('event.join-online')}</a></li>` : nothing}
      ${website ? html`<li><a href=${website} target="_blank" rel="noopener noreferrer nofollow">${t('event.website')}</a></li>` : nothing}
    </ul>
    ${registerUrl || registerEmail || registerPhone
      ? html`<h4>${t(registration?.required ? 'event.registration' : 'event.registration.optional')}</h4>
          <ul class="actions" role="list">
            ${registerUrl ? html`<li><a href=${registerUrl} target="_blank" rel="noopener noreferrer nofollow">${t('event.register-online')}</a></li>` : nothing}
            ${registerEmail ? html`<li><a href=${registerEmail}>${t('event.email')}</a></li>` : nothing}
            ${registerPhone ? html`<li><a href=${registerPhone}>${t('event.phone', { phone: registration!.phone! })}</a></li>` : nothing}
          </ul>`
      : nothing}
    ${missions.length
      ? html`<p>
          <button type="button" class="linklike" @click=${() => ctx.showMissions(event)}>
            ${wanted > 0 ? t('event.volunteers', { count: wanted }) : t('event.missions', { count: missions.length })}
          </button>
        </p>`
      : nothing}
    ${(event.cooperationIds ?? []).map((id) => {
      const cooperation = ctx.index.cooperations.get(id);
      return cooperation
        ? html`<p>
            <button type="button" class="linklike" @click=${() => ctx.showCooperation(id)}>
              ${t('event.cooperation', { title: text(ctx, cooperation.title) })}
            </button>
          </p>`
        : nothing;
    })}
    <h4>${t('event.add-calendar')}</h4>
    <ul class="actions" role="list">
      <li><button type="button" class="linklike" @click=${() => ctx.downloadIcs(event)}>${t('event.ics')}</button></li>
      <li><a href=${googleCalendarUrl(feed, event, occurrence, lang)} target="_blank" rel="noopener noreferrer">${t('event.google')}</a></li>
      <li><a href=${outlookCalendarUrl(feed, event, occurrence, lang)} target="_blank" rel="noopener noreferrer">${t('event.outlook')}</a></li>
      <li><button type="button" class="linklike" @click=${() => ctx.share(occurrence)}>${t('event.share')}</button></li>
    </ul>
  `;
}

/** Occurrence keys hold ids from the feed: reduced to characters safe in an id attribute. */
export function cssId(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return `${key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60)}-${(hash >>> 0).toString(36)}`;
}
