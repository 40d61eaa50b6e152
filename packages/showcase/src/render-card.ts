import {
  linkFor,
  pickText,
  occursFrom,
  spotsLeft,
  vocabularyLabel,
  type Cooperation,
  type Feed,
  type FeedIndex,
  type Text,
} from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { ShowcaseTranslator } from './i18n/translator.js';

/** What a cooperation card needs from the element. */
export interface CardContext {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly lang: string;
  readonly t: ShowcaseTranslator;
  readonly headingLevel: number;
  readonly now: number;
  openDetails(cooperation: Cooperation, opener: HTMLElement): void;
  showEvents(cooperation: Cooperation): void;
  showMissions(cooperation: Cooperation): void;
}

export const textOf = (ctx: Pick<CardContext, 'lang' | 'feed'>, value: Text | undefined): string =>
  pickText(value, ctx.lang, ctx.feed.language);

/** The sectors a cooperation bridges: its own, else those of its partners ("Sport × Culture"). */
export function bridgedSectors(ctx: Pick<CardContext, 'index'>, cooperation: Cooperation): string[] {
  if (cooperation.sectors?.length) return [...cooperation.sectors];
  const sectors = new Set<string>();
  for (const partner of cooperation.partners) {
    for (const sector of ctx.index.organizations.get(partner.organizationId)?.sectors ?? []) sectors.add(sector);
  }
  return [...sectors];
}

/** How many of a cooperation's events (its own list, and those that name it) are still to come. */
export function upcomingEvents(ctx: Pick<CardContext, 'feed' | 'index' | 'now'>, cooperation: Cooperation): number {
  const ids = new Set(cooperation.eventIds ?? []);
  for (const event of ctx.feed.events) if (event.cooperationIds?.includes(cooperation.id)) ids.add(event.id);
  let count = 0;
  for (const id of ids) {
    const event = ctx.index.events.get(id);
    if (event && occursFrom(event, ctx.feed.timezone, ctx.now)) count++;
  }
  return count;
}

function missionsOf(ctx: Pick<CardContext, 'index'>, cooperation: Cooperation) {
  return (cooperation.missionIds ?? []).map((id) => ctx.index.missions.get(id)).filter((m) => m !== undefined);
}

const yearMonth = (lang: string, date: string): string => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (!month) return String(year);
  try {
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
  } catch {
    return date.slice(0, 7);
  }
};

export function periodText(ctx: Pick<CardContext, 't' | 'lang'>, cooperation: Cooperation): string {
  const { since, until } = cooperation;
  if (since && until) return ctx.t('card.period', { from: yearMonth(ctx.lang, since), to: yearMonth(ctx.lang, until) });
  if (since) return ctx.t('card.since', { date: yearMonth(ctx.lang, since) });
  if (until) return ctx.t('card.until', { date: yearMonth(ctx.lang, until) });
  return '';
}

function outcomeText(ctx: CardContext, outcome: NonNullable<Cooperation['outcomes']>[number]): TemplateResult {
  const label = textOf(ctx, outcome.label);
  if (outcome.value === undefined) return html`<span class="outcome-label">${label}</span>`;
  const value = new Intl.NumberFormat(ctx.lang).format(outcome.value);
  const unit = textOf(ctx, outcome.unit);
  return html`<span class="figure">${value}${unit ? ` ${unit}` : ''}</span> <span class="outcome-label">${label}</span>`;
}

function heading(level: number, content: string, id: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} part="cooperation-title" id=${id}>${content}</div>`;
}

/** The partners with their type and role; an organization missing from the feed is shown by its id. */
export function renderPartners(ctx: CardContext, cooperation: Cooperation): TemplateResult {
  return html`<ul class="partners" role="list">
    ${cooperation.partners.map((partner) => {
      const organization = ctx.index.organizations.get(partner.organizationId);
      const name = organization ? textOf(ctx, organization.name) : partner.organizationId;
      const role = textOf(ctx, partner.role);
      return html`<li part="partner">
        ${organization?.logo ? html`<img class="logo" src=${organization.logo} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${hide} />` : nothing}
        <span class="partner-name">${name}</span>
        ${organization?.type ? html`<span class="partner-type">${vocabularyLabel('organizationTypes', organization.type, ctx.lang)}</span>` : nothing}
        ${organization ? nothing : html`<span class="partner-type">${ctx.t('card.unknown-partner')}</span>`}
        ${role ? html`<span class="partner-role">${role}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

const hide = (event: Event): void => {
  (event.target as HTMLElement).hidden = true;
};

/** One cooperation: who, what they pool, what it achieved, and the ways into the rest of the feed. */
export function renderCard(ctx: CardContext, cooperation: Cooperation, options: { full?: boolean } = {}): TemplateResult {
  const { t, lang } = ctx;
  const title = textOf(ctx, cooperation.title);
  const titleId = `coop-${cssSafe(cooperation.id)}`;
  const sectors = bridgedSectors(ctx, cooperation);
  const events = upcomingEvents(ctx, cooperation);
  const missions = missionsOf(ctx, cooperation);
  const wanted = missions.reduce((sum, mission) => sum + (spotsLeft(mission) ?? 0), 0);
  const period = periodText(ctx, cooperation);
  const image = cooperation.image;
  return html`<article part="cooperation" aria-labelledby=${titleId} data-id=${cooperation.id} class=${image ? 'has-image' : ''}>
    ${image ? html`<img class="image" src=${image.url} alt=${textOf(ctx, image.alt)} loading="lazy" referrerpolicy="no-referrer" @error=${hide} />` : nothing}
    ${heading(ctx.headingLevel, title, titleId)}
    ${sectors.length > 0
      ? html`<p class="bridge">${sectors.map((s) => vocabularyLabel('sectors', s, lang)).join(' × ')}</p>`
      : nothing}
    <p class="meta">
      ${cooperation.status ? html`<span class="badge" data-status=${cooperation.status}>${t(`status.${cooperation.status}`)}</span>` : nothing}
      ${period ? html`<span>${period}</span>` : nothing}
    </p>
    ${cooperation.summary ? html`<p>${textOf(ctx, cooperation.summary)}</p>` : nothing}
    <div class="section-title">${t('card.partners')}</div>
    ${renderPartners(ctx, cooperation)}
    ${cooperation.resources?.length
      ? html`<div class="section-title">${t('card.pooled')}</div>
          <ul class="pooled" role="list">
            ${cooperation.resources.map((resource) => {
              const by = resource.organizationId ? ctx.index.organizations.get(resource.organizationId) : undefined;
              const description = textOf(ctx, resource.description);
              return html`<li>
                <strong>${vocabularyLabel('resourceKinds', resource.kind, lang)}</strong>${description ? html` : ${description}` : nothing}${by
                  ? html` <span class="muted">(${t('card.brought-by', { name: textOf(ctx, by.name) })})</span>`
                  : nothing}
              </li>`;
            })}
          </ul>`
      : nothing}
    ${cooperation.outcomes?.length
      ? html`<div class="section-title">${t('card.outcomes')}</div>
          <ul class="outcomes" role="list">
            ${cooperation.outcomes.map((outcome) => html`<li>${outcomeText(ctx, outcome)}</li>`)}
          </ul>`
      : nothing}
    ${options.full && cooperation.description ? renderParagraphs(textOf(ctx, cooperation.description)) : nothing}
    <ul class="actions" role="list">
      ${events > 0
        ? html`<li><button type="button" class="linklike" @click=${() => ctx.showEvents(cooperation)}>${t('card.events', { count: events })}</button></li>`
        : nothing}
      ${missions.length > 0
        ? html`<li>
            <button type="button" class="linklike" @click=${() => ctx.showMissions(cooperation)}>
              ${wanted > 0 ? t('card.volunteers', { count: wanted }) : t('card.missions', { count: missions.length })}
            </button>
          </li>`
        : nothing}
      ${renderContactLinks(ctx, cooperation)}
      ${options.full
        ? nothing
        : html`<li>
            <button type="button" class="button secondary" @click=${(e: Event) => ctx.openDetails(cooperation, e.currentTarget as HTMLElement)}>
              ${t('card.details')}<span class="visually-hidden">, ${title}</span>
            </button>
          </li>`}
    </ul>
  </article>`;
}

function renderContactLinks(ctx: CardContext, cooperation: Cooperation): TemplateResult[] {
  const links: TemplateResult[] = [];
  const website = cooperation.url ? linkFor('url', cooperation.url) : null;
  if (website) links.push(html`<li><a href=${website} target="_blank" rel="noopener noreferrer nofollow">${ctx.t('card.website')}</a></li>`);
  const contact = cooperation.contact;
  const href =
    (contact?.email && linkFor('email', contact.email)) || (contact?.url && linkFor('url', contact.url)) || (contact?.phone && linkFor('phone', contact.phone));
  if (href) links.push(html`<li><a href=${href} rel="noopener noreferrer nofollow">${ctx.t('card.contact')}</a></li>`);
  return links;
}

/** Plain text in paragraphs: feed text is never read as HTML. */
export function renderParagraphs(value: string): TemplateResult[] {
  return value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p>${paragraph}</p>`);
}

export function cssSafe(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return `${id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}-${(hash >>> 0).toString(36)}`;
}
