/**
 * Converting other formats to Maillage feeds and back. Each `...ToFeed` adapter returns a raw feed object to
 * read with `parseFeed` (whose safety rules apply) and the problems met, and never throws. The exports take a
 * parsed feed. No DOM: runs in browsers and in Node.
 */
export type { AdapterOptions, AdapterProblem, AdapterResult, RawFeed } from './result.js';
export { detectFormat, SOURCE_FORMATS, type SourceFormat } from './detect.js';
export { icsToFeed } from './ics-in.js';
export { feedToIcs, type IcsExportOptions } from './ics-out.js';
export { escapeIcsText, foldIcsLine } from './ics-text.js';
export { jsonLdToFeed, jsonLdBlocks } from './jsonld-in.js';
export { feedToJsonLd, type JsonLdExportOptions } from './jsonld-out.js';
export { openAgendaToFeed } from './openagenda.js';
export { csvToFeed, csvFilesToFeed, type CsvFile, type CsvOptions, type CsvOrigins, type CsvResult } from './csv.js';
export { COLUMNS as CSV_COLUMNS, TEMPLATE_FILES as CSV_TEMPLATE_FILES, RECORD_KINDS, type RecordKind } from './csv-columns.js';
export { readCsv, decodeCsv, type CsvTable } from './csv-read.js';
export { apiEngagementToFeed } from './api-engagement.js';
export { mobilizonToFeed } from './mobilizon.js';
export { feedToGeoJson, type GeoJsonExportOptions } from './geojson-out.js';
export { feedToRss, escapeXml, type RssExportOptions } from './rss-out.js';
export { htmlToText } from './text-tools.js';
