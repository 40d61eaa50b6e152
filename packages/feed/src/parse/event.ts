import { ACCESSIBILITY, ATTENDANCE_MODES, AUDIENCES, EVENT_STATUSES, SECTORS } from '../types.js';
import type { AgeRange, FeedEvent, Price, Registration } from '../types.js';
import { childPath } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { objectOf, readFields } from './field-table.js';
import type { FieldReader, FieldReaders } from './field-table.js';
import {
  choiceField,
  readBoolean,
  readDate,
  readEmail,
  readId,
  readNumber,
  readObject,
  readPhone,
  readUrl,
} from './fields.js';
import type { NumberRule } from './fields.js';
import { LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';
import { readDateList, readIdList, termsField } from './lists.js';
import { readText, textField } from './text-fields.js';
import { readImage, readSources } from './parts.js';
import { parseInlinePlace } from './place.js';
import type { InlinePlace } from './place.js';
import { endAfter, readRRule } from './schedule.js';

/** Inline places found on events, handed to the caller once duplicate events are discarded. */
export type InlinePlaces = Map<Draft<FeedEvent>, InlinePlace>;

const AGE: NumberRule = { min: 0, max: 120, integer: true, expected: 'age' };

const readAge: FieldReader<AgeRange> = (ctx, input, key, path) => {
  const object = readObject(ctx, input, key, path);
  if (object === undefined) return undefined;
  const here = childPath(path, key);
  const min = readNumber(ctx, object, 'min', here, AGE);
  const max = readNumber(ctx, object, 'max', here, AGE);
  if (max !== undefined && min !== undefined && max < min) {
    ctx.report('out-of-range', childPath(here, 'max'), 'warning', {
      value: max,
      expected: { fr: `au moins l’âge minimum, ${min}`, en: `at least the minimum age, ${min}` },
    });
    return { min };
  }
  if (min === undefined) return max === undefined ? undefined : { max };
  return max === undefined ? { min } : { min, max };
};

const readPriceObject = objectOf<Price>({ free: readBoolean, text: textField(LIMITS.short) });

/** `{free, text}`; a bare text is accepted as the price's text. */
const readPrice: FieldReader<Price> = (ctx, input, key, path) => {
  if (typeof own(input, key) !== 'string') return readPriceObject(ctx, input, key, path);
  const text = readText(ctx, input, key, path, LIMITS.short);
  return text === undefined ? undefined : { text };
};

/** The fields read before the place, in the order they are written. */
const DATE_FIELDS: FieldReaders<FeedEvent> = {
  end: endAfter('start'),
  summary: textField(LIMITS.summary),
  description: textField(LIMITS.description),
  rrule: readRRule,
  exdates: readDateList,
};

const OTHER_FIELDS: FieldReaders<FeedEvent> = {
  attendance: choiceField(ATTENDANCE_MODES),
  onlineUrl: readUrl,
  organizers: readIdList,
  sectors: termsField(SECTORS),
  audience: termsField(AUDIENCES),
  age: readAge,
  tags: termsField(),
  price: readPrice,
  registration: objectOf<Registration>({ required: readBoolean, url: readUrl, email: readEmail, phone: readPhone }),
  accessibility: termsField(ACCESSIBILITY),
  image: readImage,
  url: readUrl,
  status: choiceField(EVENT_STATUSES),
  missionIds: readIdList,
  cooperationIds: readIdList,
  updated: readDate,
  sources: readSources,
};

export function parseEvent(
  ctx: ParseContext,
  input: JsonObject,
  path: string,
  inlinePlaces: InlinePlaces,
): Draft<FeedEvent> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const title = readText(ctx, input, 'title', path, LIMITS.title, 'required');
  const start = readDate(ctx, input, 'start', path, 'required');
  if (id === undefined || title === undefined || start === undefined) return null;
  const event = readFields<Draft<FeedEvent>>(ctx, input, path, { id, title, start }, DATE_FIELDS);
  readEventPlace(ctx, input, path, event, inlinePlaces);
  return readFields(ctx, input, path, event, OTHER_FIELDS);
}

/** `placeId` when given; otherwise an inline `place`, which the caller moves to the feed's places. */
function readEventPlace(
  ctx: ParseContext,
  input: JsonObject,
  path: string,
  event: Draft<FeedEvent>,
  inlinePlaces: InlinePlaces,
): void {
  const placeId = readId(ctx, input, 'placeId', path, 'optional');
  if (placeId !== undefined) {
    event.placeId = placeId;
    return;
  }
  const place = readObject(ctx, input, 'place', path);
  if (place === undefined) return;
  const inline = parseInlinePlace(ctx, place, childPath(path, 'place'));
  if (inline !== null) inlinePlaces.set(event, inline);
}
