/**
 * The catalogue of feed problems: a stable code for machines and a message in plain French and English for
 * the volunteers who write feeds, saying what is wrong, what was expected and what the widgets do about it.
 */
import { EXPECTED_FORMS, fieldLabel } from './parse/field-labels.js';
import type { ExpectedForm } from './parse/field-labels.js';
import type { LocalizedMessage, Problem, Severity } from './types.js';

export type { ExpectedForm } from './parse/field-labels.js';

export const PROBLEM_CODES = [
  'not-a-feed',
  'unsupported-version',
  'version-as-number',
  'empty-file',
  'json-syntax',
  'json-truncated',
  'html-page',
  'missing-field',
  'invalid-field',
  'invalid-url',
  'unsafe-url',
  'out-of-range',
  'end-before-start',
  'duplicate-id',
  'dangling-reference',
  'too-long',
  'too-many',
  'invalid-rrule',
  'too-few-partners',
  'unknown-value',
  'too-many-problems',
  'unreadable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What the widgets do about a problem, said at the end of its message. */
export type ProblemEffect = 'skip-record' | 'drop-value' | 'drop-part' | 'replace' | 'as-other' | 'none';

export interface ProblemDetails {
  /** The offending value; shown shortened. */
  readonly value?: unknown;
  /** What was expected: a known form, or words of the caller's. */
  readonly expected?: ExpectedForm | LocalizedMessage;
  /** A bound: characters, entries, partners. */
  readonly limit?: number;
  /** With the `replace` effect, the value used instead. */
  readonly replacement?: string | number;
  /** The allowed values of a closed vocabulary. */
  readonly allowed?: readonly string[];
  /** Where in a text file, counted from 1. */
  readonly at?: TextPosition;
  /** Defaults to `skip-record` for errors and `drop-value` for warnings, on codes that need saying so. */
  readonly effect?: ProblemEffect;
}

/**
 * A problem as the parser finds it: what and where, without the sentences. Browsers turn these into
 * messages only when a feed has problems (`describeProblems`), so pages showing a clean feed never load
 * the catalogue.
 */
export interface RawProblem {
  readonly code: ProblemCode;
  readonly path: string;
  readonly severity: Severity;
  readonly details?: ProblemDetails;
  readonly source?: string;
}

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

interface Parts {
  readonly field: LocalizedMessage;
  readonly value: string;
  readonly expected: LocalizedMessage | undefined;
  readonly limit: string;
  readonly allowed: string;
  readonly at: TextPosition | undefined;
}

type Compose = (parts: Parts) => LocalizedMessage;

const expectedSuffix = (p: Parts, lang: 'fr' | 'en'): string =>
  p.expected === undefined ? '' : lang === 'fr' ? ` (attendu : ${p.expected.fr})` : ` (expected: ${p.expected.en})`;

const quotedFr = (p: Parts): string => (p.value === '' ? '' : ` : « ${p.value} »`);
const quotedEn = (p: Parts): string => (p.value === '' ? '' : `: "${p.value}"`);

const MESSAGES: Readonly<Record<ProblemCode, Compose>> = {
  'not-a-feed': () => ({
    fr: 'Ce contenu n\'est pas un flux Maillage : il faut un objet JSON qui contient "maillage": "1".',
    en: 'This is not a Maillage feed: it must be a JSON object containing "maillage": "1".',
  }),
  'unsupported-version': (p) => ({
    fr: `Version du format non prise en charge${quotedFr(p)}. Ce lecteur comprend la version "1".`,
    en: `Unsupported format version${quotedEn(p)}. This reader understands version "1".`,
  }),
  'version-as-number': () => ({
    fr: 'La version du format est écrite comme un nombre : écrivez "maillage": "1", entre guillemets. Le flux est lu quand même.',
    en: 'The format version is written as a number: write "maillage": "1", in quotes. The feed is read anyway.',
  }),
  'empty-file': () => ({
    fr: 'Le fichier est vide : il ne contient aucun flux.',
    en: 'The file is empty: it holds no feed.',
  }),
  'json-syntax': (p) => ({
    fr: `Le fichier n’est pas du JSON valide${p.at === undefined ? '' : ` (erreur ligne ${p.at.line}, colonne ${p.at.column})`}. Vérifiez les virgules, les guillemets et les accolades ; un validateur JSON en ligne aide à trouver l’erreur.`,
    en: `The file is not valid JSON${p.at === undefined ? '' : ` (error at line ${p.at.line}, column ${p.at.column})`}. Check commas, quotes and braces; an online JSON validator helps to find the mistake.`,
  }),
  'json-truncated': () => ({
    fr: "Le fichier JSON s’arrête avant la fin : il est incomplet (fichier coupé ou téléchargement interrompu).",
    en: 'The JSON file stops before its end: it is incomplete (cut file or interrupted download).',
  }),
  'html-page': () => ({
    fr: "Cette adresse renvoie une page web (HTML) et non un flux JSON : vérifiez l’adresse du flux.",
    en: 'This address returns a web page (HTML), not a JSON feed: check the feed address.',
  }),
  'missing-field': (p) => ({
    fr: `${capital(p.field.fr)} manque${expectedSuffix(p, 'fr')}.`,
    en: `${capital(p.field.en)} is missing${expectedSuffix(p, 'en')}.`,
  }),
  'invalid-field': (p) => ({
    fr: `${capital(p.field.fr)} n’est pas valide${quotedFr(p)}${expectedSuffix(p, 'fr')}.`,
    en: `${capital(p.field.en)} is not valid${quotedEn(p)}${expectedSuffix(p, 'en')}.`,
  }),
  'invalid-url': (p) => ({
    fr: `${capital(p.field.fr)} n’est pas une adresse web complète${quotedFr(p)} (attendu : ${EXPECTED_FORMS.url.fr}).`,
    en: `${capital(p.field.en)} is not a full web address${quotedEn(p)} (expected: ${EXPECTED_FORMS.url.en}).`,
  }),
  'unsafe-url': (p) => ({
    fr: `${capital(p.field.fr)} n’est pas un lien autorisé${quotedFr(p)}. Par sécurité, seuls les liens http et https sont acceptés.`,
    en: `${capital(p.field.en)} is not an allowed link${quotedEn(p)}. For safety, only http and https links are accepted.`,
  }),
  'out-of-range': (p) => ({
    fr: `${capital(p.field.fr)} est hors des limites${quotedFr(p)}${expectedSuffix(p, 'fr')}.`,
    en: `${capital(p.field.en)} is out of range${quotedEn(p)}${expectedSuffix(p, 'en')}.`,
  }),
  'end-before-start': (p) => ({
    fr: `${capital(p.field.fr)} est avant la date de début${quotedFr(p)}.`,
    en: `${capital(p.field.en)} is before the start date${quotedEn(p)}.`,
  }),
  'duplicate-id': (p) => ({
    fr: `L’identifiant « ${p.value} » est déjà utilisé dans cette liste : seul le premier élément qui le porte est gardé, celui-ci est ignoré.`,
    en: `The id "${p.value}" is already used in this list: only the first record with it is kept, this one is skipped.`,
  }),
  'dangling-reference': (p) => ({
    fr: `${capital(p.field.fr)} renvoie à « ${p.value} », qui n’existe pas dans le flux.`,
    en: `${capital(p.field.en)} refers to "${p.value}", which is not in the feed.`,
  }),
  'too-long': (p) => ({
    fr: `${capital(p.field.fr)} dépasse ${p.limit} caractères : le texte est coupé.`,
    en: `${capital(p.field.en)} is longer than ${p.limit} characters: the text is cut.`,
  }),
  'too-many': (p) => ({
    fr: `${capital(p.field.fr)} compte plus de ${p.limit} éléments : les suivants sont ignorés.`,
    en: `${capital(p.field.en)} has more than ${p.limit} entries: the following ones are ignored.`,
  }),
  'invalid-rrule': (p) => ({
    fr: `${capital(p.field.fr)} n’est pas comprise${quotedFr(p)} (attendu : ${EXPECTED_FORMS.rrule.fr}, avec FREQ DAILY, WEEKLY, MONTHLY ou YEARLY et INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL).`,
    en: `${capital(p.field.en)} is not understood${quotedEn(p)} (expected: ${EXPECTED_FORMS.rrule.en}, with FREQ DAILY, WEEKLY, MONTHLY or YEARLY and INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL).`,
  }),
  'too-few-partners': (p) => ({
    fr: `Une coopération réunit au moins deux organisations du flux ; celle-ci en compte ${p.limit}.`,
    en: `A cooperation brings together at least two organizations of the feed; this one has ${p.limit}.`,
  }),
  'unknown-value': (p) => ({
    fr: `« ${p.value} » n’est pas une valeur connue pour ${p.field.fr}${p.allowed === '' ? '' : ` (valeurs possibles : ${p.allowed})`}.`,
    en: `"${p.value}" is not a known value for ${p.field.en}${p.allowed === '' ? '' : ` (possible values: ${p.allowed})`}.`,
  }),
  'too-many-problems': (p) => ({
    fr: `Plus de ${p.limit} problèmes : les suivants ne sont pas listés.`,
    en: `More than ${p.limit} problems: the following ones are not listed.`,
  }),
  'unreadable': (p) => ({
    fr: `Le flux n’a pas pu être lu${p.value === '' ? '' : ` (${p.value})`}.`,
    en: `The feed could not be read${p.value === '' ? '' : ` (${p.value})`}.`,
  }),
};

// Codes whose message needs a last sentence saying what happens to the record or the value.
const WITH_EFFECT: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'missing-field',
  'invalid-field',
  'invalid-url',
  'unsafe-url',
  'out-of-range',
  'end-before-start',
  'dangling-reference',
  'invalid-rrule',
  'too-few-partners',
  'unknown-value',
]);

function effectSentence(effect: ProblemEffect, replacement: string): LocalizedMessage | null {
  switch (effect) {
    case 'skip-record':
      return { fr: 'Cet élément est ignoré.', en: 'This record is skipped.' };
    case 'drop-value':
      return { fr: 'Cette valeur est ignorée.', en: 'This value is ignored.' };
    case 'drop-part':
      return {
        fr: 'Le bloc { … } qui contient cette valeur est ignoré.',
        en: 'The { … } block holding this value is ignored.',
      };
    case 'as-other':
      return { fr: 'Elle est comptée comme « other » (autre).', en: 'It is counted as "other".' };
    case 'replace':
      return { fr: `La valeur « ${replacement} » est utilisée à la place.`, en: `"${replacement}" is used instead.` };
    case 'none':
      return null;
  }
}

const MAX_SHOWN_VALUE = 60;

/** A short, single-line picture of a value, without serialising anything large. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const line = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
    return line.length > MAX_SHOWN_VALUE ? `${line.slice(0, MAX_SHOWN_VALUE - 1)}…` : line;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A problem at `path` (`events[3].start`), its message composed from the catalogue. */
export function makeProblem(
  code: ProblemCode,
  path: string,
  severity: Severity,
  details: ProblemDetails = {},
): Problem {
  const expected = typeof details.expected === 'string' ? EXPECTED_FORMS[details.expected] : details.expected;
  const limit = details.limit === undefined ? '' : String(details.limit);
  const parts: Parts = {
    field: fieldLabel(path),
    value: describeValue(details.value),
    expected,
    limit,
    allowed: details.allowed === undefined ? '' : details.allowed.join(', '),
    at: details.at,
  };
  let message = MESSAGES[code](parts);
  const fallback: ProblemEffect = severity === 'error' ? 'skip-record' : 'drop-value';
  const effect = details.effect ?? (WITH_EFFECT.has(code) ? fallback : 'none');
  const sentence = effectSentence(effect, details.replacement === undefined ? '' : String(details.replacement));
  if (sentence !== null) message = { fr: `${message.fr} ${sentence.fr}`, en: `${message.en} ${sentence.en}` };
  return { path, code, severity, message };
}

/** The messages of raw problems, keeping their source. */
export function describeProblems(raw: readonly RawProblem[]): Problem[] {
  return raw.map((r) => {
    const problem = makeProblem(r.code, r.path, r.severity, r.details);
    return r.source === undefined ? problem : { ...problem, source: r.source };
  });
}
