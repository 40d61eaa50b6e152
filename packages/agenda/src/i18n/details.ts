import type { Catalogues, Message } from '@maillage/core';

/** The words of an event's details, in French and English: loaded with it. */
const fr = {
  'event.price': 'Tarif : {price}',
  'event.registration.optional': 'Inscription',
  'event.see-map': 'Voir sur la carte',
  'event.see-osm': 'Voir sur OpenStreetMap',
  'event.join-online': 'Rejoindre en ligne',
  'event.website': 'Page de l’événement',
  'event.register-online': 'S’inscrire en ligne',
  'event.email': 'Écrire un e-mail',
  'event.phone': 'Appeler le {phone}',
  'event.add-calendar': 'Ajouter à mon agenda',
  'event.ics': 'Fichier agenda (.ics)',
  'event.google': 'Google Agenda',
  'event.outlook': 'Outlook',
  'event.share': 'Partager',
  'event.link-copied': 'Lien copié.',
  'event.volunteers': { one: '{count} bénévole recherché', other: '{count} bénévoles recherchés' },
  'event.missions': { one: '{count} mission bénévole', other: '{count} missions bénévoles' },
  'event.cooperation': 'Fait partie de : {title}',
  'event.age': 'Âge : {range}',
  'event.age.from': 'dès {min} ans',
  'event.age.to': 'jusqu’à {max} ans',
  'event.age.between': 'de {min} à {max} ans',
} satisfies Record<string, Message>;

const en: Record<keyof typeof fr, Message> = {
  'event.price': 'Price: {price}',
  'event.registration.optional': 'Registration',
  'event.see-map': 'See on the map',
  'event.see-osm': 'See on OpenStreetMap',
  'event.join-online': 'Join online',
  'event.website': 'Event page',
  'event.register-online': 'Register online',
  'event.email': 'Send an email',
  'event.phone': 'Call {phone}',
  'event.add-calendar': 'Add to my calendar',
  'event.ics': 'Calendar file (.ics)',
  'event.google': 'Google Calendar',
  'event.outlook': 'Outlook',
  'event.share': 'Share',
  'event.link-copied': 'Link copied.',
  'event.volunteers': { one: '{count} volunteer wanted', other: '{count} volunteers wanted' },
  'event.missions': { one: '{count} volunteer mission', other: '{count} volunteer missions' },
  'event.cooperation': 'Part of: {title}',
  'event.age': 'Age: {range}',
  'event.age.from': 'from {min}',
  'event.age.to': 'up to {max}',
  'event.age.between': '{min} to {max}',
};

export const detailsMessages: Catalogues<keyof typeof fr> = { fr, en };
