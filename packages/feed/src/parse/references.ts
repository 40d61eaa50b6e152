/**
 * References between records, checked once every collection is read. A reference that leads nowhere is
 * dropped from its record; a mission without its organization, or a cooperation left with fewer than two
 * partners, is skipped. Nothing is allocated for references that resolve, which is nearly all of them.
 */
import type { Cooperation, FeedEvent, Mission, Organization, Place, Resource } from '../types.js';
import type { Parsed } from './collection.js';
import { childPath, itemPath } from './context.js';
import type { CollectionName, Draft, ParseContext } from './context.js';
import { readIdValue } from './fields.js';
import { asObject, LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';

type KnownIds = Record<CollectionName, ReadonlySet<string>>;

export interface ParsedCollections {
  readonly organizations: readonly Parsed<Draft<Organization>>[];
  readonly places: readonly Draft<Place>[];
  readonly events: readonly Parsed<Draft<FeedEvent>>[];
  readonly missions: readonly Parsed<Draft<Mission>>[];
  readonly cooperations: readonly Parsed<Draft<Cooperation>>[];
}

/**
 * Checks every reference and returns the missions and cooperations that stand. Only they can be skipped here,
 * and only for want of organizations, so they are settled first; every other reference is then checked
 * against the final sets of ids.
 */
export function resolveReferences(
  ctx: ParseContext,
  collections: ParsedCollections,
): { missions: Draft<Mission>[]; cooperations: Draft<Cooperation>[] } {
  const known: KnownIds = {
    organizations: idsOf(collections.organizations.map((entry) => entry.record)),
    places: idsOf(collections.places),
    events: idsOf(collections.events.map((entry) => entry.record)),
    missions: new Set(),
    cooperations: new Set(),
  };
  const missions = collections.missions.filter(({ record, index }) => {
    if (known.organizations.has(record.organizationId)) return true;
    ctx.report('dangling-reference', `missions[${index}].organizationId`, 'error', { value: record.organizationId });
    return false;
  });
  known.missions = idsOf(missions.map((entry) => entry.record));
  const cooperations = collections.cooperations.filter((entry) => keepsTwoPartners(ctx, entry, known));
  known.cooperations = idsOf(cooperations.map((entry) => entry.record));

  for (const { record, index } of collections.organizations) {
    keepKnownId(ctx, record, 'placeId', known.places, itemPath('organizations', index));
  }
  for (const { record, index, input } of collections.events) {
    const path = itemPath('events', index);
    keepKnownId(ctx, record, 'placeId', known.places, path);
    keepKnownIds(ctx, record, 'organizers', known.organizations, input, path);
    keepKnownIds(ctx, record, 'missionIds', known.missions, input, path);
    keepKnownIds(ctx, record, 'cooperationIds', known.cooperations, input, path);
  }
  for (const { record, index } of missions) {
    const path = itemPath('missions', index);
    keepKnownId(ctx, record, 'placeId', known.places, path);
    keepKnownId(ctx, record, 'eventId', known.events, path);
  }
  for (const { record, index, input } of cooperations) {
    const path = itemPath('cooperations', index);
    keepKnownResourceOwners(ctx, record, known.organizations, input, path);
    keepKnownIds(ctx, record, 'placeIds', known.places, input, path);
    keepKnownIds(ctx, record, 'eventIds', known.events, input, path);
    keepKnownIds(ctx, record, 'missionIds', known.missions, input, path);
  }
  return { missions: missions.map((entry) => entry.record), cooperations: cooperations.map((entry) => entry.record) };
}

function idsOf(records: readonly { readonly id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) ids.add(record.id);
  return ids;
}

/** Drops `record[key]` when it names no known record. */
function keepKnownId<K extends string>(
  ctx: ParseContext,
  record: { [P in K]?: string },
  key: K,
  known: ReadonlySet<string>,
  path: string,
): void {
  const id = record[key];
  if (id === undefined || known.has(id)) return;
  ctx.report('dangling-reference', childPath(path, key), 'warning', { value: id });
  delete record[key];
}

/** Drops from the list `record[key]` the ids that name no known record, and the list once empty. */
function keepKnownIds<K extends string>(
  ctx: ParseContext,
  record: { [P in K]?: readonly string[] },
  key: K,
  known: ReadonlySet<string>,
  input: JsonObject,
  path: string,
): void {
  const ids = record[key];
  if (ids === undefined || ids.every((id) => known.has(id))) return;
  const kept: string[] = [];
  for (const id of ids) {
    if (known.has(id)) kept.push(id);
    else ctx.report('dangling-reference', idPath(input, key, path, id), 'warning', { value: id });
  }
  if (kept.length > 0) record[key] = kept;
  else delete record[key];
}

/** Reports the partners whose organization is unknown, drops them, and says whether two or more remain. */
function keepsTwoPartners(ctx: ParseContext, entry: Parsed<Draft<Cooperation>>, known: KnownIds): boolean {
  const { record, index, input } = entry;
  const path = itemPath('cooperations', index);
  if (!record.partners.every((partner) => known.organizations.has(partner.organizationId))) {
    record.partners = record.partners.filter((partner) => {
      if (known.organizations.has(partner.organizationId)) return true;
      ctx.report('dangling-reference', partnerPath(input, path, partner.organizationId), 'warning', {
        value: partner.organizationId,
      });
      return false;
    });
  }
  if (record.partners.length >= 2) return true;
  ctx.report('too-few-partners', childPath(path, 'partners'), 'error', { limit: record.partners.length });
  return false;
}

/** Removes the `organizationId` of resources brought by an unknown organization. */
function keepKnownResourceOwners(
  ctx: ParseContext,
  record: Draft<Cooperation>,
  known: ReadonlySet<string>,
  input: JsonObject,
  path: string,
): void {
  const resources = record.resources;
  const isKnown = (resource: Resource): boolean =>
    resource.organizationId === undefined || known.has(resource.organizationId);
  if (resources === undefined || resources.every(isKnown)) return;
  const entries = own(input, 'resources');
  if (Array.isArray(entries)) {
    for (let i = 0; i < Math.min(entries.length, LIMITS.parts); i++) {
      const owner = ownerOf(entries[i]);
      if (owner === null || known.has(owner)) continue;
      const at = `${itemPath(childPath(path, 'resources'), i)}.organizationId`;
      ctx.report('dangling-reference', at, 'warning', { value: owner });
    }
  }
  record.resources = resources.map((resource) => (isKnown(resource) ? resource : withoutOwner(resource)));
}

function withoutOwner(resource: Resource): Resource {
  return resource.description === undefined
    ? { kind: resource.kind }
    : { kind: resource.kind, description: resource.description };
}

/** The `organizationId` of an input entry that is an object, as the parser reads it. */
function ownerOf(value: unknown): string | null {
  const object = asObject(value);
  return object === null ? null : readIdValue(own(object, 'organizationId'));
}

/** Where an id of the list `key` was written: `organizers[1]`, or the list itself for an id alone. */
function idPath(input: JsonObject, key: string, path: string, id: string): string {
  const list = own(input, key);
  if (!Array.isArray(list)) return childPath(path, key);
  const index = list.findIndex((entry) => readIdValue(entry) === id);
  return index < 0 ? childPath(path, key) : itemPath(childPath(path, key), index);
}

/** Where a partner was written: `partners[2].organizationId`, or `partners[2]` for an id alone. */
function partnerPath(input: JsonObject, path: string, id: string): string {
  const list = own(input, 'partners');
  const partners = childPath(path, 'partners');
  if (!Array.isArray(list)) return partners;
  const index = list.findIndex((value) => readIdValue(value) === id || ownerOf(value) === id);
  if (index < 0) return partners;
  return asObject(list[index]) === null ? itemPath(partners, index) : `${itemPath(partners, index)}.organizationId`;
}
