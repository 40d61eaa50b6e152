/**
 * Spreadsheets in: one CSV file per kind of record, with the French headers of the templates in
 * `docs/templates/` (`evenements.csv`, `organisations.csv`, `lieux.csv`, `missions.csv`, `cooperations.csv`).
 * Every problem names its file, row and column. An event's `lieu` or `organisateurs` that no line of
 * `lieux.csv` or `organisations.csv` defines becomes a place or an organisation of that name.
 */
import { isValidTimeZone } from '../datetime.js';
import { parseRRule } from '../rrule.js';
import { foldForSearch } from '../text.js';
import { COLUMNS, RECORD_KINDS, TEMPLATE_FILES, type Column, type RecordKind } from './csv-columns.js';
import { readCsv, type CsvRecord } from './csv-read.js';
import { spreadsheetDateTime } from './dates.js';
import { problem, type AdapterOptions, type AdapterProblem, type AdapterResult, type RawFeed } from './result.js';
import { IdPool, slug } from './text-tools.js';

export interface CsvFile {
  /** The file name: it tells the kind of records (`lieux.csv`). */
  readonly name: string;
  readonly content: string | Uint8Array | ArrayBuffer;
}

export interface CsvOptions extends AdapterOptions {
  /** The kind of records of a single file, when its name and headers do not tell. */
  readonly kind?: RecordKind;
  /** The name of a single file. */
  readonly fileName?: string;
}

/** Where a record or field of the feed came from: keys are JSON paths (`events[2]`, `events[2].start`). */
export type CsvOrigins = Record<string, { readonly file: string; readonly row: number; readonly column?: number }>;

export interface CsvResult extends AdapterResult {
  readonly origins: CsvOrigins;
}

const fold = (text: string): string => foldForSearch(text).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** One CSV file (text or bytes), or several files. Never throws. */
export function csvToFeed(input: unknown, options: CsvOptions = {}): CsvResult {
  try {
    if (Array.isArray(input)) return csvFilesToFeed(input as CsvFile[], options);
    if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
      return csvFilesToFeed([{ name: options.fileName ?? 'tableau.csv', content: input }], options);
    }
    return failure('Un tableau CSV est un texte ou des octets.', 'A CSV table is text or bytes.');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`Le tableau n’a pas pu être lu (${detail}).`, `The table could not be read (${detail}).`);
  }
}

function failure(fr: string, en: string): CsvResult {
  return { feed: null, problems: [problem('error', fr, en)], origins: {} };
}

export function csvFilesToFeed(files: readonly CsvFile[], options: CsvOptions = {}): CsvResult {
  const timezone = options.timezone !== undefined && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/Paris';
  const problems: AdapterProblem[] = [];
  const origins: CsvOrigins = {};
  const records: Record<RecordKind, Record<string, unknown>[]> = {
    events: [], organizations: [], places: [], missions: [], cooperations: [],
  };
  for (const file of files) {
    if (typeof file?.name !== 'string' || file.content === undefined) continue;
    const table = readCsv(file.content);
    const at = (row?: number, column?: number): Omit<AdapterProblem, 'severity' | 'message'> => ({ file: file.name, row, column });
    if (table.unclosedQuoteRow !== undefined) {
      problems.push(problem('error', `Un guillemet ouvert ligne ${table.unclosedQuoteRow} n’est jamais fermé : la fin du fichier est lue comme une seule case.`,
        `A quote opened on line ${table.unclosedQuoteRow} is never closed: the rest of the file is read as one cell.`, at(table.unclosedQuoteRow)));
    }
    const kind = (files.length === 1 ? options.kind : undefined) ?? kindOf(file.name, table.header);
    if (kind === null) {
      problems.push(problem('error', `Le fichier ${file.name} n’est pas reconnu : nommez-le comme un modèle (${Object.values(TEMPLATE_FILES).join(', ')}).`,
        `The file ${file.name} is not recognised: name it like a template (${Object.values(TEMPLATE_FILES).join(', ')}).`, at(1)));
      continue;
    }
    const columns = table.header.map((name, index) => {
      const spec = COLUMNS[kind].find((column) => column.names.includes(fold(name)));
      if (spec === undefined && name !== '') {
        problems.push(problem('warning', `La colonne « ${name} » est inconnue : elle est ignorée.`, `The column "${name}" is unknown: it is ignored.`, at(1, index + 1)));
      }
      return spec;
    });
    for (const required of COLUMNS[kind].filter((column) => column.required)) {
      if (!columns.includes(required)) {
        problems.push(problem('error', `La colonne obligatoire « ${required.names[0]} » manque.`, `The required column "${required.names[0]}" is missing.`, at(1)));
      }
    }
    for (const record of table.records) {
      const built = readRecord(kind, record, columns, timezone, (column, fr, en, severity = 'error') =>
        problems.push(problem(severity, fr, en, at(record.row, column))),
      );
      if (built === null) continue;
      const path = `${kind}[${records[kind].length}]`;
      origins[path] = { file: file.name, row: record.row };
      for (const [key, column] of built.columns) origins[`${path}.${key}`] = { file: file.name, row: record.row, column };
      records[kind].push(built.record);
    }
  }
  giveIds(records);
  addMissingReferences(records);
  const feed: RawFeed = { maillage: '1', title: options.title ?? 'Vie associative', language: options.language ?? 'fr', timezone };
  for (const kind of RECORD_KINDS) if (records[kind].length > 0) feed[kind] = records[kind];
  return { feed, problems, origins };
}

function kindOf(name: string, header: readonly string[]): RecordKind | null {
  const file = fold(name);
  if (/evenement|event|agenda/.test(file)) return 'events';
  if (/cooperation/.test(file)) return 'cooperations';
  if (/mission|benevol/.test(file)) return 'missions';
  if (/organisation|organization|association/.test(file)) return 'organizations';
  if (/lieu|place/.test(file)) return 'places';
  const names = header.map(fold);
  if (names.includes('partenaires')) return 'cooperations';
  if (names.includes('organisation')) return 'missions';
  if (names.includes('debut') && names.includes('titre')) return 'events';
  if (names.includes('nom') && names.some((n) => ['latitude', 'commune', 'rue', 'code_postal'].includes(n))) return 'places';
  if (names.includes('nom')) return 'organizations';
  return null;
}

type Report = (column: number, fr: string, en: string, severity?: 'error' | 'warning') => void;

function readRecord(
  kind: RecordKind,
  record: CsvRecord,
  columns: readonly (Column | undefined)[],
  timezone: string,
  report: Report,
): { record: Record<string, unknown>; columns: [string, number][] } | null {
  const result: Record<string, unknown> = {};
  const placed: [string, number][] = [];
  columns.forEach((column, index) => {
    const raw = (record.cells[index] ?? '').replace(/\r\n?/g, '\n').trim();
    if (column === undefined || raw === '') return;
    const value = readCell(kind, column, raw, timezone, (fr, en, severity) => report(index + 1, fr, en, severity));
    if (value === undefined) return;
    setPath(result, column.path, value);
    placed.push([column.path, index + 1]);
  });
  if (record.cells.length > columns.length && record.cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
    report(columns.length + 1, 'Cette ligne a plus de cases que l’en-tête : les cases en trop sont ignorées (un séparateur dans un texte sans guillemets ?).',
      'This line has more cells than the header: the extra cells are ignored (a separator inside unquoted text?).', 'warning');
  }
  const missing = COLUMNS[kind].filter((column) => column.required && getPath(result, column.path) === undefined);
  if (missing.length > 0) {
    const index = columns.indexOf(missing[0]);
    const name = missing[0]!.names[0];
    if ((record.cells[index] ?? '').trim() === '') {
      report(index + 1, `La case « ${name} » est vide : la ligne est ignorée.`, `The cell "${name}" is empty: the line is skipped.`);
    } else report(index + 1, `La ligne est ignorée faute de « ${name} » lisible.`, `The line is skipped for want of a readable "${name}".`);
    return null;
  }
  return { record: result, columns: placed };
}

function readCell(
  kind: RecordKind,
  column: Column,
  raw: string,
  timezone: string,
  report: (fr: string, en: string, severity?: 'error' | 'warning') => void,
): unknown {
  const mapped = (word: string): string =>
    column.values === undefined ? slugOrText(column, word) : (column.values[fold(word)] ?? word);
  switch (column.kind) {
    case 'date': {
      const date = spreadsheetDateTime(raw, timezone);
      if (date === null) {
        report(`« ${raw} » n’est pas une date lisible : écrivez 14/03/2027 14:00 ou 2027-03-14T14:00.`,
          `"${raw}" is not a readable date: write 14/03/2027 14:00 or 2027-03-14T14:00.`);
        return undefined;
      }
      return date;
    }
    case 'number':
    case 'integer': {
      const number = Number(raw.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number) || (column.kind === 'integer' && !Number.isInteger(number))) {
        report(`« ${raw} » n’est pas un nombre${column.kind === 'integer' ? ' entier' : ''}.`, `"${raw}" is not ${column.kind === 'integer' ? 'a whole number' : 'a number'}.`);
        return undefined;
      }
      return number;
    }
    case 'boolean': {
      const word = fold(raw);
      if (['oui', 'o', 'vrai', 'x', '1', 'yes', 'true'].includes(word)) return true;
      if (['non', 'n', 'faux', '0', 'no', 'false'].includes(word)) return false;
      report(`« ${raw} » : écrivez oui ou non.`, `"${raw}": write oui (yes) or non (no).`);
      return undefined;
    }
    case 'rrule': {
      if (parseRRule(raw) === null) {
        report(`La règle de répétition « ${raw} » n’est pas comprise (exemple : FREQ=WEEKLY;BYDAY=WE).`,
          `The repetition rule "${raw}" is not understood (example: FREQ=WEEKLY;BYDAY=WE).`, 'warning');
      }
      return raw;
    }
    case 'list': {
      const items = raw.split(/\s*[,|\n]\s*/).filter((item) => item !== '');
      if (column.path === 'exdates') {
        return items.map((item) => {
          const date = spreadsheetDateTime(item, timezone);
          if (date === null) report(`« ${item} » n’est pas une date lisible.`, `"${item}" is not a readable date.`);
          return date;
        }).filter((date) => date !== null);
      }
      return items.map(mapped);
    }
    case 'text':
      if (column.path === 'partners' && kind === 'cooperations') return partners(raw);
      return column.values === undefined ? raw : mapped(raw);
  }
}

/** Vocabulary cells (`secteurs`) are folded to ids (`Solidarité` → `solidarite`); other words stay as written. */
function slugOrText(column: Column, word: string): string {
  return ['sectors', 'audience', 'type'].includes(column.path) ? slug(word) : word;
}

/** `club-rugby : Accueille au stade | mediatheque : Coin lecture`, or `club-rugby, mediatheque`. */
function partners(raw: string): { organizationId: string; role?: string }[] {
  const entries = /[|\n]/.test(raw) || raw.includes(':') ? raw.split(/\s*[|\n]\s*/) : raw.split(/\s*,\s*/);
  return entries
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [id, ...role] = entry.split(':');
      const text = role.join(':').trim();
      return text === '' ? { organizationId: id!.trim() } : { organizationId: id!.trim(), role: text };
    });
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) record[head] = value;
  else record[head] = { ...(record[head] as Record<string, unknown> | undefined), [tail]: value };
}

function getPath(record: Record<string, unknown>, path: string): unknown {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const value = record[head];
  return tail === undefined ? value : (value as Record<string, unknown> | undefined)?.[tail];
}

/** Lines without an id get one from their title or name. */
function giveIds(records: Record<RecordKind, Record<string, unknown>[]>): void {
  for (const kind of RECORD_KINDS) {
    const pool = new IdPool();
    for (const record of records[kind]) if (typeof record.id === 'string') pool.take(record.id);
    for (const record of records[kind]) {
      if (typeof record.id === 'string') continue;
      const name = String(record.title ?? record.name ?? kind);
      const date = typeof record.start === 'string' ? `-${record.start.slice(0, 10)}` : '';
      record.id = pool.take(`${slug(name)}${date}`);
    }
  }
}

/** A place or organisation named in a cell but defined by no line becomes one of that name. */
function addMissingReferences(records: Record<RecordKind, Record<string, unknown>[]>): void {
  const ensure = (kind: 'places' | 'organizations', value: unknown): string | undefined => {
    if (typeof value !== 'string' || value === '') return undefined;
    const list = records[kind];
    if (list.some((record) => record.id === value)) return value;
    const named = list.find((record) => typeof record.name === 'string' && slug(record.name) === slug(value));
    if (named !== undefined) return named.id as string;
    const id = slug(value);
    if (!list.some((record) => record.id === id)) list.push({ id, name: value });
    return id;
  };
  for (const event of records.events) {
    if (event.placeId !== undefined) event.placeId = ensure('places', event.placeId);
    if (Array.isArray(event.organizers)) event.organizers = event.organizers.map((name) => ensure('organizations', name));
  }
  for (const mission of records.missions) {
    mission.organizationId = ensure('organizations', mission.organizationId);
    if (mission.placeId !== undefined) mission.placeId = ensure('places', mission.placeId);
  }
  for (const organization of records.organizations) {
    if (organization.placeId !== undefined) organization.placeId = ensure('places', organization.placeId);
  }
}
