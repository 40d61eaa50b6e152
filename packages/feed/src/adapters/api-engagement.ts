/**
 * API Engagement (the missions behind JeVeuxAider.gouv.fr and other platforms) in: `GET /v0/mission`
 * responses (`{ data: [...] }`, `{ hits: [...] }` or a plain array) as missions, with their organisations.
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
import { localizedText } from './text-tools.js';

/** API Engagement domains → the feed's sectors. */
const DOMAINS: Readonly<Record<string, string>> = {
  environnement: 'environnement',
  'solidarite-insertion': 'solidarite',
  sante: 'sante',
  'culture-loisirs': 'culture',
  education: 'education',
  emploi: 'economie',
  sport: 'sport',
  humanitaire: 'solidarite',
  animaux: 'environnement',
  'vivre-ensemble': 'citoyennete',
  'memoire-et-citoyennete': 'citoyennete',
  'prevention-protection': 'citoyennete',
  'benevolat-competences': 'solidarite',
  numerique: 'numerique',
};

export const apiEngagementToFeed = guarded('API Engagement', (input: unknown, options: AdapterOptions = {}): AdapterResult => {
  const read = jsonInput(input);
  if ('error' in read) {
    return { feed: null, problems: [problem('error', `La réponse n’est pas du JSON valide (${read.error}).`, `The response is not valid JSON (${read.error}).`)] };
  }
  const root = read.value;
  const missions = Array.isArray(root) ? root : Array.isArray(field(root, 'data')) ? arrayField(root, 'data') : Array.isArray(field(root, 'hits')) ? arrayField(root, 'hits') : isRecord(field(root, 'data')) ? [field(root, 'data')] : null;
  if (missions === null) {
    return { feed: null, problems: [problem('error', 'Ce document n’est pas une réponse de l’API Engagement (pas de liste « data »).', 'This document is not an API Engagement response (no "data" list).')] };
  }
  const timezone = options.timezone !== undefined && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/Paris';
  const builder = new FeedBuilder(timezone, options.language ?? 'fr');
  const problems: AdapterProblem[] = [];
  missions.forEach((mission, index) => readMission(mission, index, builder, problems));
  return { feed: builder.feed(options, { title: 'Missions bénévoles' }), problems };
});

function readMission(mission: unknown, index: number, builder: FeedBuilder, problems: AdapterProblem[]): void {
  const path = `data[${index}]`;
  const title = stringField(mission, 'title');
  const organizationName = stringField(mission, 'organizationName') ?? stringField(mission, 'publisherName');
  if (title === undefined || organizationName === undefined) {
    problems.push(problem('error', `La mission n° ${index + 1} n’a pas de titre ou d’organisation : elle est ignorée.`, `Mission ${index + 1} has no title or organisation: it is skipped.`, { path }));
    return;
  }
  const organizationId = builder.organization({
    name: organizationName,
    url: stringField(mission, 'organizationUrl'),
    logo: stringField(mission, 'organizationLogo'),
    rna: stringField(mission, 'organizationRNA') ?? stringField(mission, 'organizationRna'),
    siren: stringField(mission, 'organizationSiren'),
    description: localizedText(field(mission, 'organizationDescription'), true),
    sourceId: stringField(mission, 'organizationId'),
  });
  const addresses = arrayField(mission, 'addresses');
  const address = addresses.find(isRecord) ?? mission;
  const location = field(address, 'location') ?? field(mission, 'location');
  const street = stringField(address, 'street') ?? stringField(address, 'address');
  const city = stringField(address, 'city');
  const placeId =
    city === undefined && street === undefined
      ? undefined
      : builder.place({
          name: [street, city].filter((part) => part !== undefined).join(', '),
          street,
          postalCode: stringField(address, 'postalCode'),
          locality: city,
          lat: numberField(location, 'lat'),
          lon: numberField(location, 'lon'),
        });
  const places = numberField(mission, 'places');
  const minors = field(mission, 'openToMinors');
  const domain = stringField(mission, 'domain');
  const sector = domain === undefined ? undefined : DOMAINS[domain];
  const remote = stringField(mission, 'remote');
  const url = stringField(mission, 'applicationUrl');
  const id = builder.missionIds.take(stringField(mission, '_id') ?? stringField(mission, 'clientId') ?? `mission-${index + 1}`);
  builder.missions.push(
    compact({
      id,
      title,
      organizationId,
      description: localizedText(field(mission, 'descriptionHtml') ?? field(mission, 'description'), true),
      start: feedDateTime(field(mission, 'startAt'), builder.timezone) ?? undefined,
      end: feedDateTime(field(mission, 'endAt'), builder.timezone) ?? undefined,
      schedule: stringField(mission, 'schedule'),
      placeId,
      remote: remote === 'no' || remote === 'possible' || remote === 'full' ? remote : undefined,
      sectors: sector === undefined ? undefined : [sector],
      skills: arrayField(mission, 'softSkills').filter((skill) => typeof skill === 'string'),
      spots: places !== undefined && places > 0 ? { total: Math.round(places) } : undefined,
      minAge: minors === 'no' || minors === false ? 18 : undefined,
      contact: url === undefined ? undefined : { url },
    }),
  );
}
