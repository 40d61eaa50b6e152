/** GeoJSON out: the feed's places that have coordinates, each with the events held there. */
import type { Feed } from '../types.js';
import { placeLine, textIn } from './feed-text.js';
import { compact } from './result.js';

export interface GeoJsonExportOptions {
  readonly lang?: string;
}

export function feedToGeoJson(feed: Feed, options: GeoJsonExportOptions = {}): Record<string, unknown> {
  const lang = options.lang ?? feed.language;
  const features = feed.places
    .filter((place) => place.geo !== undefined)
    .map((place) => ({
      type: 'Feature',
      id: place.id,
      // GeoJSON puts longitude first (RFC 7946).
      geometry: { type: 'Point', coordinates: [place.geo!.lon, place.geo!.lat] },
      properties: compact({
        id: place.id,
        name: textIn(feed, place.name, lang),
        address: placeLine(feed, place, lang),
        url: place.url,
        accessibility: place.accessibility,
        events: feed.events
          .filter((event) => event.placeId === place.id)
          .map((event) =>
            compact({
              id: event.id,
              title: textIn(feed, event.title, lang),
              start: event.start,
              end: event.end,
              rrule: event.rrule,
              url: event.url,
              status: event.status,
            }),
          ),
      }),
    }));
  return { type: 'FeatureCollection', features };
}
