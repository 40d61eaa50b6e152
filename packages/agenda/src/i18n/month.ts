import type { Catalogues, Message } from '@maillage/core';

/** The words of the month grid, in French and English: loaded with it. */
const fr = {
  'month.count': { zero: 'aucun événement', one: '{count} événement', other: '{count} événements' },
  'month.previous': 'Mois précédent',
  'month.next': 'Mois suivant',
  'month.more': { one: '+ {count} autre', other: '+ {count} autres' },
  'month.day-events': 'Événements du {date}',
  'month.no-events': 'Aucun événement ce jour-là.',
  'month.help': 'Flèches pour changer de jour, Page précédente et Page suivante pour changer de mois, Entrée pour voir les événements du jour.',
} satisfies Record<string, Message>;

const en: Record<keyof typeof fr, Message> = {
  'month.count': { zero: 'no events', one: '{count} event', other: '{count} events' },
  'month.previous': 'Previous month',
  'month.next': 'Next month',
  'month.more': { one: '+ {count} more', other: '+ {count} more' },
  'month.day-events': 'Events on {date}',
  'month.no-events': 'No events that day.',
  'month.help': 'Arrow keys change the day, Page Up and Page Down change the month, Enter shows the day’s events.',
};

export const monthMessages: Catalogues<keyof typeof fr> = { fr, en };
