import { pickText, readDateTime, toEndEpoch, toEpoch, type Feed, type Mission } from '@maillage/feed';
import { dateFormat } from '@maillage/core';
import { isRecurring } from './mission-query.js';

// One Intl format per language, zone and style, shared by the widgets.
export { dateFormat };

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/**
 * When a one-off mission takes place, in the feed's time zone whatever the visitor's: "samedi 13 mars 2027,
 * 14:00 – 17:00". Empty when the feed gives no date.
 */
export function oneOffWhen(mission: Mission, feed: Feed, lang: string): string {
  const zone = feed.timezone;
  if (mission.start === undefined) return '';
  const start = toEpoch(mission.start, zone);
  const parts = readDateTime(mission.start);
  if (start === null || parts === null) return '';
  const end = mission.end === undefined ? null : parts.allDay ? toEndEpoch(mission.end, zone) : toEpoch(mission.end, zone);
  if (parts.allDay) {
    const day = dateFormat(lang, zone, DAY);
    return end !== null && end - 1 > start ? day.formatRange(start, end - 1) : day.format(start);
  }
  if (end === null || end <= start) return dateFormat(lang, zone, DAY_TIME).format(start);
  const sameDay = dateFormat(lang, zone, DAY).format(start) === dateFormat(lang, zone, DAY).format(end);
  if (!sameDay) return dateFormat(lang, zone, DAY_TIME).formatRange(start, end);
  return `${dateFormat(lang, zone, DAY).format(start)}, ${dateFormat(lang, zone, TIME).formatRange(start, end)}`;
}

/** When the mission happens: its date for a one-off, its schedule in words for a recurring one. */
export function missionWhen(mission: Mission, feed: Feed, lang: string, recurringLabel: string): string {
  if (isRecurring(mission)) return pickText(mission.schedule, lang, feed.language) || recurringLabel;
  return oneOffWhen(mission, feed, lang) || pickText(mission.schedule, lang, feed.language);
}

/** A deadline as a date (and a time when it has one). */
export function deadlineText(mission: Mission, feed: Feed, lang: string): string {
  if (mission.deadline === undefined) return '';
  const parts = readDateTime(mission.deadline);
  const at = toEpoch(mission.deadline, feed.timezone);
  if (parts === null || at === null) return '';
  return dateFormat(lang, feed.timezone, parts.allDay ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** The names of the weekdays, Monday first, in the language. */
export function weekdayNames(lang: string): string[] {
  // 2024-01-01 was a Monday.
  const format = dateFormat(lang, 'UTC', { weekday: 'long' });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i, 12)));
}
