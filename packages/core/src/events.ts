import type { Feed, Problem } from '@maillage/feed';
import type { LoadErrorInfo, Selection } from './hub.js';

export interface FeedLoadDetail {
  readonly feed: Feed;
  readonly problems: readonly Problem[];
  /** True when the feed shown is the last good copy, because the network failed. */
  readonly stale: boolean;
}

export interface FeedErrorDetail {
  readonly error: LoadErrorInfo | null;
  readonly problems: readonly Problem[];
}

export interface SelectionChangeDetail {
  readonly selection: Selection;
}

export interface SelectDetail {
  /** `event`, `place`, `mission`, `cooperation` or `organization`. */
  readonly kind: string;
  readonly id: string;
}

export interface FilterChangeDetail {
  readonly filters: Readonly<Record<string, unknown>>;
}

/** Every event Maillage elements emit: bubbling and composed, so a host page can listen on `document`. */
export interface MaillageEventMap {
  'maillage-feed-load': CustomEvent<FeedLoadDetail>;
  'maillage-feed-error': CustomEvent<FeedErrorDetail>;
  'maillage-selection-change': CustomEvent<SelectionChangeDetail>;
  'maillage-select': CustomEvent<SelectDetail>;
  'maillage-filter-change': CustomEvent<FilterChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends MaillageEventMap {}
}
