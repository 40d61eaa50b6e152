import type { Mission, MissionType, RemoteMode, Spots } from '../types.js';
import { childPath, put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readBoolean, readChoice, readDate, readDated, readId, readNumber, readObject, readUrl } from './fields.js';
import type { NumberRule } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { readTerms } from './lists.js';
import { readText } from './text-fields.js';
import { readContact, readImage, readSources } from './parts.js';
import { readEndAfter, readRRule } from './schedule.js';

/**
 * A call for volunteers. Its `organizationId` is checked with the other references, once organizations are
 * known: a mission whose organization is missing is skipped there.
 */
export function parseMission(ctx: ParseContext, input: JsonObject, path: string): Draft<Mission> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const title = readText(ctx, input, 'title', path, LIMITS.title, 'required');
  const organizationId = readId(ctx, input, 'organizationId', path, 'required');
  if (id === undefined || title === undefined || organizationId === undefined) return null;
  const mission: Draft<Mission> = { id, title, organizationId };
  put(mission, 'type', readChoice<MissionType>(ctx, input, 'type', path, 'missionTypes'));
  const start = readDated(ctx, input, 'start', path);
  put(mission, 'start', start?.text);
  put(mission, 'end', readEndAfter(ctx, input, 'end', path, start));
  put(mission, 'schedule', readText(ctx, input, 'schedule', path, LIMITS.short));
  put(mission, 'rrule', readRRule(ctx, input, path));
  put(mission, 'placeId', readId(ctx, input, 'placeId', path, 'optional'));
  put(mission, 'remote', readChoice<RemoteMode>(ctx, input, 'remote', path, 'remoteModes'));
  put(mission, 'skills', readTerms(ctx, input, 'skills', path));
  put(mission, 'sectors', readTerms(ctx, input, 'sectors', path, 'sectors'));
  put(mission, 'spots', readSpots(ctx, input, path));
  put(mission, 'minAge', readNumber(ctx, input, 'minAge', path, { min: 0, max: 120, integer: true, expected: 'age' }));
  put(mission, 'beginnerFriendly', readBoolean(ctx, input, 'beginnerFriendly', path));
  put(mission, 'description', readText(ctx, input, 'description', path, LIMITS.description));
  put(mission, 'contact', readContact(ctx, input, 'contact', path));
  put(mission, 'signup', readSignup(ctx, input, path));
  put(mission, 'deadline', readDate(ctx, input, 'deadline', path));
  put(mission, 'eventId', readId(ctx, input, 'eventId', path, 'optional'));
  put(mission, 'image', readImage(ctx, input, 'image', path));
  put(mission, 'sources', readSources(ctx, input, path));
  return mission;
}

const SPOT_COUNT: NumberRule = { min: 0, max: 1_000_000, integer: true, expected: 'count' };

/** `{total, filled}`; spots taken are brought back between 0 and the total, with a warning. */
function readSpots(ctx: ParseContext, input: JsonObject, path: string): Spots | undefined {
  const object = readObject(ctx, input, 'spots', path);
  if (object === undefined) return undefined;
  const here = childPath(path, 'spots');
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
}

const HTTPS_ADDRESS = { fr: 'une adresse en https://', en: 'an https:// address' } as const;
// Plain http only on the developer's own computer, to try a sign-up receiver before publishing it.
const LOCAL_TEST_HOST = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?(?:[/?#]|$)/;

/** Sign-ups carry personal data: their endpoint must be https. */
function readSignup(ctx: ParseContext, input: JsonObject, path: string): { readonly endpoint: string } | undefined {
  const object = readObject(ctx, input, 'signup', path);
  if (object === undefined) return undefined;
  const here = childPath(path, 'signup');
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
}
