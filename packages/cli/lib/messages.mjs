// The command's own sentences, in French and English.
export const TEXTS = {
  usage: {
    fr: `Usage :
  maillage validate FICHIER|URL [--lang en] [--json] [--from FORMAT]
  maillage convert --from openagenda|ics|jsonld|api-engagement|mobilizon|csv ENTRÉE... [--title TITRE] > flux.json
  maillage merge A.json B.json ... > flux.json
  maillage export --to ics|jsonld|geojson|rss FLUX [--lang en] > sortie

Une entrée est un fichier, une adresse http(s) ou « - » (l’entrée standard).
Codes de sortie : 0 sans erreur, 1 si le flux a des erreurs, 2 si la commande est mal écrite.`,
    en: `Usage:
  maillage validate FILE|URL [--lang en] [--json] [--from FORMAT]
  maillage convert --from openagenda|ics|jsonld|api-engagement|mobilizon|csv INPUT... [--title TITLE] > feed.json
  maillage merge A.json B.json ... > feed.json
  maillage export --to ics|jsonld|geojson|rss FEED [--lang en] > output

An input is a file, an http(s) address or "-" (standard input).
Exit codes: 0 without error, 1 when the feed has errors, 2 when the command is mistyped.`,
  },
  unknownCommand: { fr: (name) => `Commande inconnue : « ${name} ».`, en: (name) => `Unknown command: "${name}".` },
  unknownOption: { fr: (name) => `Option inconnue : « ${name} ».`, en: (name) => `Unknown option: "${name}".` },
  missingValue: { fr: (name) => `L’option ${name} attend une valeur.`, en: (name) => `The option ${name} needs a value.` },
  needInput: { fr: 'Donnez au moins un fichier ou une adresse.', en: 'Give at least one file or address.' },
  oneInput: { fr: 'Donnez un seul fichier ou une seule adresse.', en: 'Give one file or address only.' },
  badFrom: { fr: (v) => `Format d’entrée inconnu : « ${v} ».`, en: (v) => `Unknown input format: "${v}".` },
  badTo: { fr: (v) => `Format de sortie inconnu : « ${v} » (ics, jsonld, geojson ou rss).`, en: (v) => `Unknown output format: "${v}" (ics, jsonld, geojson or rss).` },
  notFound: { fr: (p) => `Le fichier « ${p} » est introuvable.`, en: (p) => `The file "${p}" does not exist.` },
  unreadable: { fr: (p, why) => `Impossible de lire « ${p} » (${why}).`, en: (p, why) => `Cannot read "${p}" (${why}).` },
  httpStatus: { fr: (u, s) => `L’adresse ${u} a répondu ${s}.`, en: (u, s) => `The address ${u} answered ${s}.` },
  undetected: {
    fr: (p) => `Le format de « ${p} » n’est pas reconnu : précisez-le avec --from.`,
    en: (p) => `The format of "${p}" is not recognised: give it with --from.`,
  },
  notFeed: { fr: (p) => `« ${p} » n’est pas un flux Maillage lisible.`, en: (p) => `"${p}" is not a readable Maillage feed.` },
  reading: { fr: (p, n, total) => `Lecture de ${p} (${n}/${total})…`, en: (p, n, total) => `Reading ${p} (${n}/${total})…` },
  summary: {
    fr: (e, w) => `${e} erreur${e > 1 ? 's' : ''}, ${w} avertissement${w > 1 ? 's' : ''}.`,
    en: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}.`,
  },
  valid: { fr: 'Le flux est valide.', en: 'The feed is valid.' },
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  notBuilt: {
    fr: 'Le paquet @maillage/feed n’est pas construit : lancez d’abord « npm run build » à la racine du dépôt.',
    en: 'The @maillage/feed package is not built: run "npm run build" first, at the root of the repository.',
  },
  crashed: {
    fr: (why) => `La commande a échoué sur un problème interne (${why}). Merci de le signaler.`,
    en: (why) => `The command failed on an internal problem (${why}). Please report it.`,
  },
};

export function say(lang, key, ...args) {
  const text = TEXTS[key][lang === 'en' ? 'en' : 'fr'];
  return typeof text === 'function' ? text(...args) : text;
}
