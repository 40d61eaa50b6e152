/**
 * The controlled vocabularies of the feed format and their French and English labels. Sectors, accessibility
 * and audiences are open (an unknown id is kept and shown as written); the others are closed lists.
 */
import {
  ACCESSIBILITY,
  ATTENDANCE_MODES,
  AUDIENCES,
  COOPERATION_STATUSES,
  EVENT_STATUSES,
  MISSION_TYPES,
  ORGANIZATION_TYPES,
  REMOTE_MODES,
  RESOURCE_KINDS,
  SECTORS,
} from './types.js';
import type {
  AttendanceMode,
  CooperationStatus,
  EventStatus,
  KnownAccessibility,
  KnownAudience,
  KnownSector,
  LocalizedMessage,
  MissionType,
  OrganizationType,
  RemoteMode,
  ResourceKind,
} from './types.js';

export const VOCABULARIES = {
  sectors: SECTORS,
  organizationTypes: ORGANIZATION_TYPES,
  accessibility: ACCESSIBILITY,
  audiences: AUDIENCES,
  eventStatuses: EVENT_STATUSES,
  attendanceModes: ATTENDANCE_MODES,
  missionTypes: MISSION_TYPES,
  remoteModes: REMOTE_MODES,
  cooperationStatuses: COOPERATION_STATUSES,
  resourceKinds: RESOURCE_KINDS,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** A label in both languages of the project. */
export type Label = LocalizedMessage;

export const SECTOR_LABELS: Readonly<Record<KnownSector, Label>> = {
  sport: { fr: 'Sport', en: 'Sport' },
  culture: { fr: 'Culture', en: 'Culture' },
  solidarite: { fr: 'Solidarité', en: 'Solidarity' },
  environnement: { fr: 'Environnement', en: 'Environment' },
  education: { fr: 'Éducation', en: 'Education' },
  jeunesse: { fr: 'Jeunesse', en: 'Youth' },
  sante: { fr: 'Santé', en: 'Health' },
  loisirs: { fr: 'Loisirs', en: 'Leisure' },
  citoyennete: { fr: 'Citoyenneté', en: 'Citizenship' },
  economie: { fr: 'Économie', en: 'Economy' },
  numerique: { fr: 'Numérique', en: 'Digital' },
};

export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, Label>> = {
  association: { fr: 'Association', en: 'Association' },
  collectivite: { fr: 'Collectivité', en: 'Local authority' },
  bibliotheque: { fr: 'Bibliothèque', en: 'Library' },
  'tiers-lieu': { fr: 'Tiers-lieu', en: 'Community space' },
  'centre-social': { fr: 'Centre social', en: 'Community centre' },
  commerce: { fr: 'Commerce', en: 'Shop' },
  entreprise: { fr: 'Entreprise', en: 'Company' },
  'etablissement-scolaire': { fr: 'Établissement scolaire', en: 'School' },
  autre: { fr: 'Autre', en: 'Other' },
};

export const ACCESSIBILITY_LABELS: Readonly<Record<KnownAccessibility, Label>> = {
  motor: { fr: 'Accessible en fauteuil roulant', en: 'Wheelchair accessible' },
  hearing: { fr: 'Adapté au handicap auditif', en: 'Suitable for hearing impairment' },
  visual: { fr: 'Adapté au handicap visuel', en: 'Suitable for visual impairment' },
  intellectual: { fr: 'Adapté au handicap intellectuel', en: 'Suitable for intellectual disability' },
  psychic: { fr: 'Adapté au handicap psychique', en: 'Suitable for mental health conditions' },
  'sign-language': { fr: 'Traduit en langue des signes', en: 'Sign language interpretation' },
  'hearing-loop': { fr: 'Boucle magnétique', en: 'Hearing loop' },
  subtitles: { fr: 'Sous-titré', en: 'Subtitled' },
  'easy-read': { fr: 'Facile à lire et à comprendre (FALC)', en: 'Easy read' },
};

export const AUDIENCE_LABELS: Readonly<Record<KnownAudience, Label>> = {
  'tout-public': { fr: 'Tout public', en: 'Everyone' },
  enfants: { fr: 'Enfants', en: 'Children' },
  jeunes: { fr: 'Jeunes', en: 'Young people' },
  familles: { fr: 'Familles', en: 'Families' },
  adultes: { fr: 'Adultes', en: 'Adults' },
  seniors: { fr: 'Seniors', en: 'Older people' },
  professionnels: { fr: 'Professionnels', en: 'Professionals' },
};

export const EVENT_STATUS_LABELS: Readonly<Record<EventStatus, Label>> = {
  scheduled: { fr: 'Prévu', en: 'Scheduled' },
  rescheduled: { fr: 'Date modifiée', en: 'Rescheduled' },
  postponed: { fr: 'Reporté', en: 'Postponed' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
  full: { fr: 'Complet', en: 'Full' },
  'moved-online': { fr: 'Passé en ligne', en: 'Moved online' },
};

export const ATTENDANCE_MODE_LABELS: Readonly<Record<AttendanceMode, Label>> = {
  'in-person': { fr: 'Sur place', en: 'In person' },
  online: { fr: 'En ligne', en: 'Online' },
  mixed: { fr: 'Sur place et en ligne', en: 'In person and online' },
};

export const MISSION_TYPE_LABELS: Readonly<Record<MissionType, Label>> = {
  'one-off': { fr: 'Ponctuelle', en: 'One-off' },
  recurring: { fr: 'Régulière', en: 'Recurring' },
};

export const REMOTE_MODE_LABELS: Readonly<Record<RemoteMode, Label>> = {
  no: { fr: 'Sur place', en: 'On site' },
  possible: { fr: 'À distance possible', en: 'Remote possible' },
  full: { fr: 'À distance', en: 'Remote' },
};

export const COOPERATION_STATUS_LABELS: Readonly<Record<CooperationStatus, Label>> = {
  planned: { fr: 'En projet', en: 'Planned' },
  active: { fr: 'En cours', en: 'Active' },
  ended: { fr: 'Terminée', en: 'Ended' },
};

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, Label>> = {
  premises: { fr: 'Locaux', en: 'Premises' },
  equipment: { fr: 'Matériel', en: 'Equipment' },
  staff: { fr: 'Personnel salarié', en: 'Staff' },
  volunteers: { fr: 'Bénévoles', en: 'Volunteers' },
  skills: { fr: 'Compétences', en: 'Skills' },
  funding: { fr: 'Financement', en: 'Funding' },
  communication: { fr: 'Communication', en: 'Communication' },
  other: { fr: 'Autre', en: 'Other' },
};

export const VOCABULARY_LABELS: { readonly [V in VocabularyName]: Readonly<Record<string, Label>> } = {
  sectors: SECTOR_LABELS,
  organizationTypes: ORGANIZATION_TYPE_LABELS,
  accessibility: ACCESSIBILITY_LABELS,
  audiences: AUDIENCE_LABELS,
  eventStatuses: EVENT_STATUS_LABELS,
  attendanceModes: ATTENDANCE_MODE_LABELS,
  missionTypes: MISSION_TYPE_LABELS,
  remoteModes: REMOTE_MODE_LABELS,
  cooperationStatuses: COOPERATION_STATUS_LABELS,
  resourceKinds: RESOURCE_KIND_LABELS,
};

/** Whether `id` belongs to the vocabulary, exactly as written. */
export function isKnownValue(vocabulary: VocabularyName, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(VOCABULARY_LABELS[vocabulary], id);
}

/**
 * The label of a vocabulary id in `lang` ("en", "en-GB"… give English; anything else French). An unknown id
 * is returned as written, so a sector the feed invented still shows.
 */
export function vocabularyLabel(vocabulary: VocabularyName, id: string, lang: string): string {
  if (!isKnownValue(vocabulary, id)) return id;
  const label = VOCABULARY_LABELS[vocabulary][id]!;
  return isEnglish(lang) ? label.en : label.fr;
}

function isEnglish(lang: string): boolean {
  return typeof lang === 'string' && lang.slice(0, 2).toLowerCase() === 'en' && (lang.length === 2 || lang[2] === '-');
}
