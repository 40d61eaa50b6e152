/**
 * What the map shows, as plain data: the feed's records grouped by place, for the layers and filters
 * chosen. No DOM and no Leaflet, so the list of places (always shown) and the map (loaded on demand) draw
 * the same thing, and this can be tested on its own.
 */
import { collator } from '@maillage/core';
import {
  eventSectors,
  indexFeed,
  openMissions,
  pickText,
  queryOccurrences,
  type Cooperation,
  type Feed,
  type FeedIndex,
  type Geo,
  type Mission,
  type Occurrence,
  type Place,
  type Problem,
} from '@maillage/feed';

export const MAP_LAYERS = ['events', 'missions', 'cooperations'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** The layers named in a `layers` attribute; unknown words are ignored, and nothing named means all. */
export function parseLayers(value: string | null | undefined): MapLayer[] {
  const words = (value ?? '').split(/\s+/).filter(Boolean);
  const layers = MAP_LAYERS.filter((layer) => words.includes(layer));
  return layers.length ? layers : [...MAP_LAYERS];
}

export interface Position {
  readonly lat: number;
  readonly lon: number;
}

/** Coordinates a map can use: finite, in range, and not the (0, 0) that a blank form leaves. */
export function usablePosition(geo: Geo | undefined): Position | null {
  if (!geo) return null;
  const { lat, lon } = geo;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  if (lat === 0 && lon === 0) return null;
  return { lat, lon };
}

/** One place with what happens there, in the layers shown. */
export interface PlaceSummary {
  readonly place: Place;
  readonly name: string;
  readonly locality: string;
  /** Null when the place has no usable coordinates: listed, not on the map. */
  readonly position: Position | null;
  /** Upcoming occurrences there, soonest first. */
  readonly occurrences: readonly Occurrence[];
  /** Distinct events among the occurrences (a weekly workshop counts once). */
  readonly eventCount: number;
  readonly missions: readonly Mission[];
  readonly cooperations: readonly Cooperation[];
  /** The sector most of its records belong to, null when none says. */
  readonly sector: string | null;
}

export interface PlaceQuery {
  readonly layers: readonly MapLayer[];
  /** Records of any of these sectors (empty: all). */
  readonly sectors: readonly string[];
  readonly organization: string | null;
  /** Instants (ms) of the events' window. */
  readonly from: number;
  readonly to: number;
  /** For open missions. */
  readonly now: number;
  readonly lang: string;
}

interface Draft {
  occurrences: Occurrence[];
  events: Set<string>;
  missions: Mission[];
  cooperations: Cooperation[];
  sectors: Map<string, number>;
}

/** The places with something in the layers shown, sorted by name. */
export function summarizePlaces(feed: Feed, query: PlaceQuery): PlaceSummary[] {
  const index = indexFeed(feed);
  const drafts = new Map<string, Draft>();
  const draftFor = (placeId: string): Draft | null => {
    if (!index.places.has(placeId)) return null;
    let draft = drafts.get(placeId);
    if (!draft) {
      draft = { occurrences: [], events: new Set(), missions: [], cooperations: [], sectors: new Map() };
      drafts.set(placeId, draft);
    }
    return draft;
  };
  const wanted = new Set(query.sectors);
  const countSectors = (draft: Draft, sectors: readonly string[]): void => {
    for (const sector of new Set(sectors)) {
      // With a sector filter, a record's colour is the sector it was chosen for.
      if (wanted.size && !wanted.has(sector)) continue;
      draft.sectors.set(sector, (draft.sectors.get(sector) ?? 0) + 1);
    }
  };
  const layers = new Set(query.layers);

  if (layers.has('events')) {
    const occurrences = queryOccurrences(feed, {
      from: query.from,
      to: query.to,
      sectors: query.sectors,
      organizations: query.organization ? [query.organization] : [],
      lang: query.lang,
    });
    for (const occurrence of occurrences) {
      const placeId = occurrence.event.placeId;
      const draft = placeId === undefined ? null : draftFor(placeId);
      if (!draft) continue;
      draft.occurrences.push(occurrence);
      if (!draft.events.has(occurrence.event.id)) {
        draft.events.add(occurrence.event.id);
        countSectors(draft, eventSectors(feed, occurrence.event, index));
      }
    }
  }

  if (layers.has('missions')) {
    for (const mission of openMissions(feed, query.now)) {
      if (mission.placeId === undefined) continue;
      if (query.organization && mission.organizationId !== query.organization) continue;
      const sectors = missionSectors(mission, index);
      if (!anyOf(wanted, sectors)) continue;
      const draft = draftFor(mission.placeId);
      if (!draft) continue;
      draft.missions.push(mission);
      countSectors(draft, sectors);
    }
  }

  if (layers.has('cooperations')) {
    for (const cooperation of feed.cooperations) {
      if (cooperation.status === 'ended' || !cooperation.placeIds?.length) continue;
      if (query.organization && !cooperation.partners.some((p) => p.organizationId === query.organization)) continue;
      const sectors = cooperationSectors(cooperation, index);
      if (!anyOf(wanted, sectors)) continue;
      for (const placeId of new Set(cooperation.placeIds)) {
        const draft = draftFor(placeId);
        if (!draft) continue;
        draft.cooperations.push(cooperation);
        countSectors(draft, sectors);
      }
    }
  }

  const summaries: PlaceSummary[] = [];
  for (const [placeId, draft] of drafts) {
    const place = index.places.get(placeId)!;
    summaries.push({
      place,
      name: pickText(place.name, query.lang, feed.language),
      locality: place.address?.locality ?? '',
      position: usablePosition(place.geo),
      occurrences: draft.occurrences,
      eventCount: draft.events.size,
      missions: draft.missions,
      cooperations: draft.cooperations,
      sector: mainSector(draft.sectors),
    });
  }
  const collator = collatorFor(query.lang);
  return summaries.sort((a, b) => collator.compare(a.name, b.name) || (a.place.id < b.place.id ? -1 : 1));
}

/** How many records of each layer the places hold: the counts of the legend's toggles. */
export function layerCounts(summaries: readonly PlaceSummary[]): Record<MapLayer, number> {
  const events = new Set<string>();
  const missions = new Set<string>();
  const cooperations = new Set<string>();
  for (const summary of summaries) {
    for (const occurrence of summary.occurrences) events.add(occurrence.event.id);
    for (const mission of summary.missions) missions.add(mission.id);
    for (const cooperation of summary.cooperations) cooperations.add(cooperation.id);
  }
  return { events: events.size, missions: missions.size, cooperations: cooperations.size };
}

/**
 * The places of a feed that something happens at but that a map cannot show, as feed problems for the
 * webmaster (the same shape as the parser's, so tools that read those read these).
 */
export function placesWithoutPosition(feed: Feed): Problem[] {
  const used = new Set<string>();
  for (const event of feed.events) if (event.placeId !== undefined) used.add(event.placeId);
  for (const mission of feed.missions) if (mission.placeId !== undefined) used.add(mission.placeId);
  for (const cooperation of feed.cooperations) for (const id of cooperation.placeIds ?? []) used.add(id);
  const problems: Problem[] = [];
  feed.places.forEach((place, i) => {
    if (!used.has(place.id) || usablePosition(place.geo)) return;
    const name = pickText(place.name, feed.language, feed.language);
    problems.push({
      path: `places[${i}].geo`,
      code: 'place-without-geo',
      severity: 'warning',
      message: {
        fr: `Le lieu « ${name} » n’a pas de coordonnées (geo) utilisables : il n’est pas sur la carte.`,
        en: `The place “${name}” has no usable coordinates (geo): it is not on the map.`,
      },
    });
  });
  return problems;
}

function missionSectors(mission: Mission, index: FeedIndex): readonly string[] {
  if (mission.sectors?.length) return mission.sectors;
  return index.organizations.get(mission.organizationId)?.sectors ?? [];
}

function cooperationSectors(cooperation: Cooperation, index: FeedIndex): readonly string[] {
  if (cooperation.sectors?.length) return cooperation.sectors;
  const sectors = new Set<string>();
  for (const partner of cooperation.partners) {
    for (const sector of index.organizations.get(partner.organizationId)?.sectors ?? []) sectors.add(sector);
  }
  return [...sectors];
}

function anyOf(wanted: ReadonlySet<string>, values: readonly string[]): boolean {
  return wanted.size === 0 || values.some((value) => wanted.has(value));
}

function mainSector(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  // Ties go to the sector met first, which is the soonest record's.
  for (const [sector, count] of counts) {
    if (count > bestCount) {
      best = sector;
      bestCount = count;
    }
  }
  return best;
}

const collatorFor = (lang: string): Intl.Collator => collator(lang, { sensitivity: 'base', numeric: true });
