import { addDays, formatLocalDate, pickText, weekday, type Feed, type Occurrence } from '@maillage/feed';
import type { Selection } from '@maillage/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { dayRange } from './date-ranges.js';
import { dateFormat, dayHeading, lastInstant, localDay } from './format.js';
import { monthMessages } from './i18n/month.js';
import { withPart, type AgendaTranslator } from './i18n/translator.js';

/** Its look, adopted by the agenda when this part arrives. */
export { monthStyles as styles } from './month.styles.js';

type MonthTranslator = ReturnType<typeof withPart<keyof typeof monthMessages.fr>>;

export interface MonthView {
  readonly feed: Feed;
  readonly lang: string;
  readonly t: MonthTranslator;
  /** YYYY-MM */
  readonly month: string;
  /** The day that holds the keyboard focus (roving tabindex). */
  readonly activeDay: string;
  readonly selectedDay: string | null;
  readonly today: string;
  readonly occurrences: readonly Occurrence[];
  readonly headingLevel: number;
  onPrevious(): void;
  onNext(): void;
  onKey(event: KeyboardEvent): void;
  onChoose(day: string): void;
}

const MAX_IN_CELL = 3;

/** The 42 days (six Monday-first weeks) shown for a month. */
export function monthDays(month: string): string[] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const first = { year, month: monthNumber, day: 1 };
  const start = addDays(first, -weekday(first));
  return Array.from({ length: 42 }, (_, i) => formatLocalDate(addDays(start, i)));
}

/** The occurrences of each local day they cover (an event of several days is on each of its days). */
export function byDay(occurrences: readonly Occurrence[], timeZone: string): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const first = localDay(occurrence.start, timeZone);
    const last = localDay(lastInstant(occurrence), timeZone);
    let day = first;
    for (let guard = 0; guard < 62 && day <= last; guard++) {
      const list = days.get(day);
      if (list) list.push(occurrence);
      else days.set(day, [occurrence]);
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      day = formatLocalDate(addDays({ year: y, month: m, day: d }, 1));
    }
  }
  return days;
}

/** A calendar grid, navigable with the keyboard like a date picker; the chosen day's events show below it. */
export function renderMonth(view: MonthView): TemplateResult {
  const { t, lang, feed } = view;
  const [year, monthNumber] = view.month.split('-').map(Number) as [number, number];
  const monthTitle = dateFormat(lang, 'UTC', { month: 'long', year: 'numeric' }).format(Date.UTC(year, monthNumber - 1, 15));
  const weekdayFormat = dateFormat(lang, 'UTC', { weekday: 'short' });
  const weekdayLong = dateFormat(lang, 'UTC', { weekday: 'long' });
  const cellLabel = dateFormat(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long' });
  const days = monthDays(view.month);
  const events = byDay(view.occurrences, feed.timezone);
  const weeks = Array.from({ length: 6 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  // 2024-01-01 was a Monday: the week's day names in the page's language.
  const names = Array.from({ length: 7 }, (_, i) => Date.UTC(2024, 0, 1 + i, 12));
  return html`<div class="month-nav">
      <button type="button" class="button secondary" @click=${view.onPrevious}>
        <span aria-hidden="true">‹</span> ${t('month.previous')}
      </button>
      <div role="heading" aria-level=${view.headingLevel} id="month-title">${monthTitle}</div>
      <button type="button" class="button secondary" @click=${view.onNext}>${t('month.next')} <span aria-hidden="true">›</span></button>
    </div>
    <p class="visually-hidden" id="month-help">${t('month.help')}</p>
    <table part="month" role="grid" aria-labelledby="month-title" aria-describedby="month-help" @keydown=${view.onKey}>
      <thead>
        <tr>
          ${names.map((day) => html`<th scope="col" abbr=${weekdayLong.format(day)}>${weekdayFormat.format(day)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) => {
              const list = events.get(day) ?? [];
              const [y, m, d] = day.split('-').map(Number) as [number, number, number];
              const label = `${cellLabel.format(Date.UTC(y, m - 1, d, 12))}, ${t('month.count', { count: list.length })}`;
              const classes = [day.slice(0, 7) === view.month ? '' : 'outside', day === view.today ? 'today' : ''].join(' ');
              return html`<td
                role="gridcell"
                class=${classes}
                data-day=${day}
                tabindex=${day === view.activeDay ? '0' : '-1'}
                aria-selected=${day === view.selectedDay ? 'true' : 'false'}
                @click=${() => view.onChoose(day)}
              >
                <span class="visually-hidden">${label}</span>
                <span class="day-number" aria-hidden="true">${d}</span>
                ${list.length
                  ? html`<ul class="cell-events" aria-hidden="true">
                      ${list.slice(0, MAX_IN_CELL).map((o) => html`<li>${pickText(o.event.title, lang, feed.language)}</li>`)}
                      ${list.length > MAX_IN_CELL ? html`<li>${t('month.more', { count: list.length - MAX_IN_CELL })}</li>` : nothing}
                    </ul>`
                  : nothing}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The day reached from `day` by a key of the grid, or null for keys the grid does not use. */
export function dayAfterKey(day: string, key: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = { year: y, month: m, day: d };
  const shiftMonths = (months: number): string => {
    const total = y * 12 + (m - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return formatLocalDate({ year, month, day: Math.min(d, last) });
  };
  switch (key) {
    case 'ArrowLeft':
      return formatLocalDate(addDays(date, -1));
    case 'ArrowRight':
      return formatLocalDate(addDays(date, 1));
    case 'ArrowUp':
      return formatLocalDate(addDays(date, -7));
    case 'ArrowDown':
      return formatLocalDate(addDays(date, 7));
    case 'Home':
      return formatLocalDate(addDays(date, -weekday(date)));
    case 'End':
      return formatLocalDate(addDays(date, 6 - weekday(date)));
    case 'PageUp':
      return shiftMonths(-1);
    case 'PageDown':
      return shiftMonths(1);
    default:
      return null;
  }
}

/** What the month view needs from the agenda element. */
export interface MonthHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly language: string;
  readonly headingLevel: number;
  readonly from: string;
  readonly selection: Selection | null;
}

/** What the month view needs from the agenda for one drawing. */
export interface MonthFrame {
  readonly t: AgendaTranslator;
  /** The time window of the filters (chosen dates, the element's attributes, else from today). */
  readonly window: { from: number; to: number };
  /** The events passing the filters within a time window. */
  occurrences(window: { from: number; to: number }): Occurrence[];
  card(occurrence: Occurrence): TemplateResult;
}

/**
 * The month view: the month shown, the day holding the keyboard focus and the chosen day, the grid and the
 * chosen day's events below it. Created by the agenda the first time it shows a month.
 */
export class MonthGrid implements ReactiveController {
  /** The month the visitor moved to (YYYY-MM); until then, the month of the first day shown. */
  #month = '';
  #activeDay = '';
  #selectedDay: string | null = null;
  #shownMonth = '';
  #shownDay = '';
  #focusDay = false;

  constructor(private readonly host: MonthHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#focusDay) return;
    this.#focusDay = false;
    this.host.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  render(feed: Feed, frame: MonthFrame): TemplateResult {
    const { host } = this;
    const lang = host.language;
    const today = localDay(Date.now(), feed.timezone);
    const start = host.selection?.from ?? (host.from || today);
    // Until the visitor moves, the grid opens on the month of the first day shown.
    const month = this.#month || start.slice(0, 7);
    const activeDay = this.#activeDay.slice(0, 7) === month ? this.#activeDay : start.slice(0, 7) === month ? start : `${month}-01`;
    this.#shownMonth = month;
    this.#shownDay = activeDay;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const monthRange = dayRange(`${month}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10), feed.timezone) ?? {
      from: Date.UTC(y, m - 1, 1),
      to: Date.UTC(y, m, 1),
    };
    // The grid shows its month whatever the default "from today"; chosen dates still narrow it.
    const occurrences = frame.occurrences({
      from: Math.max(monthRange.from - 7 * 86_400_000, host.selection?.from ? frame.window.from : -Infinity),
      to: Math.min(monthRange.to + 14 * 86_400_000, frame.window.to),
    });
    const selectedDay = this.#selectedDay;
    const dayItems = selectedDay
      ? occurrences.filter((o) => localDay(o.start, feed.timezone) <= selectedDay && localDay(o.end > o.start ? o.end - 1 : o.start, feed.timezone) >= selectedDay)
      : [];
    const t = withPart(frame.t, monthMessages, lang);
    return html`${renderMonth({
        feed,
        lang,
        t,
        month,
        activeDay,
        selectedDay,
        today,
        occurrences,
        headingLevel: host.headingLevel,
        onPrevious: () => this.#moveMonth(-1),
        onNext: () => this.#moveMonth(1),
        onKey: (event) => this.#onKey(event),
        onChoose: (day) => this.#choose(day),
      })}
      ${selectedDay
        ? html`<section aria-labelledby="day-panel" part="list">
            <div role="heading" aria-level=${host.headingLevel} part="day-heading" id="day-panel">
              ${t('month.day-events', { date: dayHeading(selectedDay, lang) })}
            </div>
            ${dayItems.length ? dayItems.map((o) => frame.card(o)) : html`<p>${t('month.no-events')}</p>`}
          </section>`
        : nothing}`;
  }

  #moveMonth(delta: number): void {
    const [y, m] = this.#shownMonth.split('-').map(Number) as [number, number];
    const total = y * 12 + (m - 1) + delta;
    this.#month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    this.#activeDay = `${this.#month}-01`;
    // A second click before the grid is drawn again moves on from the new month.
    this.#shownMonth = this.#month;
    this.#shownDay = this.#activeDay;
    this.host.requestUpdate();
  }

  #onKey(event: KeyboardEvent): void {
    const cell = (event.target as HTMLElement).closest('td');
    if (!cell) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(cell.dataset['day']!);
      return;
    }
    const next = dayAfterKey(this.#shownDay, event.key);
    if (!next) return;
    event.preventDefault();
    this.#activeDay = next;
    this.#month = next.slice(0, 7);
    this.#focusDay = true;
    this.host.requestUpdate();
  }

  #choose(day: string): void {
    this.#activeDay = day;
    this.#selectedDay = day;
    this.#month = day.slice(0, 7);
    this.#focusDay = true;
    this.host.requestUpdate();
  }
}
