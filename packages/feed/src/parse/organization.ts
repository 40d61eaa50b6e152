import type { Organization, OrganizationType } from '../types.js';
import { put } from './context.js';
import type { Draft, ParseContext } from './context.js';
import { readChoice, readCode, readEmail, readId, readPhone, readUrl } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { readTerms } from './lists.js';
import { readText } from './text-fields.js';
import { readSources } from './parts.js';

const RNA = /^W\d{9}$/;
const SIREN = /^\d{9}$/;

export function parseOrganization(ctx: ParseContext, input: JsonObject, path: string): Draft<Organization> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const name = readText(ctx, input, 'name', path, LIMITS.title, 'required');
  if (id === undefined || name === undefined) return null;
  const organization: Draft<Organization> = { id, name };
  put(organization, 'type', readChoice<OrganizationType>(ctx, input, 'type', path, 'organizationTypes'));
  put(organization, 'sectors', readTerms(ctx, input, 'sectors', path, 'sectors'));
  put(organization, 'description', readText(ctx, input, 'description', path, LIMITS.description));
  put(organization, 'url', readUrl(ctx, input, 'url', path));
  put(organization, 'email', readEmail(ctx, input, 'email', path));
  put(organization, 'phone', readPhone(ctx, input, 'phone', path));
  put(organization, 'logo', readUrl(ctx, input, 'logo', path));
  put(organization, 'placeId', readId(ctx, input, 'placeId', path, 'optional'));
  put(organization, 'rna', readCode(ctx, input, 'rna', path, RNA, 'rna'));
  put(organization, 'siren', readCode(ctx, input, 'siren', path, SIREN, 'siren'));
  put(organization, 'privacyUrl', readUrl(ctx, input, 'privacyUrl', path));
  put(organization, 'sources', readSources(ctx, input, path));
  return organization;
}
