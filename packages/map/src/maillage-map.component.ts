import { englishLabels, formatLocalDate, toEndEpoch, toEpoch, zonedDate, type Feed } from '@maillage/feed';
import { MaillageWidget, renderStatus } from '@maillage/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { mapTranslator, type MapTranslator } from './i18n/translator.js';
import { mapStyles } from './map.styles.js';
import type { MapPoint, MapTexts, MapView } from './map-view.js';
import { placeMarkerElement, sectorLook, type SectorLook } from './markers.js';
import { layerCounts, MAP_LAYERS, parseLayers, placesWithoutPosition, summarizePlaces, type MapLayer, type PlaceSummary } from './places.js';
import { buildPopup } from './popup.js';

export type MapViewModule = typeof import('./map-view.js');
/** Where the map is: waiting to come near the viewport, loading Leaflet, drawn, or replaced by the list. */
export type MapStatus = 'waiting' | 'loading' | 'ready' | 'unavailable';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** How far below the viewport the map starts loading. */
const NEAR = '200px';

interface Shown {
  key: string;
  feed: Feed | null;
  summaries: PlaceSummary[];
}

// Problems are reported once per feed object, however many maps show it.
const reported = new WeakSet<Feed>();

/**
 * The cross-event map: where the associations' events, volunteer missions and cooperations happen, one
 * marker per place, clustered at low zoom, with the list of places beside it (or below on narrow screens).
 * Choosing a place selects it for the other widgets on the same feed; their sectors and dates filter the
 * map. Leaflet is loaded only when the map comes near the viewport; where it cannot run, the list remains.
 *
 * @summary Where the associations' events and missions happen.
 * @attr layers - The layers shown at first, among `events missions cooperations` (default: all).
 * @attr tiles - An XYZ tile URL template (default OpenStreetMap's); `none` for a plain background.
 * @attr attribution - The credit of the tile server, as plain text (default OpenStreetMap's with `tiles` unset).
 * @attr center - The centre of the map, `lat,lon` (default: fit every place).
 * @attr zoom - The zoom level, 1 to 19 (default: fit every place).
 * @attr from - Events from this date (YYYY-MM-DD; default today), unless the agenda chose dates.
 * @attr to - Events until this date, included.
 * @attr heading-level - The level of the headings of the list and the popups (default 3).
 * @event maillage-select - A place was chosen on the map or in the list: `{ kind: 'place', id }`.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart legend - The layer toggles.
 * @csspart map - The map (its height is reserved before it loads).
 * @csspart note - The message shown instead of the map where it cannot run.
 * @csspart list - The list of places.
 * @csspart place - One place of the list.
 * @cssproperty --maillage-map-height - Height of the map (default 24rem).
 * @cssproperty --maillage-map-background - Background of the map under the tiles (shown when tiles are off or fail).
 * @cssproperty --maillage-map-list-width - Width of the list beside the map on wide screens (default 18rem).
 * @cssproperty --maillage-map-panel-text - Text colour of popups and map controls (default #1a1a1a).
 * @cssproperty --maillage-surface - Background of popups and map controls (default white).
 * @cssproperty --maillage-accent - Accent colour (buttons, chosen place).
 */
export class MaillageMapElement extends MaillageWidget {
  static override styles = [...MaillageWidget.styles, mapStyles];

  /**
   * Loads the module that holds Leaflet. A page (or a test) may replace it, to bring its own copy or to
   * see what happens where Leaflet cannot load.
   */
  static loadMapView: () => Promise<MapViewModule> = () => import('./map-view.js');

  static override properties: PropertyDeclarations = {
    layers: {},
    tiles: {},
    attribution: {},
    center: {},
    zoom: {},
    from: {},
    to: {},
    mapLoader: { attribute: false },
    chosenLayers: { state: true },
    notice: { state: true },
    near: { state: true },
  };

  layers = '';
  tiles = '';
  attribution: string | null = null;
  center = '';
  zoom = '';
  from = '';
  to = '';
  /** Replaces `MaillageMapElement.loadMapView` for this element only (a story showing the fallback, say). */
  mapLoader: (() => Promise<MapViewModule>) | null = null;

  /** The layers the visitor ticked; null until they touch the legend (the attribute decides). */
  private chosenLayers: readonly MapLayer[] | null = null;
  private notice = '';
  private near = false;

  // Not reactive: going from waiting to loading draws nothing new; the end of loading asks for an update.
  private status: MapStatus = 'waiting';
  #view: MapView | null = null;
  /** A position found before the map was there, shown when it is. */
  #pendingPosition: [number, number] | null = null;
  #viewPoints: PlaceSummary[] | null = null;
  #viewSelected: string | null | undefined = undefined;
  #shown: Shown = { key: '', feed: null, summaries: [] };
  #observer: IntersectionObserver | null = null;
  #lastPlace: string | null = null;
  readonly #mapHost: HTMLElement = Object.assign(document.createElement('div'), { className: 'map' });

  constructor() {
    super();
    this.#mapHost.setAttribute('part', 'map');
  }

  /** Where the map is: `waiting`, `loading`, `ready` or `unavailable` (also the host's `data-map`). */
  get mapStatus(): MapStatus {
    return this.status;
  }

  /** Leaflet's map once it is drawn, for pages that add their own layers; null before. */
  get leafletMap(): MapView['map'] | null {
    return this.#view?.map ?? null;
  }

  protected get label(): string {
    return this.tr('label');
  }

  protected get tr(): MapTranslator {
    return mapTranslator(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.near || this.#observer) return;
    if (typeof IntersectionObserver !== 'function') {
      this.near = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.#observer?.disconnect();
        this.#observer = null;
      },
      { rootMargin: NEAR },
    );
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#view) {
      this.#view.destroy();
      this.#view = null;
      this.#viewPoints = null;
      this.#viewSelected = undefined;
      this.status = 'waiting';
      this.near = false;
    }
  }

  // ---- what is shown ----

  get shownLayers(): readonly MapLayer[] {
    return this.chosenLayers ?? parseLayers(this.layers);
  }

  /** The events' window: the dates chosen in a linked widget, else the attributes, else from today on. */
  private window(feed: Feed): { from: number; to: number } {
    const selection = this.selection;
    const fromDay = selection?.from ?? (this.from || null);
    const toDay = selection?.to ?? (this.to || null);
    const today = formatLocalDate(zonedDate(Date.now(), feed.timezone));
    const from = toEpoch(fromDay ?? today, feed.timezone) ?? toEpoch(today, feed.timezone) ?? -Infinity;
    const to = toDay ? (toEndEpoch(toDay, feed.timezone) ?? Infinity) : Infinity;
    return { from, to };
  }

  /** The places shown, computed again only when the feed or a filter changes. */
  private summaries(feed: Feed): PlaceSummary[] {
    const selection = this.selection;
    const window = this.window(feed);
    const query = {
      layers: this.shownLayers,
      sectors: selection?.sectors ?? [],
      organization: selection?.organization ?? null,
      ...window,
      lang: this.language,
    };
    // The day changes the open missions, and the English labels arriving change the markers: part of the key.
    const key = JSON.stringify({
      ...query,
      from: String(query.from),
      to: String(query.to),
      limit: this.limit,
      day: Math.floor(Date.now() / 86_400_000),
      english: englishLabels() !== undefined,
    });
    if (this.#shown.feed !== feed || this.#shown.key !== key) {
      const all = summarizePlaces(feed, { ...query, now: Date.now() });
      this.#shown = { key, feed, summaries: this.limit > 0 ? all.slice(0, this.limit) : all };
    }
    return this.#shown.summaries;
  }

  private look(summary: PlaceSummary): SectorLook {
    return sectorLook(summary.sector, this.language, this.tr('legend.other'));
  }

  private countsText(summary: PlaceSummary): string {
    const t = this.tr;
    const layers = new Set(this.shownLayers);
    const parts: string[] = [];
    if (layers.has('events') && summary.eventCount) parts.push(t('count.events', { count: summary.eventCount }));
    if (layers.has('missions') && summary.missions.length) parts.push(t('count.missions', { count: summary.missions.length }));
    if (layers.has('cooperations') && summary.cooperations.length) parts.push(t('count.cooperations', { count: summary.cooperations.length }));
    return parts.join(', ');
  }

  private placeLabel(summary: PlaceSummary): string {
    const place = summary.locality ? `${summary.name}, ${summary.locality}` : summary.name;
    return this.tr('place.label', { place, counts: this.countsText(summary) });
  }

  // ---- rendering ----

  protected renderFeed(feed: Feed): TemplateResult {
    this.#report(feed);
    const t = this.tr;
    const summaries = this.summaries(feed);
    const selection = this.selection;
    const filtered = Boolean(selection?.sectors.length || selection?.organization || selection?.from || selection?.to || this.chosenLayers);
    const somethingAnywhere = feed.places.length > 0 && (feed.events.length > 0 || feed.missions.length > 0 || feed.cooperations.length > 0);
    const legend = somethingAnywhere ? this.renderLegend(feed) : nothing;
    if (!summaries.length) {
      const status =
        this.shownLayers.length === 0 || (this.chosenLayers !== null && this.chosenLayers.length === 0)
          ? html`<div part="status" data-kind="empty" role="status"><p>${t('empty.layers')}</p></div>`
          : renderStatus({ kind: 'empty', filtered, clear: () => this.#clearFilters() }, this.language);
      return html`<div class="map-column">${legend}${status}</div>`;
    }
    const mappable = summaries.some((summary) => summary.position);
    const showMap = mappable && this.status !== 'unavailable';
    this.#mapHost.dataset['status'] = this.status;
    return html`<div class=${showMap ? 'layout with-map' : 'layout'}>
        <div class="map-column">
          ${legend}
          ${showMap ? this.#mapHost : nothing}
          ${mappable && this.status === 'unavailable' ? html`<p part="note" role="status">${t('map.unavailable')}</p>` : nothing}
          ${showMap && typeof navigator !== 'undefined' && 'geolocation' in navigator
            ? html`<div class="tools">
                <button type="button" class="button secondary" @click=${() => this.#aroundMe()}>${t('map.around-me')}</button>
              </div>`
            : nothing}
          ${this.renderKey(summaries)}
        </div>
        ${this.renderList(summaries)}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.notice}</p>`;
  }

  private renderLegend(feed: Feed): TemplateResult {
    const t = this.tr;
    const shown = new Set(this.shownLayers);
    // Counts of each layer with the other filters, whether the layer is ticked or not.
    const counts = layerCounts(this.summariesWithAllLayers(feed));
    return html`<fieldset part="legend">
      <legend>${t('layers.label')}</legend>
      ${MAP_LAYERS.map(
        (layer) => html`<label>
          <input type="checkbox" name="layer" value=${layer} .checked=${shown.has(layer)} @change=${(e: Event) => this.#toggleLayer(layer, (e.target as HTMLInputElement).checked)} />
          ${t(`layers.${layer}`)} (${counts[layer]})
        </label>`,
      )}
    </fieldset>`;
  }

  #allLayers: Shown = { key: '', feed: null, summaries: [] };
  private summariesWithAllLayers(feed: Feed): PlaceSummary[] {
    if (!this.chosenLayers && this.shownLayers.length === MAP_LAYERS.length) return this.summaries(feed);
    const key = this.#shown.key;
    if (this.#allLayers.feed !== feed || this.#allLayers.key !== key) {
      const selection = this.selection;
      this.#allLayers = {
        key,
        feed,
        summaries: summarizePlaces(feed, {
          layers: MAP_LAYERS,
          sectors: selection?.sectors ?? [],
          organization: selection?.organization ?? null,
          ...this.window(feed),
          now: Date.now(),
          lang: this.language,
        }),
      };
    }
    return this.#allLayers.summaries;
  }

  private renderKey(summaries: readonly PlaceSummary[]): TemplateResult | typeof nothing {
    const sectors = [...new Set(summaries.map((summary) => summary.sector))];
    if (!sectors.length) return nothing;
    const looks = sectors.map((sector) => sectorLook(sector, this.language, this.tr('legend.other')));
    return html`<ul class="key" role="list" aria-label=${this.tr('legend.sectors')}>
      ${looks.map((look) => html`<li>${this.renderSwatch(look)}<span>${look.label}</span></li>`)}
    </ul>`;
  }

  private renderSwatch(look: SectorLook): TemplateResult {
    // The colour is set through the CSSOM: a style attribute would be refused by a strict CSP.
    const paint = (element?: Element) => (element as HTMLElement | undefined)?.style.setProperty('--_marker', look.colour);
    return html`<span class="marker" data-shape=${look.shape} ${ref(paint)} aria-hidden="true"
      ><span class="glyph">${look.letters}</span></span
    >`;
  }

  private renderList(summaries: readonly PlaceSummary[]): TemplateResult {
    const t = this.tr;
    const selected = this.selection?.place ?? null;
    return html`<section class="places" aria-labelledby="places-title">
      <div class="places-title" id="places-title" role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))}>
        ${t('list.label')} (${t('list.count', { count: summaries.length })})
      </div>
      <ul part="list" role="list">
        ${summaries.map(
          (summary) => html`<li part="place" data-place=${summary.place.id}>
            <button type="button" aria-pressed=${selected === summary.place.id ? 'true' : 'false'} @click=${() => this.#fromList(summary.place.id)}>
              ${this.renderSwatch(this.look(summary))}
              <span class="place-name">${summary.name}${summary.locality ? html`<span class="place-locality">, ${summary.locality}</span>` : nothing}</span>
              <span class="place-counts">${this.countsText(summary)}</span>
              ${summary.position ? nothing : html`<span class="place-note">${t('list.no-geo')}</span>`}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  // ---- the map ----

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.dataset['map'] = this.status;
    const feed = this.feedState?.feed;
    if (!feed) return;
    const summaries = this.#shown.feed === feed ? this.#shown.summaries : [];
    const mappable = summaries.some((summary) => summary.position);
    if (this.status === 'waiting' && this.near && mappable && this.#mapHost.isConnected) void this.#loadView();
    const view = this.#view;
    if (!view) return;
    view.setTexts(this.tr('map.region', { count: this.tr('list.count', { count: summaries.length }) }), this.#texts(), this.language);
    if (this.#viewPoints !== summaries) {
      this.#viewPoints = summaries;
      view.setPoints(this.#points(summaries));
      this.#viewSelected = undefined;
    }
    if (this.#pendingPosition) view.showPosition(...this.#pendingPosition);
    this.#pendingPosition = null;
    const place = this.selection?.place ?? null;
    if (this.#viewSelected !== place) {
      this.#viewSelected = place;
      view.setSelected(place);
    }
    // A place chosen in another widget ("see on the map" in the agenda) is shown with its popup.
    if (place !== this.#lastPlace) {
      this.#lastPlace = place;
      if (place && this.selection?.origin !== this.instanceId) this.#openPopup(place, false);
    }
  }

  #texts(): MapTexts {
    const t = this.tr;
    return { zoomIn: t('map.zoom-in'), zoomOut: t('map.zoom-out'), closePopup: t('map.close-popup'), cluster: (count) => t('map.cluster', { count }) };
  }

  #points(summaries: readonly PlaceSummary[]): MapPoint[] {
    const points: MapPoint[] = [];
    for (const summary of summaries) {
      if (!summary.position) continue;
      const look = this.look(summary);
      const count = summary.eventCount + summary.missions.length + summary.cooperations.length;
      points.push({
        id: summary.place.id,
        lat: summary.position.lat,
        lon: summary.position.lon,
        label: this.placeLabel(summary),
        icon: () => placeMarkerElement(look, count),
      });
    }
    return points;
  }

  async #loadView(): Promise<void> {
    this.status = 'loading';
    this.dataset['map'] = this.status;
    try {
      const module = await (this.mapLoader ?? (this.constructor as typeof MaillageMapElement).loadMapView)();
      if (!this.isConnected || this.status !== 'loading') return;
      const tiles = this.#tiles();
      this.#view = module.createMapView(this.#mapHost, {
        tiles,
        attribution: this.attribution,
        center: this.#center(),
        zoom: this.#zoom(),
        label: this.tr('map.region', { count: this.tr('list.count', { count: this.#shown.summaries.length }) }),
        lang: this.language,
        texts: this.#texts(),
        onActivate: (id, byKeyboard) => this.#fromMarker(id, byKeyboard),
      });
      this.status = 'ready';
      this.requestUpdate();
    } catch (error) {
      // A strict Content Security Policy (Trusted Types), an old browser or a blocked file: the list stays.
      console.warn('[maillage] the map could not start; the list of places is shown instead.', error);
      this.#view = null;
      this.#mapHost.replaceChildren();
      this.status = 'unavailable';
      this.requestUpdate();
    }
  }

  #tiles(): string | null {
    const value = this.tiles.trim();
    if (!value) return OSM_TILES;
    if (value === 'none') return null;
    // Tiles come from http(s) servers only.
    return /^https?:\/\//i.test(value) || value.startsWith('/') ? value : null;
  }

  #center(): [number, number] | null {
    const [lat, lon] = this.center.split(',').map((part) => Number(part.trim()));
    if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || this.center.split(',').length !== 2) return null;
    return [lat, lon];
  }

  #zoom(): number | null {
    if (!this.zoom.trim()) return null;
    const zoom = Number(this.zoom);
    return Number.isFinite(zoom) ? Math.min(19, Math.max(1, Math.round(zoom))) : null;
  }

  // ---- behaviour ----

  #fromMarker(id: string, byKeyboard: boolean): void {
    this.#select(id);
    this.#openPopup(id, byKeyboard);
  }

  #fromList(id: string): void {
    if (this.selection?.place === id) {
      this.hub?.select({ place: null }, this.instanceId);
      this.#view?.map.closePopup();
      return;
    }
    this.#select(id);
    // Focus stays in the list; the map shows the place and says so.
    if (this.#openPopup(id, false)) {
      const summary = this.#shown.summaries.find((s) => s.place.id === id);
      if (summary) this.notice = this.tr('map.centred', { place: summary.name });
    }
  }

  #select(id: string): void {
    this.#lastPlace = id;
    this.hub?.select({ place: id }, this.instanceId);
    this.emit('maillage-select', { kind: 'place', id });
  }

  #openPopup(id: string, focus: boolean): boolean {
    const view = this.#view;
    const feed = this.feedState?.feed;
    const summary = this.#shown.summaries.find((s) => s.place.id === id);
    if (!view || !feed || !summary?.position) return false;
    const agenda = this.linkedWidget('maillage-agenda');
    const popup = buildPopup(summary, {
      feed,
      lang: this.language,
      t: this.tr,
      headingLevel: this.headingLevel + 1,
      showInAgenda: agenda
        ? (placeId) => {
            this.#select(placeId);
            this.revealLinked('maillage-agenda');
          }
        : null,
    });
    return view.openPopup(id, popup, focus);
  }

  #toggleLayer(layer: MapLayer, on: boolean): void {
    const current = new Set(this.shownLayers);
    if (on) current.add(layer);
    else current.delete(layer);
    this.chosenLayers = MAP_LAYERS.filter((l) => current.has(l));
  }

  #clearFilters(): void {
    this.chosenLayers = null;
    this.hub?.select({ sectors: [], organization: null, from: null, to: null }, this.instanceId);
  }

  #aroundMe(): void {
    const geolocation = navigator.geolocation;
    if (!geolocation) return;
    this.notice = this.tr('map.locating');
    geolocation.getCurrentPosition(
      (position) => {
        // Pressed before Leaflet arrived (the button is there from the first draw, so nothing moves then):
        // the position waits for the map.
        const { latitude, longitude } = position.coords;
        if (this.#view) this.#view.showPosition(latitude, longitude);
        else this.#pendingPosition = [latitude, longitude];
        this.notice = this.tr('map.located');
      },
      () => (this.notice = this.tr('map.location-failed')),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  /** Places that something happens at but that have no coordinates: said once to the webmaster. */
  #report(feed: Feed): void {
    if (reported.has(feed)) return;
    reported.add(feed);
    const problems = placesWithoutPosition(feed);
    if (problems.length) console.warn(`[maillage] ${problems.length} place(s) not on the map: no usable coordinates`, problems);
  }
}
