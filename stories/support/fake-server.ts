import { setPageLoader } from '@maillage/core';
import { FeedLoader, type FetchLike, type KeyValueStorage } from '@maillage/feed';
import type { FeedJson } from './feed-json.js';

/**
 * Feeds that the stories serve themselves, at addresses under a reserved domain that no network reaches.
 * One loader answers them all, installed once as the page's loader: a docs page draws every story of a
 * widget at the same time, and a loader swapped per story would change the feeds of the others.
 */
const ORIGIN = 'https://feeds.maillage.invalid';

/** When the stale copies of the stories were saved: a fixed date, so the message never changes. */
export const STALE_COPY_DATE = Date.UTC(2027, 1, 27, 8, 30);

type Answer =
  | { readonly kind: 'feed'; readonly text: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'never' };

const answers = new Map<string, Answer>();
let served = 0;

/** What localStorage would hold, kept in memory: stories never leave copies in the browser. */
class MemoryStorage implements KeyValueStorage {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
}

const storage = new MemoryStorage();

function feedResponse(text: string): Response {
  return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
}

const storyFetch: FetchLike = (url, init) => {
  // Any other address (typed in the `src` control, say) goes to the network as on a real page.
  if (!url.startsWith(`${ORIGIN}/`)) return globalThis.fetch(url, init);
  const answer = answers.get(url);
  if (!answer) return Promise.resolve(new Response('Not found', { status: 404 }));
  switch (answer.kind) {
    case 'feed':
      return Promise.resolve(feedResponse(answer.text));
    case 'status':
      return Promise.resolve(new Response('<!doctype html><title>Erreur</title>', { status: answer.status }));
    case 'never':
      // A server that never answers: only the loader's own deadline or an abort ends the wait.
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
  }
};

let installed = false;

/** Makes the stories' loader the page's loader; later calls do nothing. */
export function installStoryLoader(): void {
  if (installed) return;
  installed = true;
  // An hour: long enough for a feed that never answers to stay "loading" as long as anyone looks at it.
  setPageLoader(new FeedLoader({ fetch: storyFetch, storage, timeoutMs: 60 * 60 * 1000 }));
}

/**
 * A new address for a story's feed. Every call gives another one: hubs are shared per address, and a story
 * drawn again (new args, a docs page) must not find the state that another drawing left.
 */
function newUrl(name: string): string {
  installStoryLoader();
  return `${ORIGIN}/${encodeURIComponent(name)}-${++served}.json`;
}

/** Serves a feed; returns its address for `src`. */
export function serveFeed(name: string, feed: FeedJson): string {
  const url = newUrl(name);
  answers.set(url, { kind: 'feed', text: JSON.stringify(feed) });
  return url;
}

/** An address whose server answers with an HTTP error. */
export function serveError(name: string, status = 500): string {
  const url = newUrl(name);
  answers.set(url, { kind: 'status', status });
  return url;
}

/** An address whose server never answers: the widget stays in its loading state. */
export function serveNothing(name: string): string {
  const url = newUrl(name);
  answers.set(url, { kind: 'never' });
  return url;
}

/**
 * An address whose server fails now, but that a visit on `savedAt` loaded: the browser kept that copy and
 * the widget shows it as stale. The copy is saved by loading the feed once through a working server, so
 * the stored format stays the loader's business.
 */
export async function serveStaleCopy(name: string, feed: FeedJson, savedAt = STALE_COPY_DATE): Promise<string> {
  const url = newUrl(name);
  const text = JSON.stringify(feed);
  const earlierVisit = new FeedLoader({ fetch: () => Promise.resolve(feedResponse(text)), storage, now: () => savedAt });
  const state = await earlierVisit.load(url);
  if (state.status !== 'ready') throw new Error(`the stale copy of ${name} could not be saved: ${state.status}`);
  answers.set(url, { kind: 'status', status: 503 });
  return url;
}
