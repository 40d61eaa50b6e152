import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext } from './context.js';
import { hubForUrls, resolveFeedUrls, type FeedHub } from './hub.js';

/** Dispatched on the document by each `<maillage-feed>` that connects, for widgets waiting on its id. */
export const FEED_CONNECTED = 'maillage-feed-connected';

type Host = ReactiveControllerHost & HTMLElement & { src: string; feed: string };

/** How the element found (or did not find) its feed; shown to the webmaster when nothing is found. */
export type FeedLink =
  | { readonly kind: 'src' | 'id' | 'context'; readonly hub: FeedHub }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-found'; readonly id: string };

/** Anything that exposes a hub: `<maillage-feed>` from this copy of the script or another one. */
interface HubHolder extends Element {
  readonly hub?: FeedHub;
}

/**
 * Finds a widget's feed, in this order: its own `feed="ID"` (a `<maillage-feed id="ID">` anywhere in the
 * page), its own `src`, then the nearest `<maillage-feed>` ancestor through context. It follows the hub's
 * changes and updates the host.
 */
export class FeedController implements ReactiveController {
  link: FeedLink = { kind: 'missing' };
  #contextHub: FeedHub | undefined;
  #listening: FeedHub | null = null;
  #waitingForId = false;
  readonly #onChange = (): void => this.host.requestUpdate();
  /** Called with the hub whenever the host starts following a new one. */
  onHub: ((hub: FeedHub) => void) | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (hub) => {
        this.#contextHub = hub;
        this.resolve();
      },
    });
  }

  get hub(): FeedHub | null {
    return 'hub' in this.link ? this.link.hub : null;
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.#follow(null);
  }

  /** Finds the feed again: call it when `src` or `feed` change. */
  resolve(): void {
    if (!this.host.isConnected) return;
    this.link = this.#find();
    this.#follow(this.hub);
    this.host.requestUpdate();
  }

  #find(): FeedLink {
    const id = this.host.feed?.trim();
    if (id) {
      const target = this.host.ownerDocument.getElementById(id) as HubHolder | null;
      if (target?.hub) return { kind: 'id', hub: target.hub };
      this.#waitFor(id);
      return { kind: 'not-found', id };
    }
    const urls = resolveFeedUrls(this.host.src, this.host.ownerDocument.baseURI);
    if (urls.length) return { kind: 'src', hub: hubForUrls(urls) };
    if (this.#contextHub) return { kind: 'context', hub: this.#contextHub };
    return { kind: 'missing' };
  }

  /** The `<maillage-feed id>` may come later in the page, or be upgraded later: look again then. */
  #waitFor(id: string): void {
    if (this.#waitingForId) return;
    this.#waitingForId = true;
    const again = (): void => {
      this.#waitingForId = false;
      if (this.link.kind === 'not-found' && this.link.id === id) this.resolve();
    };
    if (!customElements.get('maillage-feed')) void customElements.whenDefined('maillage-feed').then(again);
    this.host.ownerDocument.addEventListener(FEED_CONNECTED, again, { once: true });
    if (this.host.ownerDocument.readyState === 'loading') {
      this.host.ownerDocument.addEventListener('DOMContentLoaded', again, { once: true });
    }
  }

  #follow(hub: FeedHub | null): void {
    if (this.#listening === hub) return;
    if (this.#listening) {
      this.#listening.removeEventListener('state', this.#onChange);
      this.#listening.removeEventListener('selection', this.#onChange);
    }
    this.#listening = hub;
    if (hub) {
      hub.addEventListener('state', this.#onChange);
      hub.addEventListener('selection', this.#onChange);
      this.onHub?.(hub);
      hub.connect();
    }
  }
}
