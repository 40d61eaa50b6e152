// Payloads checked against the widget's own JSON Schema, so that the receiver and the widget cannot drift.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = resolve(HERE, '../../packages/volunteers/schema/signup-1.schema.json');
export const SCHEMA = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, unicodeRegExp: true });
const check = ajv.compile(SCHEMA);

/** Null for a valid version 1 payload, else the list of what is wrong (`/email: must match pattern`). */
export function validateSignup(payload) {
  if (check(payload)) return null;
  return (check.errors ?? []).slice(0, 20).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`);
}
