import { safeEmail, safePhone } from '@maillage/feed';
import type { VolunteersMessageKey } from '../i18n/messages.js';
import type { SignupValues } from './payload.js';

export const SIGNUP_FIELDS = ['name', 'contact', 'email', 'phone', 'consent'] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
export type SignupErrors = Partial<Record<SignupField, VolunteersMessageKey>>;

/** Longest texts accepted, the same as the payload's schema. */
export const MAX_LENGTH = { name: 200, email: 254, phone: 30, message: 4000, availability: 500 } as const;

/** What is wrong with the form, field by field, in the order the fields come. */
export function validateSignup(values: SignupValues): SignupErrors {
  const errors: SignupErrors = {};
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!values.name.trim()) errors.name = 'signup.error.name';
  if (!email && !phone) errors.contact = 'signup.error.contact';
  if (email && safeEmail(email) === null) errors.email = 'signup.error.email';
  if (phone && safePhone(phone) === null) errors.phone = 'signup.error.phone';
  if (!values.consent) errors.consent = 'signup.error.consent';
  return errors;
}
