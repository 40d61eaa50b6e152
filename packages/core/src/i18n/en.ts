import type { Messages } from './messages.js';

export const en: Messages = {
  'state.loading': 'Loading the feed…',
  'state.error.title': 'The feed could not be loaded.',
  'state.error.retry': 'Try again',
  'state.stale': 'No connection: this is the last copy, from {date}.',
  'state.empty': 'Nothing to show for now.',
  'state.empty.filtered': 'No results with these filters.',
  'state.empty.clear': 'Clear the filters',
  'state.problems': {
    one: '{count} item of the feed was skipped or corrected.',
    other: '{count} items of the feed were skipped or corrected.',
  },
  'state.no-feed': 'No feed given: add a src="…" attribute or place this block inside a <maillage-feed>.',
  'state.feed-not-found': 'The feed “{id}” is not on this page.',
  'map.label': 'Associations’ places',
  'map.count': { zero: 'No places', one: '{count} place', other: '{count} places' },
  'volunteers.label': 'Call for volunteers',
  'volunteers.count': { zero: 'No missions', one: '{count} mission', other: '{count} missions' },
  'showcase.label': 'Cooperation between associations',
  'showcase.count': { zero: 'No cooperations', one: '{count} cooperation', other: '{count} cooperations' },
};
