import { ORGANIZATION_TYPES, SECTORS } from '../types.js';
import type { Organization } from '../types.js';
import type { Draft, ParseContext } from './context.js';
import { readFields } from './field-table.js';
import type { FieldReaders } from './field-table.js';
import { choiceField, codeField, readEmail, readId, readOptionalId, readPhone, readUrl } from './fields.js';
import { LIMITS } from './input.js';
import type { JsonObject } from './input.js';
import { termsField } from './lists.js';
import { readText, textField } from './text-fields.js';
import { readSources } from './parts.js';

const FIELDS: FieldReaders<Organization> = {
  type: choiceField(ORGANIZATION_TYPES),
  sectors: termsField(SECTORS),
  description: textField(LIMITS.description),
  url: readUrl,
  email: readEmail,
  phone: readPhone,
  logo: readUrl,
  placeId: readOptionalId,
  rna: codeField(/^W\d{9}$/, 'rna'),
  siren: codeField(/^\d{9}$/, 'siren'),
  privacyUrl: readUrl,
  sources: readSources,
};

export function parseOrganization(ctx: ParseContext, input: JsonObject, path: string): Draft<Organization> | null {
  const id = readId(ctx, input, 'id', path, 'required');
  const name = readText(ctx, input, 'name', path, LIMITS.title, 'required');
  if (id === undefined || name === undefined) return null;
  return readFields<Draft<Organization>>(ctx, input, path, { id, name }, FIELDS);
}
