/**
 * The poster: an A4 page (a week or a month) for the notice boards of libraries, groceries and town halls,
 * each event with a QR code that opens it. Loaded on demand; printed without the page around it.
 */
import { qrCode } from '@maillage/core/qr';
import { pickText, type Feed, type FeedIndex, type Occurrence } from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { dayRange } from './date-ranges.js';
import { dateFormat, dayHeading, localDay, whenText } from './format.js';
import { posterMessages } from './i18n/poster.js';
import { withPart, type AgendaTranslator } from './i18n/translator.js';

/** Its look, adopted by the agenda when this part arrives. */
export { posterStyles as styles } from './poster.styles.js';

export interface PosterView {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly lang: string;
  readonly t: AgendaTranslator;
  /** Its title; empty for the default one. */
  readonly title: string;
  /** Start and end (exclusive) of the period shown. */
  readonly from: number;
  readonly to: number;
  readonly occurrences: readonly Occurrence[];
  /** The address a QR code opens for an event. */
  linkFor(occurrence: Occurrence): string;
}

/** The days a poster covers from `start` (YYYY-MM-DD): Monday to Sunday of its week, or its whole month. */
export function posterRange(start: string, period: 'week' | 'month', timeZone: string): { from: number; to: number } {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  let first: string;
  let last: string;
  if (period === 'week') {
    const date = new Date(Date.UTC(y, m - 1, d));
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
    first = monday.toISOString().slice(0, 10);
    last = new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  } else {
    first = `${start.slice(0, 7)}-01`;
    last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return dayRange(first, last, timeZone) ?? { from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1) };
}

export function renderPoster(view: PosterView): TemplateResult {
  const { feed, lang } = view;
  const t = withPart(view.t, posterMessages, lang);
  const period = dateFormat(lang, feed.timezone, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(view.from, view.to - 1);
  const days = new Map<string, Occurrence[]>();
  for (const occurrence of view.occurrences) {
    const day = localDay(Math.max(occurrence.start, view.from), feed.timezone);
    days.set(day, [...(days.get(day) ?? []), occurrence]);
  }
  return html`<article part="poster" class="poster">
    <header class="poster-head">
      <div role="heading" aria-level="2" class="poster-title">${view.title || t('poster.title')}</div>
      <p class="poster-period">${period}</p>
    </header>
    ${view.occurrences.length === 0 ? html`<p>${t('count', { count: 0 })}</p>` : nothing}
    ${[...days].map(
      ([day, items]) => html`<section class="poster-day">
        <div role="heading" aria-level="3" class="poster-day-title">${dayHeading(day, lang)}</div>
        ${items.map((occurrence) => {
          const event = occurrence.event;
          const title = pickText(event.title, lang, feed.language);
          const place = event.placeId ? view.index.places.get(event.placeId) : undefined;
          const organizers = (event.organizers ?? []).map((id) => pickText(view.index.organizations.get(id)?.name, lang, feed.language)).filter(Boolean);
          return html`<div class="poster-event" data-status=${event.status ?? 'scheduled'}>
            <div class="poster-text">
              <p class="poster-when">${whenText(occurrence, lang, feed.timezone, t('event.all-day'))}${event.status && event.status !== 'scheduled' ? html` · <strong>${t(`status.${event.status}`)}</strong>` : nothing}</p>
              <p class="poster-event-title">${title}</p>
              <p class="poster-meta">${[place ? pickText(place.name, lang, feed.language) : '', organizers.join(', ')].filter(Boolean).join(' · ')}</p>
            </div>
            ${qrCode(view.linkFor(occurrence), t('poster.scan', { title }))}
          </div>`;
        })}
      </section>`,
    )}
  </article>`;
}
