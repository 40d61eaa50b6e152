import { createContext } from '@lit/context';
import type { FeedHub } from './hub.js';

/**
 * The feed a `<maillage-feed>` provides to the widgets inside it. The key is a global symbol so that
 * elements from two copies of the script still find each other.
 */
export const feedContext = createContext<FeedHub | undefined>(Symbol.for('maillage.feed-context.v1'));
