/**
 * Mobilizon in: the JSON of its GraphQL API (`events`, `searchEvents`, a group's `organizedEvents`: any
 * `{ data: { ...: { elements: [...] } } }`, or one `{ data: { event } }`). Its iCalendar export goes through
 * `icsToFeed`.
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
  problem,
  stringField,
  type AdapterOptions,
  type AdapterProblem,
  type AdapterResult,
} from './result.js';
import { localizedText } from './text-tools.js';

const STATUSES: Readonly<Record<string, string>> = { CONFIRMED: 'scheduled', TENTATIVE: 'scheduled', CANCELLED: 'cancelled' };

export const mobilizonToFeed = guarded('Mobilizon', (input: unknown, options: AdapterOptions = {}): AdapterResult => {
  const read = jsonInput(input);
  if ('error' in read) {
    return { feed: null, problems: [problem('error', `La réponse n’est pas du JSON valide (${read.error}).`, `The response is not valid JSON (${read.error}).`)] };
  }
  const events = eventsOf(read.value);
  if (events === null) {
    return { feed: null, problems: [problem('error', 'Ce document n’est pas une réponse GraphQL de Mobilizon (pas de « data … elements »).', 'This document is not a Mobilizon GraphQL response (no "data … elements").')] };
  }
  const timezone = options.timezone !== undefined && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/Paris';
  const builder = new FeedBuilder(timezone, options.language ?? 'fr');
  const problems: AdapterProblem[] = [];
  events.forEach((event, index) => readEvent(event, index, builder, problems));
  return { feed: builder.feed(options, { title: 'Agenda Mobilizon' }), problems };
});

function eventsOf(root: unknown): unknown[] | null {
  const data = field(root, 'data');
  if (!isRecord(data)) return Array.isArray(field(root, 'elements')) ? arrayField(root, 'elements') : null;
  for (const part of Object.values(data)) {
    if (Array.isArray(field(part, 'elements'))) return arrayField(part, 'elements');
    const organized = field(part, 'organizedEvents');
    if (Array.isArray(field(organized, 'elements'))) return arrayField(organized, 'elements');
    if (field(part, 'uuid') !== undefined) return [part];
  }
  return null;
}

function readEvent(event: unknown, index: number, builder: FeedBuilder, problems: AdapterProblem[]): void {
  const path = `elements[${index}]`;
  const title = stringField(event, 'title');
  const start = feedDateTime(field(event, 'beginsOn'), builder.timezone);
  if (title === undefined || start === null) {
    problems.push(problem('error', `L’événement n° ${index + 1} n’a pas de titre ou de début lisible : il est ignoré.`, `Event ${index + 1} has no title or readable start: it is skipped.`, { path }));
    return;
  }
  const address = field(event, 'physicalAddress');
  let placeId: string | undefined;
  if (isRecord(address)) {
    // Mobilizon writes a point as "longitude;latitude".
    const [lon, lat] = (stringField(address, 'geom') ?? '').split(';').map(Number);
    placeId = builder.place({
      name: stringField(address, 'description') ?? stringField(address, 'street') ?? stringField(address, 'locality') ?? '',
      street: stringField(address, 'street'),
      postalCode: stringField(address, 'postalCode'),
      locality: stringField(address, 'locality'),
      lat: Number.isFinite(lat) ? lat : undefined,
      lon: Number.isFinite(lon) ? lon : undefined,
    });
  }
  const actor = field(event, 'attributedTo') ?? field(event, 'organizerActor');
  const organizerName = stringField(actor, 'name') ?? stringField(actor, 'preferredUsername');
  const organizer = organizerName === undefined ? undefined : builder.organization({ name: organizerName, url: stringField(actor, 'url') });
  const online = stringField(event, 'onlineAddress');
  const end = feedDateTime(field(event, 'endsOn'), builder.timezone) ?? undefined;
  const picture = field(event, 'picture');
  builder.events.push(
    compact({
      id: builder.eventIds.take(stringField(event, 'uuid') ?? stringField(event, 'id') ?? `evenement-${index + 1}`),
      title,
      start,
      end: end !== undefined && end > start ? end : undefined,
      description: localizedText(field(event, 'description'), true),
      url: stringField(event, 'url'),
      status: STATUSES[stringField(event, 'status') ?? ''],
      placeId,
      attendance: online !== undefined ? (placeId === undefined ? 'online' : 'mixed') : undefined,
      onlineUrl: online,
      organizers: organizer === undefined ? undefined : [organizer],
      tags: arrayField(event, 'tags').map((tag) => stringField(tag, 'title')).filter((tag) => tag !== undefined),
      image: stringField(picture, 'url') === undefined ? undefined : compact({ url: stringField(picture, 'url'), alt: stringField(picture, 'alt') }),
    }),
  );
}
