/** The feed's own fields, around its records: version, title, language, zone, publisher, sources. */
import { isValidTimeZone } from '../datetime.js';
import type { FeedSource, Publisher, Text } from '../types.js';
import { itemPath, put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readEmail, readUrl } from './fields.js';
import { asObject, LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';
import { readArray } from './lists.js';
import { isLanguageCode, readText, readTextValue } from './text-fields.js';

export const DEFAULT_LANGUAGE = 'fr';
export const DEFAULT_TIMEZONE = 'Europe/Paris';

/** Whether the root declares a version this reader understands; reports why not. */
export function acceptsVersion(ctx: ParseContext, root: JsonObject): boolean {
  const version = own(root, 'maillage');
  if (version === '1' || (typeof version === 'string' && version.trim() === '1')) return true;
  // Written as a number by many hand-made feeds: clearly version 1, so read with a warning.
  if (version === 1) {
    ctx.report('version-as-number', 'maillage', 'warning');
    return true;
  }
  ctx.report('unsupported-version', 'maillage', 'error', { value: version });
  return false;
}

/**
 * The feed's title. It is required, but a feed without one still has good records: the problem is reported
 * as an error and the title left empty, so that widgets, which show records rather than the title, still work.
 */
export function readFeedTitle(ctx: ParseContext, root: JsonObject): Text {
  const value = own(root, 'title');
  const title = value === undefined ? null : readTextValue(ctx, value, LIMITS.title, 'title');
  if (title !== null) return title;
  const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
  if (blank) ctx.report('missing-field', 'title', 'error', { expected: 'text', effect: 'none' });
  else ctx.report('invalid-field', 'title', 'error', { value, expected: 'text', effect: 'none' });
  return '';
}

export function readLanguage(ctx: ParseContext, root: JsonObject): string {
  const value = own(root, 'language');
  if (value === undefined) return DEFAULT_LANGUAGE;
  if (typeof value === 'string' && isLanguageCode(value.trim())) return value.trim();
  ctx.report('invalid-field', 'language', 'warning', {
    value,
    expected: 'language',
    effect: 'replace',
    replacement: DEFAULT_LANGUAGE,
  });
  return DEFAULT_LANGUAGE;
}

export function readTimezone(ctx: ParseContext, root: JsonObject): string {
  const value = own(root, 'timezone');
  if (value === undefined) return DEFAULT_TIMEZONE;
  if (typeof value === 'string' && isValidTimeZone(value.trim())) return value.trim();
  ctx.report('invalid-field', 'timezone', 'warning', {
    value,
    expected: 'timezone',
    effect: 'replace',
    replacement: DEFAULT_TIMEZONE,
  });
  return DEFAULT_TIMEZONE;
}

export function readPublisher(ctx: ParseContext, root: JsonObject): Publisher | undefined {
  const value = own(root, 'publisher');
  if (value === undefined) return undefined;
  const object = asObject(value);
  if (object === null) {
    ctx.report('invalid-field', 'publisher', 'warning', { value, expected: 'object' });
    return undefined;
  }
  const name = readText(ctx, object, 'name', 'publisher', LIMITS.title, 'part');
  if (name === undefined) return undefined;
  const publisher: Draft<Publisher> = { name };
  put(publisher, 'url', readUrl(ctx, object, 'url', 'publisher'));
  put(publisher, 'email', readEmail(ctx, object, 'email', 'publisher'));
  return publisher;
}

/** The feeds a merged feed came from, as written by the merge, so that a cached merged feed reads back. */
export function readFeedSources(ctx: ParseContext, root: JsonObject): FeedSource[] | undefined {
  const entries = readArray(ctx, root, 'sources', '', LIMITS.parts);
  if (entries === undefined) return undefined;
  const sources: FeedSource[] = [];
  for (let i = 0; i < entries.length; i++) {
    const path = itemPath('sources', i);
    const object = asObject(entries[i]);
    if (object === null) {
      ctx.report('invalid-field', path, 'warning', { value: entries[i], expected: 'object' });
      continue;
    }
    const url = readUrl(ctx, object, 'url', path, 'part');
    if (url === undefined) continue;
    const source: Draft<FeedSource> = { url };
    put(source, 'title', readText(ctx, object, 'title', path, LIMITS.title));
    sources.push(source);
  }
  return sources.length === 0 ? undefined : sources;
}

