/**
 * The controlled vocabularies of the feed format and their labels (French here, English loaded on demand).
 * Sectors, accessibility and audiences are open (an unknown id is kept and shown as written); the others are
 * closed lists.
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
import { englishLabels } from './vocabularies-load.js';

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

/** The labels of each vocabulary in one language, one per id and in the same order (checked by the compiler). */
export type VocabularyLabels = { readonly [V in VocabularyName]: LabelsOf<(typeof VOCABULARIES)[V]> };
type LabelsOf<Ids> = { readonly [I in keyof Ids]: string };

/** French labels, the first language: they come with every widget. */
export const FRENCH_LABELS: VocabularyLabels = {
  sectors: [
    'Sport',
    'Culture',
    'Solidarité',
    'Environnement',
    'Éducation',
    'Jeunesse',
    'Santé',
    'Loisirs',
    'Citoyenneté',
    'Économie',
    'Numérique',
  ],
  organizationTypes: [
    'Association',
    'Collectivité',
    'Bibliothèque',
    'Tiers-lieu',
    'Centre social',
    'Commerce',
    'Entreprise',
    'Établissement scolaire',
    'Autre',
  ],
  accessibility: [
    'Accessible en fauteuil roulant',
    'Adapté au handicap auditif',
    'Adapté au handicap visuel',
    'Adapté au handicap intellectuel',
    'Adapté au handicap psychique',
    'Traduit en langue des signes',
    'Boucle magnétique',
    'Sous-titré',
    'Facile à lire et à comprendre (FALC)',
  ],
  audiences: [
    'Tout public',
    'Enfants',
    'Jeunes',
    'Familles',
    'Adultes',
    'Seniors',
    'Professionnels',
  ],
  eventStatuses: [
    'Prévu',
    'Date modifiée',
    'Reporté',
    'Annulé',
    'Complet',
    'Passé en ligne',
  ],
  attendanceModes: [
    'Sur place',
    'En ligne',
    'Sur place et en ligne',
  ],
  missionTypes: [
    'Ponctuelle',
    'Régulière',
  ],
  remoteModes: [
    'Sur place',
    'À distance possible',
    'À distance',
  ],
  cooperationStatuses: [
    'En projet',
    'En cours',
    'Terminée',
  ],
  resourceKinds: [
    'Locaux',
    'Matériel',
    'Personnel salarié',
    'Bénévoles',
    'Compétences',
    'Financement',
    'Communication',
    'Autre',
  ],
};

/** Whether `id` belongs to the vocabulary, exactly as written. */
export function isKnownValue(vocabulary: VocabularyName, id: string): boolean {
  return (VOCABULARIES[vocabulary] as readonly string[]).includes(id);
}

export { englishLabels, loadEnglishLabels, useEnglishLabels } from './vocabularies-load.js';

/**
 * The label of a vocabulary id in `lang` ("en", "en-GB"… give English once loadEnglishLabels() is done;
 * anything else French). An unknown id is returned as written, so a sector the feed invented still shows.
 */
export function vocabularyLabel(vocabulary: VocabularyName, id: string, lang: string): string {
  const index = (VOCABULARIES[vocabulary] as readonly string[]).indexOf(id);
  if (index < 0) return id;
  return ((isEnglish(lang) && englishLabels()) || FRENCH_LABELS)[vocabulary][index]!;
}

function isEnglish(lang: string): boolean {
  return typeof lang === 'string' && lang.slice(0, 2).toLowerCase() === 'en' && (lang.length === 2 || lang[2] === '-');
}
