import { indexFeed, linkFor, vocabularyLabel, type Cooperation, type Feed } from '@maillage/feed';
import { idList, MaillageWidget, renderStatus, supportedLanguage } from '@maillage/core';
import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EN_LABEL, loadShowcaseMessages, showcaseTranslator, type ShowcaseTranslator } from './i18n/translator.js';
import { bridgedSectors, renderCard, textOf, type CardContext } from './render-card.js';
import { showcaseStyles } from './showcase.styles.js';

export const SHOWCASE_VIEWS = ['grid', 'carousel', 'network', 'kiosk'] as const;
export type ShowcaseView = (typeof SHOWCASE_VIEWS)[number];

/** Parts most pages never show, loaded when their view is. */
const onDemand = {
  slides: () => import('./slides.js'),
  network: () => import('./network.js'),
  qr: () => import('@maillage/core/qr'),
};
type OnDemand = { -readonly [K in keyof typeof onDemand]?: Awaited<ReturnType<(typeof onDemand)[K]>> };

const COOPERATION_PARAM = 'showcase.cooperation';

/**
 * The cooperation showcase: who works with whom, what they pool, what it achieved, and how to join in.
 *
 * @summary Cooperations between associations, local authorities, libraries, shops and companies.
 * @attr view - `grid` (default), `carousel`, `network` or `kiosk`.
 * @attr autoplay - The carousel moves on by itself (never when the visitor prefers reduced motion).
 * @attr interval - Seconds between slides in the carousel with autoplay and in the kiosk (default 12).
 * @attr status - Only cooperations with these statuses (`planned active ended`).
 * @attr filters - `none` hides the grid's controls.
 * @attr heading-level - Level of the cooperations' titles (default 3).
 * @event maillage-select - `{ kind: 'cooperation', id }` when a cooperation opens; `event` and `mission` from its links.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart filters - The grid's controls.
 * @csspart list - The grid of cooperations.
 * @csspart cooperation - One cooperation card.
 * @csspart cooperation-title - Its title.
 * @csspart partner - One partner in a card.
 * @csspart dialog - The details dialog.
 * @csspart carousel - The carousel.
 * @csspart network - The network view.
 * @csspart network-table - The table equivalent to the network picture.
 * @csspart kiosk - The kiosk view.
 * @cssproperty --maillage-accent - Accent colour.
 * @cssproperty --maillage-showcase-columns - Minimum card width in the grid (default 18rem).
 */
export class MaillageShowcaseElement extends MaillageWidget {
  static override styles = [...MaillageWidget.styles, showcaseStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    autoplay: { type: Boolean },
    interval: { type: Number },
    status: {},
    filters: {},
    sector: { state: true },
    partnerType: { state: true },
    stateFilter: { state: true },
    opened: { state: true },
    chosen: { state: true },
  };

  view: ShowcaseView = 'grid';
  autoplay = false;
  interval = 12;
  status = '';
  filters = '';

  private sector = '';
  private partnerType = '';
  private stateFilter = '';
  private opened: Cooperation | null = null;
  private chosen: string | null = null;

  #modules: OnDemand = {};
  #rotation: InstanceType<NonNullable<OnDemand['slides']>['Rotation']> | null = null;
  #opener: HTMLElement | null = null;
  #sharedOpened = false;

  protected get label(): string {
    return showcaseTranslator(this.language)?.('label') ?? EN_LABEL;
  }

  /** The showcase's words; drawing waits until they are loaded (see renderFeed), French until then. */
  protected get tr(): ShowcaseTranslator {
    return showcaseTranslator(this.language) ?? showcaseTranslator('fr')!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('maillage-select', this.#onSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('maillage-select', this.#onSelect);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('status')) this.stateFilter = idList(this.status)[0] ?? '';
    if (!showcaseTranslator(this.language)) void this.trackLoad(loadShowcaseMessages().then(() => this.requestUpdate()));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && this.opened && !dialog.open) dialog.showModal();
    this.#openShared();
  }

  // ---- what is shown ----

  /** The cooperations passing the presets, the shared selection and the grid's controls. */
  private cooperations(feed: Feed): Cooperation[] {
    const index = indexFeed(feed);
    const presetOrganizations = idList(this.organizations);
    const selected = this.selection?.organization ?? this.chosen;
    const sectors = this.sector ? [this.sector] : (this.selection?.sectors ?? []);
    const statuses = this.stateFilter ? [this.stateFilter] : idList(this.status);
    const places = this.selection?.place ? [this.selection.place] : idList(this.places);
    let list = feed.cooperations.filter((cooperation) => {
      const partners = cooperation.partners.map((p) => p.organizationId);
      if (presetOrganizations.length && !partners.some((id) => presetOrganizations.includes(id))) return false;
      if (selected && !partners.includes(selected)) return false;
      if (sectors.length && !bridgedSectors({ index }, cooperation).some((s) => sectors.includes(s))) return false;
      if (statuses.length && !statuses.includes(cooperation.status ?? '')) return false;
      if (places.length && !(cooperation.placeIds ?? []).some((id) => places.includes(id))) return false;
      if (this.partnerType && !partners.some((id) => index.organizations.get(id)?.type === this.partnerType)) return false;
      return true;
    });
    if (this.limit > 0) list = list.slice(0, this.limit);
    return list;
  }

  private cardContext(feed: Feed): CardContext {
    return {
      feed,
      index: indexFeed(feed),
      lang: this.language,
      t: this.tr,
      headingLevel: Math.min(6, Math.max(1, this.headingLevel)),
      now: Date.now(),
      openDetails: (cooperation, opener) => this.openCooperation(cooperation.id, opener),
      showEvents: (cooperation) => {
        const first = cooperation.eventIds?.[0] ?? feed.events.find((e) => e.cooperationIds?.includes(cooperation.id))?.id;
        if (first) this.emit('maillage-select', { kind: 'event', id: first });
        this.revealLinked('maillage-agenda');
      },
      showMissions: (cooperation) => {
        const first = cooperation.missionIds?.[0];
        if (first) this.emit('maillage-select', { kind: 'mission', id: first });
        this.revealLinked('maillage-volunteers');
      },
    };
  }

  // ---- rendering ----

  protected renderFeed(feed: Feed): TemplateResult {
    // Loading while the words of the language arrive: nothing is drawn in another language first.
    if (!showcaseTranslator(this.language)) return renderStatus({ kind: 'loading' }, this.language);
    const view: ShowcaseView = (SHOWCASE_VIEWS as readonly string[]).includes(this.view) ? this.view : 'grid';
    const cooperations = this.cooperations(feed);
    const ctx = this.cardContext(feed);
    let body: TemplateResult;
    if (view === 'network') body = this.renderNetworkView(feed, ctx);
    else if (view === 'kiosk') body = this.renderKiosk(ctx, cooperations);
    else if (view === 'carousel') body = this.renderCarousel(ctx, cooperations);
    else body = this.renderGrid(feed, ctx, cooperations);
    return html`${body}${this.renderDialog(ctx)}`;
  }

  private renderCount(count: number): TemplateResult {
    return html`<p class="summary" role="status" aria-live="polite">${this.tr('count', { count })}</p>`;
  }

  private renderEmpty(filtered: boolean): TemplateResult {
    return renderStatus({ kind: 'empty', filtered, clear: () => this.#clear() }, this.language);
  }

  private get filtered(): boolean {
    return Boolean(this.sector || this.partnerType || this.stateFilter || this.selection?.organization || this.chosen);
  }

  private renderFilters(feed: Feed): TemplateResult | typeof nothing {
    if (this.filters.trim() === 'none') return nothing;
    const t = this.tr;
    const lang = this.language;
    const index = indexFeed(feed);
    const sectors = new Set<string>();
    const types = new Set<string>();
    const partners = new Set<string>();
    for (const cooperation of feed.cooperations) {
      bridgedSectors({ index }, cooperation).forEach((s) => sectors.add(s));
      for (const partner of cooperation.partners) {
        partners.add(partner.organizationId);
        const type = index.organizations.get(partner.organizationId)?.type;
        if (type) types.add(type);
      }
    }
    const organization = this.selection?.organization ?? '';
    const select = (id: string, label: string, value: string, options: [string, string][], all: string, onChange: (v: string) => void) =>
      html`<div class="control">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>${all}</option>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${value === v}>${text}</option>`)}
        </select>
      </div>`;
    // In the order of the widget's language (fr or en).
    const sorted = (entries: [string, string][]) => entries.sort((a, b) => a[1].localeCompare(b[1], supportedLanguage(lang)));
    return html`<div part="filters" role="group" aria-label=${t('filters.label')}>
      ${select('sector', t('filters.sector'), this.sector, sorted([...sectors].map((s) => [s, vocabularyLabel('sectors', s, lang)])), t('filters.all'), (v) => (this.sector = v))}
      ${select('type', t('filters.type'), this.partnerType, sorted([...types].map((s) => [s, vocabularyLabel('organizationTypes', s, lang)])), t('filters.all'), (v) => (this.partnerType = v))}
      ${select(
        'organization',
        t('filters.organization'),
        organization,
        sorted([...partners].filter((id) => index.organizations.has(id)).map((id) => [id, textOf({ lang, feed }, index.organizations.get(id)!.name)])),
        t('filters.all.f'),
        (v) => this.hub?.select({ organization: v || null }, this.instanceId),
      )}
      ${select('state', t('filters.status'), this.stateFilter, (['planned', 'active', 'ended'] as const).map((s) => [s, t(`status.${s}`)]), t('filters.all'), (v) => (this.stateFilter = v))}
      ${this.filtered ? html`<button type="button" class="button secondary" @click=${() => this.#clear()}>${t('filters.clear')}</button>` : nothing}
    </div>`;
  }

  private renderPropose(feed: Feed): TemplateResult | typeof nothing {
    const publisher = feed.publisher;
    const href = publisher?.email ? linkFor('email', publisher.email) : publisher?.url ? linkFor('url', publisher.url) : null;
    if (!publisher || !href) return nothing;
    const t = this.tr;
    return html`<aside class="propose">
      <p><strong>${t('propose.title')}</strong> ${t('propose.text', { name: textOf({ lang: this.language, feed }, publisher.name) })}</p>
      <a class="button" href=${href} rel="noopener noreferrer">${t('propose.link')}</a>
    </aside>`;
  }

  private renderGrid(feed: Feed, ctx: CardContext, cooperations: readonly Cooperation[]): TemplateResult {
    return html`${this.renderFilters(feed)}${this.renderCount(cooperations.length)}
      ${cooperations.length
        ? html`<div part="list" class="grid">${cooperations.map((c) => renderCard(ctx, c))}</div>`
        : this.renderEmpty(this.filtered)}
      ${this.renderPropose(feed)}`;
  }

  private renderCarousel(ctx: CardContext, cooperations: readonly Cooperation[]): TemplateResult {
    if (!cooperations.length) return this.renderEmpty(this.filtered);
    const slides$ = this.#modules.slides;
    if (!slides$) {
      void this.#need('slides');
      return renderStatus({ kind: 'loading' }, this.language);
    }
    return slides$.renderCarousel({
      t: this.tr,
      lang: this.language,
      rotation: (this.#rotation ??= new slides$.Rotation(this, () => this.opened !== null)),
      autoplay: this.autoplay,
      total: cooperations.length,
      card: (index) => renderCard(ctx, cooperations[index]!),
    });
  }

  private renderNetworkView(feed: Feed, ctx: CardContext): TemplateResult {
    const network$ = this.#modules.network;
    if (!network$) {
      void this.#need('network');
      return renderStatus({ kind: 'loading' }, this.language);
    }
    const chosen = this.chosen;
    return network$.renderNetworkView({
      network: network$.buildNetwork(feed, ctx.index, feed.cooperations, this.language),
      lang: this.language,
      t: this.tr,
      chosen,
      headingLevel: ctx.headingLevel,
      choose: (id) => (this.chosen = id),
      shown: chosen ? this.cooperations(feed) : [],
      card: (cooperation) => renderCard({ ...ctx, headingLevel: Math.min(6, ctx.headingLevel + 1) }, cooperation),
    });
  }

  private renderKiosk(ctx: CardContext, cooperations: readonly Cooperation[]): TemplateResult {
    if (!cooperations.length) return this.renderEmpty(this.filtered);
    const { slides: slides$, qr: qr$ } = this.#modules;
    if (!slides$ || !qr$) {
      void this.#need('slides');
      void this.#need('qr');
      return renderStatus({ kind: 'loading' }, this.language);
    }
    return slides$.renderKiosk({
      t: this.tr,
      lang: this.language,
      qrCode: qr$.qrCode,
      rotation: (this.#rotation ??= new slides$.Rotation(this, () => this.opened !== null)),
      total: cooperations.length,
      card: (index) => {
        const cooperation = cooperations[index]!;
        return {
          card: renderCard(ctx, cooperation),
          target: (cooperation.url && linkFor('url', cooperation.url)) || this.shareUrl(cooperation.id),
        };
      },
    });
  }

  private renderDialog(ctx: CardContext): TemplateResult | typeof nothing {
    const cooperation = this.opened;
    if (!cooperation) return nothing;
    return html`<dialog part="dialog" aria-labelledby=${`dialog-title`} @close=${() => this.#closed()}>
      <div class="dialog-head">
        <button type="button" class="button secondary close" @click=${() => this.closeCooperation()}>${this.tr('dialog.close')}</button>
      </div>
      <div id="dialog-title" class="visually-hidden">${textOf(ctx, cooperation.title)}</div>
      ${renderCard({ ...ctx, headingLevel: 2 }, cooperation, { full: true })}
    </dialog>`;
  }

  // ---- behaviour ----

  /** Opens a cooperation's details in a dialog; focus comes back to `opener` when it closes. */
  openCooperation(id: string, opener?: HTMLElement | null): void {
    const feed = this.feedState?.feed;
    const cooperation = feed?.cooperations.find((c) => c.id === id);
    if (!cooperation) return;
    this.#opener = opener ?? (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.opened = cooperation;
    this.emit('maillage-select', { kind: 'cooperation', id });
  }

  closeCooperation(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  #closed(): void {
    this.opened = null;
    const opener = this.#opener;
    this.#opener = null;
    void this.drawn().then(() => opener?.isConnected && opener.focus());
  }

  /** A link to this page that opens this cooperation: the page's address with `#showcase.cooperation=<id>`. */
  shareUrl(id: string): string {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    params.set(COOPERATION_PARAM, id);
    return `${location.origin}${location.pathname}${location.search}#${params.toString()}`;
  }

  #openShared(): void {
    if (this.#sharedOpened || !this.feedState?.feed) return;
    this.#sharedOpened = true;
    const id = new URLSearchParams(location.hash.replace(/^#/, '')).get(COOPERATION_PARAM);
    if (id && this.view !== 'kiosk') this.openCooperation(id, null);
  }

  /** Another widget asked for a cooperation (the agenda's "part of…" link): show it. */
  readonly #onSelect = (event: Event): void => {
    const detail = (event as CustomEvent<{ kind: string; id: string }>).detail;
    if (event.composedPath()[0] === this || detail?.kind !== 'cooperation') return;
    const source = event.composedPath()[0] as { hub?: unknown };
    if (source.hub !== undefined && source.hub !== this.hub) return;
    this.openCooperation(detail.id, null);
  };

  #clear(): void {
    this.sector = '';
    this.partnerType = '';
    this.stateFilter = '';
    this.chosen = null;
    this.hub?.select({ organization: null }, this.instanceId);
  }

  /** Loads a part of the showcase once, with its styles; the showcase draws again when it arrives. */
  #need<K extends keyof OnDemand>(name: K): Promise<unknown> {
    if (this.#modules[name]) return Promise.resolve();
    return this.trackLoad(
      onDemand[name]().then((loaded) => {
        const module = loaded as NonNullable<OnDemand[K]>;
        const styles = (module as { styles?: CSSResult }).styles;
        if (styles) this.adoptPartStyles(styles);
        this.#modules[name] = module;
        this.requestUpdate();
      }),
    );
  }



}
