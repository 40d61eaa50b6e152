// Checks the JSON Schema of the feed format against what the project publishes: the demo feed, the valid test
// fixtures (`*.feed.json`) and the complete example of docs/feed-format.md. It also feeds the schema a few
// broken documents that it must reject, so a schema that accepts everything cannot pass.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDemoFeed } from './demo-feed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = 'packages/feed/schema/maillage-feed-1.schema.json';
const docsPath = 'docs/feed-format.md';
const EXAMPLE_MARKER = '<!-- complete-example -->';

// strictRequired is off because `place` and `inlinePlace` require fields that a shared $ref defines.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, schemaPath), 'utf8')));

let passed = 0;
let failed = 0;

function pass(label) {
  passed++;
  console.log(`ok  ${label}`);
}

function fail(label, details = []) {
  failed++;
  console.log(`FAIL ${label}`);
  for (const line of details) console.log(`     ${line}`);
}

function errorLines(errors) {
  // Capped: a wrong document can produce hundreds of anyOf branches.
  const lines = (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${paramsText(e.params)}`);
  return lines.length > 20 ? [...lines.slice(0, 20), `... ${lines.length - 20} more`] : lines;
}

function paramsText(params) {
  const value = params?.missingProperty ?? params?.allowedValues ?? params?.pattern ?? params?.format;
  return value === undefined ? '' : ` (${Array.isArray(value) ? value.join(', ') : value})`;
}

function expectValid(label, document) {
  if (validate(document)) pass(label);
  else fail(label, errorLines(validate.errors));
}

// (a) The demo feed, for a fixed day (including one across a year end) and for today.
for (const day of ['2027-03-01T10:00:00Z', '2026-12-31T22:30:00Z']) {
  expectValid(`demo feed (today = ${day.slice(0, 10)})`, makeDemoFeed(new Date(day)));
}
expectValid('demo feed (today)', makeDemoFeed());

// (b) Valid fixtures of every package; other files in the fixtures folders are meant to be wrong.
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'test', 'fixtures');
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.feed.json'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const label = relative(root, path);
    let document;
    try {
      document = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      fail(label, [`not JSON: ${error.message}`]);
      continue;
    }
    expectValid(label, document);
  }
}

// (c) The complete example of the documentation: the first json block after the marker.
{
  const label = `${docsPath} (complete example)`;
  const docs = existsSync(join(root, docsPath)) ? readFileSync(join(root, docsPath), 'utf8') : null;
  const markerAt = docs === null ? -1 : docs.indexOf(EXAMPLE_MARKER);
  const block = markerAt < 0 ? null : /```json\r?\n([\s\S]*?)\r?\n```/.exec(docs.slice(markerAt));
  if (docs === null) fail(label, ['file not found']);
  else if (block === null) fail(label, [`no \`\`\`json block after ${EXAMPLE_MARKER}`]);
  else {
    let example;
    try {
      example = JSON.parse(block[1]);
    } catch (error) {
      fail(label, [`not JSON: ${error.message}`]);
    }
    if (example !== undefined) expectValid(label, example);
  }
}

// (d) Broken documents, each a small valid feed with one fault; the schema must reject each one for that fault.
function baseFeed() {
  return {
    maillage: '1',
    title: 'Flux de test',
    organizations: [
      { id: 'a', name: 'Association A' },
      { id: 'b', name: 'Association B' },
    ],
    places: [{ id: 'p', name: 'Salle', geo: { lat: 45.1, lon: 0.5 } }],
    events: [{ id: 'e', title: 'Réunion', start: '2027-03-14T14:00', url: 'https://example.org/e' }],
    cooperations: [
      {
        id: 'c',
        title: 'Coopération',
        partners: [{ organizationId: 'a' }, { organizationId: 'b' }],
      },
    ],
  };
}

const brokenDocuments = [
  {
    label: 'an event without a title',
    breakIt: (feed) => delete feed.events[0].title,
    expect: (e) => e.instancePath === '/events/0' && e.params.missingProperty === 'title',
  },
  {
    label: 'a javascript: link',
    breakIt: (feed) => (feed.events[0].url = 'javascript:alert(1)'),
    expect: (e) => e.instancePath === '/events/0/url',
  },
  {
    label: 'a latitude of 120',
    breakIt: (feed) => (feed.places[0].geo.lat = 120),
    expect: (e) => e.instancePath === '/places/0/geo/lat',
  },
  {
    label: 'a cooperation with one partner',
    breakIt: (feed) => feed.cooperations[0].partners.pop(),
    expect: (e) => e.instancePath === '/cooperations/0/partners' && e.keyword === 'minItems',
  },
  {
    label: 'a date-time with a time but no date',
    breakIt: (feed) => (feed.events[0].start = '14:00'),
    expect: (e) => e.instancePath === '/events/0/start',
  },
  {
    label: 'a feed of another version',
    breakIt: (feed) => (feed.maillage = 2),
    expect: (e) => e.instancePath === '/maillage',
  },
];

expectValid('known-good base of the broken documents', baseFeed());
for (const { label, breakIt, expect } of brokenDocuments) {
  const feed = baseFeed();
  breakIt(feed);
  const name = `rejects ${label}`;
  if (validate(feed)) fail(name, ['the schema accepted it']);
  else if (validate.errors.some(expect)) pass(name);
  else fail(name, ['rejected, but not for the expected reason:', ...errorLines(validate.errors)]);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
