import { linkFor } from '@maillage/feed';
import type { VolunteersTranslator } from '../i18n/translator.js';
import type { SignupValues } from './payload.js';

export interface MailContext {
  readonly t: VolunteersTranslator;
  readonly missionTitle: string;
  readonly organizationName: string;
  /** Where the volunteer saw the mission (the page's address). */
  readonly pageUrl: string;
}

/** The sign-up as plain text: the body of the email, and what "copy" puts on the clipboard. */
export function signupText(context: MailContext, values: SignupValues): string {
  const { t } = context;
  const field = (label: string, value: string) => (value.trim() ? [t('mail.field', { label, value: value.trim() })] : []);
  const message = values.message.trim();
  return [
    t('mail.greeting'),
    '',
    t('mail.intro', { mission: context.missionTitle, organization: context.organizationName }),
    '',
    ...field(t('mail.name'), values.name),
    ...field(t('mail.email'), values.email),
    ...field(t('mail.phone'), values.phone),
    ...field(t('mail.availability'), values.availability),
    ...(message ? ['', t('mail.field', { label: t('mail.message'), value: '' }).trim(), message] : []),
    '',
    ...(values.consent ? [t('signup.consent', { organization: context.organizationName }), ''] : []),
    ...(context.pageUrl ? [t('mail.source', { url: context.pageUrl })] : []),
  ].join('\n');
}

/**
 * A `mailto:` link with the subject and body filled in, or null when the address is not one. Line breaks
 * are written CRLF, as RFC 6068 asks; every character is encoded, so nothing typed can add a header.
 */
export function mailtoHref(address: string, subject: string, body: string): string | null {
  const base = linkFor('email', address);
  if (base === null) return null;
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `${base}?subject=${encode(subject)}&body=${encode(body)}`;
}
