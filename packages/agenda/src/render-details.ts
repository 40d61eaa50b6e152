/**
 * The details of an event, loaded on demand the first time a visitor opens one: the description with safe
 * links, the address, registration, volunteers, cooperations, "add to my calendar" and "share".
 */
import { linkFor, pickText, spotsLeft, type Feed, type FeedEvent, type Occurrence } from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { eventToIcs, icsFileName } from './ics.js';
import { textToBlocks } from './linkify.js';
import { detailsMessages } from './i18n/details.js';
import { withPart } from './i18n/translator.js';
import { text, type CardContext } from './render-card.js';

/** Its look, adopted by the agenda when this part arrives. */
export { detailsStyles as styles } from './details.styles.js';

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


type DetailsTranslator = ReturnType<typeof detailsTranslator>;
const detailsTranslator = (ctx: CardContext) => withPart(ctx.t, detailsMessages, ctx.lang);

function ageText(t: DetailsTranslator, event: FeedEvent): string {
  const { min, max } = event.age ?? {};
  if (min === undefined && max === undefined) return '';
  const range =
    min !== undefined && max !== undefined
      ? t('event.age.between', { min, max })
      : min !== undefined
        ? t('event.age.from', { min })
        : t('event.age.to', { max: max! });
  return t('event.age', { range });
}

export function renderDetails(ctx: CardContext, occurrence: Occurrence): TemplateResult {
  const { event } = occurrence;
  const { feed, lang } = ctx;
  const t = detailsTranslator(ctx);
  const place = event.placeId ? ctx.index.places.get(event.placeId) : undefined;
  const description = text(ctx, event.description);
  const address = place?.address;
  const registration = event.registration;
  const missions = (event.missionIds ?? []).map((id) => ctx.index.missions.get(id)).filter((m) => m !== undefined);
  const wanted = missions.reduce((sum, mission) => sum + (spotsLeft(mission) ?? 0), 0);
  const age = ageText(t, event);
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


/** Makes the .ics file of an event in the browser and hands it to the visitor as a download. */
export function downloadIcs(feed: Feed, event: FeedEvent, lang: string, host: ParentNode & Node): void {
  const ics = eventToIcs(feed, event, { lang, pageUrl: location.href, now: Date.now() });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(pickText(event.title, lang, feed.language));
  link.hidden = true;
  host.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Shares the link to an event: the system's share sheet where there is one, else the clipboard. Returns
 * what to tell the visitor: nothing after the share sheet, "link copied", or the link itself to copy by
 * hand when sharing was cancelled or the clipboard refused.
 */
export async function shareLink(ctx: CardContext, url: string, title: string): Promise<string | null> {
  try {
    if (typeof navigator.share === 'function') {
      await navigator.share({ url, title });
      return null;
    }
    await navigator.clipboard.writeText(url);
    return detailsTranslator(ctx)('event.link-copied');
  } catch {
    return url;
  }
}
