/**
 * Plain-word names of the feed's fields and of the forms they expect, for problem messages read by association
 * volunteers. French labels carry their article and are all grammatically singular, so that one sentence
 * ("{field} manque.") fits every field.
 */
import type { LocalizedMessage } from '../types.js';

const FIELD_LABELS: Readonly<Record<string, LocalizedMessage>> = {
  maillage: { fr: 'la version du format', en: 'the format version' },
  title: { fr: 'le titre', en: 'the title' },
  language: { fr: 'la langue', en: 'the language' },
  timezone: { fr: 'le fuseau horaire', en: 'the time zone' },
  updated: { fr: 'la date de mise à jour', en: 'the update date' },
  publisher: { fr: "l’éditeur du flux", en: 'the feed publisher' },
  sources: { fr: 'la liste des sources', en: 'the list of sources' },
  organizations: { fr: 'la liste des organisations', en: 'the list of organizations' },
  places: { fr: 'la liste des lieux', en: 'the list of places' },
  events: { fr: 'la liste des événements', en: 'the list of events' },
  missions: { fr: 'la liste des missions', en: 'the list of missions' },
  cooperations: { fr: 'la liste des coopérations', en: 'the list of cooperations' },
  id: { fr: "l’identifiant", en: 'the id' },
  name: { fr: 'le nom', en: 'the name' },
  type: { fr: 'le type', en: 'the type' },
  start: { fr: 'la date de début', en: 'the start date' },
  end: { fr: 'la date de fin', en: 'the end date' },
  since: { fr: 'la date de début', en: 'the start date' },
  until: { fr: 'la date de fin', en: 'the end date' },
  deadline: { fr: 'la date limite', en: 'the deadline' },
  summary: { fr: 'le résumé', en: 'the summary' },
  description: { fr: 'la description', en: 'the description' },
  schedule: { fr: "l’horaire", en: 'the schedule' },
  rrule: { fr: 'la règle de répétition', en: 'the recurrence rule' },
  exdates: { fr: 'la liste des dates annulées', en: 'the list of excluded dates' },
  place: { fr: 'le lieu', en: 'the place' },
  placeId: { fr: 'le lieu', en: 'the place' },
  placeIds: { fr: 'la liste des lieux', en: 'the list of places' },
  organizationId: { fr: "l’organisation", en: 'the organization' },
  organizers: { fr: 'la liste des organisateurs', en: 'the list of organizers' },
  eventId: { fr: "l’événement", en: 'the event' },
  eventIds: { fr: 'la liste des événements', en: 'the list of events' },
  missionIds: { fr: 'la liste des missions', en: 'the list of missions' },
  cooperationIds: { fr: 'la liste des coopérations', en: 'the list of cooperations' },
  attendance: { fr: 'le mode de participation', en: 'the attendance mode' },
  onlineUrl: { fr: 'le lien pour participer en ligne', en: 'the link to take part online' },
  sectors: { fr: 'la liste des secteurs', en: 'the list of sectors' },
  audience: { fr: 'la liste des publics', en: 'the list of audiences' },
  accessibility: { fr: "la liste d’accessibilité", en: 'the accessibility list' },
  tags: { fr: 'la liste des mots-clés', en: 'the list of tags' },
  skills: { fr: 'la liste des compétences', en: 'the list of skills' },
  age: { fr: "la tranche d’âge", en: 'the age range' },
  min: { fr: "l’âge minimum", en: 'the minimum age' },
  max: { fr: "l’âge maximum", en: 'the maximum age' },
  minAge: { fr: "l’âge minimum", en: 'the minimum age' },
  price: { fr: 'le tarif', en: 'the price' },
  free: { fr: "l’indication « gratuit »", en: 'the "free" flag' },
  text: { fr: 'le texte', en: 'the text' },
  registration: { fr: "l’inscription", en: 'the registration' },
  required: { fr: "l’indication « inscription obligatoire »", en: 'the "registration required" flag' },
  status: { fr: 'le statut', en: 'the status' },
  image: { fr: "l’image", en: 'the image' },
  alt: { fr: "le texte alternatif de l’image", en: "the image's alternative text" },
  url: { fr: "l’adresse web", en: 'the web address' },
  email: { fr: "l’adresse e-mail", en: 'the email address' },
  phone: { fr: 'le numéro de téléphone', en: 'the phone number' },
  logo: { fr: "l’adresse du logo", en: 'the logo address' },
  privacyUrl: { fr: 'la page de politique de confidentialité', en: 'the privacy policy page' },
  rna: { fr: 'le numéro RNA', en: 'the RNA number' },
  siren: { fr: 'le numéro SIREN', en: 'the SIREN number' },
  address: { fr: "l’adresse postale", en: 'the postal address' },
  street: { fr: 'la rue', en: 'the street' },
  postalCode: { fr: 'le code postal', en: 'the postcode' },
  locality: { fr: 'la commune', en: 'the town' },
  inseeCode: { fr: 'le code INSEE de la commune', en: 'the INSEE town code' },
  geo: { fr: 'la position (latitude, longitude)', en: 'the position (latitude, longitude)' },
  lat: { fr: 'la latitude', en: 'the latitude' },
  lon: { fr: 'la longitude', en: 'the longitude' },
  remote: { fr: 'le mode à distance', en: 'the remote mode' },
  spots: { fr: 'le nombre de places', en: 'the number of spots' },
  total: { fr: 'le nombre total de places', en: 'the total number of spots' },
  filled: { fr: 'le nombre de places prises', en: 'the number of spots taken' },
  beginnerFriendly: { fr: "l’indication « débutants bienvenus »", en: 'the "beginners welcome" flag' },
  contact: { fr: 'le contact', en: 'the contact' },
  signup: { fr: "l’inscription en ligne", en: 'the online sign-up' },
  endpoint: { fr: "l’adresse d’envoi des inscriptions", en: 'the sign-up address' },
  partners: { fr: 'la liste des partenaires', en: 'the list of partners' },
  role: { fr: 'le rôle', en: 'the role' },
  resources: { fr: 'la liste des ressources mises en commun', en: 'the list of pooled resources' },
  kind: { fr: 'le type de ressource', en: 'the kind of resource' },
  outcomes: { fr: 'la liste des résultats', en: 'the list of outcomes' },
  label: { fr: 'le libellé', en: 'the label' },
  value: { fr: 'la valeur', en: 'the value' },
  unit: { fr: "l’unité", en: 'the unit' },
};

const FEED: LocalizedMessage = { fr: 'le flux', en: 'the feed' };

/**
 * The plain-word name of what a problem path points at: `events[3].start` is "la date de début",
 * `events[3].tags[2]` "un élément de la liste des mots-clés".
 */
export function fieldLabel(path: string): LocalizedMessage {
  let end = path.length;
  let inList = false;
  while (end > 0 && path.charCodeAt(end - 1) === 93 /* ] */) {
    const open = path.lastIndexOf('[', end - 1);
    if (open < 0) break;
    end = open;
    inList = true;
  }
  const key = path.slice(path.lastIndexOf('.', end - 1) + 1, end);
  if (key === '') return FEED;
  const label = Object.prototype.hasOwnProperty.call(FIELD_LABELS, key)
    ? FIELD_LABELS[key]!
    : { fr: `le champ « ${key} »`, en: `the field "${key}"` };
  return inList ? { fr: `un élément de ${label.fr}`, en: `an entry of ${label.en}` } : label;
}

export const EXPECTED_FORMS = {
  date: {
    fr: 'une date comme 2027-03-14T14:00 ou 2027-03-14',
    en: 'a date such as 2027-03-14T14:00 or 2027-03-14',
  },
  url: { fr: 'une adresse complète comme https://exemple.fr/page', en: 'a full address such as https://example.org/page' },
  email: { fr: 'une adresse comme contact@exemple.fr', en: 'an address such as contact@example.org' },
  phone: { fr: 'un numéro comme 05 49 12 34 56', en: 'a number such as +33 5 49 12 34 56' },
  text: { fr: 'un texte, ou {"fr": "…", "en": "…"}', en: 'a text, or {"fr": "…", "en": "…"}' },
  string: { fr: 'un texte', en: 'a text' },
  id: { fr: 'un identifiant de 200 caractères au plus', en: 'an id of at most 200 characters' },
  number: { fr: 'un nombre', en: 'a number' },
  count: { fr: 'un nombre entier positif ou nul', en: 'a whole number, zero or more' },
  age: { fr: 'un âge entre 0 et 120', en: 'an age between 0 and 120' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  list: { fr: 'une liste [ … ]', en: 'a list [ … ]' },
  object: { fr: 'un objet { … }', en: 'an object { … }' },
  language: { fr: 'un code de langue comme fr ou en', en: 'a language code such as fr or en' },
  timezone: { fr: 'un fuseau horaire comme Europe/Paris', en: 'a time zone such as Europe/Paris' },
  rrule: { fr: 'une règle comme FREQ=WEEKLY;BYDAY=WE;COUNT=10', en: 'a rule such as FREQ=WEEKLY;BYDAY=WE;COUNT=10' },
  rna: { fr: 'W suivi de 9 chiffres', en: 'W followed by 9 digits' },
  siren: { fr: '9 chiffres', en: '9 digits' },
  insee: { fr: 'un code commune de 5 caractères comme 86194', en: 'a 5-character town code such as 86194' },
  latitude: { fr: 'un nombre entre -90 et 90', en: 'a number between -90 and 90' },
  longitude: { fr: 'un nombre entre -180 et 180', en: 'a number between -180 and 180' },
  version: { fr: '"1"', en: '"1"' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

export type ExpectedForm = keyof typeof EXPECTED_FORMS;
