// The payload the widget builds (its fields as documented in packages/volunteers/README.md) against the schema
// file, through the same validator the receiver uses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCHEMA, validateSignup } from '../validate.mjs';

const example = {
  version: 1,
  missionId: 'mis-buvette-rugby',
  missionTitle: 'Tenir la buvette et l’accueil des matchs',
  organizationId: 'org-usal-rugby',
  feedUrl: 'https://saint-aubin-de-lisle.example/vie-associative.json',
  name: 'Camille Martin',
  email: 'camille.martin@example.org',
  phone: '06 12 34 56 78',
  message: 'Je peux venir avec un ami.',
  availability: 'Un dimanche sur deux',
  consent: true,
  sentAt: '2027-03-13T09:41:07.512Z',
  lang: 'fr',
};

describe('signup-1.schema.json', () => {
  it('is a 2020-12 schema that lists exactly the documented fields', () => {
    assert.equal(SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(Object.keys(SCHEMA.properties).sort(), [...Object.keys(example), 'website'].sort());
    assert.deepEqual(SCHEMA.required.sort(), ['availability', 'consent', 'feedUrl', 'message', 'missionId', 'name', 'sentAt', 'version']);
  });

  it('accepts the documented example, with email or phone alone, and accented addresses', () => {
    assert.equal(validateSignup(example), null);
    const { phone: _p, ...emailOnly } = example;
    const { email: _e, ...phoneOnly } = example;
    assert.equal(validateSignup(emailOnly), null);
    assert.equal(validateSignup(phoneOnly), null);
    assert.equal(validateSignup({ ...example, email: 'élodie@médiathèque.fr' }), null);
    assert.equal(validateSignup({ ...example, message: '', availability: '' }), null);
  });

  it('refuses neither email nor phone, no consent, another version, unknown fields and control-character emails', () => {
    const { phone: _p, email: _e, ...noContact } = example;
    for (const payload of [
      noContact,
      { ...example, consent: false },
      { ...example, version: '1' },
      { ...example, admin: true },
      { ...example, email: 'a\u0000b@example.org' },
      { ...example, phone: '12' },
      { ...example, name: '   ' },
      { ...example, lang: 'de' },
    ]) {
      assert.notEqual(validateSignup(payload), null, JSON.stringify(payload).slice(0, 120));
    }
  });
});
