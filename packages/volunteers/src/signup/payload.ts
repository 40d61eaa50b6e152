import { safeEmail, safePhone } from '@maillage/feed';

/**
 * The sign-up payload, version 1: what `<maillage-volunteers>` POSTs as JSON to a mission's
 * `signup.endpoint`. Its JSON Schema is `schema/signup-1.schema.json`; a receiver must accept any version 1
 * payload and refuse other versions.
 */
export const SIGNUP_PAYLOAD_VERSION = 1;

export interface SignupPayload {
  readonly version: 1;
  readonly missionId: string;
  /** The mission's title as the volunteer saw it, for people reading the list of sign-ups. */
  readonly missionTitle?: string;
  readonly organizationId?: string;
  /** The feed the mission comes from (the page's address for a feed written inside the page). */
  readonly feedUrl: string;
  readonly name: string;
  /** At least one of email and phone. */
  readonly email?: string;
  readonly phone?: string;
  /** May be empty. */
  readonly message: string;
  /** In the volunteer's words; may be empty. */
  readonly availability: string;
  readonly consent: true;
  /** ISO 8601 instant, when the volunteer pressed "send". */
  readonly sentAt: string;
  /** The language of the form, `fr` or `en`. */
  readonly lang?: string;
}

/** What the volunteer types: the form's fields, as kept in the draft. */
export interface SignupValues {
  name: string;
  email: string;
  phone: string;
  message: string;
  availability: string;
  consent: boolean;
}

export const EMPTY_VALUES: SignupValues = { name: '', email: '', phone: '', message: '', availability: '', consent: false };

export interface PayloadContext {
  readonly missionId: string;
  readonly missionTitle: string;
  readonly organizationId: string;
  readonly feedUrl: string;
  readonly lang: string;
}

/** The payload of a valid form (consent given, at least one contact). */
export function buildPayload(context: PayloadContext, values: SignupValues, now: Date): SignupPayload {
  // Written as the schema expects: no `mailto:`, no no-break spaces in the number.
  const email = safeEmail(values.email) ?? values.email.trim();
  const phone = safePhone(values.phone) ?? values.phone.trim();
  return {
    version: SIGNUP_PAYLOAD_VERSION,
    missionId: context.missionId,
    missionTitle: context.missionTitle.slice(0, 300),
    organizationId: context.organizationId,
    feedUrl: context.feedUrl,
    name: values.name.trim(),
    ...(email && { email }),
    ...(phone && { phone }),
    message: values.message.trim(),
    availability: values.availability.trim(),
    consent: true,
    sentAt: now.toISOString(),
    lang: context.lang,
  };
}
