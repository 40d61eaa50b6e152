import { FeedCopyCache, defaultStorage, type KeyValueStorage, type StoredCopy } from './loader/cache.js';
import { describeLoadError, unparsableError, type LoadError } from './loader/errors.js';
import { fetchFeedText, type FetchLike, type FetchOutcome } from './loader/http.js';
import { readFeedTextInSlices, readFeedValueInSlices } from './parse/read.js';
import type { Feed, ParseResult, Problem } from './types.js';

export type { KeyValueStorage } from './loader/cache.js';
export { LOAD_ERROR_CODES, type LoadError, type LoadErrorCode } from './loader/errors.js';
export type { FetchLike, ResponseLike } from './loader/http.js';

/**
 * - `loading`: nothing to show yet.
 * - `ready`: every feed was just loaded.
 * - `stale`: something is shown, but a feed failed: either its last good copy is shown (`staleSince` is
 *   its date), or the other feeds are shown without it. `error` says what went wrong.
 * - `error`: nothing to show; `error` says why.
 */
export type FeedStatus = 'loading' | 'ready' | 'stale' | 'error';

/** The state of one feed URL. Dates are milliseconds since 1970, as `Date.now()`. */
export interface SourceState {
  readonly url: string;
  readonly status: FeedStatus;
  readonly error?: LoadError;
  /** When the copy shown was downloaded or confirmed unchanged by the server. */
  readonly fetchedAt?: number;
  /** For a stale copy: when it was downloaded. */
  readonly staleSince?: number;
}

/** The state of one or several feeds, merged into one. */
export interface FeedState {
  readonly status: FeedStatus;
  readonly feed: Feed | null;
  /** Problems found in each feed shown, with their feed URL in `source`. */
  readonly problems: readonly Problem[];
  /** The first feed error, when stale or error. */
  readonly error?: LoadError;
  /** The oldest `fetchedAt` of the feeds shown. */
  readonly fetchedAt?: number;
  /** The oldest date of the stale copies shown. */
  readonly staleSince?: number;
  readonly sources: readonly SourceState[];
}

export interface FeedLoaderOptions {
  /** Default: the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Where last good copies are kept. Default: `localStorage` when there is one; null keeps none. */
  readonly storage?: KeyValueStorage | null;
  /** Default 10 s. */
  readonly timeoutMs?: number;
  /** Default 10 MB. */
  readonly maxBytes?: number;
  /** A larger feed is not kept in storage. Default 4 MB. */
  readonly cacheMaxBytes?: number;
  /** How many feeds storage keeps, the least recently loaded are dropped. Default 5. */
  readonly cacheMaxFeeds?: number;
  /** Default `Date.now`. */
  readonly now?: () => number;
}

export interface LoadOptions {
  /** Ask the server again even when the feed is in memory (a request on its way is still shared). */
  readonly force?: boolean;
  /** Ask the server again when the last request for the feed started longer ago than this. */
  readonly maxAgeMs?: number;
}

const MEGABYTE = 1024 * 1024;

/** A parsed feed, and what it takes to keep it. */
interface Copy {
  readonly feed: Feed;
  readonly problems: readonly Problem[];
  readonly fetchedAt: number;
  readonly etag?: string;
}

interface SourceResult extends SourceState {
  readonly copy: Copy | null;
}

interface Entry {
  result?: SourceResult;
  pending?: Promise<SourceResult>;
  requestedAt?: number;
  /** The server (or a CORS preflight) refused `If-None-Match`. */
  noConditional?: boolean;
}

/**
 * Loads feeds by URL, at most one request per URL at a time, and keeps them in memory: one loader per
 * page means one request per feed, however many widgets show it. When a request fails, the last good copy
 * (in memory, else in storage) is shown as stale. Never rejects: failures are states.
 */
export class FeedLoader {
  readonly #fetch: FetchLike;
  readonly #cache: FeedCopyCache;
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  readonly #merged = new Map<string, { readonly parts: readonly Feed[]; readonly feed: Feed }>();

  constructor(options: FeedLoaderOptions = {}) {
    // Called through a closure: the browser's fetch throws when called as a method of another object.
    this.#fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    const storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#cache = new FeedCopyCache(storage, {
      maxBytes: options.cacheMaxBytes ?? 4 * MEGABYTE,
      maxFeeds: options.cacheMaxFeeds ?? 5,
    });
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxBytes = options.maxBytes ?? 10 * MEGABYTE;
    this.#now = options.now ?? Date.now;
  }

  /** Loads one feed, or several merged into one (see `mergeFeeds`); a string may hold several URLs. */
  async load(urls: string | readonly string[], options: LoadOptions = {}): Promise<FeedState> {
    const list = urlList(urls);
    const results = await Promise.all(list.map((url) => this.#loadSource(url, options)));
    return this.#compose(list, results);
  }

  /** What is known now, without asking the server: feeds not loaded yet are `loading`. */
  peek(urls: string | readonly string[]): Promise<FeedState> {
    const list = urlList(urls);
    return this.#compose(
      list,
      list.map((url) => this.#entries.get(url)?.result ?? { url, status: 'loading', copy: null }),
    );
  }

  /** A feed written in the page itself (`<script type="application/json">`). */
  async loadInline(text: string, source = 'inline'): Promise<FeedState> {
    const parsed = await parseLazily(text, source);
    const result: SourceResult = parsed.feed
      ? ready(source, { feed: parsed.feed, problems: tagged(parsed.problems, source), fetchedAt: this.#now() })
      : failed(source, unparsableError(source, parsed.problems), null);
    return this.#compose([source], [result]);
  }

  /**
   * Loads the feeds, then refreshes them every `intervalMs`, calling `listener` with each state. A feed
   * refreshed by another watcher less than an interval ago is not asked again, and a failure waits for
   * the next interval: no retry storm. An interval that is not a positive number loads once, without
   * refresh. Returns the function that stops watching.
   */
  watch(urls: string | readonly string[], intervalMs: number, listener: (state: FeedState) => void): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Timers may fire a little early: a small margin keeps a due feed from waiting a whole interval more.
    const maxAgeMs = intervalMs * 0.9;
    // setTimeout fires at once for NaN, 0 or anything past 2^31 - 1 ms.
    const refreshes = intervalMs > 0 && intervalMs < 2 ** 31;
    const run = async (options: LoadOptions): Promise<void> => {
      const state = await this.load(urls, options);
      if (stopped) return;
      if (refreshes) timer = setTimeout(() => void run({ maxAgeMs }), intervalMs);
      listener(state);
    };
    void run({});
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  #loadSource(url: string, options: LoadOptions): SourceResult | Promise<SourceResult> {
    let entry = this.#entries.get(url);
    if (!entry) {
      entry = {};
      this.#entries.set(url, entry);
    }
    if (entry.pending) return entry.pending;
    if (entry.result && !this.#isDue(entry, options)) return entry.result;
    const current = entry;
    current.requestedAt = this.#now();
    current.pending = this.#refresh(url, current, true)
      .then((result) => (current.result = result))
      .finally(() => {
        // Even after an unexpected exception, so that the next load asks again.
        current.pending = undefined;
      });
    return current.pending;
  }

  #isDue(entry: Entry, options: LoadOptions): boolean {
    if (options.force) return true;
    if (options.maxAgeMs === undefined) return false;
    return this.#now() - (entry.requestedAt ?? 0) >= options.maxAgeMs;
  }

  async #refresh(url: string, entry: Entry, conditional: boolean): Promise<SourceResult> {
    const stored = entry.result?.copy ? null : this.#cache.read(url);
    const previous = async (): Promise<Copy | null> =>
      entry.result?.copy ?? (stored ? await this.#parseStored(url, stored) : null);
    const etag = conditional && !entry.noConditional ? (entry.result?.copy?.etag ?? stored?.etag) : undefined;
    let outcome = await this.#request(url, etag);
    if (etag !== undefined && outcome.kind === 'failed' && outcome.error.code === 'network') {
      // A cross-origin If-None-Match needs a CORS preflight that many static hosts refuse: once without.
      outcome = await this.#request(url, undefined);
      if (outcome.kind !== 'failed') entry.noConditional = true;
    }
    const fetchedAt = this.#now();
    if (outcome.kind === 'failed') return failed(url, await describeLoadError(outcome.error), await previous());
    if (outcome.kind === 'not-modified') {
      // The stored copy keeps its download date: rewriting megabytes only to date them is not worth it.
      const copy = await previous();
      if (copy) return ready(url, { ...copy, fetchedAt });
      if (!conditional) return failed(url, await describeLoadError({ code: 'http-status', source: url, status: 304 }), null);
      // The copy that the server confirmed cannot be read back: ask for the whole feed.
      this.#cache.remove(url);
      return this.#refresh(url, entry, false);
    }
    const parsed = await parseLazily(outcome.text, url);
    if (!parsed.feed) return failed(url, unparsableError(url, parsed.problems), await previous());
    const etagPart = outcome.etag === undefined ? {} : { etag: outcome.etag };
    this.#cache.write(url, { text: outcome.text, fetchedAt, ...etagPart }, outcome.bytes);
    return ready(url, { feed: parsed.feed, problems: tagged(parsed.problems, url), fetchedAt, ...etagPart });
  }

  #request(url: string, etag: string | undefined): Promise<FetchOutcome> {
    const limits = { timeoutMs: this.#timeoutMs, maxBytes: this.#maxBytes };
    return fetchFeedText(this.#fetch, url, etag === undefined ? limits : { ...limits, etag });
  }

  async #parseStored(url: string, stored: StoredCopy): Promise<Copy | null> {
    const parsed = await parseLazily(stored.text, url);
    if (!parsed.feed) return null;
    const copy = { feed: parsed.feed, problems: tagged(parsed.problems, url), fetchedAt: stored.fetchedAt };
    return stored.etag === undefined ? copy : { ...copy, etag: stored.etag };
  }

  async #compose(urls: readonly string[], results: readonly SourceResult[]): Promise<FeedState> {
    const shown = results.filter((result) => result.copy !== null);
    const status: FeedStatus = results.some((result) => result.status === 'loading')
      ? 'loading'
      : results.length > 0 && results.every((result) => result.status === 'ready')
        ? 'ready'
        : shown.length > 0
          ? 'stale'
          : 'error';
    const error = results.find((result) => result.error)?.error;
    const fetchedAt = oldest(shown.map((result) => result.fetchedAt));
    const staleSince = oldest(results.map((result) => result.staleSince));
    return {
      status,
      feed: shown.length > 0 ? await this.#mergeOnce(urls, shown) : null,
      problems: shown.flatMap((result) => result.copy!.problems),
      ...(error && { error }),
      ...(fetchedAt !== undefined && { fetchedAt }),
      ...(staleSince !== undefined && { staleSince }),
      sources: results.map(({ copy: _copy, ...state }) => state),
    };
  }

  /** The same feeds give the same merged object, so that widgets can tell nothing changed. */
  async #mergeOnce(urls: readonly string[], shown: readonly SourceResult[]): Promise<Feed> {
    const key = urls.join('\n');
    const parts = shown.map((result) => result.copy!.feed);
    const known = this.#merged.get(key);
    if (known && known.parts.length === parts.length && known.parts.every((feed, i) => feed === parts[i])) {
      return known.feed;
    }
    const feed = shown.length === 1 ? withSource(shown[0]!.url, parts[0]!) : await mergeLazily(shown);
    if (this.#merged.size >= 20) this.#merged.clear();
    this.#merged.set(key, { parts, feed });
    return feed;
  }
}

/** One feed needs no merge: it only says where it came from (its records carry no `sources`). */
function withSource(url: string, feed: Feed): Feed {
  return { ...feed, sources: [{ url, title: feed.title }] };
}

/** Most pages show one feed: the merge code is fetched only by pages that combine several. */
async function mergeLazily(shown: readonly SourceResult[]): Promise<Feed> {
  const { mergeFeeds } = await import('./merge.js');
  return mergeFeeds(shown.map((result) => ({ source: result.url, feed: result.copy!.feed })));
}

/**
 * Parses a feed in slices, so that a big one does not freeze the page; the sentences of its problems (French
 * and English) are fetched only when it has some, so that a page showing a clean feed never downloads them.
 */
async function parseLazily(text: string, source: string): Promise<ParseResult> {
  let parsed = await readFeedTextInSlices(text, { source });
  let converted: Problem[] = [];
  if (parsed.feed === null) {
    // Not a Maillage feed: maybe a format the adapters read (iCalendar, JSON-LD, OpenAgenda, CSV...).
    const conversion = await convertOnDemand(text);
    if (conversion) {
      parsed = await readFeedValueInSlices(conversion.feed, { source });
      converted = conversion.problems.map((problem) => ({
        path: problem.path ?? (problem.row === undefined ? '' : `row ${problem.row}${problem.column === undefined ? '' : `, column ${problem.column}`}`),
        code: `conversion-${conversion.format}`,
        severity: problem.severity,
        message: problem.message,
        source,
      }));
    }
  }
  if (parsed.problems.length === 0) return { feed: parsed.feed, problems: converted };
  const { describeProblems } = await import('./problems.js');
  return { feed: parsed.feed, problems: [...converted, ...describeProblems(parsed.problems)] };
}

async function convertOnDemand(text: string): Promise<Awaited<ReturnType<typeof import('./adapters/convert.js').convertToFeed>>> {
  try {
    const { convertToFeed } = await import('./adapters/convert.js');
    return convertToFeed(text);
  } catch {
    // The adapters could not be loaded (offline after the page): the feed's own error stands.
    return null;
  }
}

function urlList(urls: string | readonly string[]): string[] {
  const list = typeof urls === 'string' ? urls.split(/\s+/) : urls;
  return [...new Set(list.map((url) => url.trim()).filter((url) => url !== ''))];
}

function ready(url: string, copy: Copy): SourceResult {
  return { url, status: 'ready', copy, fetchedAt: copy.fetchedAt };
}

function failed(url: string, error: LoadError, copy: Copy | null): SourceResult {
  return copy
    ? { url, status: 'stale', copy, error, fetchedAt: copy.fetchedAt, staleSince: copy.fetchedAt }
    : { url, status: 'error', copy: null, error };
}

function tagged(problems: readonly Problem[], source: string): Problem[] {
  return problems.map((problem) => (problem.source === source ? problem : { ...problem, source }));
}

function oldest(dates: readonly (number | undefined)[]): number | undefined {
  const known = dates.filter((date): date is number => date !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}
