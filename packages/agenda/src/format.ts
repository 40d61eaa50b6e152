import { formatLocalDate, zonedParts, type Occurrence } from '@maillage/feed';
import { dateFormat } from '@maillage/core';

// One Intl format per language, zone and style, shared by the widgets.
export { dateFormat };

/** The local day (YYYY-MM-DD) of an instant in the feed's zone: the key that groups the list by day. */
export function localDay(epoch: number, timeZone: string): string {
  return formatLocalDate(zonedParts(epoch, timeZone));
}

/** The last instant an occurrence covers: all-day ends are exclusive (the next midnight). */
export function lastInstant(occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>): number {
  return occurrence.end > occurrence.start ? occurrence.end - 1 : occurrence.start;
}

export function spansDays(occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>, timeZone: string): boolean {
  return localDay(occurrence.start, timeZone) !== localDay(lastInstant(occurrence), timeZone);
}

/** "samedi 13 mars 2027", as a day heading. */
export function dayHeading(day: string, lang: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC is the same calendar day in every zone within ±12 h.
  return dateFormat(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    Date.UTC(year, month - 1, date, 12),
  );
}

/**
 * When an occurrence happens, as a card says it under its day heading: "15:00 – 17:00", "Toute la journée",
 * or for several days "samedi 13 mars, 10:00 – lundi 15 mars 2027, 18:00".
 */
export function whenText(
  occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>,
  lang: string,
  timeZone: string,
  allDayLabel: string,
): string {
  const last = lastInstant(occurrence);
  if (occurrence.allDay) {
    if (!spansDays(occurrence, timeZone)) return allDayLabel;
    return dateFormat(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
      occurrence.start,
      last,
    );
  }
  if (spansDays(occurrence, timeZone)) {
    return dateFormat(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).formatRange(
      occurrence.start,
      occurrence.end,
    );
  }
  const time = dateFormat(lang, timeZone, { hour: '2-digit', minute: '2-digit' });
  return occurrence.end > occurrence.start ? time.formatRange(occurrence.start, occurrence.end) : time.format(occurrence.start);
}

/** The full date and time, for places where no day heading stands above (compact view, details). */
export function fullWhenText(
  occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>,
  lang: string,
  timeZone: string,
  allDayLabel: string,
): string {
  if (spansDays(occurrence, timeZone)) return whenText(occurrence, lang, timeZone, allDayLabel);
  const day = dateFormat(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(occurrence.start);
  return `${day}, ${whenText(occurrence, lang, timeZone, allDayLabel)}`;
}
