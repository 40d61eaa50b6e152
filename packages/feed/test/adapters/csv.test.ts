import { expect } from '@open-wc/testing';
import { csvToFeed, csvFilesToFeed, readCsv } from '../../src/adapters/index.js';
import { byId, fixtureBytes, fixtureText, parsed } from './helpers.js';

// As Excel saves it on a French Windows (the dev server would re-encode a fixture file as UTF-8).
const LIEUX =
  'id,nom,rue,code postal,commune,latitude,longitude,accessibilité\r\n' +
  'salle-fetes,Salle des fêtes,"2 rue du Lavoir",86000,Poitiers,"46,58","0,34",moteur\r\n' +
  'stade,Stade Léo-Lagrange,avenue des Sports,86000,Poitiers,46.57,abc,\r\n';
const windows1252 = (text: string): Uint8Array =>
  new Uint8Array([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));

describe('readCsv', () => {
  it('finds the delimiter, reads quoted fields with line breaks and doubled quotes, and counts lines', () => {
    const table = readCsv('a;b\r\n"x;1";"dit ""oui""\nsur deux lignes"\r\nz;w\r\n');
    expect(table.delimiter).to.equal(';');
    expect(table.records.map((record) => record.row)).to.deep.equal([2, 4]);
    expect(table.records[0]!.cells).to.deep.equal(['x;1', 'dit "oui"\nsur deux lignes']);
    expect(readCsv('a,b\n1,2').delimiter).to.equal(',');
    expect(readCsv('a;b\n"open').unclosedQuoteRow).to.equal(2);
  });

  it('decodes UTF-8 with a BOM and falls back to Windows-1252 on invalid UTF-8', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('nom\nFête')]);
    expect(readCsv(utf8)).to.include({ encoding: 'utf-8' });
    expect(readCsv(utf8).header).to.deep.equal(['nom']);
    const cp1252 = new Uint8Array([0x6e, 0x6f, 0x6d, 0x0a, 0x46, 0xea, 0x74, 0x65, 0x20, 0x80]);
    const table = readCsv(cp1252);
    expect(table.encoding).to.equal('windows-1252');
    expect(table.records[0]!.cells).to.deep.equal(['Fête €']);
  });
});

describe('csvToFeed', () => {
  it('reads the events template with a BOM and semicolons, reporting each problem by row and column', async () => {
    const result = csvToFeed(await fixtureBytes('evenements.csv'), { fileName: 'evenements.csv' });
    const feed = parsed(result);
    const loto = byId(feed.events, 'loto-2027');
    expect(loto.start).to.equal('2027-03-14T14:00:00');
    expect(loto.description).to.equal('Nombreux lots : un "grand" panier garni,\nun vélo, des bons d\'achat.');
    expect(loto.sectors).to.deep.equal(['sport']);
    expect(loto.audience).to.deep.equal(['familles']);
    expect(loto.accessibility).to.deep.equal(['motor', 'sign-language']);
    expect(loto.price).to.deep.equal({ free: false, text: '2 € le carton' });
    expect(loto.status).to.equal('scheduled');

    const club = byId(feed.events, 'club-lecture-2027-03-17');
    expect(club.rrule).to.equal('FREQ=WEEKLY;BYDAY=WE;COUNT=10');
    expect(club.exdates).to.deep.equal(['2027-03-24']);
    // A place and an organisation named in a cell, defined nowhere else, are created.
    expect(byId(feed.places, club.placeId!).name).to.equal('Médiathèque');
    expect(byId(feed.organizations, club.organizers![0]!).name).to.equal('Médiathèque de Saint-Exemple');

    const located = result.problems.map((problem) => [problem.file, problem.row, problem.column, problem.severity]);
    expect(located).to.deep.include(['evenements.csv', 5, 3, 'error']);
    expect(located).to.deep.include(['evenements.csv', 6, 2, 'error']);
    expect(result.origins['events[0].start']).to.deep.equal({ file: 'evenements.csv', row: 2, column: 3 });
  });

  it('reads a Windows-1252 places file with decimal commas and joins several files', async () => {
    const result = csvFilesToFeed([
      { name: 'evenements.csv', content: await fixtureText('evenements.csv') },
      { name: 'lieux.csv', content: windows1252(LIEUX) },
    ]);
    const feed = parsed(result);
    const salle = byId(feed.places, 'salle-fetes');
    expect(salle.name).to.equal('Salle des fêtes');
    expect(salle.geo).to.deep.equal({ lat: 46.58, lon: 0.34 });
    expect(salle.accessibility).to.deep.equal(['motor']);
    expect(byId(feed.places, 'stade').name).to.equal('Stade Léo-Lagrange');
    expect(byId(feed.events, 'loto-2027').placeId).to.equal('salle-fetes');
    const longitude = result.problems.find((problem) => problem.file === 'lieux.csv');
    expect(longitude).to.deep.include({ row: 3, column: 7, severity: 'error' });
    expect(longitude!.message.fr).to.include('abc');
  });

  it('reads missions, organisations and cooperations', () => {
    const feed = parsed(
      csvFilesToFeed([
        { name: 'organisations.csv', content: 'id,nom,type,rna\nclub,Club de rugby,association,W863000001\nmedia,Médiathèque,bibliotheque,' },
        { name: 'missions.csv', content: 'titre;organisation;type;places;débutants;distance\nBuvette du match;club;ponctuelle;3;oui;non' },
        { name: 'cooperations.csv', content: 'titre;partenaires\nLire au stade;"club : accueille | media : prête les livres"' },
      ]),
    );
    expect(feed.missions[0]).to.deep.include({ organizationId: 'club', type: 'one-off', beginnerFriendly: true, remote: 'no' });
    expect(feed.missions[0]!.spots).to.deep.equal({ total: 3 });
    expect(feed.cooperations[0]!.partners).to.deep.equal([
      { organizationId: 'club', role: 'accueille' },
      { organizationId: 'media', role: 'prête les livres' },
    ]);
  });

  it('says which file it does not recognise and which required column is missing', () => {
    const unknown = csvToFeed('a;b\n1;2', { fileName: 'truc.csv' });
    expect(unknown.problems[0]!.message.fr).to.include('truc.csv');
    const missing = csvToFeed('titre;fin\nFête;14/03/2027', { kind: 'events' });
    expect(missing.problems.some((problem) => problem.message.en.includes('"debut" is missing'))).to.equal(true);
  });
});
