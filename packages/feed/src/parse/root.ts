/** The feed's own fields, around its records: version, title, language, zone, publisher, sources. */
import { isValidTimeZone } from '../datetime.js';
import type { FeedSource, Publisher, Text } from '../types.js';
import type { Draft, ParseContext } from './context.js';
import { readFields } from './field-table.js';
import { readEmail, readObject, readUrl } from './fields.js';
import { entryObject, LIMITS, own } from './input.js';
import type { JsonObject } from './input.js';
import { listOf } from './lists.js';
import { isLanguageCode, readText, readTextValue, textField } from './text-fields.js';

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

/** The feed's language or zone: a valid one trimmed, else the default, with a warning when one was written. */
function readSetting(
  ctx: ParseContext,
  root: JsonObject,
  key: 'language' | 'timezone',
  isValid: (value: string) => boolean,
  fallback: string,
): string {
  const value = own(root, key);
  if (value === undefined) return fallback;
  if (typeof value === 'string' && isValid(value.trim())) return value.trim();
  ctx.report('invalid-field', key, 'warning', { value, expected: key, effect: 'replace', replacement: fallback });
  return fallback;
}

export function readLanguage(ctx: ParseContext, root: JsonObject): string {
  return readSetting(ctx, root, 'language', isLanguageCode, DEFAULT_LANGUAGE);
}

export function readTimezone(ctx: ParseContext, root: JsonObject): string {
  return readSetting(ctx, root, 'timezone', isValidTimeZone, DEFAULT_TIMEZONE);
}

export function readPublisher(ctx: ParseContext, root: JsonObject): Publisher | undefined {
  const object = readObject(ctx, root, 'publisher', '');
  if (object === undefined) return undefined;
  const name = readText(ctx, object, 'name', 'publisher', LIMITS.title, 'part');
  if (name === undefined) return undefined;
  return readFields<Draft<Publisher>>(ctx, object, 'publisher', { name }, { url: readUrl, email: readEmail });
}

/** The feeds a merged feed came from, as written by the merge, so that a cached merged feed reads back. */
export const readFeedSources: typeof readSourceList = (ctx, object, key, path) => {
  // A feed named twice is one source: the first mention is kept.
  const seen = new Set<string>();
  const sources = readSourceList(ctx, object, key, path)?.filter((source) => !seen.has(source.url) && seen.add(source.url));
  return sources?.length ? sources : undefined;
};

const readSourceList = listOf((ctx, value, path): FeedSource | null => {
  const object = entryObject(ctx, value, path);
  const url = object === null ? undefined : readUrl(ctx, object, 'url', path, 'part');
  if (url === undefined) return null;
  return readFields<Draft<FeedSource>>(ctx, object!, path, { url }, { title: textField(LIMITS.title) });
});
