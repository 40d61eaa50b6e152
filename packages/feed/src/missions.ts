/**
 * Calls for volunteers that can still be answered, most urgent first.
 */
import { toEndEpoch, toEpoch } from './datetime.js';
import { pickText } from './text.js';
import type { Feed, Mission } from './types.js';

/** Places still to fill, never below 0; null when the mission does not count places. */
export function spotsLeft(mission: Mission): number | null {
  const spots = mission.spots;
  if (spots === undefined || !Number.isFinite(spots.total)) return null;
  const filled = Number.isFinite(spots.filled) ? (spots.filled ?? 0) : 0;
  return Math.max(0, Math.floor(spots.total - filled));
}

/** Recurring when it says so or has a rule: such a mission does not end with its first date. */
export function isRecurringMission(mission: Mission): boolean {
  return mission.type === 'recurring' || (mission.type === undefined && mission.rrule !== undefined);
}

/**
 * Open: the deadline has not passed, and either the mission is recurring (its places are per session:
 * a full list today does not close next month's), or it is a one-off with a place left (or places not
 * counted) whose end (or, without an end, its start) has not passed. A date alone lasts its whole day.
 */
export function missionIsOpen(mission: Mission, now: number, timezone: string): boolean {
  if (mission.deadline !== undefined && isPast(mission.deadline, now, timezone)) return false;
  if (isRecurringMission(mission)) return true;
  if (spotsLeft(mission) === 0) return false;
  const last = mission.end ?? mission.start;
  return last === undefined || !isPast(last, now, timezone);
}

/**
 * Open missions, most urgent first: the soonest deadline or start, then the fewest places left, then the
 * title. A mission with neither date comes after those with one.
 */
export function openMissions(feed: Feed, now: number): Mission[] {
  const zone = feed.timezone;
  const open = feed.missions
    .filter((mission) => missionIsOpen(mission, now, zone))
    .map((mission) => ({
      mission,
      due: dueDate(mission, now, zone),
      left: spotsLeft(mission) ?? Infinity,
      title: pickText(mission.title, feed.language, feed.language),
    }));
  open.sort((a, b) => a.due - b.due || a.left - b.left || a.title.localeCompare(b.title) || compareIds(a, b));
  return open.map(({ mission }) => mission);
}

/**
 * The next date that matters to a volunteer: the deadline, and for a one-off mission its start, or once
 * begun, its end.
 */
function dueDate(mission: Mission, now: number, timezone: string): number {
  const dates: number[] = [];
  if (mission.deadline !== undefined) dates.push(toEndEpoch(mission.deadline, timezone) ?? Infinity);
  if (!isRecurringMission(mission)) {
    const start = mission.start === undefined ? null : toEpoch(mission.start, timezone);
    const end = mission.end === undefined ? null : toEndEpoch(mission.end, timezone);
    if (start !== null && start >= now) dates.push(start);
    else if (end !== null) dates.push(end);
  }
  return Math.min(Infinity, ...dates);
}

function isPast(text: string, now: number, timezone: string): boolean {
  const end = toEndEpoch(text, timezone);
  return end !== null && end <= now;
}

function compareIds(a: { mission: Mission }, b: { mission: Mission }): number {
  return a.mission.id < b.mission.id ? -1 : a.mission.id > b.mission.id ? 1 : 0;
}
