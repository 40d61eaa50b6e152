/** The small objects that several records share: image, contact, address, position, sources. */
import type { Address, Contact, Geo, Image } from '../types.js';
import { safeUrl } from '../url.js';
import { childPath, itemPath } from './context.js';
import { objectOf, readFields } from './field-table.js';
import type { FieldReader } from './field-table.js';
import { codeField, readEmail, readNumber, readObject, readPhone, readUrl } from './fields.js';
import { LIMITS, own } from './input.js';
import { readArray } from './lists.js';
import { stringField, textField } from './text-fields.js';

/** `{url, alt}`; a bare URL string is accepted as an image without alternative text. */
export const readImage: FieldReader<Image> = (ctx, object, key, path) => {
  if (typeof own(object, key) === 'string') {
    const url = readUrl(ctx, object, key, path);
    return url === undefined ? undefined : { url };
  }
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const url = readUrl(ctx, input, 'url', here, 'part');
  return url === undefined ? undefined : readFields<Image>(ctx, input, here, { url }, { alt: textField(LIMITS.short) });
};

export const readContact = objectOf<Contact>({ url: readUrl, email: readEmail, phone: readPhone });

const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

export const readAddress = objectOf<Address>({
  street: stringField(),
  postalCode: stringField(20),
  locality: stringField(),
  inseeCode: codeField(INSEE_CODE, 'insee'),
});

/** Both coordinates, in range, or no position at all: half a position would put a marker anywhere. */
export const readGeo: FieldReader<Geo> = (ctx, object, key, path) => {
  const input = readObject(ctx, object, key, path);
  if (input === undefined) return undefined;
  const here = childPath(path, key);
  const lat = readNumber(ctx, input, 'lat', here, { min: -90, max: 90, expected: 'latitude' }, 'part');
  const lon = readNumber(ctx, input, 'lon', here, { min: -180, max: 180, expected: 'longitude' }, 'part');
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
};

/** The feed URLs a record came from, as written by a merge. */
export const readSources: FieldReader<string[]> = (ctx, object, key, path) => {
  const entries = readArray(ctx, object, key, path, LIMITS.parts);
  if (entries === undefined) return undefined;
  const here = childPath(path, key);
  const sources: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const url = safeUrl(entries[i]);
    if (url === null) ctx.report('invalid-url', itemPath(here, i), 'warning', { value: entries[i] });
    else if (!sources.includes(url)) sources.push(url);
  }
  return sources.length === 0 ? undefined : sources;
};
