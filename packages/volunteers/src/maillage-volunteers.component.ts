import { controlStyles } from '@maillage/core/controls';
import { idList, MaillageWidget, renderStatus } from '@maillage/core';
import { indexFeed, openMissions, pickText, type Feed, type Mission } from '@maillage/feed';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { volunteersTranslator, type VolunteersTranslator } from './i18n/translator.js';
import { filterMissions, missionSectors, skillList, skillsOf, type MissionKind, type MissionQuery, type Period } from './mission-query.js';
import { contactPaths, renderCard, VOLUNTEERS_VIEWS, type CardContext, type VolunteersView } from './render-card.js';
import { renderFilters, shownControls } from './render-filters.js';
import type { SignupFlow, SignupTarget } from './signup/signup-dialog.js';
import { volunteersStyles } from './volunteers.styles.js';

export { VOLUNTEERS_VIEWS, type VolunteersView } from './render-card.js';

/** The sign-up form, loaded the first time a visitor opens it. */
const loadSignup = () => import('./signup/signup-dialog.js');

interface Memo {
  feed: Feed | null;
  hour: number;
  value: Mission[];
}

/**
 * The volunteer call: the associations' open missions, the most urgent first, with places left, and a
 * sign-up form ("Je me propose") that sends to the mission's endpoint, prepares an email, or links to the
 * association's own form or phone, and never loses what the volunteer typed.
 *
 * @summary The associations' calls for volunteers, with sign-up.
 * @attr view - `list` (default), `compact` (a short list, no controls) or `board` (large type for a notice screen).
 * @attr skills - Skills that preset the skill filter, separated by commas (`accueil, tenue de caisse`).
 * @attr event - Only the missions of this event (its id).
 * @attr filters - The controls to show: `skills availability kind sectors organizations remote`, or `none`.
 * @attr heading-level - The level of the missions' titles (default 3).
 * @attr signup-min-seconds - A sign-up sent sooner than this after the form opened is taken for a robot's (default 3).
 * @attr signup-timeout - Seconds to wait for the sign-up endpoint before saying it did not answer (default 15).
 * @event maillage-select - The sign-up form of a mission opened: `{ kind: 'mission', id }`; the event a mission serves was chosen: `{ kind: 'event', id }`.
 * @event maillage-filter-change - The visitor changed a filter: `{ filters }`.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart filters - The filter controls.
 * @csspart list - The list of missions.
 * @csspart mission - One mission.
 * @csspart mission-title - The title of a mission.
 * @csspart dialog - The sign-up dialog.
 * @cssproperty --maillage-accent - Accent colour (buttons, chips, the places bar).
 * @cssproperty --maillage-radius - Corner radius of cards and controls.
 * @cssproperty --maillage-volunteers-chip-radius - Corner radius of the filter chips and badges.
 * @cssproperty --maillage-volunteers-card-gap - Space between mission cards.
 * @cssproperty --maillage-volunteers-bar - Colour of the filled part of the places bar.
 * @cssproperty --maillage-volunteers-bar-track - Colour of the places bar's track.
 * @cssproperty --maillage-dialog-surface - Background of the sign-up dialog (default: the system's Canvas).
 * @cssproperty --maillage-dialog-text - Text colour of the sign-up dialog.
 */
export class MaillageVolunteersElement extends MaillageWidget {
  static override styles = [...MaillageWidget.styles, controlStyles, volunteersStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    skills: {},
    event: {},
    filters: {},
    signupMinSeconds: { type: Number, attribute: 'signup-min-seconds' },
    signupTimeout: { type: Number, attribute: 'signup-timeout' },
    chosenSkills: { state: true },
    from: { state: true },
    to: { state: true },
    weekdays: { state: true },
    periods: { state: true },
    kind: { state: true },
    remoteOnly: { state: true },
    highlighted: { state: true },
  };

  view: VolunteersView = 'list';
  skills = '';
  event = '';
  filters = '';
  signupMinSeconds = 3;
  signupTimeout = 15;

  private chosenSkills: readonly string[] = [];
  private from = '';
  private to = '';
  private weekdays: readonly number[] = [];
  private periods: readonly Period[] = [];
  private kind: MissionKind | null = null;
  private remoteOnly = false;
  private highlighted: string | null = null;

  #open: Memo = { feed: null, hour: -1, value: [] };
  #signup: SignupFlow | null = null;
  #scrollToHighlight = false;

  protected get label(): string {
    return this.tr('label');
  }

  /** The widget's own words (the shared states keep core's). */
  get tr(): VolunteersTranslator {
    return volunteersTranslator(this.language);
  }

  get signupMinMs(): number {
    return Math.max(0, Number.isFinite(this.signupMinSeconds) ? this.signupMinSeconds : 3) * 1000;
  }

  get signupTimeoutMs(): number {
    return Math.max(1, Number.isFinite(this.signupTimeout) && this.signupTimeout > 0 ? this.signupTimeout : 15) * 1000;
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
    if (changed.has('skills')) this.chosenSkills = skillList(this.skills);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#signup?.sync(this.renderRoot);
    if (this.#scrollToHighlight && this.highlighted) {
      const title = this.renderRoot.querySelector<HTMLElement>(`[data-mission="${CSS.escape(this.highlighted)}"] [part="mission-title"]`);
      if (title) {
        this.#scrollToHighlight = false;
        title.closest('li')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        title.focus({ preventScroll: true });
      }
    }
  }

  // ---- what is shown ----

  /** Open missions, most urgent first; computed again when the feed changes, and every hour. */
  private openMissions(feed: Feed): Mission[] {
    const now = Date.now();
    const hour = Math.floor(now / 3_600_000);
    if (this.#open.feed !== feed || this.#open.hour !== hour) this.#open = { feed, hour, value: openMissions(feed, now) };
    return this.#open.value;
  }

  /** The presets and the shared selection, without the visitor's own controls. */
  private presetQuery(): MissionQuery {
    const selection = this.selection;
    return {
      organizations: selection?.organization ? [selection.organization] : idList(this.organizations),
      places: selection?.place ? [selection.place] : idList(this.places),
      eventId: this.event || null,
    };
  }

  private query(): MissionQuery {
    return {
      ...this.presetQuery(),
      sectors: this.selection?.sectors ?? [],
      skills: this.chosenSkills,
      kind: this.kind,
      remote: this.remoteOnly,
      from: this.from || null,
      to: this.to || null,
      weekdays: this.weekdays,
      periods: this.periods,
    };
  }

  private get filtersActive(): boolean {
    const selection = this.selection;
    return Boolean(
      this.chosenSkills.length ||
        this.from ||
        this.to ||
        this.weekdays.length ||
        this.periods.length ||
        this.kind ||
        this.remoteOnly ||
        selection?.sectors.length ||
        selection?.organization ||
        selection?.place,
    );
  }

  /** The missions shown, in order. */
  visibleMissions(): Mission[] {
    const feed = this.feedState?.feed;
    if (!feed) return [];
    return filterMissions(feed, this.openMissions(feed), this.query(), Date.now());
  }

  private get currentView(): VolunteersView {
    return (VOLUNTEERS_VIEWS as readonly string[]).includes(this.view) ? this.view : 'list';
  }

  // ---- rendering ----

  protected renderFeed(feed: Feed): TemplateResult {
    const view = this.currentView;
    const open = this.openMissions(feed);
    const missions = filterMissions(feed, open, this.query(), Date.now());
    const limit = this.limit > 0 ? this.limit : view === 'compact' ? 5 : Infinity;
    const shown = missions.slice(0, limit);
    const filters = view === 'list' && this.filters !== 'none' ? this.renderControls(feed, open) : nothing;
    const dialog = this.#signup?.render() ?? nothing;
    const count = html`<p class="summary" role="status" aria-live="polite" aria-atomic="true">
      ${this.tr('count', { count: missions.length })}${shown.length < missions.length ? html` — ${this.tr('list.shown', { shown: shown.length, total: missions.length })}` : nothing}
    </p>`;
    if (!shown.length) {
      return html`${filters}${count}${renderStatus({ kind: 'empty', filtered: this.filtersActive, clear: () => this.#clearFilters() }, this.language)}${dialog}`;
    }
    const ctx = this.cardContext(feed, view);
    return html`${filters}${count}
      <ul part="list" role="list">
        ${shown.map((mission, i) => renderCard(ctx, mission, i))}
      </ul>
      ${dialog}`;
  }

  private renderControls(feed: Feed, open: readonly Mission[]): TemplateResult | typeof nothing {
    const index = indexFeed(feed);
    // The choices come from the missions the presets leave: no chip that would always give nothing.
    const base = filterMissions(feed, open, this.presetQuery(), Date.now());
    // Sectors and organizations are shared choices: offered for every mission of the event (or of the feed).
    const all = filterMissions(feed, open, { eventId: this.event || null }, Date.now());
    const selection = this.selection;
    return renderFilters({
      feed,
      lang: this.language,
      t: this.tr,
      controls: shownControls(this.filters),
      skillChoices: skillsOf(base, this.language),
      sectorChoices: [...new Set(all.flatMap((m) => missionSectors(m, index)))],
      organizationChoices: [...new Set(all.map((m) => m.organizationId))],
      skills: this.chosenSkills,
      sectors: selection?.sectors ?? [],
      organization: selection?.organization ?? null,
      place: selection?.place ?? null,
      from: this.from,
      to: this.to,
      weekdays: this.weekdays,
      periods: this.periods,
      kind: this.kind,
      remote: this.remoteOnly,
      active: this.filtersActive,
      toggleSkill: (skill) =>
        this.#change(() => (this.chosenSkills = this.chosenSkills.includes(skill) ? this.chosenSkills.filter((s) => s !== skill) : [...this.chosenSkills, skill])),
      toggleSector: (id) => {
        const sectors = selection?.sectors ?? [];
        this.#change(() => this.hub?.select({ sectors: sectors.includes(id) ? sectors.filter((s) => s !== id) : [...sectors, id] }, this.instanceId));
      },
      onOrganization: (id) => this.#change(() => this.hub?.select({ organization: id }, this.instanceId)),
      clearPlace: () => this.#change(() => this.hub?.select({ place: null }, this.instanceId)),
      onDates: (from, to) =>
        this.#change(() => {
          this.from = from;
          this.to = to && from && to < from ? from : to;
        }),
      toggleWeekday: (day) =>
        this.#change(() => (this.weekdays = this.weekdays.includes(day) ? this.weekdays.filter((d) => d !== day) : [...this.weekdays, day].sort())),
      togglePeriod: (period) =>
        this.#change(() => (this.periods = this.periods.includes(period) ? this.periods.filter((p) => p !== period) : [...this.periods, period])),
      onKind: (kind) => this.#change(() => (this.kind = kind)),
      onRemote: (value) => this.#change(() => (this.remoteOnly = value)),
      clear: () => this.#clearFilters(),
    });
  }

  private cardContext(feed: Feed, view: VolunteersView): CardContext {
    return {
      feed,
      index: indexFeed(feed),
      lang: this.language,
      t: this.tr,
      headingLevel: Math.min(6, Math.max(2, this.headingLevel)),
      view,
      highlighted: this.highlighted,
      hasAgenda: this.linkedWidget('maillage-agenda') !== null,
      signup: (mission, opener) => void this.openSignup(mission.id, opener),
      showEvent: (eventId) => {
        this.emit('maillage-select', { kind: 'event', id: eventId });
        this.revealLinked('maillage-agenda');
      },
    };
  }

  // ---- behaviour ----

  #change(apply: () => void): void {
    apply();
    this.requestUpdate();
    const selection = this.selection;
    this.emit('maillage-filter-change', {
      filters: {
        skills: [...this.chosenSkills],
        sectors: [...(selection?.sectors ?? [])],
        organizations: selection?.organization ? [selection.organization] : [],
        places: selection?.place ? [selection.place] : [],
        from: this.from || null,
        to: this.to || null,
        weekdays: [...this.weekdays],
        periods: [...this.periods],
        kind: this.kind,
        remote: this.remoteOnly,
      },
    });
  }

  #clearLocalFilters(): void {
    this.chosenSkills = [];
    this.from = '';
    this.to = '';
    this.weekdays = [];
    this.periods = [];
    this.kind = null;
    this.remoteOnly = false;
  }

  #clearFilters(): void {
    this.#change(() => {
      this.#clearLocalFilters();
      this.hub?.select({ sectors: [], organization: null, place: null }, this.instanceId);
    });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="filters"] button, [part="filters"] summary')?.focus());
  }

  /**
   * Opens the sign-up form of a mission (the "Je me propose" button does it); `opener` gets the focus back
   * when the form closes. Resolves once the form is drawn.
   */
  async openSignup(missionId: string, opener: HTMLElement | null = null): Promise<void> {
    const feed = this.feedState?.feed;
    const mission = feed ? indexFeed(feed).missions.get(missionId) : undefined;
    if (!feed || !mission) return;
    const target = this.#signupTarget(feed, mission);
    if (!target) return;
    const { SignupFlow } = await loadSignup();
    this.#signup ??= new SignupFlow(this);
    this.emit('maillage-select', { kind: 'mission', id: mission.id });
    this.#signup.open(target, opener);
    await this.updateComplete;
  }

  #signupTarget(feed: Feed, mission: Mission): SignupTarget | null {
    const index = indexFeed(feed);
    const paths = contactPaths(mission, index);
    if (!paths.form) return null;
    const organization = index.organizations.get(mission.organizationId);
    const lang = this.language;
    const pageUrl = location.href.split('#')[0]!;
    const source = this.hub?.source;
    return {
      missionId: mission.id,
      missionTitle: pickText(mission.title, lang, feed.language),
      organizationId: mission.organizationId,
      organizationName: pickText(organization?.name, lang, feed.language) || mission.organizationId,
      privacyUrl: organization?.privacyUrl ?? null,
      endpoint: paths.endpoint,
      // On a failed send, the text can still go by email: to the mission, its organization, else the publisher.
      email: paths.email ?? feed.publisher?.email ?? null,
      feedUrl: feed.url ?? (source?.kind === 'urls' ? source.urls[0]! : pageUrl),
      pageUrl,
      lang: lang.slice(0, 2).toLowerCase() === 'en' ? 'en' : 'fr',
    };
  }

  /** Another widget on the same feed pointed at a mission (the agenda's "volunteers wanted"): show it. */
  readonly #onSelect = (event: CustomEvent<{ kind: string; id: string }>): void => {
    if (event.detail.kind !== 'mission' || event.target === this) return;
    const source = event.target as { hub?: unknown } | null;
    if (source && 'hub' in source && source.hub !== this.hub) return;
    const feed = this.feedState?.feed;
    if (!feed || !indexFeed(feed).missions.has(event.detail.id)) return;
    // The visitor's own filters may hide it: they give way to what was asked for.
    if (!this.visibleMissions().some((m) => m.id === event.detail.id)) this.#clearLocalFilters();
    this.highlighted = event.detail.id;
    this.#scrollToHighlight = true;
  };
}
