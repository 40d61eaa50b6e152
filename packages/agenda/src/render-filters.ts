import { ACCESSIBILITY, pickText, vocabularyLabel, type Feed } from '@maillage/feed';
import { collator, numberFormat, shownControls as shownControlsOf } from '@maillage/core';
import { html, nothing, type TemplateResult } from 'lit';
import { DATE_SHORTCUTS, type DateShortcut } from './date-ranges.js';
import type { AgendaTranslator } from './i18n/translator.js';

export const FILTER_CONTROLS = ['search', 'dates', 'sectors', 'organizations', 'free', 'co-organized', 'accessibility'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

/** Which controls to show: `filters="search sectors"`, `filters="none"`, or all of them by default. */
export const shownControls = (attribute: string): ReadonlySet<FilterControl> => shownControlsOf(attribute, FILTER_CONTROLS);

export interface FiltersView {
  readonly feed: Feed;
  readonly lang: string;
  readonly t: AgendaTranslator;
  readonly controls: ReadonlySet<FilterControl>;
  readonly text: string;
  readonly sectors: readonly string[];
  /** Sector ids with the number of events each would show. */
  readonly sectorCounts: ReadonlyMap<string, number>;
  readonly organization: string | null;
  readonly place: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly shortcut: DateShortcut | null;
  readonly free: boolean;
  readonly coOrganized: boolean;
  readonly accessibility: readonly string[];
  readonly active: boolean;
  /** On a narrow screen the controls fold behind a disclosure, closed until the visitor opens it. */
  readonly collapsed: boolean;
  onText(value: string): void;
  toggleSector(id: string): void;
  onOrganization(id: string | null): void;
  clearPlace(): void;
  onShortcut(kind: DateShortcut): void;
  onDates(from: string | null, to: string | null): void;
  onFree(value: boolean): void;
  onCoOrganized(value: boolean): void;
  toggleAccessibility(id: string): void;
  clear(): void;
}


/** The filter controls: native inputs and toggle buttons, each with a visible label. */
export function renderFilters(view: FiltersView): TemplateResult | typeof nothing {
  const { t, controls, feed, lang } = view;
  if (controls.size === 0) return nothing;
  const compare = collator(lang).compare;
  const organizations = [...feed.organizations]
    .map((o) => ({ id: o.id, name: pickText(o.name, lang, feed.language) }))
    .sort((a, b) => compare(a.name, b.name));
  const place = view.place ? feed.places.find((p) => p.id === view.place) : undefined;
  const placeName = place ? pickText(place.name, lang, feed.language) : view.place;
  const sectors = [...view.sectorCounts.entries()]
    .map(([id, count]) => ({ id, count, label: vocabularyLabel('sectors', id, lang) }))
    .sort((a, b) => compare(a.label, b.label));
  const panel = html`<div part="filters" role="group" aria-label=${t('filters.label')}>
    ${controls.has('search')
      ? html`<div>
          <label class="label" for="search">${t('filters.search')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            .value=${view.text}
            placeholder=${t('filters.search.placeholder')}
            @input=${(e: Event) => view.onText((e.target as HTMLInputElement).value)}
          />
        </div>`
      : nothing}
    ${controls.has('dates')
      ? html`<fieldset>
          <legend>${t('filters.when')}</legend>
          <div class="row">
            ${DATE_SHORTCUTS.map(
              (kind) => html`<button
                type="button"
                class="chip"
                aria-pressed=${view.shortcut === kind ? 'true' : 'false'}
                @click=${() => view.onShortcut(kind)}
              >
                ${t(`filters.${kind}`)}
              </button>`,
            )}
          </div>
          <div class="row">
            <label class="check"
              >${t('filters.from')}
              <input
                type="date"
                .value=${view.from ?? ''}
                @change=${(e: Event) => view.onDates((e.target as HTMLInputElement).value || null, view.to)}
            /></label>
            <label class="check"
              >${t('filters.to')}
              <input
                type="date"
                .value=${view.to ?? ''}
                min=${view.from ?? nothing}
                @change=${(e: Event) => view.onDates(view.from, (e.target as HTMLInputElement).value || null)}
            /></label>
          </div>
        </fieldset>`
      : nothing}
    ${controls.has('sectors') && sectors.length
      ? html`<fieldset>
          <legend>${t('filters.sectors')}</legend>
          <div class="row">
            ${sectors.map(
              ({ id, count, label }) => html`<button
                type="button"
                class="chip"
                data-sector=${id}
                aria-pressed=${view.sectors.includes(id) ? 'true' : 'false'}
                @click=${() => view.toggleSector(id)}
              >
                ${label} <span class="count">(${numberFormat(lang).format(count)})</span>
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
    ${controls.has('free') || controls.has('co-organized')
      ? html`<div class="row">
          ${controls.has('free')
            ? html`<label class="check"
                ><input type="checkbox" .checked=${view.free} @change=${(e: Event) => view.onFree((e.target as HTMLInputElement).checked)} />
                ${t('filters.free')}</label
              >`
            : nothing}
          ${controls.has('co-organized')
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${view.coOrganized}
                  @change=${(e: Event) => view.onCoOrganized((e.target as HTMLInputElement).checked)}
                />
                ${t('filters.co-organized')}</label
              >`
            : nothing}
        </div>`
      : nothing}
    ${controls.has('accessibility')
      ? html`<details class="more-filters" ?open=${view.accessibility.length > 0}>
          <summary>${t('filters.accessibility')}${view.accessibility.length ? ` (${view.accessibility.length})` : ''}</summary>
          <fieldset>
          <legend class="visually-hidden">${t('filters.accessibility')}</legend>
          <div class="row">
            ${ACCESSIBILITY.map(
              (id) => html`<label class="check"
                ><input
                  type="checkbox"
                  data-need=${id}
                  .checked=${view.accessibility.includes(id)}
                  @change=${() => view.toggleAccessibility(id)}
                />
                ${vocabularyLabel('accessibility', id, lang)}</label
              >`,
            )}
          </div>
          </fieldset>
        </details>`
      : nothing}
    ${view.place
      ? html`<p class="row">
          <span>${t('filters.place', { place: placeName ?? '' })}</span>
          <button type="button" class="button secondary" @click=${view.clearPlace}>
            ${t('filters.place.clear', { place: placeName ?? '' })}
          </button>
        </p>`
      : nothing}
    ${view.active ? html`<div><button type="button" class="button secondary" @click=${view.clear}>${t('filters.clear')}</button></div>` : nothing}
  </div>`;
  if (!view.collapsed) return panel;
  return html`<details class="filters-toggle">
    <summary>${t('filters.label')}${view.active ? ` (${t('filters.active')})` : ''}</summary>
    ${panel}
  </details>`;
}
