/**
 * Reading a feed: any JSON value in, a typed feed of valid records and a list of problems, each with its
 * message in French and English, out. Nothing here throws (see `parse/read.ts`).
 */
import { describeProblems } from './problems.js';
import { registerAllReaders } from './parse/all.js';
import { readFeedText, readFeedValue, type ParseOptions, type RawParseResult } from './parse/read.js';
import type { ParseResult } from './types.js';

export type { ParseOptions } from './parse/read.js';

const described = (result: RawParseResult): ParseResult => ({
  feed: result.feed,
  problems: describeProblems(result.problems),
});

/** Reads an already decoded JSON value as a Maillage feed. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  registerAllReaders();
  return described(readFeedValue(input, options));
}

/** Reads the text of a feed file, with clear problems for an empty file, an HTML page or broken JSON. */
export function parseFeedText(text: string, options: ParseOptions = {}): ParseResult {
  registerAllReaders();
  return described(readFeedText(text, options));
}
