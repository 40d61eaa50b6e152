/** What the loader needs of a storage; `localStorage` satisfies it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The last good copy of a feed, as downloaded. */
export interface StoredCopy {
  readonly text: string;
  readonly fetchedAt: number;
  readonly etag?: string;
}

export interface CacheLimits {
  /** A larger feed is not stored: localStorage holds about 5 MB per site, shared with the page. */
  readonly maxBytes: number;
  /** How many feeds to keep; the least recently stored go first. */
  readonly maxFeeds: number;
}

export const CACHE_KEY_PREFIX = 'maillage:feed:';
/** The stored feed URLs, least recently stored first: storage has no listing in this interface. */
const INDEX_KEY = 'maillage:feeds';

/**
 * Last good copies of feeds in a key-value storage. Storage may be missing, full, disabled or throwing
 * (Safari private mode, sandboxed frames, blocked cookies): every failure is ignored, as a cache may.
 */
export class FeedCopyCache {
  readonly #storage: KeyValueStorage | null;
  readonly #limits: CacheLimits;

  constructor(storage: KeyValueStorage | null, limits: CacheLimits) {
    this.#storage = storage;
    this.#limits = limits;
  }

  read(url: string): StoredCopy | null {
    const raw = this.#get(CACHE_KEY_PREFIX + url);
    if (raw === null) return null;
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value !== 'object' || value === null) return null;
      const { text, fetchedAt, etag } = value as Record<string, unknown>;
      if (typeof text !== 'string' || typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt)) return null;
      return typeof etag === 'string' ? { text, fetchedAt, etag } : { text, fetchedAt };
    } catch {
      return null;
    }
  }

  /** Stores a copy, evicting the oldest feeds to stay within the limits or when storage is full. */
  write(url: string, copy: StoredCopy, bytes: number): void {
    if (!this.#storage || this.#limits.maxFeeds < 1) return;
    if (bytes > this.#limits.maxBytes) {
      this.remove(url);
      return;
    }
    const index = this.#readIndex().filter((stored) => stored !== url);
    while (index.length >= this.#limits.maxFeeds) this.#removeKey(CACHE_KEY_PREFIX + index.shift()!);
    const value = JSON.stringify(copy);
    for (;;) {
      if (this.#set(CACHE_KEY_PREFIX + url, value)) {
        index.push(url);
        break;
      }
      // Full: make room with the oldest copy and try again; give up when none is left.
      const oldest = index.shift();
      if (oldest === undefined) {
        this.#removeKey(CACHE_KEY_PREFIX + url);
        break;
      }
      this.#removeKey(CACHE_KEY_PREFIX + oldest);
    }
    this.#set(INDEX_KEY, JSON.stringify(index));
  }

  remove(url: string): void {
    this.#removeKey(CACHE_KEY_PREFIX + url);
    const index = this.#readIndex();
    if (index.includes(url)) this.#set(INDEX_KEY, JSON.stringify(index.filter((stored) => stored !== url)));
  }

  #readIndex(): string[] {
    try {
      const value: unknown = JSON.parse(this.#get(INDEX_KEY) ?? '[]');
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  #get(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #set(key: string, value: string): boolean {
    try {
      this.#storage?.setItem(key, value);
      return this.#storage !== null;
    } catch {
      return false;
    }
  }

  #removeKey(key: string): void {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // Ignored, as every storage failure.
    }
  }
}

/** The page's localStorage when there is one and it can be reached (reading it can throw). */
export function defaultStorage(): KeyValueStorage | null {
  try {
    const storage = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}
