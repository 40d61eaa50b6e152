/**
 * What a story shows once it has settled, read by the stories test (packages/maillage/test/stories.test.ts),
 * which draws every story, waits for this, then runs axe on it. Set as `parameters.maillage`.
 */
export interface StoryExpectation {
  /** The `data-state` every widget of the story reaches: `ready` (also when a stale copy is shown). */
  readonly state: 'ready' | 'loading' | 'error' | 'missing';
  /** The `data-kind` of the status message every widget shows, if any: `empty`, `stale`, `error`... */
  readonly status?: 'loading' | 'empty' | 'stale' | 'error' | 'missing';
  /** A selector that must match nothing in the widgets' shadow roots. */
  readonly absent?: string;
  /**
   * The codes of the feed problems the widgets report to the webmaster in the console (`[maillage] N
   * problem(s)`); none by default: the feeds of the other stories are clean.
   */
  readonly problems?: readonly string[];
  /** How long the story may take to settle, in ms (default 5000). */
  readonly timeout?: number;
}

export const expectReady: StoryExpectation = { state: 'ready' };
export const expectEmpty: StoryExpectation = { state: 'ready', status: 'empty' };
export const expectError: StoryExpectation = { state: 'error', status: 'error' };
export const expectStale: StoryExpectation = { state: 'ready', status: 'stale' };
export const expectLoading: StoryExpectation = { state: 'loading', status: 'loading' };

/** The story parameters that carry an expectation. */
export function expecting(maillage: StoryExpectation): { maillage: StoryExpectation } {
  return { maillage };
}
