/**
 * The columns of the spreadsheet templates (`docs/templates/*.csv`), French headers first, each with the
 * feed field it fills and how its cells are read. English feed field names are accepted as well.
 */

export type CellKind = 'text' | 'date' | 'number' | 'integer' | 'boolean' | 'list' | 'rrule';

export interface Column {
  /** Header names, already folded (lowercase, no accents, `_` between words). */
  readonly names: readonly string[];
  /** Dotted path in the record: `address.street`, `spots.total`. */
  readonly path: string;
  readonly kind: CellKind;
  /** Words of the cell mapped to vocabulary ids (`annule` → `cancelled`), after folding. */
  readonly values?: Readonly<Record<string, string>>;
  readonly required?: boolean;
}

export const RECORD_KINDS = ['events', 'organizations', 'places', 'missions', 'cooperations'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The file names of the templates. */
export const TEMPLATE_FILES: Readonly<Record<RecordKind, string>> = {
  events: 'evenements.csv',
  organizations: 'organisations.csv',
  places: 'lieux.csv',
  missions: 'missions.csv',
  cooperations: 'cooperations.csv',
};

const col = (names: string, path: string, kind: CellKind = 'text', extra: Partial<Column> = {}): Column => ({
  names: names.split(' '),
  path,
  kind,
  ...extra,
});

const ACCESSIBILITY = {
  moteur: 'motor', motrice: 'motor', fauteuil: 'motor', pmr: 'motor', auditif: 'hearing', auditive: 'hearing',
  visuel: 'visual', visuelle: 'visual', intellectuel: 'intellectual', mental: 'intellectual', psychique: 'psychic',
  lsf: 'sign-language', langue_des_signes: 'sign-language', boucle_magnetique: 'hearing-loop',
  sous_titres: 'subtitles', facile_a_lire: 'easy-read', falc: 'easy-read',
};
const EVENT_STATUS = {
  prevu: 'scheduled', maintenu: 'scheduled', annule: 'cancelled', complet: 'full', reporte: 'postponed',
  reprogramme: 'rescheduled', deplace: 'rescheduled', en_ligne: 'moved-online',
};
const ATTENDANCE = { sur_place: 'in-person', presentiel: 'in-person', en_ligne: 'online', distanciel: 'online', mixte: 'mixed', hybride: 'mixed' };
const REMOTE = { non: 'no', sur_place: 'no', possible: 'possible', oui: 'possible', total: 'full', a_distance: 'full', entierement: 'full' };
const MISSION_TYPE = { ponctuelle: 'one-off', ponctuel: 'one-off', reguliere: 'recurring', regulier: 'recurring' };
const COOPERATION_STATUS = { en_projet: 'planned', prevue: 'planned', en_cours: 'active', active: 'active', terminee: 'ended', finie: 'ended' };

const SHARED_ID = col('id identifiant', 'id');

export const COLUMNS: Readonly<Record<RecordKind, readonly Column[]>> = {
  events: [
    SHARED_ID,
    col('titre title', 'title', 'text', { required: true }),
    col('debut start date_de_debut', 'start', 'date', { required: true }),
    col('fin end date_de_fin', 'end', 'date'),
    col('lieu place placeid', 'placeId'),
    col('organisateurs organisateur organizers', 'organizers', 'list'),
    col('resume summary', 'summary'),
    col('description', 'description'),
    col('repetition rrule', 'rrule', 'rrule'),
    col('exceptions exdates', 'exdates', 'list'),
    col('secteurs sectors', 'sectors', 'list'),
    col('public audience', 'audience', 'list'),
    col('age_min', 'age.min', 'integer'),
    col('age_max', 'age.max', 'integer'),
    col('mots_cles tags', 'tags', 'list'),
    col('gratuit free', 'price.free', 'boolean'),
    col('tarif tarifs prix price', 'price.text'),
    col('inscription_obligatoire', 'registration.required', 'boolean'),
    col('inscription_lien', 'registration.url'),
    col('inscription_email', 'registration.email'),
    col('inscription_telephone', 'registration.phone'),
    col('accessibilite accessibility', 'accessibility', 'list', { values: ACCESSIBILITY }),
    col('image', 'image.url'),
    col('image_description', 'image.alt'),
    col('lien url site', 'url'),
    col('statut status', 'status', 'text', { values: EVENT_STATUS }),
    col('participation attendance', 'attendance', 'text', { values: ATTENDANCE }),
    col('lien_en_ligne onlineurl', 'onlineUrl'),
  ],
  organizations: [
    SHARED_ID,
    col('nom name', 'name', 'text', { required: true }),
    col('type', 'type'),
    col('secteurs sectors', 'sectors', 'list'),
    col('description', 'description'),
    col('site url lien', 'url'),
    col('email courriel', 'email'),
    col('telephone phone', 'phone'),
    col('logo', 'logo'),
    col('lieu placeid', 'placeId'),
    col('rna', 'rna'),
    col('siren', 'siren'),
    col('confidentialite privacyurl', 'privacyUrl'),
  ],
  places: [
    SHARED_ID,
    col('nom name', 'name', 'text', { required: true }),
    col('rue adresse street', 'address.street'),
    col('code_postal cp postalcode', 'address.postalCode'),
    col('commune ville locality', 'address.locality'),
    col('code_insee inseecode', 'address.inseeCode'),
    col('latitude lat', 'geo.lat', 'number'),
    col('longitude lon lng', 'geo.lon', 'number'),
    col('accessibilite accessibility', 'accessibility', 'list', { values: ACCESSIBILITY }),
    col('lien url site', 'url'),
  ],
  missions: [
    SHARED_ID,
    col('titre title', 'title', 'text', { required: true }),
    col('organisation organizationid', 'organizationId', 'text', { required: true }),
    col('type', 'type', 'text', { values: MISSION_TYPE }),
    col('debut start', 'start', 'date'),
    col('fin end', 'end', 'date'),
    col('rythme schedule', 'schedule'),
    col('repetition rrule', 'rrule', 'rrule'),
    col('lieu placeid', 'placeId'),
    col('distance a_distance remote', 'remote', 'text', { values: REMOTE }),
    col('competences skills', 'skills', 'list'),
    col('secteurs sectors', 'sectors', 'list'),
    col('places spots', 'spots.total', 'integer'),
    col('places_pourvues', 'spots.filled', 'integer'),
    col('age_min minage', 'minAge', 'integer'),
    col('debutants beginnerfriendly', 'beginnerFriendly', 'boolean'),
    col('description', 'description'),
    col('contact_lien', 'contact.url'),
    col('contact_email', 'contact.email'),
    col('contact_telephone', 'contact.phone'),
    col('inscription_service', 'signup.endpoint'),
    col('date_limite deadline', 'deadline', 'date'),
    col('evenement eventid', 'eventId'),
    col('image', 'image.url'),
  ],
  cooperations: [
    SHARED_ID,
    col('titre title', 'title', 'text', { required: true }),
    col('partenaires partners', 'partners', 'text', { required: true }),
    col('resume summary', 'summary'),
    col('description', 'description'),
    col('secteurs sectors', 'sectors', 'list'),
    col('ressources resources', 'resources', 'list'),
    col('resultats outcomes', 'outcomes', 'list'),
    col('depuis since', 'since', 'date'),
    col('jusqu_au until', 'until', 'date'),
    col('statut status', 'status', 'text', { values: COOPERATION_STATUS }),
    col('lieux placeids', 'placeIds', 'list'),
    col('evenements eventids', 'eventIds', 'list'),
    col('missions missionids', 'missionIds', 'list'),
    col('lien url', 'url'),
    col('image', 'image.url'),
    col('contact_email', 'contact.email'),
  ],
};
