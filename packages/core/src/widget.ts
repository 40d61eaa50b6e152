import { loadEnglishLabels, type Feed, type FeedState } from '@maillage/feed';
import { adoptStyles, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MaillageElement } from './base.js';
import { FeedController } from './feed-controller.js';
import type { FeedHub, Selection } from './hub.js';
import { elementLanguage, supportedLanguage, translator, type Translator } from './i18n/index.js';
import { renderStatus } from './states.js';
import { tokens, widgetStyles } from './styles.js';

/** Splits a space-separated attribute into ids. */
export function idList(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** Which of a widget's controls to show: `filters="search dates"`, `filters="none"`, or all by default. */
export function shownControls<C extends string>(attribute: string, all: readonly C[]): ReadonlySet<C> {
  const words = attribute.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return new Set(all);
  return new Set(all.filter((control) => words.includes(control)));
}

let instances = 0;
/** How long a widget speaking English waits for the English labels before drawing with the French ones. */
const LABELS_WAIT_MS = 3000;

/**
 * The base of the four widgets: finds the feed (`src`, `feed="ID"` or a `<maillage-feed>` ancestor),
 * takes the common attributes, and renders the shared states (loading, error, stale, empty) around what
 * the widget draws with `renderFeed()`.
 */
export abstract class MaillageWidget extends MaillageElement {
  static override styles = [tokens, widgetStyles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { reflect: true },
    sectors: {},
    organizations: {},
    places: {},
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Feed URL(s), space-separated. */
  src = '';
  /** The id of a `<maillage-feed>` elsewhere in the page. */
  feed = '';
  /** Sector ids that preset the selection, space-separated. */
  sectors = '';
  /** Organization ids that preset the selection, space-separated. */
  organizations = '';
  /** Place ids that preset the selection, space-separated. */
  places = '';
  /** At most this many items (0: no limit). */
  limit = 0;
  /** The level of the widget's headings in the page's outline (the level of the heading above it, plus one). */
  headingLevel = 3;

  protected readonly feedController = new FeedController(this);
  /** Identifies this element as the origin of the selection changes it makes. */
  protected readonly instanceId = `maillage-${++instances}`;

  constructor() {
    super();
    this.feedController.onHub = (hub) => hub.preset(this.presetSelection());
    // Watch the lang attribute without shadowing the native `lang` property.
    new MutationObserver(() => this.requestUpdate()).observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  /** The label of the widget's region, for screen readers. */
  protected abstract get label(): string;

  /** Draws the feed; the base has already handled the states where no feed is there to draw. */
  protected abstract renderFeed(feed: Feed, state: FeedState): TemplateResult | typeof nothing;

  /**
   * Work done ahead on a new feed, in slices that leave the page free, before it is drawn: the widget stays
   * in its loading state meanwhile (a feed already drawn stays until the new one is ready). Null when there
   * is nothing left to do, which a small feed should answer at once.
   */
  protected prepareFeed(_feed: Feed): Promise<void> | null {
    return null;
  }

  readonly #loads = new Set<Promise<unknown>>();

  /** A load under way (a part of the widget loaded on demand, its words): `updateComplete` waits for it. */
  protected trackLoad<T>(promise: Promise<T>): Promise<T> {
    this.#loads.add(promise);
    const done = (): void => void this.#loads.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Adds the styles of a part loaded on demand to the shadow root, before the part is drawn. */
  protected adoptPartStyles(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (!sheet) adoptStyles(root, [styles]);
    else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /**
   * `updateComplete` also waits for the loads under way and for the drawing they bring, so that code awaiting
   * it finds the widget drawn. The widget's own code awaits its drawing only (`drawn`).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loads.size) {
      await Promise.allSettled(this.#loads);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The current drawing done, without waiting for loads. */
  protected drawn(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  #prepared: Feed | null = null;
  #preparing: Feed | null = null;

  /** The feed to draw: the hub's, once prepared, else the one prepared before, if any. */
  #drawable(feed: Feed | null): Feed | null {
    if (!feed || feed === this.#prepared) return feed;
    if (feed !== this.#preparing) {
      // The English labels of sectors, access needs... come before a feed is first drawn in English.
      const labels = this.#englishLabels();
      const work = labels ? labels.then(() => this.prepareFeed(feed) ?? undefined) : this.prepareFeed(feed);
      if (!work) return (this.#prepared = feed);
      this.#preparing = feed;
      const done = (): void => {
        if (this.#preparing !== feed) return;
        this.#prepared = feed;
        this.#preparing = null;
        this.requestUpdate();
      };
      work.then(done, done);
    }
    return this.#prepared;
  }

  #redrawWithLabels = false;

  /**
   * When the widget speaks English and the English labels are not there yet: a wait for them, bounded (labels
   * slow to come leave the widget drawn with French ones rather than loading for ever, and it redraws when
   * they arrive).
   */
  #englishLabels(): Promise<void> | null {
    const loading = supportedLanguage(this.language) === 'en' ? loadEnglishLabels() : null;
    if (!loading) return null;
    if (!this.#redrawWithLabels) {
      this.#redrawWithLabels = true;
      void loading.then(() => this.requestUpdate());
    }
    return this.trackLoad(Promise.race([loading, new Promise<void>((resolve) => setTimeout(resolve, LABELS_WAIT_MS))]));
  }

  /** The language tag the widget speaks (own `lang`, else the page's, else fr). */
  get language(): string {
    return elementLanguage(this);
  }

  protected get t(): Translator {
    return translator(supportedLanguage(this.language));
  }

  get hub(): FeedHub | null {
    return this.feedController.hub;
  }

  get feedState(): FeedState | null {
    return this.hub?.state ?? null;
  }

  get selection(): Selection | null {
    return this.hub?.selection ?? null;
  }

  /** Another widget of the page on the same feed (the map, the agenda, the volunteer call...), if any. */
  protected linkedWidget(tag: string): (HTMLElement & { hub?: unknown }) | null {
    const hub = this.hub;
    if (!hub) return null;
    for (const element of this.ownerDocument.querySelectorAll<HTMLElement & { hub?: unknown }>(tag)) {
      if (element.hub === hub) return element;
    }
    return null;
  }

  /** Brings a linked widget into view and moves the focus to it; false when the page has none. */
  protected revealLinked(tag: string): boolean {
    const element = this.linkedWidget(tag);
    if (!element) return false;
    element.scrollIntoView({ block: 'start', behavior: 'smooth' });
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
    return true;
  }

  /** The part of the shared selection this widget's attributes preset. */
  protected presetSelection(): Partial<Selection> {
    const places = idList(this.places);
    const organizations = idList(this.organizations);
    return {
      sectors: idList(this.sectors),
      place: places.length === 1 ? places[0]! : null,
      organization: organizations.length === 1 ? organizations[0]! : null,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed')) this.feedController.resolve();
    // A widget switched to English after its feed was drawn redraws once the labels are there.
    void this.#englishLabels();
    const state = this.feedState;
    const drawable = this.#drawable(state?.feed ?? null);
    this.dataset['state'] = !state ? 'missing' : drawable ? 'ready' : state.feed ? 'loading' : state.status;
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    const link = this.feedController.link;
    const lang = this.language;
    const feed = this.#drawable(state?.feed ?? null);
    const body =
      link.kind === 'missing' || link.kind === 'not-found' || !state
        ? renderStatus({ kind: link.kind === 'not-found' ? 'not-found' : 'missing', id: 'id' in link ? link.id : '' }, lang)
        : feed
          ? html`${state.status === 'stale'
                ? renderStatus({ kind: 'stale', state, retry: () => void this.hub?.retry() }, lang)
                : nothing}${this.renderFeed(feed, state)}`
          : state.status === 'error'
            ? renderStatus({ kind: 'error', state, retry: () => void this.hub?.retry() }, lang)
            : html`${renderStatus({ kind: 'loading' }, lang)}<slot></slot>`;
    const busy = !feed && (state?.status === 'loading' || Boolean(state?.feed));
    return html`<section part="base" aria-label=${this.label} aria-busy=${busy ? 'true' : 'false'}>
      ${body}
    </section>`;
  }
}
