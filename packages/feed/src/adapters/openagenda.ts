/**
 * OpenAgenda API v2 in: the events of `GET /v2/agendas/{uid}/events` (or one `{ event }`, or a plain array).
 * An event with several timings becomes a series of events without rule, `<uid>-1`, `<uid>-2`..., one per
 * timing, each a full event of the feed (the widgets then list each date on its own).
 */
import { isValidTimeZone } from '../datetime.js';
import { FeedBuilder } from './builder.js';
import { feedDateTime } from './dates.js';
import {
  arrayField,
  compact,
  field,
  guarded,
  isRecord,
  jsonInput,
  numberField,
  problem,
  stringField,
  type AdapterOptions,
  type AdapterProblem,
  type AdapterResult,
} from './result.js';
import { localizedText, slug } from './text-tools.js';

/** Timings read per event at most: a daily exhibition over years must not flood the feed. */
const MAX_TIMINGS = 500;

const STATUSES: Readonly<Record<number, string>> = {
  1: 'scheduled',
  2: 'rescheduled',
  3: 'moved-online',
  4: 'postponed',
  5: 'full',
  6: 'cancelled',
};
const ATTENDANCE: Readonly<Record<number, string>> = { 1: 'in-person', 2: 'online', 3: 'mixed' };
const ACCESSIBILITY: Readonly<Record<string, string>> = {
  hi: 'hearing',
  ii: 'intellectual',
  mi: 'motor',
  pi: 'psychic',
  vi: 'visual',
};

export const openAgendaToFeed = guarded('OpenAgenda', (input: unknown, options: AdapterOptions = {}): AdapterResult => {
  const problems: AdapterProblem[] = [];
  const read = jsonInput(input);
  if ('error' in read) {
    return { feed: null, problems: [problem('error', `La réponse OpenAgenda n’est pas du JSON valide (${read.error}).`, `The OpenAgenda response is not valid JSON (${read.error}).`)] };
  }
  const root = read.value;
  const events = Array.isArray(root) ? root : Array.isArray(field(root, 'events')) ? arrayField(root, 'events') : isRecord(field(root, 'event')) ? [field(root, 'event')] : isRecord(root) && Array.isArray(field(root, 'timings')) ? [root] : null;
  if (events === null) {
    return { feed: null, problems: [problem('error', 'Ce document n’est pas une réponse de l’API OpenAgenda v2 (pas de liste « events »).', 'This document is not an OpenAgenda API v2 response (no "events" list).')] };
  }
  const zoneOf = (event: unknown): string => {
    const zone = options.timezone ?? stringField(event, 'timezone');
    return zone !== undefined && isValidTimeZone(zone) ? zone : 'Europe/Paris';
  };
  const builder = new FeedBuilder(zoneOf(events[0]), options.language ?? 'fr');
  events.forEach((event, index) => readEvent(event, index, builder, problems, options.language ?? 'fr'));
  const agenda = field(events.find(isRecord), 'originAgenda');
  const title = localizedText(field(agenda, 'title'));
  return { feed: builder.feed(options, { title: typeof title === 'string' ? title : 'Agenda OpenAgenda' }), problems };
});

function readEvent(event: unknown, index: number, builder: FeedBuilder, problems: AdapterProblem[], language: string): void {
  const path = `events[${index}]`;
  const title = localizedText(field(event, 'title'));
  if (!isRecord(event) || title === undefined) {
    problems.push(problem('error', `L’événement n° ${index + 1} n’a pas de titre : il est ignoré.`, `Event ${index + 1} has no title: it is skipped.`, { path }));
    return;
  }
  const uid = stringField(event, 'uid') ?? stringField(event, 'slug') ?? slug(typeof title === 'string' ? title : Object.values(title)[0]!);
  const common: Record<string, unknown> = compact({
    title,
    summary: localizedText(field(event, 'description'), true),
    description: localizedText(field(event, 'longDescription'), true),
    status: STATUSES[numberField(event, 'status') ?? 1],
    attendance: ATTENDANCE[numberField(event, 'attendanceMode') ?? 1],
    onlineUrl: stringField(event, 'onlineAccessLink'),
    tags: keywords(field(event, 'keywords'), language),
    accessibility: accessibility(field(event, 'accessibility')),
    age: ageOf(field(event, 'age')),
    registration: registration(field(event, 'registration')),
    price: price(field(event, 'conditions')),
    image: image(event),
    url: stringField(event, 'canonicalUrl') ?? stringField(event, 'link'),
    updated: feedDateTime(stringField(event, 'updatedAt'), builder.timezone) ?? undefined,
  });
  const location = field(event, 'location');
  if (isRecord(location) && stringField(location, 'name') !== undefined) {
    common.placeId = builder.place({
      name: stringField(location, 'name')!,
      street: stringField(location, 'address'),
      postalCode: stringField(location, 'postalCode'),
      locality: stringField(location, 'city'),
      inseeCode: stringField(location, 'insee'),
      lat: numberField(location, 'latitude'),
      lon: numberField(location, 'longitude'),
      url: stringField(location, 'website'),
      sourceId: stringField(location, 'uid'),
    });
  }
  const timings = arrayField(event, 'timings');
  if (timings.length === 0) {
    problems.push(problem('error', `L’événement « ${uid} » n’a aucune date (timings) : il est ignoré.`, `Event "${uid}" has no dates (timings): it is skipped.`, { path }));
    return;
  }
  if (timings.length > MAX_TIMINGS) {
    problems.push(problem('warning', `L’événement « ${uid} » a ${timings.length} dates : seules les ${MAX_TIMINGS} premières sont reprises.`, `Event "${uid}" has ${timings.length} dates: only the first ${MAX_TIMINGS} are kept.`, { path }));
  }
  timings.slice(0, MAX_TIMINGS).forEach((timing, n) => {
    const start = feedDateTime(field(timing, 'begin'), builder.timezone);
    if (start === null) {
      problems.push(problem('error', `La date n° ${n + 1} de l’événement « ${uid} » est illisible : elle est ignorée.`, `Date ${n + 1} of event "${uid}" is unreadable: it is skipped.`, { path: `${path}.timings[${n}]` }));
      return;
    }
    const end = feedDateTime(field(timing, 'end'), builder.timezone) ?? undefined;
    const id = builder.eventIds.take(timings.length === 1 ? uid : `${uid}-${n + 1}`);
    builder.events.push(compact({ id, ...common, start, end: end !== undefined && end > start ? end : undefined }));
  });
}

function keywords(value: unknown, language: string): string[] | undefined {
  const lists = Array.isArray(value) ? [value] : isRecord(value) ? [field(value, language), ...Object.values(value)] : [];
  const list = lists.find(Array.isArray) ?? [];
  const tags = list.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.trim()).filter((tag) => tag !== '' && tag.length <= 100);
  return tags.length === 0 ? undefined : [...new Set(tags)].slice(0, 50);
}

function accessibility(value: unknown): string[] | undefined {
  const codes = Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : isRecord(value) ? Object.keys(value).filter((code) => value[code] === true) : [];
  const ids = codes.map((code) => ACCESSIBILITY[code]).filter((id) => id !== undefined);
  return ids.length === 0 ? undefined : ids;
}

function ageOf(value: unknown): Record<string, unknown> | undefined {
  const min = numberField(value, 'min');
  const max = numberField(value, 'max');
  return min === undefined && max === undefined ? undefined : compact({ min, max });
}

function registration(value: unknown): Record<string, unknown> | undefined {
  const found: Record<string, unknown> = {};
  for (const item of Array.isArray(value) ? value : []) {
    const type = stringField(item, 'type');
    const text = stringField(item, 'value');
    if (text === undefined) continue;
    if (type === 'link' && found.url === undefined) found.url = text;
    else if (type === 'email' && found.email === undefined) found.email = text.replace(/^mailto:/i, '');
    else if (type === 'phone' && found.phone === undefined) found.phone = text;
  }
  return Object.keys(found).length === 0 ? undefined : found;
}

function price(conditions: unknown): Record<string, unknown> | undefined {
  const text = localizedText(conditions);
  if (text === undefined) return undefined;
  const plain = typeof text === 'string' ? text : Object.values(text)[0]!;
  return compact({ free: /^(entrée |accès )?(libre|gratuit)/i.test(plain) || undefined, text });
}

function image(event: Record<string, unknown>): Record<string, unknown> | undefined {
  const picture = field(event, 'image');
  const filename = stringField(picture, 'filename');
  const base = stringField(picture, 'base');
  const url = typeof picture === 'string' ? picture : filename !== undefined && base !== undefined ? `${base}${filename}` : undefined;
  return url === undefined ? undefined : { url };
}
