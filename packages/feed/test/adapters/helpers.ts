import { parseFeed } from '../../src/parse.js';
import type { Feed } from '../../src/types.js';
import type { AdapterResult } from '../../src/adapters/index.js';

export async function fixtureText(name: string): Promise<string> {
  return (await fetch(new URL(`../fixtures/adapters/${name}`, import.meta.url))).text();
}

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(new URL(`../fixtures/adapters/${name}`, import.meta.url))).arrayBuffer());
}

/** The adapter's feed read by the parser, which must find no error in it. */
export function parsed(result: AdapterResult): Feed {
  const { feed, problems } = parseFeed(result.feed);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (feed === null || errors.length > 0) throw new Error(`parse errors: ${JSON.stringify(errors)}`);
  return feed;
}

export const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no ${id} in ${list.map((item) => item.id).join(', ')}`);
  return found;
};
