/** Which format a document is in, from its first characters and its content type, without reading it all. */
import { field, isRecord } from './result.js';

export const SOURCE_FORMATS = [
  'maillage',
  'ics',
  'jsonld',
  'openagenda',
  'api-engagement',
  'mobilizon',
  'csv',
  'unknown',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export function detectFormat(text: unknown, contentType?: string): SourceFormat {
  if (typeof text !== 'string') return isRecord(text) || Array.isArray(text) ? detectJson(text) : 'unknown';
  const type = (contentType ?? '').toLowerCase();
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(body) || type.includes('text/calendar')) return 'ics';
  if (body.startsWith('<')) return /application\/ld\+json/i.test(body) ? 'jsonld' : 'unknown';
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return detectJson(JSON.parse(body));
    } catch {
      return 'unknown';
    }
  }
  if (type.includes('csv') || looksLikeCsv(body)) return 'csv';
  return 'unknown';
}

function detectJson(value: unknown): SourceFormat {
  if (Array.isArray(value)) {
    const first = value.find(isRecord);
    if (first === undefined) return 'unknown';
    if (field(first, '@type') !== undefined || field(first, '@context') !== undefined) return 'jsonld';
    if (Array.isArray(field(first, 'timings'))) return 'openagenda';
    if (looksLikeMission(first)) return 'api-engagement';
    return 'unknown';
  }
  if (!isRecord(value)) return 'unknown';
  if (field(value, 'maillage') !== undefined) return 'maillage';
  if (field(value, '@context') !== undefined || field(value, '@graph') !== undefined || field(value, '@type') !== undefined) {
    return 'jsonld';
  }
  const events = field(value, 'events');
  if (Array.isArray(events) && events.some((event) => Array.isArray(field(event, 'timings')))) return 'openagenda';
  if (Array.isArray(field(field(value, 'event'), 'timings'))) return 'openagenda';
  const data = field(value, 'data');
  if (isRecord(data) && Object.values(data).some((part) => Array.isArray(field(part, 'elements')) || field(part, 'uuid') !== undefined)) {
    return 'mobilizon';
  }
  const missions = Array.isArray(data) ? data : field(value, 'hits');
  if (Array.isArray(missions) && missions.some(looksLikeMission)) return 'api-engagement';
  if (Array.isArray(events) && events.length === 0) return 'openagenda';
  return 'unknown';
}

function looksLikeMission(value: unknown): boolean {
  return isRecord(value) && (field(value, 'organizationName') !== undefined || field(value, 'applicationUrl') !== undefined);
}

function looksLikeCsv(body: string): boolean {
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  return /[;,\t]/.test(firstLine) && !/[{}<>]/.test(firstLine);
}
