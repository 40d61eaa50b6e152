export * from './maillage-agenda.js';
export { eventToIcs, icsFileName } from './ics.js';
export { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
export { eventsToJsonLd, jsonLdScriptText } from './json-ld.js';
export { textToBlocks } from './linkify.js';
export { dateShortcut, dayRange } from './date-ranges.js';
export { readFilterState, writeFilterState, type FilterState } from './url-state.js';
export { AGENDA_VIEWS, type AgendaView } from './maillage-agenda.component.js';
