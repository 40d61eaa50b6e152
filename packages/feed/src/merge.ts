import { toEpoch } from './datetime.js';
import { agree, textKeys, urlKey } from './merge/match.js';
import { namespaceFor } from './merge/namespace.js';
import { withOffset } from './merge/timezone.js';
import type { Cooperation, Feed, FeedEvent, Id, Mission, Organization, Partner, Place } from './types.js';

export interface FeedInput {
  /** The feed's URL (or `inline`): recorded in `sources` of the feed and of each record. */
  readonly source: string;
  readonly feed: Feed;
}

/**
 * Several feeds as one. The first feed gives the title, language, timezone and the rest of the feed's
 * header, and keeps its ids as they are; each record lists the feeds it came from in `sources`.
 *
 * - Ids that an earlier feed already uses are namespaced with the feed's name (`asso-velo.fr:e1`), and
 *   every reference inside that feed follows.
 * - A record that an earlier feed already published appears once, with both sources; references from the
 *   later feed point to the record kept. The rules are in `RULES` below. Only records of different feeds
 *   are compared: inside one feed, two records are two things.
 * - Local date-times of a feed in another timezone than the first get their offset, to keep their instant.
 */
export function mergeFeeds(inputs: readonly FeedInput[]): Feed {
  const first = inputs[0];
  if (!first) return EMPTY_FEED;
  const pools: Pools = {
    places: new Pool(RULES.places),
    organizations: new Pool(RULES.organizations),
    events: new Pool(RULES.events),
    missions: new Pool(RULES.missions),
    cooperations: new Pool(RULES.cooperations),
  };
  const namespaces = new Set<string>();
  for (const input of inputs) addFeed(pools, input, namespaceFor(input.source, namespaces), first.feed.timezone);
  return {
    ...first.feed,
    organizations: pools.organizations.records,
    places: pools.places.records,
    events: pools.events.records,
    missions: pools.missions.records,
    cooperations: pools.cooperations.records,
    sources: inputs.map(({ source, feed }) => ({ url: source, title: feed.title })),
  };
}

const EMPTY_FEED: Feed = {
  maillage: '1',
  title: '',
  language: 'fr',
  timezone: 'Europe/Paris',
  organizations: [],
  places: [],
  events: [],
  missions: [],
  cooperations: [],
  sources: [],
};

interface Records {
  places: Place;
  organizations: Organization;
  events: FeedEvent;
  missions: Mission;
  cooperations: Cooperation;
}
type Kind = keyof Records;
type Pools = { [K in Kind]: Pool<Records[K]> };

/** How to read a record's references and dates while looking for its duplicate. */
interface KeyContext {
  readonly timezone: string;
  ref(kind: Kind, id: Id): Id;
}

interface DuplicateRule<T> {
  /** Keys that two records of the same thing share. */
  keys(record: T, context: KeyContext): string[];
  /** Checked once a key matched: two records can share a name and still be two things. */
  compatible?(kept: T, other: T): boolean;
}

const RULES: { [K in Kind]: DuplicateRule<Records[K]> } = {
  // Same name, unless their addresses say otherwise. Not the URL: a commune often gives its website as
  // the address of every hall it owns.
  places: {
    keys: (place) => textKeys(place.name).map((name) => `name:${name}`),
    compatible: (kept, other) =>
      agree(kept.address?.locality, other.address?.locality) &&
      agree(kept.address?.postalCode, other.address?.postalCode),
  },
  // Same RNA or SIREN number, same website or same name, unless two different numbers say otherwise.
  organizations: {
    keys: (organization) => {
      const keys = textKeys(organization.name).map((name) => `name:${name}`);
      const url = urlKey(organization.url);
      if (url !== null) keys.push(`url:${url}`);
      if (organization.rna) keys.push(`rna:${organization.rna.toUpperCase()}`);
      if (organization.siren) keys.push(`siren:${organization.siren}`);
      return keys;
    },
    compatible: (kept, other) =>
      (!kept.rna || !other.rna || kept.rna.toUpperCase() === other.rna.toUpperCase()) &&
      (!kept.siren || !other.siren || kept.siren === other.siren),
  },
  // Same page on the same day, or same title at the same instant in the same place (or both without
  // place). A page alone is not enough: associations often give their home page as every event's page.
  events: {
    keys: (event, context) => {
      const instant = toEpoch(event.start, context.timezone) ?? event.start;
      const place = event.placeId === undefined ? '' : context.ref('places', event.placeId);
      const keys = textKeys(event.title).map((title) => `title:${title}|${instant}|${place}`);
      const url = urlKey(event.url);
      if (url !== null) keys.push(`url:${url}|${event.start.slice(0, 10)}`);
      return keys;
    },
  },
  // Each association calls for its own volunteers: missions are never merged.
  missions: { keys: () => [] },
  // A cooperation is often published by each of its partners: same page, or same title and partners.
  cooperations: {
    keys: (cooperation, context) => {
      const partners = cooperation.partners
        .map((partner) => context.ref('organizations', partner.organizationId))
        .sort()
        .join(' ');
      const keys = textKeys(cooperation.title).map((title) => `title:${title}|${partners}`);
      const url = urlKey(cooperation.url);
      if (url !== null) keys.push(`url:${url}`);
      return keys;
    },
  },
};

type Sourced = { readonly id: Id; readonly sources?: readonly string[] };

/** The merged records of one kind, and what finds duplicates among them. */
class Pool<T extends Sourced> {
  readonly records: T[] = [];
  private readonly positions = new Map<Id, number>();
  private readonly byKey = new Map<string, Id[]>();
  private readonly identity: KeyContext;

  constructor(private readonly rule: DuplicateRule<T>) {
    this.identity = { timezone: '', ref: (_kind, id) => id };
  }

  /** The record of an earlier feed that `record` repeats. */
  findDuplicate(record: T, context: KeyContext): T | undefined {
    for (const key of this.rule.keys(record, context)) {
      for (const id of this.byKey.get(key) ?? []) {
        const kept = this.get(id);
        if (kept && (this.rule.compatible?.(kept, record) ?? true)) return kept;
      }
    }
    return undefined;
  }

  /** The record's own id when it is free, else the id in the feed's namespace. */
  reserveId(id: Id, namespace: string): Id {
    let free = this.positions.has(id) ? `${namespace}:${id}` : id;
    for (let n = 2; this.positions.has(free); n++) free = `${namespace}:${id}~${n}`;
    this.positions.set(free, -1);
    return free;
  }

  /** Adds a record under its reserved id; its dates are those of the merged feed's timezone. */
  add(record: T, timezone: string): void {
    this.positions.set(record.id, this.records.length);
    this.records.push(record);
    for (const key of this.rule.keys(record, { ...this.identity, timezone })) {
      const ids = this.byKey.get(key);
      if (ids) ids.push(record.id);
      else this.byKey.set(key, [record.id]);
    }
  }

  update(id: Id, change: (kept: T) => T): void {
    const position = this.positions.get(id);
    if (position !== undefined && position >= 0) this.records[position] = change(this.records[position]!);
  }

  private get(id: Id): T | undefined {
    const position = this.positions.get(id);
    return position === undefined || position < 0 ? undefined : this.records[position];
  }
}

function addFeed(pools: Pools, { source, feed }: FeedInput, namespace: string, timezone: string): void {
  const ids: { [K in Kind]: Map<Id, Id> } = {
    places: new Map(),
    organizations: new Map(),
    events: new Map(),
    missions: new Map(),
    cooperations: new Map(),
  };
  const repeated: { [K in Kind]: Set<Id> } = {
    places: new Set(),
    organizations: new Set(),
    events: new Set(),
    missions: new Set(),
    cooperations: new Set(),
  };
  const ref = (kind: Kind, id: Id): Id => ids[kind].get(id) ?? id;
  const refs = (kind: Kind, list: readonly Id[] | undefined): Id[] | undefined =>
    list && [...new Set(list.map((id) => ref(kind, id)))];
  const context: KeyContext = { timezone: feed.timezone, ref };

  // First every id, in the order in which duplicate rules need the others (events look at places,
  // cooperations at organizations); then the records, whose references may point anywhere.
  const assign = <K extends Kind>(kind: K): void => {
    const pool = pools[kind] as Pool<Records[K]>;
    for (const record of feed[kind] as readonly Records[K][]) {
      const kept = pool.findDuplicate(record, context);
      if (kept) repeated[kind].add(record.id);
      ids[kind].set(record.id, kept ? kept.id : pool.reserveId(record.id, namespace));
    }
  };
  (['places', 'organizations', 'events', 'missions', 'cooperations'] as const).forEach(assign);

  const date = feed.timezone === timezone ? (text: string) => text : (text: string) => withOffset(text, feed.timezone);
  const sources = [source];
  const put = <K extends Kind>(kind: K, record: Records[K], merge: (kept: Records[K]) => Records[K]): void => {
    const pool = pools[kind] as Pool<Records[K]>;
    if (repeated[kind].has(record.id)) pool.update(ids[kind].get(record.id)!, merge);
    else pool.add(compact({ ...record, id: ids[kind].get(record.id)!, sources }), timezone);
  };

  // Places and organizations: the first feed's fields win; what only a later feed tells is added.
  for (const place of feed.places) {
    put('places', place, (kept) => ({ ...place, ...kept, sources: union(kept.sources, sources) }));
  }
  for (const organization of feed.organizations) {
    const mapped = compact({ ...organization, placeId: ifDefined(organization.placeId, (id) => ref('places', id)) });
    put('organizations', mapped, (kept) => ({ ...mapped, ...kept, sources: union(kept.sources, sources) }));
  }
  // Events and cooperations: the first feed's record is kept, with the organizers and links of both.
  for (const event of feed.events) {
    const mapped = compact({
      ...event,
      start: date(event.start),
      end: ifDefined(event.end, date),
      exdates: event.exdates?.map(date),
      updated: ifDefined(event.updated, date),
      placeId: ifDefined(event.placeId, (id) => ref('places', id)),
      organizers: refs('organizations', event.organizers),
      missionIds: refs('missions', event.missionIds),
      cooperationIds: refs('cooperations', event.cooperationIds),
    });
    put('events', mapped, (kept) =>
      compact({
        ...kept,
        organizers: union(kept.organizers, mapped.organizers),
        missionIds: union(kept.missionIds, mapped.missionIds),
        cooperationIds: union(kept.cooperationIds, mapped.cooperationIds),
        sources: union(kept.sources, sources),
      }),
    );
  }
  for (const mission of feed.missions) {
    const mapped = compact({
      ...mission,
      organizationId: ref('organizations', mission.organizationId),
      start: ifDefined(mission.start, date),
      end: ifDefined(mission.end, date),
      deadline: ifDefined(mission.deadline, date),
      placeId: ifDefined(mission.placeId, (id) => ref('places', id)),
      eventId: ifDefined(mission.eventId, (id) => ref('events', id)),
    });
    put('missions', mapped, (kept) => kept);
  }
  for (const cooperation of feed.cooperations) {
    const mapped = compact({
      ...cooperation,
      partners: cooperation.partners.map((partner) => ({
        ...partner,
        organizationId: ref('organizations', partner.organizationId),
      })),
      resources: cooperation.resources?.map((resource) =>
        compact({ ...resource, organizationId: ifDefined(resource.organizationId, (id) => ref('organizations', id)) }),
      ),
      since: ifDefined(cooperation.since, date),
      until: ifDefined(cooperation.until, date),
      placeIds: refs('places', cooperation.placeIds),
      eventIds: refs('events', cooperation.eventIds),
      missionIds: refs('missions', cooperation.missionIds),
    });
    put('cooperations', mapped, (kept) =>
      compact({
        ...kept,
        partners: unionPartners(kept.partners, mapped.partners),
        placeIds: union(kept.placeIds, mapped.placeIds),
        eventIds: union(kept.eventIds, mapped.eventIds),
        missionIds: union(kept.missionIds, mapped.missionIds),
        sources: union(kept.sources, sources),
      }),
    );
  }
}

function union<T>(kept: readonly T[] | undefined, added: readonly T[] | undefined): T[] | undefined {
  if (!kept && !added) return undefined;
  return [...new Set([...(kept ?? []), ...(added ?? [])])];
}

function unionPartners(kept: readonly Partner[], added: readonly Partner[]): Partner[] {
  const known = new Set(kept.map((partner) => partner.organizationId));
  return [...kept, ...added.filter((partner) => !known.has(partner.organizationId))];
}

function ifDefined<T, R>(value: T | undefined, map: (value: T) => R): R | undefined {
  return value === undefined ? undefined : map(value);
}

/** Without the keys left undefined, so that spreading it never erases a field. */
function compact<T extends object>(record: T): T {
  const copy = { ...record };
  for (const key of Object.keys(copy) as (keyof T)[]) if (copy[key] === undefined) delete copy[key];
  return copy;
}
