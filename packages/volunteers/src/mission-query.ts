/**
 * Which open missions a visitor sees: the presets of the page and the controls they chose. Plain
 * TypeScript over the parsed feed, no DOM.
 */
import { collator } from '@maillage/core';
import {
  DAY_MS,
  expandRecurrence,
  foldForSearch,
  indexFeed,
  toEpoch,
  weekday,
  zonedDate,
  zonedParts,
  type Feed,
  type FeedIndex,
  type Mission,
  type OccurrenceTimes,
  isRecurringMission,
} from '@maillage/feed';

export const PERIODS = ['morning', 'afternoon', 'evening'] as const;
export type Period = (typeof PERIODS)[number];

export const MISSION_KINDS = ['one-off', 'recurring'] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

/** Minutes of the local day each period covers: [start, end). */
const PERIOD_MINUTES: Readonly<Record<Period, readonly [number, number]>> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [18 * 60, 24 * 60],
};

/** How far ahead a recurring mission's sessions are read when no end date is chosen. */
const HORIZON_DAYS = 120;
const MAX_SESSIONS = 60;

export interface MissionQuery {
  /** Organization ids; empty: all. */
  readonly organizations?: readonly string[];
  /** Sector ids: a mission (or, without sectors, its organization) must have one of them. */
  readonly sectors?: readonly string[];
  /** Place ids; empty: all. */
  readonly places?: readonly string[];
  /** Skills (compared without case or accents): a mission must ask for one of them. */
  readonly skills?: readonly string[];
  /** Only the missions serving this event. */
  readonly eventId?: string | null;
  readonly kind?: MissionKind | null;
  /** Only missions that can be done remotely (`possible` or `full`). */
  readonly remote?: boolean;
  /** Local dates (YYYY-MM-DD), inclusive. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekdays?: readonly number[];
  readonly periods?: readonly Period[];
}

/** Recurring when it says so or has a rule, as the feed package reads it. */
export const isRecurring = isRecurringMission;

/** The mission's sectors, else its organization's. */
export function missionSectors(mission: Mission, index: FeedIndex): readonly string[] {
  if (mission.sectors?.length) return mission.sectors;
  return index.organizations.get(mission.organizationId)?.sectors ?? [];
}

/** Whether the mission serves the event: it names it, or the event names the mission. */
export function servesEvent(mission: Mission, eventId: string, index: FeedIndex): boolean {
  return mission.eventId === eventId || (index.events.get(eventId)?.missionIds ?? []).includes(mission.id);
}

/**
 * The sessions of a mission that overlap the window: its date for a one-off mission, the dates its rule
 * gives for a recurring one. Null when the feed does not say when (a schedule in words only).
 */
export function missionSessions(
  mission: Mission,
  timezone: string,
  window: { from: number; to: number },
): OccurrenceTimes[] | null {
  if (mission.start === undefined) return null;
  if (isRecurring(mission)) {
    if (mission.rrule === undefined) return null;
    return expandRecurrence({ start: mission.start, end: mission.end, rrule: mission.rrule }, timezone, window, MAX_SESSIONS);
  }
  return expandRecurrence({ start: mission.start, end: mission.end }, timezone, { from: -Infinity, to: Infinity }, 1).filter(
    (times) => (times.end > times.start ? times.start < window.to && times.end > window.from : times.start >= window.from && times.start < window.to),
  );
}

/** Start of a local day, or of the day after it (`end`), as an instant. */
function dayEdge(day: string, timezone: string, end: boolean): number | null {
  const start = toEpoch(day, timezone);
  if (start === null) return null;
  if (!end) return start;
  // The next local midnight: 25 h later then back to midnight copes with daylight-saving days.
  const next = zonedDate(start + DAY_MS + 3_600_000, timezone);
  return toEpoch(`${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`, timezone);
}

/** The weekdays (0 = Monday) a session touches, in the feed's zone. */
function sessionWeekdays(times: OccurrenceTimes, timezone: string): Set<number> {
  const days = new Set<number>();
  const last = times.end > times.start ? times.end - 1 : times.start;
  for (let t = times.start, n = 0; n < 7; t += DAY_MS, n++) {
    days.add(weekday(zonedDate(Math.min(t, last), timezone)));
    if (t >= last) break;
  }
  return days;
}

/** Whether a session overlaps one of the periods of the day (an all-day or multi-day one overlaps all). */
function sessionInPeriods(times: OccurrenceTimes, timezone: string, periods: readonly Period[]): boolean {
  if (times.allDay || times.end - times.start >= DAY_MS) return true;
  const start = zonedParts(times.start, timezone);
  const startMinute = start.hour * 60 + start.minute;
  const duration = Math.max(0, Math.round((times.end - times.start) / 60_000));
  // A session past midnight goes on into the next day's morning.
  const spans: [number, number][] =
    startMinute + duration > 24 * 60
      ? [
          [startMinute, 24 * 60],
          [0, startMinute + duration - 24 * 60],
        ]
      : [[startMinute, Math.max(startMinute + duration, startMinute + 1)]];
  return periods.some((period) => {
    const [from, to] = PERIOD_MINUTES[period];
    return spans.some(([a, b]) => a < to && b > from);
  });
}

function hasAvailability(query: MissionQuery): boolean {
  return Boolean(query.from || query.to || query.weekdays?.length || query.periods?.length);
}

/**
 * Whether a mission has a session when the visitor is available. A mission whose dates the feed does not
 * give (a recurring one described in words) stays listed: only the association can say.
 */
function matchesAvailability(mission: Mission, feed: Feed, query: MissionQuery, now: number): boolean {
  const zone = feed.timezone;
  const from = query.from ? (dayEdge(query.from, zone, false) ?? -Infinity) : -Infinity;
  const to = query.to ? (dayEdge(query.to, zone, true) ?? Infinity) : Infinity;
  const window = { from: Math.max(from, now), to: Number.isFinite(to) ? to : Math.max(from, now) + HORIZON_DAYS * DAY_MS };
  const sessions = missionSessions(mission, zone, window);
  if (sessions === null) return true;
  return sessions.some(
    (times) =>
      (!query.weekdays?.length || [...sessionWeekdays(times, zone)].some((day) => query.weekdays!.includes(day))) &&
      (!query.periods?.length || sessionInPeriods(times, zone, query.periods)),
  );
}

/** The missions among `missions` (already open and sorted) that pass the query, in the same order. */
export function filterMissions(feed: Feed, missions: readonly Mission[], query: MissionQuery, now: number): Mission[] {
  const index = indexFeed(feed);
  const skills = (query.skills ?? []).map(foldForSearch);
  const availability = hasAvailability(query);
  return missions.filter((mission) => {
    if (query.organizations?.length && !query.organizations.includes(mission.organizationId)) return false;
    if (query.places?.length && (mission.placeId === undefined || !query.places.includes(mission.placeId))) return false;
    if (query.sectors?.length && !missionSectors(mission, index).some((s) => query.sectors!.includes(s))) return false;
    if (query.eventId && !servesEvent(mission, query.eventId, index)) return false;
    if (query.kind && (query.kind === 'recurring') !== isRecurring(mission)) return false;
    if (query.remote && mission.remote !== 'possible' && mission.remote !== 'full') return false;
    if (skills.length && !(mission.skills ?? []).some((skill) => skills.includes(foldForSearch(skill)))) return false;
    if (availability && !matchesAvailability(mission, feed, query, now)) return false;
    return true;
  });
}

/** The skills the missions ask for, each once (the first spelling met), in the language's order. */
export function skillsOf(missions: readonly Mission[], lang: string): string[] {
  const seen = new Map<string, string>();
  for (const mission of missions) {
    for (const skill of mission.skills ?? []) {
      const key = foldForSearch(skill);
      if (!seen.has(key)) seen.set(key, skill);
    }
  }
  return [...seen.values()].sort(collator(lang).compare);
}

/** A `skills` attribute: skills hold spaces ("tenue de caisse"), so they are separated by commas. */
export function skillList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
}
