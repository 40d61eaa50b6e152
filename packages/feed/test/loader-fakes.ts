import type { FetchLike, KeyValueStorage, ResponseLike } from '../src/loader.js';

/** What the fake server answers to one request. */
export interface FakeAnswer {
  readonly status?: number;
  /** One string, or the chunks of a streamed body (bytes to cut inside a character). */
  readonly body?: string | readonly (string | Uint8Array)[];
  readonly headers?: Readonly<Record<string, string>>;
  /** Before the headers arrive. */
  readonly delayMs?: number;
  /** Before each chunk of the body. */
  readonly chunkDelayMs?: number;
  /** Reject like a browser offline or refused by CORS. */
  readonly network?: boolean;
  /** A response with `text()` only, no body stream. */
  readonly textOnly?: boolean;
}

export interface FakeRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

type Route = FakeAnswer | ((request: FakeRequest) => FakeAnswer);

const abortError = (): Error => new DOMException('The operation was aborted.', 'AbortError');

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortError());
    });
  });
}

/** A programmable server behind a FetchLike, that records every request and every chunk read. */
export class FakeServer {
  readonly requests: FakeRequest[] = [];
  chunksRead = 0;
  private readonly routes = new Map<string, Route>();

  on(url: string, route: Route): this {
    this.routes.set(url, route);
    return this;
  }

  count(url: string): number {
    return this.requests.filter((request) => request.url === url).length;
  }

  readonly fetch: FetchLike = async (url, init) => {
    const request: FakeRequest = { url, headers: { ...init?.headers } };
    this.requests.push(request);
    const route = this.routes.get(url) ?? { status: 404, body: 'Not found' };
    const answer = typeof route === 'function' ? route(request) : route;
    const signal = init?.signal;
    await wait(answer.delayMs ?? 0, signal);
    if (answer.network) throw new TypeError('Failed to fetch');
    const status = answer.status ?? 200;
    const encoder = new TextEncoder();
    const chunks = (typeof answer.body === 'string' ? [answer.body] : (answer.body ?? [])).map((chunk) =>
      typeof chunk === 'string' ? encoder.encode(chunk) : chunk,
    );
    const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        await wait(answer.chunkDelayMs ?? 0, signal);
        if (next >= chunks.length) return controller.close();
        this.chunksRead++;
        controller.enqueue(chunks[next++]!);
      },
    });
    const response: ResponseLike = {
      status,
      ok: status >= 200 && status < 300,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      body: answer.textOnly ? null : body,
      text: async () => new TextDecoder().decode(new Uint8Array(chunks.flatMap((chunk) => [...chunk]))),
    };
    return response;
  };
}

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Like a full or disabled localStorage: writing throws. */
export class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** Like localStorage in some sandboxed frames: every call throws. */
export class ForbiddenStorage implements KeyValueStorage {
  getItem(): string | null {
    throw new DOMException('Access is denied.', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('Access is denied.', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('Access is denied.', 'SecurityError');
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A small valid feed, as text. */
export function feedText(title: string, events: readonly { id: string; title: string; start: string }[] = []): string {
  return JSON.stringify({ maillage: '1', title, events });
}
