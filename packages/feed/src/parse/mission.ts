import { MISSION_TYPES, REMOTE_MODES, SECTORS } from '../types.js';
import type { Mission, Spots } from '../types.js';
import { childPath } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readFields } from './field-table.js';
import type { FieldReader, FieldReaders } from './field-table.js';
import {
  choiceField,
  numberField,
  readBoolean,
  readDate,
  readId,
  readNumber,
  readObject,
  readOptionalId,
  readUrl,
} from './fields.js';
import type { NumberRule } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { termsField } from './lists.js';
import { readText, textField } from './text-fields.js';
import { readContact, readImage, readSources } from './parts.js';
import { endAfter, readRRule } from './schedule.js';

/**
 * A call for volunteers. Its `organizationId` is checked with the other references, once organizations are
 * known: a mission whose organization is missing is skipped there.
 */
export function parseMission(ctx: ParseContext, input: JsonObject, path: string): Draft<Mission> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const title = readText(ctx, input, 'title', path, LIMITS.title, 'required');
  const organizationId = readId(ctx, input, 'organizationId', path, 'required');
  if (id === undefined || title === undefined || organizationId === undefined) return null;
  return readFields<Draft<Mission>>(ctx, input, path, { id, title, organizationId }, FIELDS);
}

const SPOT_COUNT: NumberRule = { min: 0, max: 1_000_000, integer: true, expected: 'count' };

/** `{total, filled}`; spots taken are brought back between 0 and the total, with a warning. */
const readSpots: FieldReader<Spots> = (ctx, input, key, path) => {
  const object = readObject(ctx, input, key, path);
  if (object === undefined) return undefined;
  const here = childPath(path, key);
  const total = readNumber(ctx, object, 'total', here, SPOT_COUNT, 'part');
  if (total === undefined) return undefined;
  const filled = readNumber(ctx, object, 'filled', here, { ...SPOT_COUNT, min: -Infinity, max: Infinity });
  if (filled === undefined) return { total };
  const clamped = Math.min(Math.max(filled, 0), total);
  if (clamped !== filled) {
    ctx.report('out-of-range', childPath(here, 'filled'), 'warning', {
      value: filled,
      expected: {
        fr: `entre 0 et ${total}, le nombre total de places`,
        en: `between 0 and ${total}, the total number of spots`,
      },
      effect: 'replace',
      replacement: clamped,
    });
  }
  return { total, filled: clamped };
};

const HTTPS_ADDRESS = { fr: 'une adresse en https://', en: 'an https:// address' } as const;
// Plain http only on the developer's own computer, to try a sign-up receiver before publishing it.
const LOCAL_TEST_HOST = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?(?:[/?#]|$)/;

/** Sign-ups carry personal data: their endpoint must be https. */
const readSignup: FieldReader<{ readonly endpoint: string }> = (ctx, input, key, path) => {
  const object = readObject(ctx, input, key, path);
  if (object === undefined) return undefined;
  const here = childPath(path, key);
  const endpoint = readUrl(ctx, object, 'endpoint', here, 'part');
  if (endpoint === undefined) return undefined;
  if (!endpoint.startsWith('https:') && !LOCAL_TEST_HOST.test(endpoint)) {
    ctx.report('invalid-field', childPath(here, 'endpoint'), 'warning', {
      value: endpoint,
      expected: HTTPS_ADDRESS,
      effect: 'drop-part',
    });
    return undefined;
  }
  return { endpoint };
};

const FIELDS: FieldReaders<Mission> = {
  type: choiceField(MISSION_TYPES),
  start: readDate,
  end: endAfter('start'),
  schedule: textField(LIMITS.short),
  rrule: readRRule,
  placeId: readOptionalId,
  remote: choiceField(REMOTE_MODES),
  skills: termsField(),
  sectors: termsField(SECTORS),
  spots: readSpots,
  minAge: numberField({ min: 0, max: 120, integer: true, expected: 'age' }),
  beginnerFriendly: readBoolean,
  description: textField(LIMITS.description),
  contact: readContact,
  signup: readSignup,
  deadline: readDate,
  eventId: readOptionalId,
  image: readImage,
  sources: readSources,
};
