import type { AgeRange, AttendanceMode, EventStatus, FeedEvent, Price, Registration } from '../types.js';
import { childPath, put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import {
  readBoolean,
  readChoice,
  readDate,
  readDated,
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
import { readDateList, readIdList, readTerms } from './lists.js';
import { readText } from './text-fields.js';
import { readImage, readSources } from './parts.js';
import { parseInlinePlace } from './place.js';
import type { InlinePlace } from './place.js';
import { readEndAfter, readRRule } from './schedule.js';

/** Inline places found on events, handed to the caller once duplicate events are discarded. */
export type InlinePlaces = Map<Draft<FeedEvent>, InlinePlace>;

export function parseEvent(
  ctx: ParseContext,
  input: JsonObject,
  path: string,
  inlinePlaces: InlinePlaces,
): Draft<FeedEvent> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const title = readText(ctx, input, 'title', path, LIMITS.title, 'required');
  const start = readDated(ctx, input, 'start', path, 'required');
  if (id === undefined || title === undefined || start === undefined) return null;
  const event: Draft<FeedEvent> = { id, title, start: start.text };
  put(event, 'end', readEndAfter(ctx, input, 'end', path, start));
  put(event, 'summary', readText(ctx, input, 'summary', path, LIMITS.summary));
  put(event, 'description', readText(ctx, input, 'description', path, LIMITS.description));
  put(event, 'rrule', readRRule(ctx, input, path));
  put(event, 'exdates', readDateList(ctx, input, 'exdates', path));
  readEventPlace(ctx, input, path, event, inlinePlaces);
  put(event, 'attendance', readChoice<AttendanceMode>(ctx, input, 'attendance', path, 'attendanceModes'));
  put(event, 'onlineUrl', readUrl(ctx, input, 'onlineUrl', path));
  put(event, 'organizers', readIdList(ctx, input, 'organizers', path));
  put(event, 'sectors', readTerms(ctx, input, 'sectors', path, 'sectors'));
  put(event, 'audience', readTerms(ctx, input, 'audience', path, 'audiences'));
  put(event, 'age', readAge(ctx, input, path));
  put(event, 'tags', readTerms(ctx, input, 'tags', path));
  put(event, 'price', readPrice(ctx, input, path));
  put(event, 'registration', readRegistration(ctx, input, path));
  put(event, 'accessibility', readTerms(ctx, input, 'accessibility', path, 'accessibility'));
  put(event, 'image', readImage(ctx, input, 'image', path));
  put(event, 'url', readUrl(ctx, input, 'url', path));
  put(event, 'status', readChoice<EventStatus>(ctx, input, 'status', path, 'eventStatuses'));
  put(event, 'missionIds', readIdList(ctx, input, 'missionIds', path));
  put(event, 'cooperationIds', readIdList(ctx, input, 'cooperationIds', path));
  put(event, 'updated', readDate(ctx, input, 'updated', path));
  put(event, 'sources', readSources(ctx, input, path));
  return event;
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

const AGE: NumberRule = { min: 0, max: 120, integer: true, expected: 'age' };

function readAge(ctx: ParseContext, input: JsonObject, path: string): AgeRange | undefined {
  const object = readObject(ctx, input, 'age', path);
  if (object === undefined) return undefined;
  const here = childPath(path, 'age');
  const age: Draft<AgeRange> = {};
  put(age, 'min', readNumber(ctx, object, 'min', here, AGE));
  const max = readNumber(ctx, object, 'max', here, AGE);
  if (max !== undefined && age.min !== undefined && max < age.min) {
    ctx.report('out-of-range', childPath(here, 'max'), 'warning', {
      value: max,
      expected: { fr: `au moins l'âge minimum, ${age.min}`, en: `at least the minimum age, ${age.min}` },
    });
  } else {
    put(age, 'max', max);
  }
  return age.min === undefined && age.max === undefined ? undefined : age;
}

/** `{free, text}`; a bare text is accepted as the price's text. */
function readPrice(ctx: ParseContext, input: JsonObject, path: string): Price | undefined {
  const value = own(input, 'price');
  if (typeof value === 'string') {
    const text = readText(ctx, input, 'price', path, LIMITS.short);
    return text === undefined ? undefined : { text };
  }
  const object = readObject(ctx, input, 'price', path);
  if (object === undefined) return undefined;
  const here = childPath(path, 'price');
  const price: Draft<Price> = {};
  put(price, 'free', readBoolean(ctx, object, 'free', here));
  put(price, 'text', readText(ctx, object, 'text', here, LIMITS.short));
  return price.free === undefined && price.text === undefined ? undefined : price;
}

function readRegistration(ctx: ParseContext, input: JsonObject, path: string): Registration | undefined {
  const object = readObject(ctx, input, 'registration', path);
  if (object === undefined) return undefined;
  const here = childPath(path, 'registration');
  const registration: Draft<Registration> = {};
  put(registration, 'required', readBoolean(ctx, object, 'required', here));
  put(registration, 'url', readUrl(ctx, object, 'url', here));
  put(registration, 'email', readEmail(ctx, object, 'email', here));
  put(registration, 'phone', readPhone(ctx, object, 'phone', here));
  return Object.keys(registration).length === 0 ? undefined : registration;
}
