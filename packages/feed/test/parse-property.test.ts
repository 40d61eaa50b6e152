import './fuzz-seed.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, parseFeedText } from '../src/parse.js';
import {
  ATTENDANCE_MODES,
  COOPERATION_STATUSES,
  EVENT_STATUSES,
  MISSION_TYPES,
  ORGANIZATION_TYPES,
  REMOTE_MODES,
  RESOURCE_KINDS,
} from '../src/types.js';
import type { Feed } from '../src/types.js';

type Json = Record<string, unknown>;

const RUNS = 300;

// ---------------------------------------------------------------------------------------------------------
// An independent checker of what a parsed feed promises: written from the format's rules, not from the parser.
// ---------------------------------------------------------------------------------------------------------

const FIELDS: Record<string, readonly string[]> = {
  feed: ['maillage', 'title', 'language', 'timezone', 'updated', 'url', 'publisher', 'organizations', 'places',
    'events', 'missions', 'cooperations', 'sources'],
  organizations: ['id', 'name', 'type', 'sectors', 'description', 'url', 'email', 'phone', 'logo', 'placeId', 'rna',
    'siren', 'privacyUrl', 'sources'],
  places: ['id', 'name', 'address', 'geo', 'accessibility', 'url', 'sources'],
  events: ['id', 'title', 'start', 'end', 'summary', 'description', 'rrule', 'exdates', 'placeId', 'attendance',
    'onlineUrl', 'organizers', 'sectors', 'audience', 'age', 'tags', 'price', 'registration', 'accessibility', 'image',
    'url', 'status', 'missionIds', 'cooperationIds', 'updated', 'sources'],
  missions: ['id', 'title', 'organizationId', 'type', 'start', 'end', 'schedule', 'rrule', 'placeId', 'remote',
    'skills', 'sectors', 'spots', 'minAge', 'beginnerFriendly', 'description', 'contact', 'signup', 'deadline',
    'eventId', 'image', 'sources'],
  cooperations: ['id', 'title', 'partners', 'summary', 'description', 'sectors', 'resources', 'outcomes', 'since',
    'until', 'status', 'placeIds', 'eventIds', 'missionIds', 'image', 'url', 'contact', 'sources'],
};

class Violation extends Error {}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Violation(what);
}

function keysWithin(value: unknown, allowed: readonly string[], where: string): Json {
  check(typeof value === 'object' && value !== null && !Array.isArray(value), `${where} is an object`);
  check(Object.getPrototypeOf(value) === Object.prototype, `${where} has Object.prototype`);
  for (const key of Object.keys(value as Json)) check(allowed.includes(key), `${where} has no key ${key}`);
  return value as Json;
}

function isCleanString(value: unknown, max: number): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= max &&
    value === value.trim() &&
    !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(value)
  );
}

function checkText(value: unknown, max: number, where: string): void {
  if (typeof value === 'string') return check(isCleanString(value, max), `${where} is a clean text of at most ${max}`);
  const object = keysWithin(value, Object.keys(value as Json), where);
  const keys = Object.keys(object);
  check(keys.length >= 1 && keys.length <= 20, `${where} has 1 to 20 languages`);
  for (const key of keys) {
    check(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(key), `${where} key ${key} is a language`);
    check(isCleanString(object[key], max), `${where}.${key} is a clean text`);
  }
}

function checkOptional(record: Json, key: string, where: string, test: (value: unknown) => boolean): void {
  if (key in record) check(test(record[key]), `${where}.${key} is valid: ${String(record[key])}`);
}

const isWebUrl = (value: unknown): boolean =>
  typeof value === 'string' && /^https?:\/\/[^/?#@\s]+([/?#]\S*)?$/.test(value) && value.length <= 2048;
const isEmail = (value: unknown): boolean => typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const isPhone = (value: unknown): boolean =>
  typeof value === 'string' && /^[0-9 +.\-()]{3,30}$/.test(value) && (value.match(/\d/g) ?? []).length >= 3;
const isId = (value: unknown): boolean => isCleanString(value, 200);
const isInteger = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max && !Object.is(value, -0);

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const calendar = year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const clock = match[4] === undefined || (Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6] ?? 0) < 60);
  const offset = match[8] === undefined || (Number(match[8]) < 24 && Number(match[9]) < 60);
  return calendar && clock && offset;
}

/** False only when both dates are of a kind that compares without a zone and `end` is before `start`. */
function endNotBeforeStart(start: string, end: string): boolean {
  const zoned = (text: string): boolean => /(Z|[+-]\d{2}:\d{2})$/.test(text);
  if (end.length === 10) return end >= start.slice(0, 10);
  if (zoned(start) && zoned(end)) return Date.parse(end) >= Date.parse(start);
  if (!zoned(start) && !zoned(end)) {
    const full = (text: string): string => (text.length === 10 ? `${text}T00:00:00` : text.length === 16 ? `${text}:00` : text);
    return full(end) >= full(start);
  }
  return true;
}

function checkList(value: unknown, max: number, where: string, entry: (item: unknown) => boolean): readonly unknown[] {
  check(Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype, `${where} is an array`);
  const list = value as unknown[];
  check(list.length >= 1 && list.length <= max, `${where} has 1 to ${max} entries`);
  check(new Set(list.map((item) => JSON.stringify(item))).size === list.length, `${where} has no duplicates`);
  for (const item of list) check(entry(item), `${where} entry ${JSON.stringify(item)} is valid`);
  return list;
}

const isTerm = (value: unknown): boolean => isCleanString(value, 500);

function checkImage(value: unknown, where: string): void {
  const image = keysWithin(value, ['url', 'alt'], where);
  check(isWebUrl(image.url), `${where}.url is a web URL`);
  if ('alt' in image) checkText(image.alt, 500, `${where}.alt`);
}

function checkContact(value: unknown, where: string, keys = ['url', 'email', 'phone']): void {
  const contact = keysWithin(value, keys, where);
  check(Object.keys(contact).length > 0, `${where} is not empty`);
  checkOptional(contact, 'url', where, isWebUrl);
  checkOptional(contact, 'email', where, isEmail);
  checkOptional(contact, 'phone', where, isPhone);
  checkOptional(contact, 'required', where, (v) => typeof v === 'boolean');
}

/** Throws a Violation naming the first broken promise of a parsed feed. */
export function checkFeed(feed: Feed): void {
  const root = keysWithin(feed, FIELDS.feed!, 'feed');
  check(root.maillage === '1', 'maillage is "1"');
  if (root.title !== '') checkText(root.title, 300, 'title');
  check(typeof root.language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(root.language), 'language');
  check(typeof root.timezone === 'string' && root.timezone !== '', 'timezone');
  new Intl.DateTimeFormat('en', { timeZone: root.timezone as string });
  checkOptional(root, 'updated', 'feed', isDate);
  checkOptional(root, 'url', 'feed', isWebUrl);
  if ('publisher' in root) {
    const publisher = keysWithin(root.publisher, ['name', 'url', 'email'], 'publisher');
    checkText(publisher.name, 300, 'publisher.name');
    checkOptional(publisher, 'url', 'publisher', isWebUrl);
    checkOptional(publisher, 'email', 'publisher', isEmail);
  }
  if ('sources' in root) {
    checkList(root.sources, 200, 'sources', (source) => {
      const entry = keysWithin(source, ['url', 'title'], 'sources[]');
      if ('title' in entry) checkText(entry.title, 300, 'sources[].title');
      return isWebUrl(entry.url);
    });
  }

  const ids: Record<string, Set<string>> = {};
  for (const collection of ['organizations', 'places', 'events', 'missions', 'cooperations'] as const) {
    const records = feed[collection] as unknown as readonly Json[];
    check(Array.isArray(records), `${collection} is an array`);
    ids[collection] = new Set(records.map((record) => record.id as string));
    check(ids[collection]!.size === records.length, `${collection} ids are unique`);
  }
  const refersTo = (collection: string) => (value: unknown) => typeof value === 'string' && ids[collection]!.has(value);

  feed.organizations.forEach((value, i) => {
    const where = `organizations[${i}]`;
    const record = keysWithin(value, FIELDS.organizations!, where);
    check(isId(record.id), `${where}.id`);
    checkText(record.name, 300, `${where}.name`);
    checkOptional(record, 'type', where, (v) => (ORGANIZATION_TYPES as readonly unknown[]).includes(v));
    if ('sectors' in record) checkList(record.sectors, 50, `${where}.sectors`, isTerm);
    if ('description' in record) checkText(record.description, 20_000, `${where}.description`);
    for (const key of ['url', 'logo', 'privacyUrl']) checkOptional(record, key, where, isWebUrl);
    checkOptional(record, 'email', where, isEmail);
    checkOptional(record, 'phone', where, isPhone);
    checkOptional(record, 'placeId', where, refersTo('places'));
    checkOptional(record, 'rna', where, (v) => typeof v === 'string' && /^W\d{9}$/.test(v));
    checkOptional(record, 'siren', where, (v) => typeof v === 'string' && /^\d{9}$/.test(v));
    if ('sources' in record) checkList(record.sources, 200, `${where}.sources`, isWebUrl);
  });

  feed.places.forEach((value, i) => {
    const where = `places[${i}]`;
    const record = keysWithin(value, FIELDS.places!, where);
    check(isId(record.id), `${where}.id`);
    checkText(record.name, 300, `${where}.name`);
    if ('address' in record) {
      const address = keysWithin(record.address, ['street', 'postalCode', 'locality', 'inseeCode'], `${where}.address`);
      check(Object.keys(address).length > 0, `${where}.address is not empty`);
      checkOptional(address, 'street', where, isTerm);
      checkOptional(address, 'postalCode', where, (v) => isCleanString(v, 20));
      checkOptional(address, 'locality', where, isTerm);
      checkOptional(address, 'inseeCode', where, (v) => typeof v === 'string' && /^(\d{2}|2[AB])\d{3}$/.test(v));
    }
    if ('geo' in record) {
      const geo = keysWithin(record.geo, ['lat', 'lon'], `${where}.geo`);
      check(typeof geo.lat === 'number' && geo.lat >= -90 && geo.lat <= 90, `${where}.geo.lat`);
      check(typeof geo.lon === 'number' && geo.lon >= -180 && geo.lon <= 180, `${where}.geo.lon`);
    }
    if ('accessibility' in record) checkList(record.accessibility, 50, `${where}.accessibility`, isTerm);
    checkOptional(record, 'url', where, isWebUrl);
  });

  feed.events.forEach((value, i) => {
    const where = `events[${i}]`;
    const record = keysWithin(value, FIELDS.events!, where);
    check(isId(record.id), `${where}.id`);
    checkText(record.title, 300, `${where}.title`);
    check(isDate(record.start), `${where}.start is a date`);
    checkOptional(record, 'end', where, (v) => isDate(v) && endNotBeforeStart(record.start as string, v as string));
    if ('summary' in record) checkText(record.summary, 1_000, `${where}.summary`);
    if ('description' in record) checkText(record.description, 20_000, `${where}.description`);
    checkOptional(record, 'rrule', where, (v) => isCleanString(v, 500) && /^FREQ=|;FREQ=/i.test(v as string) && !/^rrule:/i.test(v as string));
    if ('exdates' in record) checkList(record.exdates, 1_000, `${where}.exdates`, isDate);
    checkOptional(record, 'placeId', where, refersTo('places'));
    checkOptional(record, 'attendance', where, (v) => (ATTENDANCE_MODES as readonly unknown[]).includes(v));
    checkOptional(record, 'onlineUrl', where, isWebUrl);
    if ('organizers' in record) checkList(record.organizers, 1_000, `${where}.organizers`, refersTo('organizations'));
    for (const key of ['sectors', 'audience', 'tags', 'accessibility']) {
      if (key in record) checkList(record[key], 50, `${where}.${key}`, isTerm);
    }
    if ('age' in record) {
      const age = keysWithin(record.age, ['min', 'max'], `${where}.age`);
      check(Object.keys(age).length > 0, `${where}.age is not empty`);
      checkOptional(age, 'min', where, (v) => isInteger(v, 0, 120));
      checkOptional(age, 'max', where, (v) => isInteger(v, 0, 120) && (age.min === undefined || (v as number) >= (age.min as number)));
    }
    if ('price' in record) {
      const price = keysWithin(record.price, ['free', 'text'], `${where}.price`);
      check(Object.keys(price).length > 0, `${where}.price is not empty`);
      checkOptional(price, 'free', where, (v) => typeof v === 'boolean');
      if ('text' in price) checkText(price.text, 500, `${where}.price.text`);
    }
    if ('registration' in record) checkContact(record.registration, `${where}.registration`, ['required', 'url', 'email', 'phone']);
    if ('image' in record) checkImage(record.image, `${where}.image`);
    checkOptional(record, 'url', where, isWebUrl);
    checkOptional(record, 'status', where, (v) => (EVENT_STATUSES as readonly unknown[]).includes(v));
    if ('missionIds' in record) checkList(record.missionIds, 1_000, `${where}.missionIds`, refersTo('missions'));
    if ('cooperationIds' in record) checkList(record.cooperationIds, 1_000, `${where}.cooperationIds`, refersTo('cooperations'));
    checkOptional(record, 'updated', where, isDate);
  });

  feed.missions.forEach((value, i) => {
    const where = `missions[${i}]`;
    const record = keysWithin(value, FIELDS.missions!, where);
    check(isId(record.id), `${where}.id`);
    checkText(record.title, 300, `${where}.title`);
    check(refersTo('organizations')(record.organizationId), `${where}.organizationId resolves`);
    checkOptional(record, 'type', where, (v) => (MISSION_TYPES as readonly unknown[]).includes(v));
    checkOptional(record, 'start', where, isDate);
    checkOptional(record, 'end', where, (v) => isDate(v) && (record.start === undefined || endNotBeforeStart(record.start as string, v as string)));
    if ('schedule' in record) checkText(record.schedule, 500, `${where}.schedule`);
    checkOptional(record, 'placeId', where, refersTo('places'));
    checkOptional(record, 'remote', where, (v) => (REMOTE_MODES as readonly unknown[]).includes(v));
    for (const key of ['skills', 'sectors']) if (key in record) checkList(record[key], 50, `${where}.${key}`, isTerm);
    if ('spots' in record) {
      const spots = keysWithin(record.spots, ['total', 'filled'], `${where}.spots`);
      check(isInteger(spots.total, 0, 1_000_000), `${where}.spots.total`);
      checkOptional(spots, 'filled', where, (v) => isInteger(v, 0, spots.total as number));
    }
    checkOptional(record, 'minAge', where, (v) => isInteger(v, 0, 120));
    checkOptional(record, 'beginnerFriendly', where, (v) => typeof v === 'boolean');
    if ('description' in record) checkText(record.description, 20_000, `${where}.description`);
    if ('contact' in record) checkContact(record.contact, `${where}.contact`);
    if ('signup' in record) {
      const signup = keysWithin(record.signup, ['endpoint'], `${where}.signup`);
      check(isWebUrl(signup.endpoint) && /^(https:|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/?#])/.test(signup.endpoint as string), `${where}.signup`);
    }
    checkOptional(record, 'deadline', where, isDate);
    checkOptional(record, 'eventId', where, refersTo('events'));
    if ('image' in record) checkImage(record.image, `${where}.image`);
  });

  feed.cooperations.forEach((value, i) => {
    const where = `cooperations[${i}]`;
    const record = keysWithin(value, FIELDS.cooperations!, where);
    check(isId(record.id), `${where}.id`);
    checkText(record.title, 300, `${where}.title`);
    const partners = checkList(record.partners, 200, `${where}.partners`, (partner) => {
      const entry = keysWithin(partner, ['organizationId', 'role'], `${where}.partners[]`);
      if ('role' in entry) checkText(entry.role, 500, `${where}.partners[].role`);
      return refersTo('organizations')(entry.organizationId);
    });
    check(new Set(partners.map((p) => (p as Json).organizationId)).size >= 2, `${where} has two distinct partners`);
    if ('summary' in record) checkText(record.summary, 1_000, `${where}.summary`);
    if ('description' in record) checkText(record.description, 20_000, `${where}.description`);
    if ('sectors' in record) checkList(record.sectors, 50, `${where}.sectors`, isTerm);
    if ('resources' in record) {
      check(Array.isArray(record.resources) && (record.resources as unknown[]).length > 0, `${where}.resources`);
      for (const resource of record.resources as unknown[]) {
        const entry = keysWithin(resource, ['kind', 'description', 'organizationId'], `${where}.resources[]`);
        check((RESOURCE_KINDS as readonly unknown[]).includes(entry.kind), `${where}.resources[].kind`);
        if ('description' in entry) checkText(entry.description, 1_000, `${where}.resources[].description`);
        checkOptional(entry, 'organizationId', where, refersTo('organizations'));
      }
    }
    if ('outcomes' in record) {
      check(Array.isArray(record.outcomes) && (record.outcomes as unknown[]).length > 0, `${where}.outcomes`);
      for (const outcome of record.outcomes as unknown[]) {
        const entry = keysWithin(outcome, ['label', 'value', 'unit'], `${where}.outcomes[]`);
        checkText(entry.label, 1_000, `${where}.outcomes[].label`);
        checkOptional(entry, 'value', where, (v) => typeof v === 'number' && Number.isFinite(v));
        if ('unit' in entry) checkText(entry.unit, 500, `${where}.outcomes[].unit`);
      }
    }
    checkOptional(record, 'since', where, isDate);
    checkOptional(record, 'until', where, (v) => isDate(v) && (record.since === undefined || endNotBeforeStart(record.since as string, v as string)));
    checkOptional(record, 'status', where, (v) => (COOPERATION_STATUSES as readonly unknown[]).includes(v));
    for (const [key, target] of [['placeIds', 'places'], ['eventIds', 'events'], ['missionIds', 'missions']] as const) {
      if (key in record) checkList(record[key], 1_000, `${where}.${key}`, refersTo(target));
    }
    if ('image' in record) checkImage(record.image, `${where}.image`);
    checkOptional(record, 'url', where, isWebUrl);
    if ('contact' in record) checkContact(record.contact, `${where}.contact`);
  });
}

/** Parses, checks the promises, and checks that the result reads back unchanged. */
function parsesIntoValidRecords(input: unknown): void {
  const result = parseFeed(input);
  check(Array.isArray(result.problems), 'problems is an array');
  for (const problem of result.problems) {
    check(typeof problem.path === 'string' && typeof problem.code === 'string', 'problem has a path and a code');
    check(problem.severity === 'error' || problem.severity === 'warning', 'problem has a severity');
    check(isCleanString(problem.message.fr, 2_000) && isCleanString(problem.message.en, 2_000), 'problem has messages');
  }
  if (result.feed === null) {
    check(result.problems.length === 1 && result.problems[0]!.severity === 'error', 'a refused feed says why');
    return;
  }
  checkFeed(result.feed);
  const again = parseFeedText(JSON.stringify(result.feed));
  expect(again.feed).to.deep.equal(result.feed);
  check(again.problems.every((problem) => problem.path === 'title'), 'a parsed feed reads back without problems');
}

// ---------------------------------------------------------------------------------------------------------
// Feed-shaped inputs: the right keys, values that are right most of the time and wrong in every way otherwise.
// ---------------------------------------------------------------------------------------------------------

const junk = fc.oneof(
  fc.constantFrom(null, true, 0, -0, 1e400, -1, 2.5, '', ' ', '__proto__', 'constructor', [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);
const mostly = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: junk, weight: 1 });

// Few ids, so that references often resolve and duplicates happen.
const idPool = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 6 },
  { arbitrary: fc.constantFrom('d', ' a ', '__proto__', 'constructor', 'toString', 1, 2), weight: 1 },
);
const id = mostly(idPool);
const idList = mostly(fc.array(mostly(idPool), { maxLength: 5 }));
const language = fc.constantFrom('fr', 'en', 'fr-FR', 'oc', '__proto__', 'constructor', 'x', 'toolonglanguage');
const shortString = fc.oneof(
  fc.constantFrom('Fête du jeu', '  Fête  ', 'a\u0000b\r\nc', '😀'.repeat(160), 'x'.repeat(310), '\t'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const text = mostly(fc.oneof(shortString, fc.dictionary(language, mostly(shortString), { maxKeys: 3 })));
const date = mostly(
  fc.oneof(
    fc.constantFrom('2027-03-14', '2027-03-14T14:00', '2027-03-14T14:00:30', '2027-03-14T14:00:00+01:00',
      '2027-03-14T13:00:00Z', ' 2027-03-15 ', '2027-02-29', '2027-03-14T24:00', '0999-01-01', '2027-3-14'),
    fc
      .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
      .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10), d.toISOString().slice(0, 16))),
  ),
);
const url = mostly(
  fc.oneof(
    fc.constantFrom('https://exemple.fr/a', 'http://exemple.fr', ' https://exemple.fr/fête d\'été ', 'javascript:alert(1)',
      'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:alert(1)', 'data:text/html,x', '/relatif',
      'www.exemple.fr', 'mailto:a@exemple.fr', 'https://u:p@exemple.fr/', 'http://localhost:8787/x'),
    fc.webUrl(),
  ),
);
const email = mostly(fc.constantFrom('a@exemple.fr', 'mailto:b@exemple.fr', 'pas un mail', 'a@b', 'a?cc=b@exemple.fr'));
const phone = mostly(fc.constantFrom('05 49 00 00 00', '+33 5 49 00 00 00', 'appeler', '12', '05\u00a049\u00a000'));
const number = mostly(fc.oneof(fc.integer({ min: -5, max: 130 }), fc.double({ noNaN: true }), fc.constantFrom('12')));
const terms = mostly(fc.array(mostly(fc.constantFrom('sport', 'Culture', 'apiculture', 'motor', 'seniors', ' x ')), { maxLength: 4 }));
const pick = <T>(values: readonly T[]) => mostly(fc.constantFrom(...values, 'inconnu', 'SCHEDULED'));
const optional = { requiredKeys: [] as never[] };

const image = mostly(fc.oneof(url, fc.record({ url, alt: text }, optional)));
const contact = mostly(fc.record({ url, email, phone }, optional));
const geo = mostly(fc.record({ lat: number, lon: number }, optional));
const address = mostly(fc.record({ street: shortString, postalCode: shortString, locality: shortString,
  inseeCode: fc.constantFrom('86194', '2A004', '123') }, optional));
const sources = mostly(fc.array(url, { maxLength: 2 }));
const rrule = mostly(fc.constantFrom('FREQ=WEEKLY;BYDAY=WE', 'RRULE:FREQ=DAILY;COUNT=3', 'FREQ=HOURLY', 'FREQ=MONTHLY;BYDAY=1SA'));

const placeFields = { id, name: text, address, geo, accessibility: terms, url, sources };
const organization = fc.record(
  { id, name: text, type: pick(ORGANIZATION_TYPES), sectors: terms, description: text, url, email, phone, logo: url,
    placeId: id, rna: mostly(fc.constantFrom('W863001234', 'w863001234', '123')),
    siren: mostly(fc.constantFrom('812345678', '812 345 678', '8123')), privacyUrl: url, sources },
  { requiredKeys: ['id', 'name'] },
);
const place = fc.record(placeFields, { requiredKeys: ['id', 'name'] });
const event = fc.record(
  { id, title: text, start: date, end: date, summary: text, description: text, rrule,
    exdates: mostly(fc.array(date, { maxLength: 3 })), placeId: id, place: mostly(fc.record(placeFields, optional)),
    attendance: pick(ATTENDANCE_MODES), onlineUrl: url, organizers: idList, sectors: terms, audience: terms,
    age: mostly(fc.record({ min: number, max: number }, optional)), tags: terms,
    price: mostly(fc.oneof(shortString, fc.record({ free: mostly(fc.boolean()), text }, optional))),
    registration: mostly(fc.record({ required: mostly(fc.boolean()), url, email, phone }, optional)),
    accessibility: terms, image, url, status: pick(EVENT_STATUSES), missionIds: idList, cooperationIds: idList,
    updated: date, sources, unknownKey: junk },
  { requiredKeys: ['id', 'title', 'start'] },
);
const mission = fc.record(
  { id, title: text, organizationId: id, type: pick(MISSION_TYPES), start: date, end: date, schedule: text, rrule,
    placeId: id, remote: pick(REMOTE_MODES), skills: terms, sectors: terms,
    spots: mostly(fc.record({ total: number, filled: number }, optional)), minAge: number,
    beginnerFriendly: mostly(fc.boolean()), description: text, contact,
    signup: mostly(fc.record({ endpoint: url }, optional)), deadline: date, eventId: id, image, sources },
  { requiredKeys: ['id', 'title', 'organizationId'] },
);
const partner = fc.oneof(idPool, fc.record({ organizationId: id, role: text }, { requiredKeys: ['organizationId'] }));
const cooperation = fc.record(
  { id, title: text,
    partners: mostly(fc.array(mostly(partner), { minLength: 2, maxLength: 4 })),
    summary: text, description: text, sectors: terms,
    resources: mostly(fc.array(mostly(fc.oneof(shortString, fc.constantFrom('premises', 'Staff'),
      fc.record({ kind: mostly(fc.constantFrom(...RESOURCE_KINDS, 'minibus')), description: text, organizationId: id }, optional))),
    { maxLength: 3 })),
    outcomes: mostly(fc.array(mostly(fc.oneof(text, fc.record({ label: text, value: number, unit: text }, optional))), { maxLength: 3 })),
    since: date, until: date, status: pick(COOPERATION_STATUSES), placeIds: idList, eventIds: idList, missionIds: idList,
    image, url, contact, sources },
  { requiredKeys: ['id', 'title', 'partners'] },
);
const KNOWN_ORGANIZATIONS = [
  { id: 'a', name: 'Association A' },
  { id: 'b', name: { fr: 'Association B', en: 'B association' } },
  { id: 'c', name: 'Médiathèque C' },
];
const records = <T>(record: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.array(mostly(record), { maxLength: 6 }), weight: 8 }, { arbitrary: junk, weight: 1 });
const feedShaped = fc.record(
  { maillage: fc.oneof({ arbitrary: fc.constant('1'), weight: 8 }, { arbitrary: fc.constantFrom(1, '2', ' 1 '), weight: 1 }),
    title: text, language: mostly(language), timezone: mostly(fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Mars/Olympus')),
    updated: date, url, publisher: mostly(fc.record({ name: text, url, email }, optional)),
    organizations: fc.oneof(
      // Usually the pool's organizations exist, so that missions and cooperations can stand.
      { arbitrary: fc.array(mostly(organization), { maxLength: 3 }).map((more) => [...KNOWN_ORGANIZATIONS, ...more]), weight: 3 },
      { arbitrary: records(organization), weight: 1 },
    ),
    places: records(place), events: records(event), missions: records(mission),
    cooperations: records(cooperation), sources: mostly(fc.array(mostly(fc.record({ url, title: text }, optional)), { maxLength: 2 })) },
  { requiredKeys: ['maillage'] },
);

describe('parseFeed: properties', () => {
  it('the checker refuses broken feeds (so that it can fail)', () => {
    const good = parseFeed({ maillage: '1', title: 'T', organizations: [{ id: 'a', name: 'A' }] }).feed!;
    expect(() => checkFeed(good)).to.not.throw();
    const broken: Json[] = [
      { ...good, events: [{ id: 'e', title: 'T', start: '2027-02-30' }] },
      { ...good, organizations: [{ id: 'a', name: 'A', url: 'javascript:alert(1)' }] },
      { ...good, organizations: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] },
      { ...good, organizations: [{ id: 'a', name: 'A', placeId: 'nowhere' }] },
      { ...good, cooperations: [{ id: 'c', title: 'C', partners: [{ organizationId: 'a' }] }] },
      { ...good, missions: [{ id: 'm', title: 'M', organizationId: 'a', spots: { total: 2, filled: 3 } }] },
      { ...good, places: [{ id: 'p', name: 'P', couleur: 'rouge' }] },
    ];
    for (const feed of broken) expect(() => checkFeed(feed as unknown as Feed), JSON.stringify(feed)).to.throw(Violation);
  });

  it('any JSON value parses without throwing into valid records only', () => {
    fc.assert(fc.property(fc.jsonValue(), parsesIntoValidRecords), { numRuns: RUNS });
  });

  it('any JSON object with a maillage key parses into valid records only', () => {
    const rooted = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })).map((object) => ({ ...object, maillage: '1' }));
    fc.assert(fc.property(rooted, parsesIntoValidRecords), { numRuns: RUNS });
  });

  it('feed-shaped objects with mistyped values parse into valid records only', () => {
    const kept = { organizations: 0, places: 0, events: 0, missions: 0, cooperations: 0 };
    fc.assert(
      fc.property(feedShaped, (input) => {
        parsesIntoValidRecords(input);
        const feed = parseFeed(input).feed;
        if (feed === null) return;
        for (const key of Object.keys(kept) as (keyof typeof kept)[]) kept[key] += feed[key].length;
      }),
      { numRuns: RUNS },
    );
    // The generator must produce records that survive, or the property would say little.
    for (const [collection, count] of Object.entries(kept)) expect(count, collection).to.be.greaterThan(RUNS / 10);
  });
});
