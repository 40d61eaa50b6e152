/**
 * Readers that only some feeds need: volunteer missions, cooperations, recurrence rules. Reading through the
 * loader, a page fetches each the first time one of its feeds has such records, so that an agenda of plain
 * events does not carry them; `parseFeed` and the tools have them all from the start (`parse/all.ts`), and
 * a widget that always shows such records can register them with its own code.
 */
import type { Cooperation, Mission } from '../types.js';
import type { RecordParser } from './collection.js';
import type { Draft } from './context.js';

export interface OptionalReaders {
  mission?: RecordParser<Draft<Mission>>;
  cooperation?: RecordParser<Draft<Cooperation>>;
  /** Whether a recurrence rule (without its `RRULE:` prefix) is one the widgets understand. */
  rrule?: (text: string) => boolean;
}

export type OptionalReader = keyof OptionalReaders;

/** The readers this page has. */
export const readers: OptionalReaders = {};

/** Fetches a reader the page has not got yet. */
export async function fetchReader(name: OptionalReader): Promise<void> {
  if (name === 'mission') readers.mission ??= (await import('./mission.js')).parseMission;
  else if (name === 'cooperation') readers.cooperation ??= (await import('./cooperation.js')).parseCooperation;
  else {
    const rules = await import('../rrule.js');
    rules.useRecurrenceRules();
    readers.rrule ??= acceptsRRule(rules.parseRRule);
  }
}

export const acceptsRRule =
  (parse: (text: string) => unknown) =>
  (text: string): boolean =>
    parse(text) !== null;
