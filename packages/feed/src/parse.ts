/**
 * Reading a feed: any JSON value in, a typed feed of valid records and a list of problems out. Nothing here
 * throws. Every record is copied field by field into a fresh object, so nothing of the input object (its
 * prototype, `__proto__` keys, unknown fields) reaches the rest of the code.
 */
import { makeProblem } from './problems.js';
import type { TextPosition } from './problems.js';
import type { Feed, FeedEvent, ParseResult, Problem } from './types.js';
import { readCollection } from './parse/collection.js';
import { ParseContext, put } from './parse/context.js';
import type { Draft } from './parse/context.js';
import { parseCooperation } from './parse/cooperation.js';
import { parseEvent } from './parse/event.js';
import type { InlinePlaces } from './parse/event.js';
import { readDate, readUrl } from './parse/fields.js';
import { asObject, own } from './parse/input.js';
import { moveInlinePlaces } from './parse/inline-places.js';
import { parseMission } from './parse/mission.js';
import { parseOrganization } from './parse/organization.js';
import { parsePlace } from './parse/place.js';
import { resolveReferences } from './parse/references.js';
import {
  acceptsVersion,
  readFeedSources,
  readFeedTitle,
  readLanguage,
  readPublisher,
  readTimezone,
} from './parse/root.js';

export interface ParseOptions {
  /** The feed's URL, copied onto every problem (useful once several feeds are merged). */
  readonly source?: string;
}

/** Reads an already decoded JSON value as a Maillage feed. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const ctx = new ParseContext(options.source);
  try {
    return { feed: readFeed(ctx, input), problems: ctx.problems() };
  } catch (error) {
    // Only a hostile non-JSON input (a throwing getter, a revoked proxy) gets here: still an answer, not a crash.
    return failure(makeProblem('unreadable', '', 'error', { value: errorText(error) }), options);
  }
}

/** Reads the text of a feed file, with clear problems for an empty file, an HTML page or broken JSON. */
export function parseFeedText(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return parseFeed(text, options);
  // A byte order mark is invisible in editors but refused by JSON.parse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return failure(makeProblem('empty-file', '', 'error'), options);
  if (start.startsWith('<')) return failure(makeProblem('html-page', '', 'error'), options);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failure(jsonProblem(body, errorText(error)), options);
  }
  return parseFeed(value, options);
}

function readFeed(ctx: ParseContext, input: unknown): Feed | null {
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
  const sources = readFeedSources(ctx, root);

  const organizations = readCollection(ctx, root, 'organizations', parseOrganization);
  const places = readCollection(ctx, root, 'places', parsePlace).map((entry) => entry.record);
  const inlinePlaces: InlinePlaces = new Map();
  const events = readCollection<Draft<FeedEvent>>(ctx, root, 'events', (c, event, path) =>
    parseEvent(c, event, path, inlinePlaces),
  );
  moveInlinePlaces(events, inlinePlaces, places);
  const { missions, cooperations } = resolveReferences(ctx, {
    organizations,
    places,
    events,
    missions: readCollection(ctx, root, 'missions', parseMission),
    cooperations: readCollection(ctx, root, 'cooperations', parseCooperation),
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

/**
 * The problem of a text JSON.parse refused. Engines word their errors differently, but all give either "end
 * of input" or a position; an error at the very end of the text means the file was cut short.
 */
function jsonProblem(body: string, message: string): Problem {
  const position = /position (\d+)/i.exec(message);
  const offset = position === null ? -1 : Number(position[1]);
  const cut = /end of (json )?(data|input)|unterminated|unexpected end/i.test(message);
  if (cut || offset >= body.trimEnd().length) return makeProblem('json-truncated', '', 'error');
  return makeProblem('json-syntax', '', 'error', offset < 0 ? {} : { at: positionIn(body, offset) });
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

function failure(problem: Problem, options: ParseOptions): ParseResult {
  return { feed: null, problems: [options.source === undefined ? problem : { ...problem, source: options.source }] };
}

function errorText(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 500);
  } catch {
    return '';
  }
}
