// Runs the maillage command as a child process on the adapters' fixtures. Needs the built feed package
// (`npx tsc -b packages/feed` or `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/maillage.mjs', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../../feed/test/fixtures/adapters/${name}`, import.meta.url));
const feedFixture = (name) => fileURLToPath(new URL(`../../feed/test/fixtures/${name}`, import.meta.url));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const temp = mkdtempSync(join(tmpdir(), 'maillage-cli-'));

const noStack = (result) => assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at .+:\d+:\d+/);

test('validate: a valid feed exits 0', () => {
  const result = run('validate', feedFixture('complete.feed.json'));
  noStack(result);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('validate: CSV problems carry file, row and column, in French then English', () => {
  const fr = run('validate', fixture('evenements.csv'));
  assert.equal(fr.status, 1);
  assert.match(fr.stdout, /evenements\.csv, ligne 5, colonne 3 : « le 32 mars » n’est pas une date lisible/);
  const en = run('validate', fixture('evenements.csv'), '--lang', 'en');
  assert.match(en.stdout, /evenements\.csv, row 5, column 3: "le 32 mars" is not a readable date/);
});

test('validate --json gives the problems to machines', () => {
  const result = run('validate', fixture('openagenda-events.json'), '--json');
  const report = JSON.parse(result.stdout);
  assert.equal(report.format, 'openagenda');
  assert.equal(report.valid, false);
  assert.ok(report.problems.some((problem) => problem.path === 'events[2]' && problem.message.en.includes('no dates')));
});

test('convert: each source format gives a feed that validates', () => {
  const cases = [
    ['openagenda', 'openagenda-events.json', 13],
    ['ics', 'saint-exemple.ics', 14],
    ['jsonld', 'velo-poitou.html', 3],
    ['mobilizon', 'mobilizon-events.json', 2],
  ];
  for (const [from, file, events] of cases) {
    const result = run('convert', '--from', from, fixture(file));
    noStack(result);
    assert.equal(result.status, 0, `${from}: ${result.stderr}`);
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.maillage, '1');
    assert.equal(feed.events.length, events, from);
    const out = join(temp, `${from}.json`);
    writeFileSync(out, result.stdout);
    assert.equal(run('validate', out).status, 0, from);
  }
  const missions = JSON.parse(run('convert', '--from', 'api-engagement', fixture('api-engagement-missions.json')).stdout);
  assert.equal(missions.missions.length, 2);
});

test('convert --from csv reads several files, Windows-1252 included', () => {
  const places = join(temp, 'lieux.csv');
  writeFileSync(places, Buffer.from('id;nom;commune\nsalle-fetes;Salle des f\xeates;Poitiers\n', 'latin1'));
  const result = run('convert', '--from', 'csv', fixture('evenements.csv'), places);
  assert.equal(result.status, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.places.find((place) => place.id === 'salle-fetes').name, 'Salle des fêtes');
  assert.match(result.stderr, /Lecture de .*evenements\.csv \(1\/2\)/);
});

test('merge gathers feeds with their sources', () => {
  const a = join(temp, 'a.json');
  const b = join(temp, 'b.json');
  writeFileSync(a, run('convert', '--from', 'openagenda', fixture('openagenda-events.json')).stdout);
  writeFileSync(b, run('convert', '--from', 'jsonld', fixture('velo-poitou.html')).stdout);
  const result = run('merge', a, b);
  assert.equal(result.status, 0, result.stderr);
  const merged = JSON.parse(result.stdout);
  assert.equal(merged.events.length, 16);
  assert.deepEqual(merged.sources.map((source) => source.url), [a, b]);
  const broken = join(temp, 'broken.json');
  writeFileSync(broken, '{"maillage": "1", ');
  const partial = run('merge', a, broken);
  assert.equal(partial.status, 1);
  assert.equal(JSON.parse(partial.stdout).events.length, 13);
});

test('export writes ics, jsonld, geojson and rss', () => {
  const feed = join(temp, 'ics-feed.json');
  writeFileSync(feed, run('convert', '--from', 'ics', fixture('saint-exemple.ics')).stdout);
  const ics = run('export', '--to', 'ics', feed);
  assert.equal(ics.status, 0, ics.stderr);
  assert.match(ics.stdout, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics.stdout, /RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6/);
  assert.equal(JSON.parse(run('export', '--to', 'jsonld', feed).stdout)['@context'], 'https://schema.org');
  assert.equal(JSON.parse(run('export', '--to', 'geojson', feed).stdout).type, 'FeatureCollection');
  assert.match(run('export', '--to', 'rss', feed).stdout, /<rss version="2.0">/);
});

test('user mistakes end in one sentence and exit 2 (1 for a broken feed), never a stack trace', () => {
  const cases = [
    [['frobnicate'], 2, /Commande inconnue/],
    [['validate'], 2, /au moins un fichier/],
    [['validate', '/no/such/file.json'], 2, /introuvable/],
    [['convert', '--from', 'excel', fixture('evenements.csv')], 2, /Format d’entrée inconnu/],
    [['export', '--to', 'pdf', feedFixture('complete.feed.json')], 2, /Format de sortie inconnu/],
    [['export', '--to', 'ics', fixture('velo-poitou.html')], 1, /n’est pas un flux Maillage/],
    [['validate', '--bogus', 'x'], 2, /Option inconnue/],
    [['validate', 'http://127.0.0.1:9/feed.json'], 2, /Impossible de lire/],
  ];
  for (const [args, status, pattern] of cases) {
    const result = run(...args);
    noStack(result);
    assert.equal(result.status, status, args.join(' '));
    assert.match(result.stderr + result.stdout, pattern, args.join(' '));
  }
});

test('the spreadsheet templates of docs/templates make a valid feed', () => {
  const templates = ['evenements', 'lieux', 'organisations', 'missions', 'cooperations'].map((name) =>
    fileURLToPath(new URL(`../../../docs/templates/${name}.csv`, import.meta.url)),
  );
  const result = run('validate', ...templates);
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /Le flux est valide/);
  const feed = JSON.parse(run('convert', '--from', 'csv', ...templates).stdout);
  assert.deepEqual(
    [feed.events.length, feed.places.length, feed.organizations.length, feed.missions.length, feed.cooperations.length],
    [2, 2, 2, 2, 1],
  );
});
