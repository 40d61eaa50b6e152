import { FeedLoader, type FetchLike } from '@maillage/feed';
import { setPageLoader } from '@maillage/core';

export interface FakeServer {
  readonly fetch: FetchLike;
  /** Requests made, by URL. */
  readonly requests: string[];
  /** Sets what a URL answers: a body with a status, or a network failure. */
  respond(url: string, answer: { status?: number; body?: string } | 'network-error'): void;
}

/** A fetch that answers from memory and counts requests, installed as the page's loader. */
export function installFakeServer(): FakeServer {
  const answers = new Map<string, { status?: number; body?: string } | 'network-error'>();
  const requests: string[] = [];
  const fetch: FetchLike = async (url) => {
    requests.push(url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answer = answers.get(url) ?? { status: 404, body: 'Not found' };
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(answer.body ?? '', {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  setPageLoader(new FeedLoader({ fetch, storage: null }));
  return { fetch, requests, respond: (url, answer) => answers.set(url, answer) };
}

export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  return response.text();
}

/** Waits until `check` is true (the feed loads asynchronously). */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}
