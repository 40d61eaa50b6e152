// The generator of the demo feed is plain JavaScript shared with the Node script that writes demo.json.
// @ts-expect-error: a JavaScript module without types
import { makeDemoFeed } from '../../scripts/demo-feed-data.mjs';
import type { FeedJson } from './feed-json.js';

/**
 * The test fixtures of the packages, read as files: the stories show the same feeds that the tests check.
 * Each `new URL(…, import.meta.url)` is a literal so that Vite copies the file into the built Storybook.
 */
const FIXTURES = {
  agenda: new URL('../../packages/agenda/test/fixtures/agenda.feed.json', import.meta.url),
  small: new URL('../../packages/core/test/fixtures/small.feed.json', import.meta.url),
} as const;

export type FixtureName = keyof typeof FIXTURES;

const loaded = new Map<FixtureName, Promise<FeedJson>>();

/** A fixture feed, fetched once per page; each call returns a fresh copy that the caller may change. */
export async function fixtureFeed(name: FixtureName): Promise<FeedJson> {
  let text = loaded.get(name);
  if (!text) {
    text = fetch(FIXTURES[name]).then(async (response) => {
      if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
      return (await response.json()) as FeedJson;
    });
    loaded.set(name, text);
  }
  return structuredClone(await text);
}

/** The demo feed of Saint-Aubin-de-Lisle, dated from today as `npm start` shows it. */
export function demoFeed(today = new Date()): FeedJson {
  return (makeDemoFeed as (today: Date) => FeedJson)(today);
}
