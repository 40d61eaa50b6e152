/** The small objects that several records share: image, contact, address, position, sources. */
import type { Address, Contact, Geo, Image } from '../types.js';
import { childPath, itemPath, put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readCode, readEmail, readNumber, readObject, readPhone, readUrl } from './fields.js';
import { LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';
import { readArray } from './lists.js';
import { readString, readText } from './text-fields.js';
import { safeUrl } from '../url.js';

/** `{url, alt}`; a bare URL string is accepted as an image without alternative text. */
export function readImage(ctx: ParseContext, object: JsonObject, key: string, path: string): Image | undefined {
  if (typeof own(object, key) === 'string') {
    const url = readUrl(ctx, object, key, path);
    return url === undefined ? undefined : { url };
  }
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const url = readUrl(ctx, input, 'url', here, 'part');
  if (url === undefined) return undefined;
  const image: Draft<Image> = { url };
  put(image, 'alt', readText(ctx, input, 'alt', here, LIMITS.short));
  return image;
}

export function readContact(ctx: ParseContext, object: JsonObject, key: string, path: string): Contact | undefined {
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const contact: Draft<Contact> = {};
  put(contact, 'url', readUrl(ctx, input, 'url', here));
  put(contact, 'email', readEmail(ctx, input, 'email', here));
  put(contact, 'phone', readPhone(ctx, input, 'phone', here));
  return isEmpty(contact) ? undefined : contact;
}

const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

export function readAddress(ctx: ParseContext, object: JsonObject, key: string, path: string): Address | undefined {
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const address: Draft<Address> = {};
  put(address, 'street', readString(ctx, input, 'street', here));
  put(address, 'postalCode', readString(ctx, input, 'postalCode', here, 20));
  put(address, 'locality', readString(ctx, input, 'locality', here));
  put(address, 'inseeCode', readCode(ctx, input, 'inseeCode', here, INSEE_CODE, 'insee'));
  return isEmpty(address) ? undefined : address;
}

/** Both coordinates, in range, or no position at all: half a position would put a marker anywhere. */
export function readGeo(ctx: ParseContext, object: JsonObject, key: string, path: string): Geo | undefined {
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const lat = readNumber(ctx, input, 'lat', here, { min: -90, max: 90, expected: 'latitude' }, 'part');
  const lon = readNumber(ctx, input, 'lon', here, { min: -180, max: 180, expected: 'longitude' }, 'part');
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
}

/** The feed URLs a record came from, as written by a merge. */
export function readSources(ctx: ParseContext, object: JsonObject, path: string): string[] | undefined {
  const entries = readArray(ctx, object, 'sources', path, LIMITS.parts);
  if (entries === undefined) return undefined;
  const here = childPath(path, 'sources');
  const sources: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const url = safeUrl(entries[i]);
    if (url === null) ctx.report('invalid-url', itemPath(here, i), 'warning', { value: entries[i] });
    else if (!sources.includes(url)) sources.push(url);
  }
  return sources.length === 0 ? undefined : sources;
}

function isEmpty(object: object): boolean {
  return Object.keys(object).length === 0;
}
