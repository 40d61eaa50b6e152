import { pickText, vocabularyLabel, type Feed } from '@maillage/feed';
import { collator, shownControls as shownControlsOf } from '@maillage/core';
import { html, nothing, type TemplateResult } from 'lit';
import { weekdayNames } from './format.js';
import type { VolunteersTranslator } from './i18n/translator.js';
import { PERIODS, type MissionKind, type Period } from './mission-query.js';

export const FILTER_CONTROLS = ['skills', 'availability', 'kind', 'sectors', 'organizations', 'remote'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

/** Which controls to show: `filters="skills availability"`, `filters="none"`, or all of them by default. */
export const shownControls = (attribute: string): ReadonlySet<FilterControl> => shownControlsOf(attribute, FILTER_CONTROLS);

export interface FiltersView {
  readonly feed: Feed;
  readonly lang: string;
  readonly t: VolunteersTranslator;
  readonly controls: ReadonlySet<FilterControl>;
  /** The skills, sectors and organizations of the open missions: the choices offered. */
  readonly skillChoices: readonly string[];
  readonly sectorChoices: readonly string[];
  readonly organizationChoices: readonly string[];
  readonly skills: readonly string[];
  readonly sectors: readonly string[];
  readonly organization: string | null;
  readonly place: string | null;
  readonly from: string;
  readonly to: string;
  readonly weekdays: readonly number[];
  readonly periods: readonly Period[];
  readonly kind: MissionKind | null;
  readonly remote: boolean;
  readonly active: boolean;
  toggleSkill(skill: string): void;
  toggleSector(id: string): void;
  onOrganization(id: string | null): void;
  clearPlace(): void;
  onDates(from: string, to: string): void;
  toggleWeekday(day: number): void;
  togglePeriod(period: Period): void;
  onKind(kind: MissionKind | null): void;
  onRemote(value: boolean): void;
  clear(): void;
}

/** The controls: native inputs and toggle buttons, each with a visible label. */
export function renderFilters(view: FiltersView): TemplateResult | typeof nothing {
  const { t, controls, feed, lang } = view;
  if (controls.size === 0) return nothing;
  const compare = collator(lang).compare;
  const organizations = view.organizationChoices
    .map((id) => ({ id, name: pickText(feed.organizations.find((o) => o.id === id)?.name, lang, feed.language) || id }))
    .sort((a, b) => compare(a.name, b.name));
  const sectors = view.sectorChoices.map((id) => ({ id, label: vocabularyLabel('sectors', id, lang) })).sort((a, b) => compare(a.label, b.label));
  const place = view.place ? feed.places.find((p) => p.id === view.place) : undefined;
  const placeName = place ? pickText(place.name, lang, feed.language) : (view.place ?? '');
  const days = weekdayNames(lang);
  const availabilityCount = (view.from ? 1 : 0) + (view.to ? 1 : 0) + view.weekdays.length + view.periods.length;
  return html`<div part="filters" role="group" aria-label=${t('filters.label')}>
    ${controls.has('skills') && view.skillChoices.length
      ? html`<fieldset>
          <legend>${t('filters.skills')}</legend>
          <div class="row">
            ${view.skillChoices.map(
              (skill) => html`<button
                type="button"
                class="chip"
                data-skill=${skill}
                aria-pressed=${view.skills.includes(skill) ? 'true' : 'false'}
                @click=${() => view.toggleSkill(skill)}
              >
                ${skill}
              </button>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${controls.has('availability')
      ? html`<details class="availability" ?open=${availabilityCount > 0}>
          <summary>${t('filters.when')}${availabilityCount ? ` (${availabilityCount})` : ''}</summary>
          <div class="row">
            <label class="check"
              >${t('filters.from')}
              <input
                type="date"
                data-filter="from"
                .value=${view.from}
                @change=${(e: Event) => view.onDates((e.target as HTMLInputElement).value, view.to)}
            /></label>
            <label class="check"
              >${t('filters.to')}
              <input
                type="date"
                data-filter="to"
                .value=${view.to}
                min=${view.from || nothing}
                @change=${(e: Event) => view.onDates(view.from, (e.target as HTMLInputElement).value)}
            /></label>
          </div>
          <fieldset>
            <legend>${t('filters.weekdays')}</legend>
            <div class="row">
              ${days.map(
                (name, day) => html`<label class="check"
                  ><input type="checkbox" data-weekday=${day} .checked=${view.weekdays.includes(day)} @change=${() => view.toggleWeekday(day)} />
                  ${name}</label
                >`,
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>${t('filters.periods')}</legend>
            <div class="row">
              ${PERIODS.map(
                (period) => html`<label class="check"
                  ><input type="checkbox" data-period=${period} .checked=${view.periods.includes(period)} @change=${() => view.togglePeriod(period)} />
                  ${t(`period.${period}`)}</label
                >`,
              )}
            </div>
          </fieldset>
        </details>`
      : nothing}
    ${controls.has('kind')
      ? html`<fieldset>
          <legend>${t('filters.type')}</legend>
          <div class="row">
            ${([null, 'one-off', 'recurring'] as const).map(
              (kind) => html`<label class="check"
                ><input
                  type="radio"
                  name="kind"
                  data-kind=${kind ?? 'all'}
                  .checked=${view.kind === kind}
                  @change=${() => view.onKind(kind)}
                />
                ${t(kind ? `filters.type.${kind}` : 'filters.type.all')}</label
              >`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${controls.has('sectors') && sectors.length
      ? html`<fieldset>
          <legend>${t('filters.sectors')}</legend>
          <div class="row">
            ${sectors.map(
              ({ id, label }) => html`<button
                type="button"
                class="chip"
                data-sector=${id}
                aria-pressed=${view.sectors.includes(id) ? 'true' : 'false'}
                @click=${() => view.toggleSector(id)}
              >
                ${label}
              </button>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${controls.has('organizations') && organizations.length > 1
      ? html`<div>
          <label class="label" for="organization">${t('filters.organization')}</label>
          <select id="organization" @change=${(e: Event) => view.onOrganization((e.target as HTMLSelectElement).value || null)}>
            <option value="" ?selected=${!view.organization}>${t('filters.organization.all')}</option>
            ${organizations.map((o) => html`<option value=${o.id} ?selected=${view.organization === o.id}>${o.name}</option>`)}
          </select>
        </div>`
      : nothing}
    ${controls.has('remote')
      ? html`<label class="check"
          ><input type="checkbox" data-filter="remote" .checked=${view.remote} @change=${(e: Event) => view.onRemote((e.target as HTMLInputElement).checked)} />
          ${t('filters.remote')}</label
        >`
      : nothing}
    ${view.place
      ? html`<p class="row">
          <span>${t('filters.place', { place: placeName })}</span>
          <button type="button" class="button secondary" @click=${view.clearPlace}>${t('filters.place.clear', { place: placeName })}</button>
        </p>`
      : nothing}
    ${view.active ? html`<div><button type="button" class="button secondary" data-clear @click=${view.clear}>${t('filters.clear')}</button></div>` : nothing}
  </div>`;
}
