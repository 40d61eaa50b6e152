/** What the exports say of a parsed feed's records, in one language. */
import { indexFeed } from '../feed-index.js';
import { pickText } from '../text.js';
import type { Feed, FeedEvent, Place, Text } from '../types.js';

export function placeOf(feed: Feed, event: FeedEvent): Place | undefined {
  return event.placeId === undefined ? undefined : indexFeed(feed).places.get(event.placeId);
}

/** "Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers". */
export function placeLine(feed: Feed, place: Place, lang: string): string {
  const address = place.address ?? {};
  const locality = [address.postalCode, address.locality].filter((part) => part !== undefined && part !== '').join(' ');
  const parts: string[] = [];
  for (const part of [pickText(place.name, lang, feed.language), address.street ?? '', locality]) {
    const text = part.trim();
    if (text !== '' && !parts.includes(text)) parts.push(text);
  }
  return parts.join(', ');
}

export function textIn(feed: Feed, text: Text | undefined, lang: string): string {
  return pickText(text, lang, feed.language).trim();
}

export function organizerNames(feed: Feed, event: FeedEvent, lang: string): string[] {
  const organizations = indexFeed(feed).organizations;
  return (event.organizers ?? [])
    .map((id) => organizations.get(id))
    .filter((organization) => organization !== undefined)
    .map((organization) => textIn(feed, organization.name, lang));
}
