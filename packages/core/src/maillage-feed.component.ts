import { ContextProvider } from '@lit/context';
import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MaillageElement } from './base.js';
import { feedContext } from './context.js';
import { FEED_CONNECTED } from './feed-controller.js';
import { hubForInline, hubForUrls, resolveFeedUrls, type FeedHub } from './hub.js';
import { idList } from './widget.js';

/**
 * Loads a Maillage feed once and shares it, with its state and the visitor's selection, with the widgets
 * inside it, or with widgets anywhere in the page that name its id (`feed="ID"`).
 *
 * @summary Loads and shares a Maillage feed.
 * @slot - The widgets (and any other content) that use this feed; a `<script type="application/json">`
 *   child holds an inline feed.
 * @event maillage-feed-load - The feed is loaded (or a stale copy is shown): `{ feed, problems, stale }`.
 * @event maillage-feed-error - The feed could not be loaded and no copy exists: `{ error, problems }`.
 * @event maillage-selection-change - The shared selection changed: `{ selection }`.
 */
export class MaillageFeedElement extends MaillageElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    refresh: { type: Number },
    sectors: {},
    organizations: {},
    places: {},
  };

  /** Feed URL(s), space-separated; several feeds are merged. */
  src = '';
  /** Refresh every N seconds (at least 30); 0 loads once. */
  refresh = 0;
  /** Sector ids that preset the selection. */
  sectors = '';
  /** Organization id that presets the selection. */
  organizations = '';
  /** Place id that presets the selection. */
  places = '';

  #hub: FeedHub | undefined;
  #provider = new ContextProvider(this, { context: feedContext, initialValue: undefined });
  #stopRefresh: (() => void) | null = null;
  #lastStatus = '';
  /** An inline feed's script may be parsed or added after the element connects. */
  #childWatcher = new MutationObserver(() => {
    if (!this.#hub) this.#attach();
  });

  /** The shared feed: widgets elsewhere in the page reach it through `feed="ID"`. */
  get hub(): FeedHub | undefined {
    return this.#hub;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attach();
    this.#childWatcher.observe(this, { childList: true, subtree: true, characterData: true });
    this.ownerDocument.dispatchEvent(new CustomEvent(FEED_CONNECTED, { detail: { id: this.id } }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childWatcher.disconnect();
    this.#stopRefresh?.();
    this.#stopRefresh = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') && changed.get('src') !== undefined) || changed.has('refresh')) this.#attach();
  }

  #attach(): void {
    const hub = this.#findHub();
    if (hub !== this.#hub) {
      this.#hub?.removeEventListener('state', this.#onState);
      this.#hub?.removeEventListener('selection', this.#onSelection);
      this.#hub = hub;
      this.#lastStatus = '';
      hub?.addEventListener('state', this.#onState);
      hub?.addEventListener('selection', this.#onSelection);
      this.#provider.setValue(hub);
      if (hub) {
        const organizations = idList(this.organizations);
        const places = idList(this.places);
        hub.preset({
          sectors: idList(this.sectors),
          organization: organizations[0] ?? null,
          place: places[0] ?? null,
        });
        hub.connect();
        this.#onState();
      }
    }
    this.#stopRefresh?.();
    this.#stopRefresh = hub && this.refresh > 0 ? hub.watch(this.refresh) : null;
  }

  #findHub(): FeedHub | undefined {
    const urls = resolveFeedUrls(this.src, this.ownerDocument.baseURI);
    if (urls.length) return hubForUrls(urls);
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script?.textContent) {
      // The same inline text keeps the same hub (and selection) across reconnections.
      if (this.#hub?.source.kind === 'inline' && this.#hub.source.text === script.textContent) return this.#hub;
      return hubForInline(script.textContent, this.id ? `#${this.id}` : 'inline');
    }
    return undefined;
  }

  readonly #onState = (): void => {
    const state = this.#hub?.state;
    if (!state || state.status === 'loading') return;
    const key = `${state.status}:${state.fetchedAt ?? ''}:${state.staleSince ?? ''}`;
    if (key === this.#lastStatus) return;
    this.#lastStatus = key;
    if (state.feed) this.emit('maillage-feed-load', { feed: state.feed, problems: state.problems, stale: state.status === 'stale' });
    else this.emit('maillage-feed-error', { error: state.error ?? null, problems: state.problems });
  };

  readonly #onSelection = (): void => {
    if (this.#hub) this.emit('maillage-selection-change', { selection: this.#hub.selection });
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
