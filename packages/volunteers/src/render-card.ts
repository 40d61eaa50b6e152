import { linkFor, pickText, spotsLeft, vocabularyLabel, type Feed, type FeedIndex, type Mission, type Text } from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { deadlineText, missionWhen } from './format.js';
import type { VolunteersTranslator } from './i18n/translator.js';
import { isRecurring } from './mission-query.js';

export const VOLUNTEERS_VIEWS = ['list', 'compact', 'board'] as const;
export type VolunteersView = (typeof VOLUNTEERS_VIEWS)[number];

/** What a card needs from the element: the feed, the language, and the actions it offers. */
export interface CardContext {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly lang: string;
  readonly t: VolunteersTranslator;
  readonly headingLevel: number;
  readonly view: VolunteersView;
  /** The mission another widget pointed at (the agenda's "volunteers wanted"). */
  readonly highlighted: string | null;
  /** Whether an agenda on the same feed is on the page: the event a mission serves is then a button. */
  readonly hasAgenda: boolean;
  signup(mission: Mission, opener: HTMLElement): void;
  showEvent(eventId: string): void;
}

const text = (ctx: CardContext, value: Text | undefined): string => pickText(value, ctx.lang, ctx.feed.language);

/** How a volunteer can answer: the sign-up form (POST or email), the association's own form, a phone call. */
export interface ContactPaths {
  /** The form opens: it POSTs to the endpoint, or prepares an email to `email`. */
  readonly form: boolean;
  readonly endpoint: string | null;
  /** Where the email goes: the mission's contact, else the organization's. */
  readonly email: string | null;
  readonly url: string | null;
  readonly phone: { readonly href: string; readonly label: string } | null;
}

export function contactPaths(mission: Mission, index: FeedIndex): ContactPaths {
  const organization = index.organizations.get(mission.organizationId);
  const email = [mission.contact?.email, organization?.email].find((value) => value && linkFor('email', value)) ?? null;
  const phoneText = mission.contact?.phone;
  const phoneHref = phoneText ? linkFor('phone', phoneText) : null;
  const endpoint = mission.signup?.endpoint ?? null;
  return {
    form: Boolean(endpoint || email),
    endpoint,
    email,
    url: mission.contact?.url ? linkFor('url', mission.contact.url) : null,
    phone: phoneHref && phoneText ? { href: phoneHref, label: phoneText } : null,
  };
}

function placeLine(ctx: CardContext, mission: Mission): string {
  const place = mission.placeId ? ctx.index.places.get(mission.placeId) : undefined;
  const remote = mission.remote === 'full' || mission.remote === 'possible' ? vocabularyLabel('remoteModes', mission.remote, ctx.lang) : '';
  if (mission.remote === 'full') return remote;
  const name = place ? text(ctx, place.name) : '';
  const locality = place?.address?.locality;
  const where = name && locality && !name.includes(locality) ? `${name}, ${locality}` : name;
  return [where, remote].filter(Boolean).join(' · ');
}

function renderSpots(ctx: CardContext, mission: Mission): TemplateResult | typeof nothing {
  const left = spotsLeft(mission);
  const total = mission.spots?.total;
  if (left === null || total === undefined || total <= 0) return nothing;
  const filled = Math.min(100, Math.max(0, ((total - left) / total) * 100));
  // The text is what a screen reader reads; the bar only shows it. A <meter> draws it without a style
  // attribute, which a strict Content-Security-Policy (style-src without 'unsafe-inline') refuses.
  return html`<div class="spots">
    <p>${ctx.t('mission.spots', { count: left, total })}</p>
    <meter class="bar" aria-hidden="true" min="0" max="100" value=${filled}></meter>
  </div>`;
}

function heading(ctx: CardContext, mission: Mission, id: string): TemplateResult {
  return html`<div role="heading" aria-level=${ctx.headingLevel} part="mission-title" id=${id} tabindex="-1">${text(ctx, mission.title)}</div>`;
}

function renderEvent(ctx: CardContext, mission: Mission): TemplateResult | typeof nothing {
  const event = mission.eventId ? ctx.index.events.get(mission.eventId) : undefined;
  if (!event) return nothing;
  const title = text(ctx, event.title);
  if (!ctx.hasAgenda || ctx.view === 'board') return html`<p class="event">${ctx.t('mission.event', { title })}</p>`;
  return html`<p class="event">
    <button type="button" class="linklike" @click=${() => ctx.showEvent(event.id)}>${ctx.t('mission.event.show', { title })}</button>
  </p>`;
}

function renderActions(ctx: CardContext, mission: Mission, paths: ContactPaths): TemplateResult | typeof nothing {
  const organization = text(ctx, ctx.index.organizations.get(mission.organizationId)?.name);
  const title = text(ctx, mission.title);
  if (!paths.form && !paths.url && !paths.phone) return nothing;
  return html`<ul class="actions" role="list">
    ${paths.form
      ? html`<li>
          <button
            type="button"
            class="button"
            data-signup=${mission.id}
            aria-haspopup="dialog"
            aria-label=${ctx.t('signup.title', { mission: title })}
            @click=${(e: Event) => ctx.signup(mission, e.currentTarget as HTMLElement)}
          >
            ${ctx.t('mission.signup')}
          </button>
        </li>`
      : nothing}
    ${paths.url
      ? html`<li>
          <a class=${paths.form ? 'button secondary' : 'button'} href=${paths.url} target="_blank" rel="noopener noreferrer" data-contact="url"
            >${ctx.t('mission.contact-url', { organization })}<span class="visually-hidden"> (${title})</span></a
          >
        </li>`
      : nothing}
    ${paths.phone
      ? html`<li><a class="button secondary" href=${paths.phone.href} data-contact="phone">${ctx.t('mission.phone', { phone: paths.phone.label })}</a></li>`
      : nothing}
  </ul>`;
}

/** On a notice screen nobody clicks: the way to answer is written out. */
function boardContact(ctx: CardContext, mission: Mission, paths: ContactPaths): TemplateResult | typeof nothing {
  const contact = [paths.phone?.label, paths.email, paths.url ? new URL(paths.url).host : ''].filter(Boolean).join(' · ');
  return contact ? html`<p class="board-contact">${ctx.t('mission.board-contact', { contact })}</p>` : nothing;
}

/** One mission: what, who, when, where, how many places are left, and how to answer. */
export function renderCard(ctx: CardContext, mission: Mission, position: number): TemplateResult {
  const { t } = ctx;
  const organization = ctx.index.organizations.get(mission.organizationId);
  const when = missionWhen(mission, ctx.feed, ctx.lang, t('mission.recurring'));
  const where = placeLine(ctx, mission);
  const paths = contactPaths(mission, ctx.index);
  const headingId = `mission-${position}`;
  const highlighted = ctx.highlighted === mission.id;
  const compact = ctx.view === 'compact';
  const badges = [
    ...(isRecurring(mission) && !compact ? [t('mission.recurring')] : []),
    ...(mission.minAge !== undefined ? [t('mission.min-age', { age: mission.minAge })] : []),
    ...(mission.beginnerFriendly ? [t('mission.beginner')] : []),
  ];
  const skills = mission.skills ?? [];
  const deadline = compact ? '' : deadlineText(mission, ctx.feed, ctx.lang);
  const description = ctx.view === 'list' ? text(ctx, mission.description) : '';
  return html`<li part="mission" data-mission=${mission.id} class=${highlighted ? 'highlighted' : ''}>
    ${heading(ctx, mission, headingId)}
    <p class="organization">${text(ctx, organization?.name)}</p>
    ${when ? html`<p class="when">${when}</p>` : nothing} ${where && !compact ? html`<p class="where">${where}</p>` : nothing}
    ${renderSpots(ctx, mission)}
    ${badges.length && !compact ? html`<ul class="badges" role="list">${badges.map((badge) => html`<li>${badge}</li>`)}</ul>` : nothing}
    ${skills.length && !compact ? html`<p class="skills">${t('mission.skills', { skills: skills.join(', ') })}</p>` : nothing}
    ${description ? html`<p class="description">${description}</p>` : nothing} ${compact ? nothing : renderEvent(ctx, mission)}
    ${deadline ? html`<p class="deadline">${t('mission.deadline', { date: deadline })}</p>` : nothing}
    ${ctx.view === 'board' ? boardContact(ctx, mission, paths) : renderActions(ctx, mission, paths)}
  </li>`;
}
