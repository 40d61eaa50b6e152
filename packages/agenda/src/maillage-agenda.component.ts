import {
  countBySector,
  indexFeed,
  prepareEvents,
  prepareEventsNow,
  nextTask,
  queryOccurrences,
  whenIdle,
  type EventQuery,
  type Feed,
  type Occurrence,
} from '@maillage/feed';
import { controlStyles } from '@maillage/core/controls';
import { idList, MaillageWidget, renderStatus } from '@maillage/core';
import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { agendaStyles } from './agenda.styles.js';
import { dateShortcut, dayRange, type DateShortcut } from './date-ranges.js';
import { dayHeading, localDay } from './format.js';
import { agendaTranslator, EN_LABEL, loadAgendaMessages, type AgendaTranslator } from './i18n/translator.js';
import { renderCard, text, type CardContext } from './render-card.js';
import { renderFilters, shownControls } from './render-filters.js';
import type { AddressFilters, FilterState } from './url-state.js';

export const AGENDA_VIEWS = ['list', 'month', 'compact', 'poster'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** Below this width (px) the month grid is unreadable: the list is shown instead. */
const NARROW = 480;
const EVENT_PARAM = 'agenda.event';

/** Parts of the agenda that most visits never use, loaded the first time they are needed. */
const onDemand = {
  details: () => import('./render-details.js'),
  month: () => import('./render-month.js'),
  jsonLd: () => import('./json-ld.js'),
  poster: () => import('./render-poster.js'),
  urlState: () => import('./url-state.js'),
};
type OnDemand = { -readonly [K in keyof typeof onDemand]?: Awaited<ReturnType<(typeof onDemand)[K]>> };
type UrlState = NonNullable<OnDemand['urlState']>;

/** A query as a memo key (the open ends of a window, ±Infinity, written out). */
const queryKey = (query: EventQuery): string => JSON.stringify(query, (_k, v) => (typeof v === 'number' && !isFinite(v) ? String(v) : v));

interface Memo<T> {
  key: string;
  feed: Feed | null;
  value: T;
}

/**
 * The inter-association agenda: upcoming events of the feed as a list grouped by day, a month grid or a
 * compact list, with filters shared with the other widgets on the same feed.
 *
 * @summary The agenda of the associations' events.
 * @attr view - `list` (default), `month`, `compact` or `poster` (an A4 week or month to print, a QR code per event).
 * @attr period - For the poster: `month` (default) or `week`, from `from` (default today).
 * @attr poster-title - For the poster: its title (default "Agenda des associations").
 * @attr from - Show events from this date (YYYY-MM-DD; default today).
 * @attr to - Show events until this date, included.
 * @attr past - Include past events.
 * @attr audience - Audience ids (space-separated) the events must target.
 * @attr tags - Tags (space-separated): an event must have one of them.
 * @attr free - Only free events.
 * @attr accessibility - Access needs (space-separated) every event shown must meet.
 * @attr filters - The controls to show: `search dates sectors organizations free co-organized accessibility`, or `none`.
 * @attr url-state - Keep the filters in the page address, so a filtered view can be bookmarked and shared.
 * @attr seo - Also write the events shown as schema.org JSON-LD into the page, for search engines.
 * @attr heading-level - The level of the agenda's headings (default 3).
 * @attr page-size - Events shown before "show more" (default 30).
 * @slot - Fallback content (a link to an agenda page) shown until the feed is loaded.
 * @event maillage-select - An event's details were opened: `{ kind: 'event', id }`; also `mission` and `cooperation` links.
 * @event maillage-filter-change - The visitor changed a filter: `{ filters }`.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart filters - The filter controls.
 * @csspart list - The list of events.
 * @csspart day-heading - The heading of a day in the list.
 * @csspart event - One event card.
 * @csspart event-title - The title of an event.
 * @csspart details - The details of an event.
 * @csspart month - The month grid.
 * @csspart compact - The compact list.
 * @cssproperty --maillage-accent - Accent colour (buttons, chips, headings' rule).
 * @cssproperty --maillage-radius - Corner radius of cards and controls.
 * @cssproperty --maillage-agenda-chip-radius - Corner radius of the filter chips.
 * @cssproperty --maillage-agenda-card-gap - Space between event cards.
 */
export class MaillageAgendaElement extends MaillageWidget {
  static override styles = [...MaillageWidget.styles, controlStyles, agendaStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    from: {},
    to: {},
    past: { type: Boolean },
    audience: {},
    tags: {},
    free: { type: Boolean },
    accessibility: {},
    filters: {},
    urlState: { type: Boolean, attribute: 'url-state' },
    seo: { type: Boolean },
    pageSize: { type: Number, attribute: 'page-size' },
    period: {},
    posterTitle: { attribute: 'poster-title' },
    text: { state: true },
    freeOnly: { state: true },
    coOrganized: { state: true },
    needs: { state: true },
    shortcut: { state: true },
    shown: { state: true },
    expanded: { state: true },
    narrow: { state: true },
    notice: { state: true },
  };

  view: AgendaView = 'list';
  from = '';
  to = '';
  past = false;
  audience = '';
  tags = '';
  free = false;
  accessibility = '';
  filters = '';
  urlState = false;
  seo = false;
  pageSize = 30;
  period: 'week' | 'month' = 'month';
  posterTitle = '';

  private text = '';
  private freeOnly = false;
  private coOrganized = false;
  private needs: readonly string[] = [];
  private shortcut: DateShortcut | null = null;
  private shown = 0;
  private expanded: ReadonlySet<string> = new Set();
  private narrow = false;
  private notice = '';

  #resizeObserver: ResizeObserver | null = null;
  #occurrences: Memo<Occurrence[]> = { key: '', feed: null, value: [] };
  #sectorCounts: Memo<Map<string, number>> = { key: '', feed: null, value: new Map() };
  #focusKey: string | null = null;
  #sharedEventOpened = false;
  #modules: OnDemand = {};
  #monthGrid: InstanceType<NonNullable<OnDemand['month']>['MonthGrid']> | null = null;
  /** With `url-state`: whether the filters in the address have been read (the first filtered view waits for them). */
  #urlStateRead = false;

  protected get label(): string {
    return agendaTranslator(this.language)?.('label') ?? EN_LABEL;
  }

  /** The agenda's words; drawing waits until they are loaded (see renderFeed), French until then. */
  protected get tr(): AgendaTranslator {
    return agendaTranslator(this.language) ?? agendaTranslator('fr')!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // Changing the view resizes the element: wait for the next frame, not within this observation.
      requestAnimationFrame(() => (this.narrow = width > 0 && width < NARROW));
    });
    this.#resizeObserver.observe(this);
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('hashchange', this.#onPopState);
    this.ownerDocument.addEventListener('maillage-select', this.#onSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#onPopState);
    this.ownerDocument.removeEventListener('maillage-select', this.#onSelect);
    this.querySelector(':scope > script[data-maillage-seo]')?.remove();
  }

  /**
   * Before a new feed is drawn (the agenda keeps its loading state and its room meanwhile): the events' times,
   * sectors worked out in slices for a big feed, the words of an English page, the filters of a bookmarked
   * address. Then, when the page is idle, what a search reads, so that the first letters typed answer at once.
   */
  protected override prepareFeed(feed: Feed): Promise<void> | null {
    const work: Promise<unknown>[] = [];
    const events = prepareEventsNow(feed);
    // A big feed: the first list, then its counts, are worked out in tasks of their own, before the drawing.
    if (events) {
      work.push(
        events
          .then(nextTask)
          .then(() => this.occurrences(feed))
          .then(nextTask)
          .then(() => this.sectorCounts(feed))
          .then(nextTask),
      );
    }
    if (!agendaTranslator(this.language)) work.push(loadAgendaMessages());
    if (this.urlState && !this.#modules.urlState) work.push(this.#need('urlState'));
    const searchLater = (): void => void whenIdle(() => void this.#prepareSearch(feed));
    if (!work.length) {
      searchLater();
      return null;
    }
    return this.trackLoad(Promise.all(work).then(searchLater, searchLater));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('free') && this.free) this.freeOnly = true;
    if (changed.has('accessibility')) this.needs = idList(this.accessibility);
    if (changed.has('pageSize') || this.shown === 0) this.shown = Math.max(1, this.pageSize || 30);
    if (!agendaTranslator(this.language)) void this.trackLoad(loadAgendaMessages().then(() => this.requestUpdate()));
    if (changed.has('urlState')) this.#urlStateRead = false;
    if (this.urlState && !this.#urlStateRead) {
      // Read before drawing: a bookmarked address never shows the unfiltered agenda first.
      if (this.#modules.urlState) {
        this.#urlStateRead = true;
        this.#setFilters(this.#modules.urlState.bookmarkedFilters(location.hash), false);
      } else void this.#need('urlState');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusKey) {
      const key = this.#focusKey;
      this.#focusKey = null;
      this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] .toggle`)?.focus();
    }
    this.#openSharedEvent();
    void this.#writeSeo();
  }

  // ---- what is shown ----

  private get feedData(): Feed | null {
    return this.feedState?.feed ?? null;
  }

  private todayLocal(feed: Feed): string {
    return localDay(Date.now(), feed.timezone);
  }

  /** The filters, minus dates and sectors, as a query of the feed package. */
  private baseQuery(): EventQuery {
    const selection = this.selection;
    const organizations = selection?.organization ? [selection.organization] : idList(this.organizations);
    const places = selection?.place ? [selection.place] : idList(this.places);
    return {
      organizations,
      places,
      audience: idList(this.audience),
      tags: idList(this.tags),
      accessibility: this.needs,
      free: this.freeOnly || undefined,
      coOrganized: this.coOrganized || undefined,
      text: this.text.trim() || undefined,
      lang: this.language,
    };
  }

  /** The time window: the chosen dates, else the attributes, else from today on. */
  private window(feed: Feed): { from: number; to: number } {
    const selection = this.selection;
    const fromDay = selection?.from ?? (this.from || null);
    const toDay = selection?.to ?? (this.to || null);
    const today = this.todayLocal(feed);
    const start = fromDay ?? (this.past ? null : today);
    // An unreadable date (a typo in an attribute) leaves that side of the window open.
    const from = start ? (dayRange(start, start, feed.timezone)?.from ?? -Infinity) : -Infinity;
    const to = toDay ? (dayRange(toDay, toDay, feed.timezone)?.to ?? Infinity) : Infinity;
    return { from, to };
  }

  private memo<T>(slot: Memo<T>, feed: Feed, key: string, compute: () => T): T {
    if (slot.feed !== feed || slot.key !== key) {
      slot.feed = feed;
      slot.key = key;
      slot.value = compute();
    }
    return slot.value;
  }

  private occurrences(feed: Feed, window = this.window(feed)): Occurrence[] {
    const query: EventQuery = { ...this.baseQuery(), ...window, sectors: this.selection?.sectors ?? [] };
    // A search typed before what it reads is ready (a big feed, just drawn): that is prepared in slices, and
    // the events shown stay as they are until then, so that typing never freezes the page.
    if (query.text && !this.#searchReady.has(feed)) {
      void this.#prepareSearch(feed);
      if (this.#occurrences.feed === feed) return this.#occurrences.value;
    }
    return this.memo(this.#occurrences, feed, queryKey(query), () => queryOccurrences(feed, query));
  }

  /** Feeds whose search texts are prepared, and the preparations under way. */
  #searchReady = new WeakSet<Feed>();
  #searchPreparing = new WeakMap<Feed, Promise<void>>();

  #prepareSearch(feed: Feed): Promise<void> {
    let preparing = this.#searchPreparing.get(feed);
    if (!preparing) {
      preparing = this.trackLoad(
        prepareEvents(feed, { search: true }).then(() => {
          this.#searchReady.add(feed);
          this.requestUpdate();
        }),
      );
      this.#searchPreparing.set(feed, preparing);
    }
    return preparing;
  }

  /** How many events each sector would show with the other filters: the counts on the chips. */
  private sectorCounts(feed: Feed): Map<string, number> {
    // Without a chosen sector, the events shown are the ones to count: no second pass over the feed.
    const query: EventQuery = { ...this.baseQuery(), ...this.window(feed) };
    if (!this.selection?.sectors.length) {
      const shown = this.occurrences(feed);
      return this.memo(this.#sectorCounts, feed, `shown:${this.#occurrences.key}`, () => countBySector(feed, shown));
    }
    return this.memo(this.#sectorCounts, feed, queryKey(query), () => countBySector(feed, queryOccurrences(feed, query)));
  }

  private get filtersActive(): boolean {
    const selection = this.selection;
    return Boolean(
      this.text.trim() ||
        this.freeOnly ||
        this.coOrganized ||
        this.needs.length ||
        selection?.sectors.length ||
        selection?.organization ||
        selection?.place ||
        selection?.from ||
        selection?.to,
    );
  }

  // ---- rendering ----

  protected renderFeed(feed: Feed): TemplateResult {
    const t = agendaTranslator(this.language);
    // Loading while the words of the language or the address's filters arrive: nothing is drawn twice.
    if (!t || (this.urlState && !this.#urlStateRead)) return renderStatus({ kind: 'loading' }, this.language);
    const view: AgendaView = this.view === 'month' && this.narrow ? 'list' : (AGENDA_VIEWS as readonly string[]).includes(this.view) ? this.view : 'list';
    if (view === 'poster') return this.renderPosterView(feed);
    const controls = view === 'compact' ? new Set<never>() : shownControls(this.filters === 'none' ? 'none-at-all' : this.filters);
    const selection = this.selection;
    const filters =
      controls.size > 0
        ? renderFilters({
            feed,
            lang: this.language,
            t,
            controls,
            text: this.text,
            sectors: selection?.sectors ?? [],
            sectorCounts: this.sectorCounts(feed),
            organization: selection?.organization ?? null,
            place: selection?.place ?? null,
            from: selection?.from ?? null,
            to: selection?.to ?? null,
            shortcut: this.shortcut,
            free: this.freeOnly,
            coOrganized: this.coOrganized,
            accessibility: this.needs,
            active: this.filtersActive,
            collapsed: this.narrow,
            onText: (value) => this.#change(() => (this.text = value), 'replace'),
            toggleSector: (id) => {
              const sectors = selection?.sectors ?? [];
              const next = sectors.includes(id) ? sectors.filter((s) => s !== id) : [...sectors, id];
              this.#change(() => this.hub?.select({ sectors: next }, this.instanceId));
            },
            onOrganization: (id) => this.#change(() => this.hub?.select({ organization: id }, this.instanceId)),
            clearPlace: () => this.#change(() => this.hub?.select({ place: null }, this.instanceId)),
            onShortcut: (kind) =>
              this.#change(() => {
                if (this.shortcut === kind) {
                  this.shortcut = null;
                  this.hub?.select({ from: null, to: null }, this.instanceId);
                  return;
                }
                const range = dateShortcut(kind, Date.now(), feed.timezone);
                this.shortcut = kind;
                this.hub?.select(range, this.instanceId);
              }),
            onDates: (from, to) =>
              this.#change(() => {
                this.shortcut = null;
                this.hub?.select({ from, to: to && from && to < from ? from : to }, this.instanceId);
              }),
            onFree: (value) => this.#change(() => (this.freeOnly = value)),
            onCoOrganized: (value) => this.#change(() => (this.coOrganized = value)),
            toggleAccessibility: (id) =>
              this.#change(() => (this.needs = this.needs.includes(id) ? this.needs.filter((n) => n !== id) : [...this.needs, id])),
            clear: () => this.#clearFilters(),
          })
        : nothing;
    const body = view === 'month' ? this.renderMonthView(feed) : view === 'compact' ? this.renderCompact(feed) : this.renderList(feed);
    return html`${filters}${body}<p class="visually-hidden" role="status" aria-live="polite">${this.notice}</p>`;
  }

  private cardContext(feed: Feed): CardContext {
    const ctx: CardContext = {
      feed,
      index: indexFeed(feed),
      lang: this.language,
      t: this.tr,
      headingLevel: Math.min(6, Math.max(2, this.headingLevel + 1)),
      expanded: this.expanded,
      hasMap: this.linkedWidget('maillage-map') !== null,
      toggle: (occurrence) => void this.#toggle(occurrence),
      renderDetails: (occurrence) => this.#modules.details?.renderDetails(ctx, occurrence) ?? nothing,
      seeOnMap: (placeId) => {
        this.hub?.select({ place: placeId }, this.instanceId);
        this.revealLinked('maillage-map');
      },
      downloadIcs: (event) => this.#modules.details?.downloadIcs(feed, event, this.language, this.renderRoot),
      share: (occurrence) => void this.#share(ctx, occurrence),
      showMissions: (event) => {
        const first = event.missionIds?.[0];
        if (first) this.emit('maillage-select', { kind: 'mission', id: first });
        this.revealLinked('maillage-volunteers');
      },
      showCooperation: (id) => {
        this.emit('maillage-select', { kind: 'cooperation', id });
        this.revealLinked('maillage-showcase');
      },
    };
    return ctx;
  }

  private renderEmpty(): TemplateResult {
    return renderStatus({ kind: 'empty', filtered: this.filtersActive, clear: () => this.#clearFilters() }, this.language);
  }

  private renderCount(total: number, shown: number): TemplateResult {
    const t = this.tr;
    return html`<div class="summary">
      <p role="status" aria-live="polite" aria-atomic="true">${t('count', { count: total })}</p>
      ${shown < total ? html`<p aria-hidden="true">${t('list.shown', { shown, total })}</p>` : nothing}
    </div>`;
  }

  private renderList(feed: Feed): TemplateResult {
    const occurrences = this.occurrences(feed);
    if (!occurrences.length) return html`${this.renderCount(0, 0)}${this.renderEmpty()}`;
    const visible = occurrences.slice(0, this.limit > 0 ? Math.min(this.limit, this.shown) : this.shown);
    const total = this.limit > 0 ? Math.min(this.limit, occurrences.length) : occurrences.length;
    const ctx = this.cardContext(feed);
    const windowStart = this.window(feed).from;
    const groups: { day: string; items: Occurrence[] }[] = [];
    for (const occurrence of visible) {
      // An event that began before the window is listed once, on the window's first day, with its range.
      const day = localDay(Math.max(occurrence.start, windowStart), feed.timezone);
      const last = groups[groups.length - 1];
      if (last && last.day === day) last.items.push(occurrence);
      else groups.push({ day, items: [occurrence] });
    }
    return html`${this.renderCount(total, visible.length)}
      <div part="list">
        ${groups.map(
          (group) => html`<section aria-labelledby=${`day-${group.day}`}>
            <div role="heading" aria-level=${this.headingLevel} part="day-heading" id=${`day-${group.day}`}>
              ${dayHeading(group.day, this.language)}
            </div>
            ${group.items.map((occurrence) => renderCard(ctx, occurrence, { withDate: occurrence.start < windowStart }))}
          </section>`,
        )}
      </div>
      ${visible.length < total
        ? html`<p class="more">
            <button type="button" class="button" @click=${() => this.#showMore(visible)}>${this.tr('list.more')}</button>
          </p>`
        : nothing}`;
  }

  private renderCompact(feed: Feed): TemplateResult {
    const occurrences = this.occurrences(feed).slice(0, this.limit > 0 ? this.limit : 5);
    if (!occurrences.length) return this.renderEmpty();
    // No day headings in the compact view: the titles take the agenda's heading level.
    const ctx = { ...this.cardContext(feed), headingLevel: this.headingLevel };
    return html`<div part="compact">${occurrences.map((occurrence) => renderCard(ctx, occurrence, { withDate: true, compact: true }))}</div>`;
  }

  private renderPosterView(feed: Feed): TemplateResult {
    const poster$ = this.#modules.poster;
    if (!poster$) {
      void this.#need('poster');
      return renderStatus({ kind: 'loading' }, this.language);
    }
    const range = poster$.posterRange(this.from || this.todayLocal(feed), this.period, feed.timezone);
    return poster$.renderPoster({
      feed,
      index: indexFeed(feed),
      lang: this.language,
      t: this.tr,
      title: this.posterTitle,
      from: range.from,
      to: range.to,
      occurrences: this.occurrences(feed, range),
      linkFor: (occurrence) => occurrence.event.url ?? this.shareUrl(occurrence.event.id),
    });
  }

  private renderMonthView(feed: Feed): TemplateResult {
    const month$ = this.#modules.month;
    if (!month$) {
      void this.#need('month');
      return renderStatus({ kind: 'loading' }, this.language);
    }
    const ctx = this.cardContext(feed);
    this.#monthGrid ??= new month$.MonthGrid(this);
    return this.#monthGrid.render(feed, {
      t: this.tr,
      window: this.window(feed),
      occurrences: (window) => this.occurrences(feed, window),
      card: (occurrence) => renderCard(ctx, occurrence, { withDate: false }),
    });
  }

  // ---- behaviour ----

  #change(apply: () => void, history: 'push' | 'replace' = 'push'): void {
    apply();
    this.shown = Math.max(1, this.pageSize || 30);
    this.requestUpdate();
    const filters = this.#filterState();
    this.emit('maillage-filter-change', { filters: { ...filters } });
    if (this.urlState) this.#withUrlState(({ writeAddress }) => writeAddress(filters, history));
  }

  #clearFilters(): void {
    this.#change(() => {
      this.text = '';
      this.freeOnly = false;
      this.coOrganized = false;
      this.needs = [];
      this.shortcut = null;
      this.hub?.select({ sectors: [], organization: null, place: null, from: null, to: null }, this.instanceId);
    });
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>('#search, [part="filters"] button')?.focus());
  }

  #filterState(): FilterState {
    const selection = this.selection;
    return {
      sectors: [...(selection?.sectors ?? [])],
      organizations: selection?.organization ? [selection.organization] : [],
      places: selection?.place ? [selection.place] : [],
      from: selection?.from ?? null,
      to: selection?.to ?? null,
      text: this.text,
      free: this.freeOnly,
      coOrganized: this.coOrganized,
      accessibility: [...this.needs],
      view: this.view === 'list' ? null : this.view,
    };
  }

  /** Runs `use` with the url-state module, at once when it is there, else once it is loaded. */
  #withUrlState(use: (module: UrlState) => void): void {
    const module = this.#modules.urlState;
    if (module) use(module);
    else void this.#need('urlState').then(use);
  }

  /** Sets the filters an address holds; the shared selection at once (`now`) or once the hub is there. */
  #setFilters(filters: AddressFilters, now: boolean): void {
    if (filters.text !== undefined) this.text = filters.text;
    if (filters.free !== undefined) this.freeOnly = filters.free;
    if (filters.coOrganized !== undefined) this.coOrganized = filters.coOrganized;
    if (filters.accessibility !== undefined) this.needs = filters.accessibility;
    if (filters.view && (AGENDA_VIEWS as readonly string[]).includes(filters.view)) this.view = filters.view as AgendaView;
    const shared = filters.selection;
    if (!Object.keys(shared).length) return;
    if (now || this.hub) this.hub?.select(shared, this.instanceId);
    else void this.drawn().then(() => this.hub?.select(shared, this.instanceId));
  }

  readonly #onPopState = (): void => {
    if (this.urlState) {
      this.#withUrlState(({ historyFilters }) =>
        this.#setFilters(historyFilters(location.hash, { free: this.free, accessibility: idList(this.accessibility) }), true),
      );
    }
  };

  /** Loads a part of the agenda once; the agenda draws again when it arrives. */
  #need<K extends keyof OnDemand>(name: K): Promise<NonNullable<OnDemand[K]>> {
    const known = this.#modules[name];
    if (known) return Promise.resolve(known as NonNullable<OnDemand[K]>);
    return this.trackLoad(
      onDemand[name]().then((loaded) => {
        const module = loaded as NonNullable<OnDemand[K]>;
        const styles = (module as { styles?: CSSResult }).styles;
        if (styles) this.adoptPartStyles(styles);
        this.#modules[name] = module;
        this.requestUpdate();
        return module;
      }),
    );
  }





  async #toggle(occurrence: Occurrence): Promise<void> {
    await this.#need('details');
    const next = new Set(this.expanded);
    if (next.has(occurrence.key)) next.delete(occurrence.key);
    else {
      next.add(occurrence.key);
      this.emit('maillage-select', { kind: 'event', id: occurrence.event.id });
    }
    this.expanded = next;
  }

  #showMore(visible: readonly Occurrence[]): void {
    const firstNew = this.occurrences(this.feedData!)[visible.length];
    this.shown = visible.length + Math.max(1, this.pageSize || 30);
    // Focus moves to the first new event, so keyboard users carry on where the list grew.
    if (firstNew) this.#focusKey = firstNew.key;
  }

  /** A link to this page that opens this event: the page's address with `#agenda.event=<id>`. */
  shareUrl(eventId: string): string {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    params.set(EVENT_PARAM, eventId);
    return `${location.origin}${location.pathname}${location.search}#${params.toString()}`;
  }

  async #share(ctx: CardContext, occurrence: Occurrence): Promise<void> {
    const notice = await this.#modules.details?.shareLink(ctx, this.shareUrl(occurrence.event.id), text(ctx, occurrence.event.title));
    if (notice != null) this.notice = notice;
  }

  /** Another widget on the same feed (the volunteer call, the showcase) asks for an event: show it. */
  readonly #onSelect = (event: Event): void => {
    const detail = (event as CustomEvent<{ kind: string; id: string }>).detail;
    const source = event.composedPath()[0] as { hub?: unknown };
    if (source === this || detail?.kind !== 'event' || source.hub !== this.hub) return;
    void this.openEvent(detail.id);
  };

  /**
   * Opens the details of an event's next occurrence and brings it into view; when the visitor's filters
   * hide it, they are cleared first.
   */
  async openEvent(id: string): Promise<boolean> {
    const feed = this.feedData;
    if (!feed) return false;
    let occurrence = this.occurrences(feed).find((o) => o.event.id === id);
    if (!occurrence && this.filtersActive) {
      this.#clearFilters();
      occurrence = this.occurrences(feed).find((o) => o.event.id === id);
    }
    if (!occurrence) return false;
    const index = this.occurrences(feed).indexOf(occurrence);
    if (index >= this.shown) this.shown = index + 1;
    return Boolean(await this.#reveal(occurrence.key, true));
  }

  /** Opens the details of an occurrence and brings its card into view; with `focus`, smoothly, focusing its button. */
  async #reveal(key: string, focus: boolean): Promise<HTMLElement | null> {
    await this.#need('details');
    this.expanded = new Set([...this.expanded, key]);
    await this.drawn();
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    card?.scrollIntoView(focus ? { block: 'start', behavior: 'smooth' } : { block: 'start' });
    if (focus) card?.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
    return card;
  }

  /** A shared link (`#agenda.event=<id>`) opens that event's details once the feed is there. */
  #openSharedEvent(): void {
    // Once the events are drawn (a big feed is worked on first).
    if (this.#sharedEventOpened || this.dataset['state'] !== 'ready') return;
    const feed = this.feedData;
    if (!feed) return;
    this.#sharedEventOpened = true;
    const id = new URLSearchParams(location.hash.replace(/^#/, '')).get(EVENT_PARAM);
    if (!id) return;
    const occurrences = this.occurrences(feed);
    const index = occurrences.findIndex((o) => o.event.id === id);
    if (index < 0) return;
    // An event beyond the pages shown: the list shows the pages up to it.
    const page = Math.max(1, this.pageSize || 30);
    if (index >= this.shown) this.shown = Math.ceil((index + 1) / page) * page;
    void this.#reveal(occurrences[index]!.key, false);
  }

  /** With `seo`, the events shown are written into the page as schema.org JSON-LD. */
  async #writeSeo(): Promise<void> {
    const feed = this.feedData;
    if (!this.seo || !feed) return;
    (await this.#need('jsonLd')).writeJsonLd(this, feed, this.occurrences(feed).slice(0, 50), this.language);
  }
}

