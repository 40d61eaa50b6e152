/** RSS 2.0 out: the upcoming occurrences of the feed's events, soonest first, for feed readers and newsletters. */
import { useRecurrenceRules } from '../rrule.js';
import { queryOccurrences } from '../query.js';
import { safeUrl } from '../url.js';
import type { Feed } from '../types.js';
import { placeLine, placeOf, textIn } from './feed-text.js';

export interface RssExportOptions {
  readonly lang?: string;
  /** Occurrences from this instant (ms); default now. */
  readonly from?: number;
  /** Days ahead; default 60. */
  readonly days?: number;
  /** Items at most; default 100. */
  readonly limit?: number;
  /** The page that shows the agenda: the link of the channel and of events without their own page. */
  readonly link?: string;
}

/** Text for XML content and attributes: `& < > " '` escaped, characters XML forbids dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[char as '&']};`);
}

export function feedToRss(feed: Feed, options: RssExportOptions = {}): string {
  // A feed built in code may hold rules without the loader having fetched their reader.
  useRecurrenceRules();
  const lang = options.lang ?? feed.language;
  const from = options.from ?? Date.now();
  const occurrences = queryOccurrences(feed, { from, to: from + (options.days ?? 60) * 86_400_000, limit: options.limit ?? 100, lang });
  const channelLink = safeUrl(options.link) ?? safeUrl(feed.url) ?? 'https://maillage.invalid/';
  const dateFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
    timeZone: feed.timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const dayFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { timeZone: feed.timezone, weekday: 'long', day: 'numeric', month: 'long' });
  const items = occurrences.map((occurrence) => {
    const { event } = occurrence;
    const when = (occurrence.allDay ? dayFormat : dateFormat).format(occurrence.start);
    const place = placeOf(feed, event);
    const lines = [when, place === undefined ? '' : placeLine(feed, place, lang), textIn(feed, event.summary ?? event.description, lang)];
    const status = event.status === 'cancelled' ? (lang === 'en' ? 'Cancelled: ' : 'Annulé : ') : '';
    const link = safeUrl(event.url) ?? channelLink;
    return [
      '    <item>',
      `      <title>${escapeXml(`${status}${textIn(feed, event.title, lang)} (${when})`)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(`${event.id}@${new Date(occurrence.start).toISOString()}`)}</guid>`,
      `      <description>${escapeXml(lines.filter((line) => line !== '').join('\n'))}</description>`,
      ...(event.tags ?? []).map((tag) => `      <category>${escapeXml(tag)}</category>`),
      `      <pubDate>${new Date(occurrence.start).toUTCString()}</pubDate>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(textIn(feed, feed.title, lang))}</title>`,
    `    <link>${escapeXml(channelLink)}</link>`,
    `    <description>${escapeXml(lang === 'en' ? 'Upcoming events' : 'Les prochains événements')}</description>`,
    `    <language>${escapeXml(lang)}</language>`,
    `    <lastBuildDate>${new Date(from).toUTCString()}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
