/** Collects the records of a feed being converted, sharing places and organisations between events. */
import type { AdapterOptions, RawFeed } from './result.js';
import { compact } from './result.js';
import { IdPool, slug } from './text-tools.js';

export interface RawPlace {
  name: string;
  street?: string;
  postalCode?: string;
  locality?: string;
  inseeCode?: string;
  lat?: number;
  lon?: number;
  url?: string;
  accessibility?: string[];
  /** The source's own id of the place, the surest key. */
  sourceId?: string;
}

export interface RawOrganization {
  name: string;
  url?: string;
  email?: string;
  phone?: string;
  logo?: string;
  description?: unknown;
  rna?: string;
  siren?: string;
  type?: string;
  sectors?: string[];
  sourceId?: string;
}

export class FeedBuilder {
  readonly events: Record<string, unknown>[] = [];
  readonly missions: Record<string, unknown>[] = [];
  readonly eventIds = new IdPool();
  readonly missionIds = new IdPool();
  private readonly places: Record<string, unknown>[] = [];
  private readonly placeIds = new IdPool();
  private readonly placeKeys = new Map<string, string>();
  private readonly organizations: Record<string, unknown>[] = [];
  private readonly organizationIds = new IdPool();
  private readonly organizationKeys = new Map<string, string>();

  constructor(
    readonly timezone: string,
    readonly language: string,
  ) {}

  /** The id of the place, added on first sight; the same name in the same town is the same place. */
  place(place: RawPlace): string | undefined {
    const name = place.name.trim();
    if (name === '') return undefined;
    const key = place.sourceId !== undefined ? `id:${place.sourceId}` : `${slug(name)}|${place.postalCode ?? place.locality ?? ''}`;
    const known = this.placeKeys.get(key);
    if (known !== undefined) {
      // A later mention may know the coordinates an earlier one lacked.
      const record = this.places.find((candidate) => candidate.id === known);
      if (record !== undefined && record.geo === undefined && place.lat !== undefined && place.lon !== undefined) {
        record.geo = { lat: place.lat, lon: place.lon };
      }
      return known;
    }
    const id = this.placeIds.take(place.sourceId !== undefined ? `lieu-${slug(place.sourceId)}` : `lieu-${slug(name)}`);
    this.placeKeys.set(key, id);
    const geo =
      place.lat !== undefined && place.lon !== undefined && (place.lat !== 0 || place.lon !== 0)
        ? { lat: place.lat, lon: place.lon }
        : undefined;
    this.places.push(
      compact({
        id,
        name,
        address: compact({
          street: place.street,
          postalCode: place.postalCode,
          locality: place.locality,
          inseeCode: place.inseeCode,
        }),
        geo,
        accessibility: place.accessibility,
        url: place.url,
      }),
    );
    return id;
  }

  /** The id of the organisation, added on first sight (same source id, or same name). */
  organization(organization: RawOrganization): string | undefined {
    const name = organization.name.trim();
    if (name === '') return undefined;
    const key = organization.sourceId !== undefined ? `id:${organization.sourceId}` : `name:${slug(name)}`;
    const known = this.organizationKeys.get(key) ?? this.organizationKeys.get(`name:${slug(name)}`);
    if (known !== undefined) return known;
    const id = this.organizationIds.take(slug(name, 'organisation'));
    this.organizationKeys.set(key, id);
    this.organizationKeys.set(`name:${slug(name)}`, id);
    const { sourceId: _sourceId, ...fields } = organization;
    this.organizations.push(compact({ id, ...fields, name }));
    return id;
  }

  feed(options: AdapterOptions, defaults: { title: string; url?: string }): RawFeed {
    const feed: RawFeed = {
      maillage: '1',
      title: options.title ?? defaults.title,
      language: this.language,
      timezone: this.timezone,
    };
    if (defaults.url !== undefined) feed.url = defaults.url;
    if (this.organizations.length > 0) feed.organizations = this.organizations;
    if (this.places.length > 0) feed.places = this.places;
    if (this.events.length > 0) feed.events = this.events;
    if (this.missions.length > 0) feed.missions = this.missions;
    return feed;
  }
}

/** "Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers": the parts of a one-line place, as far as they show. */
export function placeFromLine(line: string): RawPlace {
  const parts = line
    .split(/\s*,\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const last = parts[parts.length - 1] ?? '';
  const town = /^(\d{5})\s+(.+)$/.exec(last);
  if (town === null || parts.length < 2) return { name: line.trim() };
  const place: RawPlace = { name: parts[0]!, postalCode: town[1]!, locality: town[2]! };
  if (parts.length > 2) place.street = parts.slice(1, -1).join(', ');
  return place;
}
