/**
 * Maillage open feed format, version 1: the typed shape of a feed once parsed.
 *
 * A parsed feed is still valid feed JSON: it can be serialised, cached and parsed again. The parser
 * guarantees every invariant written here (required fields present, URLs safe, references resolved,
 * ids unique), so the rest of the code trusts these types.
 */

/** A string, or an object of language code to string: `{"fr": "Fête du jeu", "en": "Games day"}`. */
export type Text = string | Readonly<Record<string, string>>;

/**
 * ISO 8601 date-time with an offset (`2027-03-14T14:00:00+01:00`), local (`2027-03-14T14:00`, read in the
 * feed's timezone) or a date alone (`2027-03-14`, an all-day date). The parser keeps the text as written
 * once it is known to be valid; `datetime.ts` turns it into instants.
 */
export type DateTimeText = string;

/** Identifiers of records, unique in their array. */
export type Id = string;

export const ORGANIZATION_TYPES = [
  'association',
  'collectivite',
  'bibliotheque',
  'tiers-lieu',
  'centre-social',
  'commerce',
  'entreprise',
  'etablissement-scolaire',
  'autre',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const SECTORS = [
  'sport',
  'culture',
  'solidarite',
  'environnement',
  'education',
  'jeunesse',
  'sante',
  'loisirs',
  'citoyennete',
  'economie',
  'numerique',
] as const;
/** Known sector ids; an unknown id is kept and shown as written. */
export type KnownSector = (typeof SECTORS)[number];

export const ACCESSIBILITY = [
  'motor',
  'hearing',
  'visual',
  'intellectual',
  'psychic',
  'sign-language',
  'hearing-loop',
  'subtitles',
  'easy-read',
] as const;
export type KnownAccessibility = (typeof ACCESSIBILITY)[number];

export const AUDIENCES = [
  'tout-public',
  'enfants',
  'jeunes',
  'familles',
  'adultes',
  'seniors',
  'professionnels',
] as const;
export type KnownAudience = (typeof AUDIENCES)[number];

export const EVENT_STATUSES = [
  'scheduled',
  'rescheduled',
  'postponed',
  'cancelled',
  'full',
  'moved-online',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const MISSION_TYPES = ['one-off', 'recurring'] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

export const REMOTE_MODES = ['no', 'possible', 'full'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const COOPERATION_STATUSES = ['planned', 'active', 'ended'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

export const RESOURCE_KINDS = [
  'premises',
  'equipment',
  'staff',
  'volunteers',
  'skills',
  'funding',
  'communication',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Publisher {
  readonly name: Text;
  readonly url?: string;
  readonly email?: string;
}

export interface Contact {
  /** http(s) only. */
  readonly url?: string;
  /** An address, without `mailto:`. */
  readonly email?: string;
  /** As written, only digits, spaces, `+ . - ( )`. */
  readonly phone?: string;
}

export interface Image {
  /** http(s) only. */
  readonly url: string;
  readonly alt?: Text;
}

export interface Address {
  readonly street?: string;
  readonly postalCode?: string;
  readonly locality?: string;
  readonly inseeCode?: string;
}

export interface Geo {
  /** -90..90 */
  readonly lat: number;
  /** -180..180 */
  readonly lon: number;
}

/** Common to every record once merged: the URLs of the feeds it came from. */
export interface Sourced {
  readonly sources?: readonly string[];
}

export interface Organization extends Sourced {
  readonly id: Id;
  readonly name: Text;
  readonly type?: OrganizationType;
  readonly sectors?: readonly string[];
  readonly description?: Text;
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
  /** http(s) URL of an image. */
  readonly logo?: string;
  readonly placeId?: Id;
  /** Répertoire national des associations number (W + 9 digits). */
  readonly rna?: string;
  /** 9 digits. */
  readonly siren?: string;
  /** The organisation's privacy policy page, linked from sign-up forms. */
  readonly privacyUrl?: string;
}

export interface Place extends Sourced {
  readonly id: Id;
  readonly name: Text;
  readonly address?: Address;
  readonly geo?: Geo;
  readonly accessibility?: readonly string[];
  readonly url?: string;
}

export interface Price {
  readonly free?: boolean;
  readonly text?: Text;
}

export interface Registration {
  readonly required?: boolean;
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface AgeRange {
  readonly min?: number;
  readonly max?: number;
}

export interface FeedEvent extends Sourced {
  readonly id: Id;
  readonly title: Text;
  readonly start: DateTimeText;
  readonly end?: DateTimeText;
  readonly summary?: Text;
  readonly description?: Text;
  /** RFC 5545 subset, without the `RRULE:` prefix: `FREQ=WEEKLY;BYDAY=WE;COUNT=10`. */
  readonly rrule?: string;
  /** Start date-times (or dates) of occurrences that do not take place. */
  readonly exdates?: readonly DateTimeText[];
  /** An inline `place` in the feed is moved to `places` by the parser and referred to here. */
  readonly placeId?: Id;
  readonly attendance?: AttendanceMode;
  readonly onlineUrl?: string;
  readonly organizers?: readonly Id[];
  readonly sectors?: readonly string[];
  readonly audience?: readonly string[];
  readonly age?: AgeRange;
  readonly tags?: readonly string[];
  readonly price?: Price;
  readonly registration?: Registration;
  readonly accessibility?: readonly string[];
  readonly image?: Image;
  readonly url?: string;
  readonly status?: EventStatus;
  readonly missionIds?: readonly Id[];
  readonly cooperationIds?: readonly Id[];
  readonly updated?: DateTimeText;
}

export interface Spots {
  readonly total: number;
  readonly filled?: number;
}

export interface Mission extends Sourced {
  readonly id: Id;
  readonly title: Text;
  readonly organizationId: Id;
  readonly type?: MissionType;
  readonly start?: DateTimeText;
  readonly end?: DateTimeText;
  /** For recurring missions, as text: "le samedi matin, 9 h – 12 h". */
  readonly schedule?: Text;
  readonly rrule?: string;
  readonly placeId?: Id;
  readonly remote?: RemoteMode;
  readonly skills?: readonly string[];
  readonly sectors?: readonly string[];
  readonly spots?: Spots;
  readonly minAge?: number;
  readonly beginnerFriendly?: boolean;
  readonly description?: Text;
  readonly contact?: Contact;
  readonly signup?: { readonly endpoint: string };
  readonly deadline?: DateTimeText;
  readonly eventId?: Id;
  readonly image?: Image;
}

export interface Partner {
  readonly organizationId: Id;
  readonly role?: Text;
}

export interface Resource {
  readonly kind: ResourceKind;
  readonly description?: Text;
  /** The partner that brings it. */
  readonly organizationId?: Id;
}

export interface Outcome {
  readonly label: Text;
  readonly value?: number;
  readonly unit?: Text;
}

export interface Cooperation extends Sourced {
  readonly id: Id;
  readonly title: Text;
  /** At least two. */
  readonly partners: readonly Partner[];
  readonly summary?: Text;
  readonly description?: Text;
  readonly sectors?: readonly string[];
  readonly resources?: readonly Resource[];
  readonly outcomes?: readonly Outcome[];
  readonly since?: DateTimeText;
  readonly until?: DateTimeText;
  readonly status?: CooperationStatus;
  readonly placeIds?: readonly Id[];
  readonly eventIds?: readonly Id[];
  readonly missionIds?: readonly Id[];
  readonly image?: Image;
  readonly url?: string;
  readonly contact?: Contact;
}

export interface FeedSource {
  readonly url: string;
  readonly title?: Text;
}

export interface Feed {
  readonly maillage: '1';
  readonly title: Text;
  /** BCP 47, default "fr". */
  readonly language: string;
  /** IANA zone, default "Europe/Paris". */
  readonly timezone: string;
  readonly updated?: DateTimeText;
  readonly url?: string;
  readonly publisher?: Publisher;
  readonly organizations: readonly Organization[];
  readonly places: readonly Place[];
  readonly events: readonly FeedEvent[];
  readonly missions: readonly Mission[];
  readonly cooperations: readonly Cooperation[];
  /** Set on merged feeds: the feeds that were merged, in order. */
  readonly sources?: readonly FeedSource[];
}

export type Severity = 'error' | 'warning';

export interface LocalizedMessage {
  readonly fr: string;
  readonly en: string;
}

/**
 * Something wrong in a feed. `path` is a JSON path such as `events[3].start`; `code` is stable for
 * machines; `message` is for people.
 */
export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: LocalizedMessage;
  /** For merged feeds, the feed URL the problem belongs to. */
  readonly source?: string;
}

export interface ParseResult {
  /** Null only when the input is not a Maillage feed at all (then `problems` holds one error). */
  readonly feed: Feed | null;
  readonly problems: readonly Problem[];
}
