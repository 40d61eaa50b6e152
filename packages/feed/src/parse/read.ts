/**
 * Reading a feed: any JSON value in, a typed feed of valid records and a list of raw problems out. Nothing
 * here throws. Every record is copied field by field into a fresh object, so nothing of the input object
 * (its prototype, `__proto__` keys, unknown fields) reaches the rest of the code.
 */
import type { ProblemCode, ProblemDetails, RawProblem, TextPosition } from '../problems.js';
import type { Feed, FeedEvent } from '../types.js';
import { readCollection } from './collection.js';
import { ParseContext, put } from './context.js';
import type { Draft } from './context.js';
import { parseEvent } from './event.js';
import type { InlinePlaces } from './event.js';
import { readDate, readUrl } from './fields.js';
import { asObject, own, type JsonObject } from './input.js';
import { moveInlinePlaces } from './inline-places.js';
import { parseOrganization } from './organization.js';
import { parsePlace } from './place.js';
import { resolveReferences } from './references.js';
import { inSlices, nextTask, SLICE_MS } from '../slices.js';
import { fetchReader, readers, type OptionalReader } from './optional.js';
import { acceptsVersion, readFeedSources, readFeedTitle, readLanguage, readPublisher, readTimezone } from './root.js';

export interface ParseOptions {
  /** The feed's URL, copied onto every problem (useful once several feeds are merged). */
  readonly source?: string;
}

export interface RawParseResult {
  readonly feed: Feed | null;
  readonly problems: readonly RawProblem[];
}

const raw = (code: ProblemCode, details?: ProblemDetails): RawProblem =>
  details === undefined ? { code, path: '', severity: 'error' } : { code, path: '', severity: 'error', details };

/**
 * Reads an already decoded JSON value as a Maillage feed, in one go: every optional reader must be there
 * (`parse.ts` registers them all; the loader reads in slices and fetches them).
 */
export function readFeedValue(input: unknown, options: ParseOptions = {}): RawParseResult {
  const steps = feedSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value !== undefined) throw new Error(`The ${step.value} reader is not registered (parse/all.ts).`);
  }
}

/** Reads the text of a feed file, with clear problems for an empty file, an HTML page or broken JSON. */
export function readFeedText(text: string, options: ParseOptions = {}): RawParseResult {
  const decoded = decode(text, options);
  return 'value' in decoded ? readFeedValue(decoded.value, options) : decoded;
}

/**
 * As `readFeedText`, in slices of a few milliseconds with the page free to draw and answer in between: a
 * feed of 10 000 events is read without one long task. Nothing else differs.
 */
export async function readFeedTextInSlices(
  text: string,
  options: ParseOptions = {},
  sliceMs = SLICE_MS,
): Promise<RawParseResult> {
  // JSON.parse of a big file is a slice of its own, in a task of its own: the reading's first slice starts
  // when it began.
  if (text.length > BIG_TEXT) await nextTask();
  const started = performance.now();
  const decoded = decode(text, options);
  return 'value' in decoded ? readFeedValueInSlices(decoded.value, options, sliceMs, started) : decoded;
}

/** A text that JSON.parse takes a few milliseconds to read (100 000 characters). */
const BIG_TEXT = 100_000;

/** As `readFeedValue`, in slices, fetching the optional readers the feed needs. */
export function readFeedValueInSlices(
  input: unknown,
  options: ParseOptions = {},
  sliceMs = SLICE_MS,
  sliceStart = performance.now(),
): Promise<RawParseResult> {
  return inSlices(feedSteps(input, options), sliceMs, fetchReader, sliceStart);
}

/**
 * The steps of reading a value: a generator that pauses between slices of records, and yields the name of
 * an optional reader it needs and has not got.
 */
function* feedSteps(input: unknown, options: ParseOptions): Generator<OptionalReader | void, RawParseResult> {
  const ctx = new ParseContext(options.source);
  try {
    const feed = yield* readFeed(ctx, input);
    return { feed, problems: ctx.problems() };
  } catch (error) {
    // Only a hostile non-JSON input (a throwing getter, a revoked proxy) gets here: still an answer, not a crash.
    return failure(raw('unreadable', { value: errorText(error) }), options);
  }
}

/** The JSON value of a feed's text, or the problem that stops it: an empty file, an HTML page, broken JSON. */
function decode(text: string, options: ParseOptions): { value: unknown } | RawParseResult {
  if (typeof text !== 'string') return { value: text };
  // A byte order mark is invisible in editors but refused by JSON.parse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return failure(raw('empty-file'), options);
  if (start.startsWith('<')) return failure(raw('html-page'), options);
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    return failure(jsonProblem(body, errorText(error)), options);
  }
}

function* readFeed(ctx: ParseContext, input: unknown): Generator<OptionalReader | void, Feed | null> {
  const root = asObject(input);
  if (root === null || own(root, 'maillage') === undefined) {
    ctx.report('not-a-feed', '', 'error');
    return null;
  }
  if (!acceptsVersion(ctx, root)) return null;
  const title = readFeedTitle(ctx, root);
  const language = readLanguage(ctx, root);
  const timezone = readTimezone(ctx, root);
  ctx.timezone = timezone;
  const updated = readDate(ctx, root, 'updated', '');
  const url = readUrl(ctx, root, 'url', '');
  const publisher = readPublisher(ctx, root);
  const sources = readFeedSources(ctx, root, 'sources', '');

  if (hasRecurrence(root)) yield* need('rrule');
  const organizations = yield* readCollection(ctx, root, 'organizations', parseOrganization);
  const places = (yield* readCollection(ctx, root, 'places', parsePlace)).map((entry) => entry.record);
  const inlinePlaces: InlinePlaces = new Map();
  const events = yield* readCollection<Draft<FeedEvent>>(ctx, root, 'events', (c, event, path) =>
    parseEvent(c, event, path, inlinePlaces),
  );
  moveInlinePlaces(events, inlinePlaces, places);
  if (hasRecords(root, 'missions')) yield* need('mission');
  const missionList = yield* readCollection(ctx, root, 'missions', readers.mission ?? noRecord);
  if (hasRecords(root, 'cooperations')) yield* need('cooperation');
  const cooperationList = yield* readCollection(ctx, root, 'cooperations', readers.cooperation ?? noRecord);
  yield;
  const { missions, cooperations } = resolveReferences(ctx, {
    organizations,
    places,
    events,
    missions: missionList,
    cooperations: cooperationList,
  });

  const feed: Draft<Feed> = {
    maillage: '1',
    title,
    language,
    timezone,
    organizations: organizations.map((entry) => entry.record),
    places,
    events: events.map((entry) => entry.record),
    missions,
    cooperations,
  };
  put(feed, 'updated', updated);
  put(feed, 'url', url);
  put(feed, 'publisher', publisher);
  put(feed, 'sources', sources);
  return feed;
}

function* need(name: OptionalReader): Generator<OptionalReader, void> {
  if (readers[name] === undefined) yield name;
}

/** Never called: a list without records needs no reader. */
const noRecord = (): null => null;

function hasRecords(root: JsonObject, key: 'missions' | 'cooperations'): boolean {
  const list = own(root, key);
  return Array.isArray(list) && list.length > 0;
}

/** Whether an event or a mission has a recurrence rule. */
function hasRecurrence(root: JsonObject): boolean {
  return (['events', 'missions'] as const).some((key) => {
    const list = own(root, key);
    return Array.isArray(list) && list.some((record) => {
      const object = asObject(record);
      return object !== null && own(object, 'rrule') !== undefined;
    });
  });
}

/**
 * The problem of a text JSON.parse refused. Engines word their errors differently, but all give either "end
 * of input" or a position; an error at the very end of the text means the file was cut short.
 */
function jsonProblem(body: string, message: string): RawProblem {
  const position = /position (\d+)/i.exec(message);
  const offset = position === null ? -1 : Number(position[1]);
  const cut = /end of (json )?(data|input)|unterminated|unexpected end/i.test(message);
  if (cut || offset >= body.trimEnd().length) return raw('json-truncated');
  // Chromium gives a position; Firefox gives "at line 3 column 5 of the JSON data".
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (offset < 0 && lineColumn !== null) return raw('json-syntax', { at: { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } });
  return raw('json-syntax', offset < 0 ? {} : { at: positionIn(body, offset) });
}

function positionIn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function failure(problem: RawProblem, options: ParseOptions): RawParseResult {
  return { feed: null, problems: [options.source === undefined ? problem : { ...problem, source: options.source }] };
}

function errorText(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 500);
  } catch {
    return '';
  }
}
