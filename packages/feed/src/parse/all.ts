/** Every optional reader at once: for `parseFeed` and the tools, which read any feed in one go. */
import { parseRRule, useRecurrenceRules } from '../rrule.js';
import { parseCooperation } from './cooperation.js';
import { parseMission } from './mission.js';
import { acceptsRRule, readers } from './optional.js';

export function registerAllReaders(): void {
  readers.mission ??= parseMission;
  readers.cooperation ??= parseCooperation;
  readers.rrule ??= acceptsRRule(parseRRule);
  useRecurrenceRules();
}
