/**
 * French, the first language: every other language has the same keys. `{name}` is replaced by a
 * parameter; an object chooses by Intl.PluralRules (`one`, `other`, and `zero` for "aucun").
 */
export const fr = {
  'state.loading': 'Chargement du flux…',
  'state.error.title': 'Le flux n’a pas pu être chargé.',
  'state.error.retry': 'Réessayer',
  'state.stale': 'Connexion impossible : voici la dernière copie, du {date}.',
  'state.empty': 'Rien à afficher pour le moment.',
  'state.empty.filtered': 'Aucun résultat avec ces filtres.',
  'state.empty.clear': 'Effacer les filtres',
  'state.problems': {
    one: '{count} élément du flux a été ignoré ou corrigé.',
    other: '{count} éléments du flux ont été ignorés ou corrigés.',
  },
  'state.no-feed': 'Aucun flux indiqué : ajoutez l’attribut src="…" ou placez ce bloc dans un <maillage-feed>.',
  'state.feed-not-found': 'Le flux « {id} » est introuvable sur cette page.',
  'map.label': 'Lieux des associations',
  'map.count': { zero: 'Aucun lieu', one: '{count} lieu', other: '{count} lieux' },
  'volunteers.label': 'Appel à bénévoles',
  'volunteers.count': { zero: 'Aucune mission', one: '{count} mission', other: '{count} missions' },
  'showcase.label': 'Coopérations entre associations',
  'showcase.count': { zero: 'Aucune coopération', one: '{count} coopération', other: '{count} coopérations' },
} as const;
