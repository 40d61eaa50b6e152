import { COOPERATION_STATUSES, RESOURCE_KINDS, SECTORS } from '../types.js';
import type { Cooperation, Outcome, Partner, Resource, Text } from '../types.js';
import { childPath, itemPath, put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readFields } from './field-table.js';
import type { FieldReaders } from './field-table.js';
import {
  choiceField,
  matchVocabulary,
  numberField,
  readDate,
  readId,
  readIdValue,
  readOptionalId,
  readUrl,
} from './fields.js';
import { asObject, entryObject, LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';
import { listOf, readArray, readIdList, termsField } from './lists.js';
import { cleanString, readText, readTextValue, textField } from './text-fields.js';
import { readContact, readImage, readSources } from './parts.js';
import { endAfter } from './schedule.js';

/**
 * A cooperation between organizations. Its partners are checked again with the other references, once
 * organizations are known: a cooperation left with fewer than two is skipped there.
 */
export function parseCooperation(ctx: ParseContext, input: JsonObject, path: string): Draft<Cooperation> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const title = readText(ctx, input, 'title', path, LIMITS.title, 'required');
  const partners = readPartners(ctx, input, path);
  if (id === undefined || title === undefined || partners === null) return null;
  return readFields<Draft<Cooperation>>(ctx, input, path, { id, title, partners }, FIELDS);
}

/** At least two distinct organizations; an organization id alone is accepted for `{organizationId}`. */
function readPartners(ctx: ParseContext, input: JsonObject, path: string): Partner[] | null {
  const here = childPath(path, 'partners');
  if (own(input, 'partners') === undefined) {
    ctx.report('missing-field', here, 'error', { expected: 'list' });
    return null;
  }
  const entries = readArray(ctx, input, 'partners', path, LIMITS.parts) ?? [];
  const partners: Partner[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const partner = readPartner(ctx, entries[i], itemPath(here, i));
    if (partner === null || seen.has(partner.organizationId)) continue;
    seen.add(partner.organizationId);
    partners.push(partner);
  }
  if (partners.length < 2) {
    ctx.report('too-few-partners', here, 'error', { limit: partners.length });
    return null;
  }
  return partners;
}

function readPartner(ctx: ParseContext, value: unknown, path: string): Draft<Partner> | null {
  const id = readIdValue(value);
  if (id !== null) return { organizationId: id };
  const object = entryObject(ctx, value, path);
  if (object === null) return null;
  const organizationId = readId(ctx, object, 'organizationId', path, 'part');
  if (organizationId === undefined) return null;
  return readFields<Draft<Partner>>(ctx, object, path, { organizationId }, { role: textField(LIMITS.short) });
}

/**
 * What the partners pool. A kind id alone stands for `{kind}`; any other text, or an unknown kind, becomes
 * `{kind: "other"}` described by that text, so nothing the feed says is lost.
 */
const readResources = listOf((ctx, value, path): Draft<Resource> | null => {
  if (typeof value === 'string') {
    const text = readTextValue(ctx, value, LIMITS.summary, path);
    if (text === null) return null;
    const kind = matchVocabulary(RESOURCE_KINDS, cleanString(value));
    return kind === null ? { kind: 'other', description: text } : { kind };
  }
  const object = entryObject(ctx, value, path);
  if (object === null) return null;
  const description = readText(ctx, object, 'description', path, LIMITS.summary);
  const resource = readKind(ctx, object, path, description);
  if (resource === null) return null;
  put(resource, 'organizationId', readOptionalId(ctx, object, 'organizationId', path));
  return resource;
});

/** The kind and description of a resource object; an unknown or missing kind is counted as "other". */
function readKind(
  ctx: ParseContext,
  object: JsonObject,
  path: string,
  description: Text | undefined,
): Draft<Resource> | null {
  const here = childPath(path, 'kind');
  const value = own(object, 'kind');
  const text = typeof value === 'string' ? cleanString(value) : '';
  const kind = text === '' ? null : matchVocabulary(RESOURCE_KINDS, text);
  if (kind !== null) return description === undefined ? { kind } : { kind, description };
  // The unknown kind's own words describe the resource when nothing else does.
  const describedAs = description ?? readTextValue(ctx, text, LIMITS.summary, here) ?? undefined;
  if (text !== '') {
    ctx.report('unknown-value', here, 'warning', { value: text, allowed: RESOURCE_KINDS, effect: 'as-other' });
  } else if (value !== undefined) {
    ctx.report('invalid-field', here, 'warning', {
      value,
      expected: 'string',
      effect: describedAs === undefined ? 'drop-part' : 'as-other',
    });
  } else {
    ctx.report('missing-field', here, 'warning', { effect: describedAs === undefined ? 'drop-part' : 'as-other' });
  }
  return describedAs === undefined ? null : { kind: 'other', description: describedAs };
}

const OUTCOME_FIELDS: FieldReaders<Outcome> = {
  value: numberField({ min: -1e15, max: 1e15, expected: 'number' }),
  unit: textField(LIMITS.short),
};

/**
 * `{label, value, unit}`; a text alone is the label of an outcome. Labels are bounded like summaries in both
 * forms, so that a text outcome, once written as `{label}`, reads back the same.
 */
const readOutcomes = listOf((ctx, value, path): Outcome | null => {
  const object = asObject(value);
  if (object === null || own(object, 'label') === undefined) {
    const label = readTextValue(ctx, value, LIMITS.summary, path);
    if (label === null) ctx.report('invalid-field', path, 'warning', { value, expected: 'text' });
    return label === null ? null : { label };
  }
  const label = readText(ctx, object, 'label', path, LIMITS.summary, 'part');
  if (label === undefined) return null;
  return readFields<Draft<Outcome>>(ctx, object, path, { label }, OUTCOME_FIELDS);
});

const FIELDS: FieldReaders<Cooperation> = {
  summary: textField(LIMITS.summary),
  description: textField(LIMITS.description),
  sectors: termsField(SECTORS),
  resources: readResources,
  outcomes: readOutcomes,
  since: readDate,
  until: endAfter('since'),
  status: choiceField(COOPERATION_STATUSES),
  placeIds: readIdList,
  eventIds: readIdList,
  missionIds: readIdList,
  image: readImage,
  url: readUrl,
  contact: readContact,
  sources: readSources,
};
