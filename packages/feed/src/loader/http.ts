import type { RawLoadError } from './errors.js';

/** What the loader needs of a response; a real `Response` satisfies it. */
export interface ResponseLike {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  readonly body?: ReadableStream<Uint8Array> | null;
  text?(): Promise<string>;
}

/** What the loader needs of `fetch`; the real `fetch` satisfies it. */
export interface FetchLike {
  (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }): Promise<ResponseLike>;
}

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Sent as `If-None-Match`. */
  readonly etag?: string;
}

export type FetchOutcome =
  | { readonly kind: 'body'; readonly text: string; readonly bytes: number; readonly etag?: string }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly error: RawLoadError };

class TooLarge extends Error {}

const failed = (error: RawLoadError): FetchOutcome => ({ kind: 'failed', error });

/**
 * Fetches a feed's text within a time limit and a size limit. Never throws: every failure becomes a
 * `failed` outcome with a clear error. The content type is not trusted (many servers send JSON as
 * text/plain or application/octet-stream); only a body that is an HTML page is refused here.
 */
export async function fetchFeedText(fetch: FetchLike, url: string, limits: FetchLimits): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race bounds the wait even for a fetch that ignores the abort signal.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new Error('timeout'));
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([request(fetch, url, limits, controller), deadline]);
  } catch (error) {
    if (timedOut) return failed({ code: 'timeout', source: url, limit: limits.timeoutMs });
    if (error instanceof TooLarge) return failed({ code: 'too-large', source: url, limit: limits.maxBytes });
    // fetch rejects with a TypeError when offline, on DNS or TLS failure, or when CORS forbids reading.
    return failed({ code: 'network', source: url });
  } finally {
    clearTimeout(timer);
  }
}

async function request(
  fetch: FetchLike,
  url: string,
  limits: FetchLimits,
  controller: AbortController,
): Promise<FetchOutcome> {
  const init = limits.etag
    ? { signal: controller.signal, headers: { 'If-None-Match': limits.etag } }
    : { signal: controller.signal };
  const response = await fetch(url, init);
  if (response.status === 304) return { kind: 'not-modified' };
  // Status 0 is an opaque response: nothing can be read from it, as with a CORS refusal.
  if (response.status === 0) throw new TypeError('opaque response');
  if (!response.ok) {
    discard(response, controller);
    return failed({ code: 'http-status', source: url, status: response.status });
  }
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    discard(response, controller);
    throw new TooLarge();
  }
  const { text, bytes } = await readText(response, limits.maxBytes, controller);
  // A page with schema.org events in it is read by the JSON-LD adapter; any other page is an error.
  if (looksLikeHtml(text, response.headers.get('content-type')) && !/application\/ld\+json/i.test(text)) {
    return failed({ code: 'html-page', source: url });
  }
  const etag = response.headers.get('etag');
  return etag ? { kind: 'body', text, bytes, etag } : { kind: 'body', text, bytes };
}

/** Reads the body as UTF-8, counting bytes as they arrive, and stops as soon as there are too many. */
async function readText(
  response: ResponseLike,
  maxBytes: number,
  controller: AbortController,
): Promise<{ text: string; bytes: number }> {
  const body = response.body;
  if (!body) {
    const text = response.text ? await response.text() : '';
    const bytes = new TextEncoder().encode(text).byteLength;
    if (bytes > maxBytes) throw new TooLarge();
    return { text, bytes };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      reader.cancel().catch(() => undefined);
      controller.abort();
      throw new TooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}

/** Frees the connection of a response whose body will not be read. */
function discard(response: ResponseLike, controller: AbortController): void {
  try {
    response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already-read body: nothing to free.
  }
  controller.abort();
}

/**
 * An error page, a login page or a site's home page instead of the feed. A JSON body is accepted even
 * when a misconfigured server labels it text/html.
 */
export function looksLikeHtml(text: string, contentType: string | null): boolean {
  const start = text.trimStart();
  if (start.startsWith('<')) return true;
  const declaredHtml = /\b(text\/html|application\/xhtml)/i.test(contentType ?? '');
  return declaredHtml && !start.startsWith('{') && !start.startsWith('[');
}
