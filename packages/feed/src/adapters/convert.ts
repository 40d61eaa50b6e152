/**
 * What the loader calls when a feed address gives something other than a Maillage feed: an iCalendar
 * file, a JSON-LD document or page, an OpenAgenda response, a CSV export... This module (and ical.js) is
 * loaded only then, so pages reading Maillage feeds never download it.
 */
import { apiEngagementToFeed } from './api-engagement.js';
import { csvToFeed } from './csv.js';
import { detectFormat, type SourceFormat } from './detect.js';
import { icsToFeed } from './ics-in.js';
import { jsonLdToFeed } from './jsonld-in.js';
import { mobilizonToFeed } from './mobilizon.js';
import { openAgendaToFeed } from './openagenda.js';
import type { AdapterProblem, AdapterResult } from './result.js';

const READERS: Partial<Record<SourceFormat, (input: unknown) => AdapterResult>> = {
  ics: icsToFeed,
  jsonld: jsonLdToFeed,
  openagenda: openAgendaToFeed,
  csv: (input) => csvToFeed(input),
  'api-engagement': apiEngagementToFeed,
  mobilizon: mobilizonToFeed,
};

export interface Conversion {
  readonly format: SourceFormat;
  readonly feed: unknown;
  readonly problems: readonly AdapterProblem[];
}

/** The raw feed another format converts to, or null when the text is in no format Maillage reads. */
export function convertToFeed(text: string, contentType?: string): Conversion | null {
  const format = detectFormat(text, contentType);
  const read = READERS[format];
  if (!read) return null;
  const result = read(text);
  return result.feed === null ? null : { format, feed: result.feed, problems: result.problems };
}
