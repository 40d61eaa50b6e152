import { FeedLoader, zonedParts, type FeedState, type KeyValueStorage } from '@maillage/feed';

/** What the widgets on one feed share besides the data: the visitor's current choice. */
export interface Selection {
  readonly place: string | null;
  readonly organization: string | null;
  readonly sectors: readonly string[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  /** An identifier of the element that made the last change, so it can ignore its own echo. */
  readonly origin?: string;
}

export const EMPTY_SELECTION: Selection = { place: null, organization: null, sectors: [], from: null, to: null };

export type LoadErrorInfo = NonNullable<FeedState['error']>;

type HubSource = { readonly kind: 'urls'; readonly urls: readonly string[] } | { readonly kind: 'inline'; readonly text: string; readonly name: string };

function safeLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    // Sandboxed iframes and some privacy settings throw on the mere access.
    return null;
  }
}

/**
 * One loader per page, shared through a global symbol so that two copies of the script (maillage.js and
 * agenda.js pasted on one page) still make one request per feed URL.
 */
interface PageRegistry {
  loader: FeedLoader;
  hubs: Map<string, FeedHub>;
}
const REGISTRY_KEY = Symbol.for('maillage.registry.v1');

function pageRegistry(): PageRegistry {
  const holder = globalThis as unknown as Record<symbol, PageRegistry | undefined>;
  let registry = holder[REGISTRY_KEY];
  if (!registry) {
    const fetcher = typeof fetch === 'function' ? fetch.bind(globalThis) : undefined;
    registry = { loader: new FeedLoader({ fetch: fetcher, storage: safeLocalStorage() }), hubs: new Map() };
    holder[REGISTRY_KEY] = registry;
  }
  return registry;
}

/** Replaces the page's loader (tests, or a host page that wants its own fetch or storage). */
export function setPageLoader(loader: FeedLoader): void {
  const registry = pageRegistry();
  registry.loader = loader;
  registry.hubs.clear();
}

/**
 * A feed as the widgets of a page share it: its load state, and the selection that links the widgets.
 * It dispatches `state` when the feed's state changes and `selection` when the selection does.
 */
export class FeedHub extends EventTarget {
  #state: FeedState = { status: 'loading', feed: null, problems: [], sources: [] };
  #selection: Selection = EMPTY_SELECTION;
  #started = false;
  #generation = 0;
  #stopWatching: (() => void) | null = null;

  constructor(
    readonly source: HubSource,
    private readonly loader: FeedLoader = pageRegistry().loader,
  ) {
    super();
  }

  get state(): FeedState {
    return this.#state;
  }

  get selection(): Selection {
    return this.#selection;
  }

  /** Starts loading on first use; later calls do nothing. */
  connect(): void {
    if (this.#started) return;
    this.#started = true;
    void this.load(false);
    // The first date read in a time zone loads the zone's data (tens of ms): done while the feed downloads,
    // not when the widget first draws.
    setTimeout(() => zonedParts(Date.now(), this.#state.feed?.timezone ?? 'Europe/Paris'), 0);
  }

  /** Loads again, bypassing the in-memory copy (the retry button). */
  retry(): Promise<void> {
    this.#started = true;
    return this.load(true);
  }

  /** Refreshes every `seconds` while something listens; returns the function that stops it. */
  watch(seconds: number): () => void {
    this.#stopWatching?.();
    if (this.source.kind !== 'urls' || !(seconds > 0)) return () => {};
    const stop = this.loader.watch(this.source.urls, Math.max(30, seconds) * 1000, (state) => this.#setState(state));
    this.#stopWatching = stop;
    return stop;
  }

  /** Changes the shared selection; listeners hear of it unless nothing changed. */
  select(patch: Partial<Selection>, origin?: string): void {
    const next: Selection = { ...this.#selection, ...patch, origin };
    if (sameSelection(next, this.#selection)) return;
    this.#selection = next;
    this.dispatchEvent(new Event('selection'));
  }

  /** Presets the fields of the selection that nothing has set yet (from attributes). */
  preset(patch: Partial<Selection>): void {
    const current = this.#selection;
    const fill: { -readonly [K in keyof Selection]?: Selection[K] } = {};
    if (patch.place && !current.place) fill.place = patch.place;
    if (patch.organization && !current.organization) fill.organization = patch.organization;
    if (patch.sectors?.length && !current.sectors.length) fill.sectors = patch.sectors;
    if (patch.from && !current.from) fill.from = patch.from;
    if (patch.to && !current.to) fill.to = patch.to;
    if (Object.keys(fill).length) this.select(fill, 'preset');
  }

  private async load(force: boolean): Promise<void> {
    const generation = ++this.#generation;
    if (this.source.kind === 'inline') {
      this.#setState(await this.loader.loadInline(this.source.text, this.source.name));
      return;
    }
    if (!this.#state.feed) this.#setState({ ...this.#state, status: 'loading' });
    const state = await this.loader.load(this.source.urls, { force });
    // A later load (retry, attribute change) wins over a slower earlier one.
    if (generation === this.#generation) this.#setState(state);
  }

  #setState(state: FeedState): void {
    this.#state = state;
    if (state.problems.length && state.status !== 'loading') reportProblems(this.source, state);
    this.dispatchEvent(new Event('state'));
  }
}

function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.place === b.place &&
    a.organization === b.organization &&
    a.from === b.from &&
    a.to === b.to &&
    a.sectors.length === b.sectors.length &&
    a.sectors.every((s, i) => s === b.sectors[i])
  );
}

const reported = new WeakSet<FeedState>();
/** Feed problems are for the webmaster, not the visitor: they go to the console once per load. */
function reportProblems(source: HubSource, state: FeedState): void {
  if (reported.has(state) || typeof console === 'undefined') return;
  reported.add(state);
  const name = source.kind === 'urls' ? source.urls.join(' ') : source.name;
  console.warn(`[maillage] ${state.problems.length} problem(s) in ${name}`, state.problems);
}

/** The hub for some feed URLs, shared by every element of the page that names the same URLs. */
export function hubForUrls(urls: readonly string[]): FeedHub {
  const registry = pageRegistry();
  const key = urls.join(' ');
  let hub = registry.hubs.get(key);
  if (!hub) {
    hub = new FeedHub({ kind: 'urls', urls }, registry.loader);
    registry.hubs.set(key, hub);
  }
  return hub;
}

/** A hub for a feed written inline in the page. */
export function hubForInline(text: string, name: string): FeedHub {
  return new FeedHub({ kind: 'inline', text, name }, pageRegistry().loader);
}

/**
 * The absolute feed URLs of a `src` attribute (space-separated, relative to the page), keeping http(s)
 * ones only: a `javascript:` or `file:` src is ignored.
 */
export function resolveFeedUrls(src: string | null | undefined, base: string): string[] {
  const urls: string[] = [];
  for (const part of (src ?? '').split(/\s+/)) {
    if (!part) continue;
    try {
      const url = new URL(part, base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !urls.includes(url.href)) urls.push(url.href);
    } catch {
      // not a URL: ignored, and the element says it has no feed
    }
  }
  return urls;
}
