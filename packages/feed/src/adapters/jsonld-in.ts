/**
 * schema.org JSON-LD in: the `Event`s (and subtypes: `MusicEvent`, `SocialEvent`...) of a JSON-LD document, a
 * `@graph`, an `ItemList`, or of every `<script type="application/ld+json">` block of an HTML page (found by a
 * regular expression: no DOM, so it runs in Node too).
 */
import { isValidTimeZone } from '../datetime.js';
import { FeedBuilder, type RawPlace } from './builder.js';
import { feedDateTime } from './dates.js';
import {
  compact,
  field,
  guarded,
  isRecord,
  numberField,
  problem,
  stringField,
  type AdapterOptions,
  type AdapterProblem,
  type AdapterResult,
} from './result.js';
import { decodeEntities, localizedText, slug } from './text-tools.js';

// Every script block, whatever its type: a JSON-LD tag written inside another script's text is not one.
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json\b/i;
/** Nodes visited at most, and depth: a hostile document cannot make the walk run for ever. */
const MAX_NODES = 50_000;
const MAX_DEPTH = 12;

export const jsonLdToFeed = guarded('JSON-LD', (input: unknown, options: AdapterOptions = {}): AdapterResult => {
  const problems: AdapterProblem[] = [];
  const documents = jsonLdDocuments(input, problems);
  const events: Record<string, unknown>[] = [];
  let visited = 0;
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++visited > MAX_NODES) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    if (isEvent(node)) {
      events.push(node);
      return;
    }
    walk(field(node, '@graph'), depth + 1);
    walk(field(node, 'itemListElement'), depth + 1);
    walk(field(node, 'item'), depth + 1);
    walk(field(node, 'mainEntity'), depth + 1);
    walk(field(node, 'subEvent'), depth + 1);
  };
  documents.forEach((document) => walk(document, 0));
  if (documents.length === 0) return { feed: null, problems };
  if (events.length === 0) {
    problems.push(problem('warning', 'Aucun événement schema.org (Event) n’a été trouvé.', 'No schema.org Event was found.'));
  }
  const timezone = options.timezone !== undefined && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/Paris';
  const builder = new FeedBuilder(timezone, options.language ?? 'fr');
  events.forEach((node, index) => readEvent(node, index, builder, problems));
  return { feed: builder.feed(options, { title: 'Agenda' }), problems };
});

/** The JSON-LD values of the input: a decoded value, JSON text, or the script blocks of an HTML page. */
function jsonLdDocuments(input: unknown, problems: AdapterProblem[]): unknown[] {
  if (typeof input !== 'string') return input === undefined || input === null ? [] : [input];
  const text = input.replace(/^\ufeff/, '').trim();
  const blocks = text.startsWith('<') ? jsonLdBlocks(text) : [text];
  if (text.startsWith('<') && blocks.length === 0) {
    problems.push(problem('error', 'Cette page ne contient aucun bloc JSON-LD (<script type="application/ld+json">).',
      'This page holds no JSON-LD block (<script type="application/ld+json">).'));
  }
  const documents: unknown[] = [];
  blocks.forEach((block, index) => {
    const json = block.replace(/^\s*(<!--|<!\[CDATA\[)/, '').replace(/(-->|\]\]>)\s*$/, '').trim();
    try {
      documents.push(JSON.parse(json));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push(problem('error', `Le bloc JSON-LD n° ${index + 1} n’est pas du JSON valide (${detail}).`,
        `JSON-LD block ${index + 1} is not valid JSON (${detail}).`, { path: `script[${index}]` }));
    }
  });
  return documents;
}

function types(node: unknown): string[] {
  const type = field(node, '@type');
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

function isEvent(node: Record<string, unknown>): boolean {
  return types(node).some((type) => type === 'Event' || /^[A-Z][A-Za-z]*Event$/.test(type));
}

const STATUSES: Readonly<Record<string, string>> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};
const ATTENDANCE: Readonly<Record<string, string>> = {
  OfflineEventAttendanceMode: 'in-person',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};

/** `https://schema.org/EventCancelled` → `EventCancelled`. */
const term = (value: unknown): string => (typeof value === 'string' ? value.replace(/^.*[/#:]/, '') : '');

function text(node: unknown, key: string): string | undefined {
  const value = field(node, key);
  const first = Array.isArray(value) ? value[0] : value;
  if (isRecord(first)) return stringField(first, '@value');
  return typeof first === 'string' ? decodeEntities(first).trim() || undefined : undefined;
}

function readEvent(node: Record<string, unknown>, index: number, builder: FeedBuilder, problems: AdapterProblem[]): void {
  const path = `Event[${index}]`;
  const title = text(node, 'name');
  const start = feedDateTime(text(node, 'startDate'), builder.timezone);
  if (title === undefined || start === null) {
    problems.push(problem('error', `L’événement n° ${index + 1} n’a pas de nom (name) ou de début (startDate) lisible : il est ignoré.`,
      `Event ${index + 1} has no readable name or startDate: it is skipped.`, { path }));
    return;
  }
  const event: Record<string, unknown> = compact({
    title,
    start,
    end: feedDateTime(text(node, 'endDate'), builder.timezone) ?? undefined,
    description: localizedText(text(node, 'description'), true),
    url: text(node, 'url') ?? (typeof field(node, '@id') === 'string' && /^https?:/.test(String(field(node, '@id'))) ? field(node, '@id') : undefined),
    status: STATUSES[term(field(node, 'eventStatus'))],
    attendance: ATTENDANCE[term(field(node, 'eventAttendanceMode'))],
    image: imageOf(field(node, 'image')),
    tags: keywords(field(node, 'keywords')),
    price: priceOf(node),
    age: ageOf(text(node, 'typicalAgeRange')),
  });
  const locations = Array.isArray(field(node, 'location')) ? (field(node, 'location') as unknown[]) : [field(node, 'location')];
  for (const location of locations) {
    if (typeof location === 'string' && location.trim() !== '') event.placeId = builder.place({ name: location });
    else if (types(location).includes('VirtualLocation')) event.onlineUrl = stringField(location, 'url');
    else if (isRecord(location) && event.placeId === undefined) event.placeId = builder.place(placeOf(location));
  }
  const organizers = (Array.isArray(field(node, 'organizer')) ? (field(node, 'organizer') as unknown[]) : [field(node, 'organizer')])
    .filter(isRecord)
    .map((organizer) =>
      builder.organization({
        name: text(organizer, 'name') ?? '',
        url: stringField(organizer, 'url'),
        email: stringField(organizer, 'email')?.replace(/^mailto:/i, ''),
        phone: stringField(organizer, 'telephone'),
      }),
    )
    .filter((id) => id !== undefined);
  if (organizers.length > 0) event.organizers = organizers;
  const id = builder.eventIds.take(stringField(node, 'identifier') ?? `${slug(title)}-${start.slice(0, 10)}`);
  builder.events.push(compact({ id, ...event }));
}

function placeOf(location: Record<string, unknown>): RawPlace {
  const address = field(location, 'address');
  const geo = field(location, 'geo');
  const place: RawPlace = { name: text(location, 'name') ?? (typeof address === 'string' ? address : text(address, 'streetAddress') ?? '') };
  if (isRecord(address)) {
    place.street = text(address, 'streetAddress');
    place.postalCode = text(address, 'postalCode');
    place.locality = text(address, 'addressLocality');
  }
  place.lat = numberField(geo, 'latitude');
  place.lon = numberField(geo, 'longitude');
  place.url = stringField(location, 'url');
  for (const key of Object.keys(place) as (keyof RawPlace)[]) if (place[key] === undefined) delete place[key];
  return place;
}

function imageOf(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return { url: first };
  const url = stringField(first, 'url') ?? stringField(first, 'contentUrl');
  return url === undefined ? undefined : compact({ url, alt: stringField(first, 'caption') ?? stringField(first, 'description') });
}

function keywords(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = list.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter((item) => item !== '' && item.length <= 100);
  return tags.length === 0 ? undefined : [...new Set(tags)].slice(0, 50);
}

function priceOf(node: Record<string, unknown>): Record<string, unknown> | undefined {
  const offered = field(node, 'offers');
  const offers = (Array.isArray(offered) ? offered : [offered]).filter(isRecord);
  const free = field(node, 'isAccessibleForFree') === true || (offers.length > 0 && offers.every((offer) => numberField(offer, 'price') === 0));
  const prices = offers
    .map((offer) => {
      const price = numberField(offer, 'price');
      if (price === undefined || price === 0) return null;
      const currency = stringField(offer, 'priceCurrency') ?? 'EUR';
      const amount = `${String(price).replace('.', ',')} ${currency === 'EUR' ? '€' : currency}`;
      const name = stringField(offer, 'name');
      return name === undefined ? amount : `${name} : ${amount}`;
    })
    .filter((price) => price !== null);
  if (!free && prices.length === 0) return undefined;
  return compact({ free: free || undefined, text: prices.join(', ') || undefined });
}

/** `7-12`, `18+`, `12-` as a range of years. */
function ageOf(range: string | undefined): Record<string, unknown> | undefined {
  const match = range === undefined ? null : /^(\d{1,3})\s*(?:[-–]\s*(\d{1,3})?|\+)?$/.exec(range.trim());
  if (match === null) return undefined;
  return compact({ min: Number(match[1]), max: match[2] === undefined ? undefined : Number(match[2]) });
}

/** The text of the `<script type="application/ld+json">` blocks of an HTML page. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(SCRIPT_BLOCK)].filter((match) => JSON_LD_TYPE.test(match[1] ?? '')).map((match) => match[2] ?? '');
}
