// The demo feed: a fictional commune of Dordogne, Saint-Aubin-de-Lisle, with its associations, places,
// events, calls for volunteers and cooperations. Dates are computed from "today" so the demo always shows a
// full agenda; tests use fixed-date fixtures instead.
//
//   node scripts/demo-feed.mjs [--out path]   writes demo/feed/demo.json (or path)
//   import { makeDemoFeed } from './demo-feed.mjs'
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ZONE = 'Europe/Paris';
const DAY_MS = 86_400_000;
const SITE = 'https://saint-aubin-de-lisle.example';
const SIGNUP = { endpoint: 'http://localhost:8787/api/signups' };

const [SU, MO, TU, WE, TH, FR, SA] = [0, 1, 2, 3, 4, 5, 6];

/** Days since 1970-01-01 of the calendar date in Paris at `instant`, whatever the machine's zone. */
function parisDayNumber(instant) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

// Day numbers are handled as UTC dates: calendar arithmetic with no zone involved.
const utc = (day) => new Date(day * DAY_MS);
const weekdayOf = (day) => utc(day).getUTCDay();
const dateText = (day) => utc(day).toISOString().slice(0, 10);
const at = (day, time) => `${dateText(day)}T${time}`;
/** `UNTIL` value in RFC 5545 date form. */
const untilText = (day) => dateText(day).replaceAll('-', '');

const t = (fr, en) => ({ fr, en });

/** The builders of dates after `today` (a day number): nothing in the demo is already over. */
function calendar(today) {
  /** The first `weekday` after today, plus `weeks` weeks. */
  const on = (weekday, weeks = 0) => {
    let day = today + 1;
    while (weekdayOf(day) !== weekday) day++;
    return day + 7 * weeks;
  };
  /** The first day after today that is the `nth` such weekday of its month (as `BYDAY=2SA` counts). */
  const nthOfMonth = (weekday, nth) => {
    let day = today + 1;
    while (weekdayOf(day) !== weekday || Math.ceil(utc(day).getUTCDate() / 7) !== nth) day++;
    return day;
  };
  return { on, nthOfMonth };
}

function organizations() {
  const org = (id, name, type, sectors, rest = {}) => ({ id, name, type, sectors, ...rest });
  return [
    org('org-mairie', 'Mairie de Saint-Aubin-de-Lisle', 'collectivite', ['citoyennete'], {
      description:
        'La commune accompagne la vie associative : prêt de salles et de matériel, forum des associations, ' +
        'bulletin municipal et ce flux Maillage.',
      url: `${SITE}/`,
      email: 'vie-associative@saint-aubin-de-lisle.example',
      phone: '05 36 49 10 00',
      placeId: 'place-mairie',
      siren: '212404172',
      privacyUrl: `${SITE}/donnees-personnelles`,
      logo: `${SITE}/images/logo-mairie.png`,
    }),
    org('org-usal-rugby', 'Union sportive Saint-Aubin-de-Lisle rugby (USAL)', 'association', ['sport', 'jeunesse'], {
      description: 'Club de rugby fondé en 1921 : équipe première, équipe réserve et école de rugby dès 6 ans.',
      url: 'https://usal-rugby.example/',
      email: 'contact@usal-rugby.example',
      placeId: 'place-stade',
      rna: 'W243000412',
      privacyUrl: 'https://usal-rugby.example/confidentialite',
    }),
    org('org-fc-isle', 'Football club de l’Isle', 'association', ['sport', 'jeunesse'], {
      description: 'Football à 11 et à 8, section féminine, foot en marchant pour les plus de 50 ans.',
      email: 'fc-isle@asso.example',
      placeId: 'place-stade',
      rna: 'W243000977',
    }),
    org('org-mediatheque', 'Médiathèque Jeanne-Barret (réseau des bibliothèques Isle et Crempse)', 'bibliotheque',
      ['culture', 'education', 'numerique'], {
        description:
          'La médiathèque de la commune, tête du réseau intercommunal de six bibliothèques : prêt de livres, ' +
          'jeux, DVD et liseuses, accueil des classes, ateliers numériques. Elle sort volontiers de ses murs.',
        url: 'https://bibliotheques-isle-crempse.example/saint-aubin',
        email: 'mediatheque@saint-aubin-de-lisle.example',
        phone: '05 36 49 10 20',
        placeId: 'place-mediatheque',
      }),
    org('org-epicerie', 'Épicerie solidaire Le Panier de l’Isle', 'association', ['solidarite'], {
      description:
        'Des produits à 10 à 30 % de leur prix pour les foyers orientés par le centre social ou les travailleurs ' +
        'sociaux du Département, et un lieu d’accueil ouvert à tous.',
      email: 'panier-isle@asso.example',
      phone: '05 36 49 10 31',
      placeId: 'place-epicerie',
      rna: 'W243004518',
      privacyUrl: 'https://panier-isle.example/confidentialite',
    }),
    org('org-centre-social', 'Centre social et culturel La Passerelle', 'centre-social',
      ['solidarite', 'jeunesse', 'citoyennete'], {
        description:
          'Accueil de loisirs, accompagnement des familles, permanences numériques et animation du comptoir ' +
          'des bénévoles.',
        url: 'https://lapasserelle-isle.example/',
        email: 'accueil@lapasserelle-isle.example',
        phone: '05 36 49 10 40',
        placeId: 'place-centre-social',
        rna: 'W243001289',
        privacyUrl: 'https://lapasserelle-isle.example/donnees',
      }),
    org('org-fabrique', 'La Fabrique du Moulin', 'tiers-lieu', ['economie', 'culture', 'environnement'], {
      description:
        'Tiers-lieu installé dans l’ancien moulin : café associatif, atelier partagé, espace de travail, ' +
        'concerts et café-rencontres.',
      url: 'https://fabrique-du-moulin.example/',
      email: 'bonjour@fabrique-du-moulin.example',
      placeId: 'place-fabrique',
      rna: 'W243005102',
      logo: 'https://fabrique-du-moulin.example/logo.svg',
    }),
    org('org-comite-fetes', 'Comité des fêtes de Saint-Aubin', 'association', ['loisirs', 'culture'], {
      email: 'comite.fetes.saintaubin@asso.example',
      rna: 'W243000188',
    }),
    org('org-harmonie', 'Harmonie et école de musique Saint-Aubinoise', 'association', ['culture', 'education'], {
      description: 'Quarante musiciens amateurs et une école de musique de 90 élèves.',
      url: 'https://harmonie-saint-aubin.example/',
      rna: 'W243000350',
    }),
    org('org-treteaux', 'Compagnie Les Tréteaux du Périgord', 'association', ['culture'], {
      description: 'Troupe de théâtre amateur ; ateliers pour adultes et intervention au collège.',
      email: 'treteaux.perigord@asso.example',
      rna: 'W243003377',
    }),
    org('org-college', 'Collège du Val de l’Isle', 'etablissement-scolaire', ['education', 'jeunesse'], {
      description: '420 élèves de la 6e à la 3e ; projets d’éco-délégués et atelier théâtre.',
      url: 'https://college-val-isle.example/',
      placeId: 'place-college',
    }),
    org('org-boulangerie', 'Boulangerie Le Fournil de la Halle', 'commerce', ['economie'], {
      description: 'Boulangerie-pâtisserie de la place de la Halle ; fournit les viennoiseries des café-rencontres.',
      phone: '05 36 49 10 55',
      placeId: 'place-halle',
    }),
    org('org-menuiserie', 'Menuiserie Delpech et fils', 'entreprise', ['economie'], {
      description: 'Menuiserie et agencement, douze salariés ; prête ses outils et ses compagnons au repair café.',
      url: 'https://menuiserie-delpech.example/',
      siren: '412345670',
    }),
    org('org-ge', 'Groupement d’employeurs Sport et Culture en Périgord', 'association', ['economie', 'sport', 'culture'], {
      description:
        'Association qui embauche des salariés et les met à disposition de plusieurs associations adhérentes : ' +
        'chacune a la personne qu’il lui faut, la personne a un seul contrat à temps plein.',
      url: 'https://ge-sport-culture-24.example/',
      email: 'contact@ge-sport-culture-24.example',
      rna: 'W243006640',
    }),
    org('org-repair-cafe', 'Repair café de l’Isle', 'association', ['environnement', 'solidarite'], {
      description: 'On répare ensemble plutôt que de jeter : petit électroménager, vêtements, vélos, meubles.',
      email: 'repair-isle@asso.example',
      placeId: 'place-fabrique',
      rna: 'W243005836',
    }),
    org('org-aines', 'Club des aînés Les Amis de Saint-Aubin', 'association', ['loisirs', 'solidarite'], {
      phone: '05 36 49 10 62',
      rna: 'W243000233',
    }),
    org('org-aide-domicile', 'Solidarités Isle-Crempse, aide et visites à domicile', 'association',
      ['sante', 'solidarite'], {
        description: 'Aide à domicile et réseau de visiteurs bénévoles auprès des personnes âgées isolées.',
        url: 'https://solidarites-isle-crempse.example/',
        email: 'visites@solidarites-isle-crempse.example',
        phone: '05 36 49 10 70',
        rna: 'W243002914',
        privacyUrl: 'https://solidarites-isle-crempse.example/vie-privee',
      }),
    org('org-randonneurs', 'Les Randonneurs de l’Isle', 'association', ['sport', 'environnement'], {
      description: 'Randonnées tous niveaux, entretien des sentiers et nettoyage des berges.',
      email: 'randonneurs-isle@asso.example',
      rna: 'W243004021',
    }),
    org('org-donneurs-sang', 'Amicale des donneurs de sang bénévoles de l’Isle', 'association', ['sante'], {
      email: 'dons-isle@asso.example',
      rna: 'W243001765',
    }),
  ];
}

function places() {
  const commune = { postalCode: '24430', locality: 'Saint-Aubin-de-Lisle', inseeCode: '24417' };
  const place = (id, name, street, lat, lon, accessibility, rest = {}) => ({
    id,
    name,
    address: { street, ...commune },
    geo: { lat, lon },
    accessibility,
    ...rest,
  });
  return [
    place('place-mairie', 'Mairie', '1 place de la République', 45.1052, 0.5561, ['motor', 'hearing-loop'],
      { url: `${SITE}/mairie` }),
    place('place-halle', 'Halle du marché', 'place de la Halle', 45.1047, 0.5572, ['motor']),
    place('place-eglise', 'Église Saint-Aubin', 'place de l’Église', 45.1058, 0.5549, []),
    place('place-mediatheque', 'Médiathèque Jeanne-Barret', '4 rue des Écoles', 45.1062, 0.5584,
      ['motor', 'hearing-loop', 'easy-read']),
    place('place-epicerie', 'Épicerie solidaire Le Panier de l’Isle', '12 rue Gambetta', 45.1039, 0.5593, ['motor']),
    place('place-centre-social', 'Centre social La Passerelle', '8 allée des Tilleuls', 45.1026, 0.5546,
      ['motor', 'hearing-loop']),
    place('place-fabrique', 'La Fabrique du Moulin', '3 chemin du Moulin-de-Lisle', 45.0996, 0.5622, ['motor'],
      { url: 'https://fabrique-du-moulin.example/venir' }),
    place('place-salle-fetes', 'Salle des fêtes', 'place du Foirail', 45.1069, 0.5529, ['motor', 'hearing-loop']),
    place('place-college', 'Collège du Val de l’Isle', '22 route de Mussidan', 45.1094, 0.5498, ['motor']),
    place('place-stade', 'Stade municipal Jean-Lafon', 'avenue des Sports', 45.1106, 0.5611, ['motor']),
    place('place-gymnase', 'Gymnase intercommunal', 'rue Pierre-de-Coubertin', 45.1114, 0.5587, ['motor']),
    place('place-voie-verte', 'Base de loisirs du Pas de l’Isle', 'parking de la voie verte, route du Pas', 45.0984,
      0.5497, []),
  ];
}

function events({ on, nthOfMonth }, today) {
  const free = { free: true };
  const paid = (text) => ({ free: false, text });
  const image = (file, alt) => ({ url: `${SITE}/images/${file}`, alt });

  const cafeDay = on(TH);
  const epicerieDay = on(WE);
  const multisportDay = on(MO, 7);
  const balDay = on(SA, 10);

  // Home matches with something from the library or the music school at half-time.
  const halfTime = (team, home, away, day, time, guests, extra = {}) => ({
    title: t(`${team === 'rugby' ? 'Rugby' : 'Football'} : ${home} – ${away}`, `${team === 'rugby' ? 'Rugby' : 'Football'}: ${home} v ${away}`),
    start: at(day, time),
    end: at(day, `${String(Number(time.slice(0, 2)) + 2).padStart(2, '0')}:00`),
    placeId: 'place-stade',
    sectors: guests.length > 0 ? ['sport', 'culture'] : ['sport'],
    audience: ['tout-public', 'familles'],
    tags: [team, 'match à domicile'],
    accessibility: ['motor'],
    ...extra,
  });

  return [
    // Recurring.
    {
      id: 'ev-cafe-rencontre',
      title: t('Café-rencontre à la Fabrique', 'Drop-in coffee morning at the Fabrique'),
      start: at(cafeDay, '14:00'),
      end: at(cafeDay, '16:30'),
      rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=12',
      // The tiers-lieu hosts a wedding that week.
      exdates: [at(cafeDay + 28, '14:00')],
      summary:
        'Un café, des viennoiseries du Fournil et des voisins : on vient seul ou accompagné, on discute, ' +
        'on trouve un coup de main ou une activité.',
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-centre-social', 'org-boulangerie'],
      sectors: ['solidarite', 'citoyennete'],
      audience: ['tout-public', 'seniors'],
      price: free,
      accessibility: ['motor'],
      image: image('cafe-rencontre.jpg', 'Une dizaine de personnes autour d’une grande table de bois, tasses à la main'),
      missionIds: ['mis-cafe-animation'],
      cooperationIds: ['coop-cafe-rencontres'],
    },
    {
      id: 'ev-epicerie-ouverture',
      title: t('Ouverture de l’épicerie solidaire', 'Solidarity grocery opening hours'),
      start: at(epicerieDay, '14:00'),
      end: at(epicerieDay, '18:00'),
      rrule: `FREQ=WEEKLY;BYDAY=WE;UNTIL=${untilText(today + 90)}`,
      summary:
        'Courses à petits prix sur orientation du centre social ; l’espace café est ouvert à tous.',
      placeId: 'place-epicerie',
      organizers: ['org-epicerie'],
      sectors: ['solidarite'],
      audience: ['familles', 'adultes'],
      accessibility: ['motor'],
      missionIds: ['mis-epicerie-accueil'],
      cooperationIds: ['coop-biblio-epicerie'],
    },
    {
      id: 'ev-mediatheque-epicerie',
      title: t('La médiathèque s’invite à l’épicerie', 'The library drops in at the grocery'),
      start: at(nthOfMonth(WE, 1), '15:00'),
      end: at(nthOfMonth(WE, 1), '17:00'),
      rrule: 'FREQ=MONTHLY;BYDAY=1WE;COUNT=3',
      summary:
        'Le premier mercredi du mois, pendant l’ouverture de l’épicerie : livres et jeux à emprunter sur place, ' +
        'inscription gratuite au réseau des bibliothèques, lectures pour les enfants.',
      placeId: 'place-epicerie',
      organizers: ['org-mediatheque', 'org-epicerie'],
      sectors: ['culture', 'solidarite'],
      audience: ['familles', 'enfants', 'adultes'],
      price: free,
      cooperationIds: ['coop-biblio-epicerie'],
    },
    {
      id: 'ev-jeux-seniors',
      title: t('Après-midi jeux contre l’isolement', 'Games afternoon against loneliness'),
      start: at(on(FR), '14:00'),
      end: at(on(FR), '17:00'),
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=6',
      summary:
        'Belote, scrabble, jeux de mémoire et goûter. Le minibus du centre social passe chercher celles et ceux ' +
        'qui ne conduisent plus : appelez la veille.',
      placeId: 'place-centre-social',
      organizers: ['org-centre-social', 'org-aines', 'org-aide-domicile'],
      sectors: ['solidarite', 'loisirs', 'sante'],
      audience: ['seniors'],
      price: { free: true, text: 'Gratuit, goûter offert' },
      registration: { required: false, phone: '05 36 49 10 40' },
      accessibility: ['motor', 'hearing-loop'],
      missionIds: ['mis-transport-jeux'],
      cooperationIds: ['coop-isolement'],
    },
    {
      id: 'ev-repair-cafe',
      title: t('Repair café', 'Repair café'),
      start: at(nthOfMonth(SA, 3), '09:30'),
      end: at(nthOfMonth(SA, 3), '12:30'),
      rrule: 'FREQ=MONTHLY;BYDAY=3SA;COUNT=3',
      summary: 'Apportez un grille-pain, un vélo, une chaise ou un pantalon : on le répare ensemble.',
      placeId: 'place-fabrique',
      organizers: ['org-repair-cafe', 'org-fabrique', 'org-menuiserie'],
      sectors: ['environnement', 'economie'],
      audience: ['tout-public'],
      tags: ['réparation', 'zéro déchet'],
      price: { free: true, text: 'Gratuit, boîte à dons pour les pièces' },
      image: image('repair-cafe.jpg', 'Un bénévole répare une lampe sur l’établi de l’atelier'),
      missionIds: ['mis-repair-reparateur'],
    },
    {
      id: 'ev-heure-conte',
      title: 'L’heure du conte',
      start: at(on(SA), '10:30'),
      end: at(on(SA), '11:15'),
      rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=12',
      summary: 'Histoires, comptines et kamishibaï pour les petites oreilles.',
      placeId: 'place-mediatheque',
      organizers: ['org-mediatheque'],
      sectors: ['culture'],
      audience: ['enfants', 'familles'],
      age: { min: 3, max: 7 },
      price: free,
      accessibility: ['motor'],
    },
    {
      id: 'ev-permanence-numerique',
      title: t('Permanence numérique', 'Digital help desk'),
      start: at(on(MO), '14:00'),
      end: at(on(MO), '16:30'),
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=12',
      summary: 'Aide pour un courriel, un formulaire en ligne, un téléphone ou une tablette, sans rendez-vous.',
      placeId: 'place-centre-social',
      organizers: ['org-centre-social', 'org-mediatheque'],
      sectors: ['numerique', 'solidarite'],
      audience: ['adultes', 'seniors'],
      price: free,
      accessibility: ['motor', 'easy-read'],
      missionIds: ['mis-numerique'],
    },
    {
      id: 'ev-comptoir-benevoles',
      title: t('Comptoir des bénévoles', 'Volunteers’ counter'),
      start: at(nthOfMonth(SA, 2), '09:00'),
      end: at(nthOfMonth(SA, 2), '12:00'),
      rrule: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=3',
      summary:
        'Sous la halle, le matin du marché : les missions ponctuelles de toutes les associations de la commune, ' +
        'une heure ou une journée, pour essayer sans s’engager à l’année.',
      placeId: 'place-halle',
      organizers: ['org-centre-social', 'org-mairie', 'org-fabrique'],
      sectors: ['citoyennete', 'solidarite'],
      audience: ['tout-public'],
      price: free,
      cooperationIds: ['coop-comptoir'],
    },
    {
      id: 'ev-rando',
      title: t('Randonnée du dimanche matin', 'Sunday morning walk'),
      start: at(on(SU), '09:00'),
      end: at(on(SU), '12:00'),
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;COUNT=6',
      summary: 'Dix à douze kilomètres le long de l’Isle et sur les coteaux, au pas de chacun.',
      placeId: 'place-voie-verte',
      organizers: ['org-randonneurs'],
      sectors: ['sport', 'environnement'],
      audience: ['adultes', 'seniors'],
      price: { free: true, text: 'Gratuit, deux sorties d’essai avant l’adhésion' },
    },
    {
      id: 'ev-ecole-rugby',
      title: 'École de rugby : entraînement',
      start: at(on(WE), '14:00'),
      end: at(on(WE), '16:00'),
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=10',
      summary: 'Rugby sans plaquage pour les 6 – 12 ans ; séance d’essai gratuite.',
      placeId: 'place-stade',
      organizers: ['org-usal-rugby'],
      sectors: ['sport', 'jeunesse'],
      audience: ['enfants'],
      age: { min: 6, max: 12 },
      price: paid('Licence annuelle 60 €, séance d’essai gratuite'),
    },

    // Sports matches, some with culture at half-time.
    {
      id: 'ev-rugby-1',
      ...halfTime('rugby', 'USAL', 'US Neuvic', on(SU, 1), '15:00', ['org-mediatheque', 'org-harmonie'], {
        summary:
          'À la mi-temps, la banda de l’harmonie joue et la médiathèque ouvre son coin lecture en tribune ' +
          'pour les enfants.',
        image: image('rugby-mi-temps.jpg', 'La banda de l’harmonie joue au bord du terrain pendant la mi-temps'),
        missionIds: ['mis-lecture-mi-temps', 'mis-buvette-rugby'],
      }),
      organizers: ['org-usal-rugby', 'org-mediatheque', 'org-harmonie'],
      price: paid('5 €, gratuit pour les moins de 16 ans'),
      cooperationIds: ['coop-mi-temps'],
    },
    {
      id: 'ev-rugby-2',
      ...halfTime('rugby', 'USAL', 'SA Vergt', on(SU, 3), '15:00', ['org-mediatheque'], {
        summary: 'Coin lecture de la médiathèque en tribune à la mi-temps.',
        missionIds: ['mis-buvette-rugby'],
      }),
      organizers: ['org-usal-rugby', 'org-mediatheque'],
      price: paid('5 €, gratuit pour les moins de 16 ans'),
      cooperationIds: ['coop-mi-temps'],
    },
    {
      id: 'ev-rugby-3',
      ...halfTime('rugby', 'USAL', 'Stade mussidanais', on(SU, 6), '15:00', ['org-treteaux'], {
        summary: 'À la mi-temps, les Tréteaux du Périgord jouent une scène de dix minutes sur la pelouse.',
        missionIds: ['mis-buvette-rugby'],
      }),
      organizers: ['org-usal-rugby', 'org-treteaux', 'org-mediatheque'],
      price: paid('5 €, gratuit pour les moins de 16 ans'),
      cooperationIds: ['coop-mi-temps'],
    },
    {
      id: 'ev-rugby-4',
      ...halfTime('rugby', 'USAL', 'Entente Villamblard-Douville', on(SU, 9), '15:00', ['org-harmonie'], {
        summary: 'Dernier match à domicile de la phase : la banda de l’harmonie joue à la mi-temps.',
        missionIds: ['mis-buvette-rugby'],
      }),
      organizers: ['org-usal-rugby', 'org-harmonie'],
      price: paid('5 €, gratuit pour les moins de 16 ans'),
      cooperationIds: ['coop-mi-temps'],
    },
    {
      id: 'ev-foot-1',
      ...halfTime('football', 'FC de l’Isle', 'AS Saint-Astier', on(SA, 2), '18:00', []),
      organizers: ['org-fc-isle'],
      price: free,
    },
    {
      id: 'ev-foot-2',
      ...halfTime('football', 'FC de l’Isle', 'US Montpon', on(SA, 5), '18:00', ['org-mediatheque'], {
        summary: 'Coin lecture et jeux de la médiathèque à la mi-temps, au pied de la tribune.',
      }),
      organizers: ['org-fc-isle', 'org-mediatheque'],
      price: free,
      cooperationIds: ['coop-mi-temps'],
    },
    {
      id: 'ev-foot-3',
      ...halfTime('football', 'FC de l’Isle', 'Sarliac FC', on(SA, 8), '18:00', []),
      organizers: ['org-fc-isle'],
      price: free,
    },

    // Culture.
    {
      id: 'ev-concert-harmonie',
      title: t('Concert de l’harmonie Saint-Aubinoise', 'Saint-Aubin wind band concert'),
      start: at(on(SA, 4), '20:30'),
      end: at(on(SA, 4), '22:30'),
      summary: 'Musiques de films et pièces d’harmonie ; la recette va à l’épicerie solidaire.',
      placeId: 'place-eglise',
      organizers: ['org-harmonie', 'org-epicerie'],
      sectors: ['culture', 'solidarite'],
      audience: ['tout-public'],
      price: { free: true, text: 'Participation libre au profit de l’épicerie solidaire' },
    },
    {
      id: 'ev-audition-musique',
      title: 'Audition des élèves de l’école de musique',
      start: at(on(WE, 6), '18:30'),
      end: at(on(WE, 6), '20:00'),
      placeId: 'place-salle-fetes',
      organizers: ['org-harmonie'],
      sectors: ['culture', 'education'],
      audience: ['familles'],
      price: free,
      accessibility: ['motor', 'hearing-loop'],
    },
    {
      id: 'ev-concert-gabarriers',
      title: t('Concert : Les Gabarriers, chansons de rivière', 'Concert: Les Gabarriers, river songs'),
      start: at(on(FR, 3), '20:30'),
      end: at(on(FR, 3), '23:00'),
      summary: 'Chansons des bateliers de l’Isle et de la Dordogne, accordéon et vielle à roue.',
      placeId: 'place-fabrique',
      organizers: ['org-fabrique'],
      sectors: ['culture'],
      audience: ['tout-public'],
      price: paid('8 €, 5 € tarif réduit'),
      registration: { required: false, url: 'https://fabrique-du-moulin.example/billetterie' },
      url: 'https://fabrique-du-moulin.example/agenda/gabarriers',
    },
    {
      id: 'ev-theatre',
      title: t('Théâtre : « La Gabarre », comédie', 'Theatre: “La Gabarre”, a comedy'),
      start: at(on(SA, 7), '20:30'),
      end: at(on(SA, 7), '22:15'),
      summary: 'La nouvelle création des Tréteaux du Périgord : une gabarre, un héritage et trois cousins.',
      placeId: 'place-salle-fetes',
      organizers: ['org-treteaux', 'org-comite-fetes'],
      sectors: ['culture'],
      audience: ['tout-public'],
      price: paid('10 €, 6 € pour les moins de 18 ans'),
      registration: { required: true, phone: '05 36 49 10 88' },
      accessibility: ['motor', 'hearing-loop'],
    },
    {
      id: 'ev-theatre-college',
      title: 'Restitution de l’atelier théâtre du collège',
      start: at(on(TH, 10), '18:00'),
      end: at(on(TH, 10), '19:30'),
      placeId: 'place-college',
      organizers: ['org-college', 'org-treteaux'],
      sectors: ['culture', 'education', 'jeunesse'],
      audience: ['familles', 'jeunes'],
      price: free,
    },
    {
      id: 'ev-exposition',
      title: t('Exposition photo « L’Isle au fil de l’eau »', 'Photo exhibition “The Isle, downstream”'),
      start: at(today - 3, '10:00'),
      end: at(today + 11, '18:00'),
      summary: 'Quarante photos de la rivière prises par les Randonneurs de l’Isle en un an de sorties.',
      placeId: 'place-mediatheque',
      organizers: ['org-mediatheque', 'org-randonneurs'],
      sectors: ['culture', 'environnement'],
      audience: ['tout-public'],
      price: free,
      accessibility: ['motor'],
    },
    {
      id: 'ev-club-lecture-ados',
      title: 'Club de lecture des ados',
      start: at(on(WE, 1), '17:00'),
      end: at(on(WE, 1), '18:00'),
      placeId: 'place-mediatheque',
      organizers: ['org-mediatheque', 'org-college'],
      sectors: ['culture', 'jeunesse'],
      audience: ['jeunes'],
      age: { min: 11, max: 15 },
      price: free,
    },
    {
      id: 'ev-atelier-bd',
      title: t('Atelier BD avec l’illustratrice Léa Fournier', 'Comics workshop with illustrator Léa Fournier'),
      start: at(on(WE, 3), '14:30'),
      end: at(on(WE, 3), '16:30'),
      placeId: 'place-mediatheque',
      organizers: ['org-mediatheque'],
      sectors: ['culture', 'jeunesse'],
      audience: ['enfants'],
      age: { min: 8, max: 12 },
      price: free,
      registration: { required: true, email: 'mediatheque@saint-aubin-de-lisle.example' },
      status: 'full',
    },
    {
      id: 'ev-rencontre-auteur',
      title: 'Rencontre avec Jean-Marc Delteil, auteur des « Gabarriers de l’Isle »',
      start: at(on(FR, 5), '18:30'),
      end: at(on(FR, 5), '20:00'),
      placeId: 'place-mediatheque',
      organizers: ['org-mediatheque'],
      sectors: ['culture'],
      audience: ['adultes'],
      price: free,
    },
    {
      id: 'ev-conference-moulins',
      title: t('Conférence : les moulins de l’Isle', 'Talk: the mills of the Isle'),
      start: at(on(TH, 3), '18:30'),
      end: at(on(TH, 3), '20:00'),
      summary: 'Histoire d’une rivière au travail, dans l’ancien moulin qui accueille la Fabrique.',
      placeId: 'place-fabrique',
      organizers: ['org-mediatheque', 'org-fabrique'],
      sectors: ['culture'],
      audience: ['adultes'],
      price: free,
    },
    {
      id: 'ev-projection-debat',
      title: t('Projection-débat : « Nos campagnes solidaires »', 'Film and debate: “Our caring countryside”'),
      start: at(on(FR, 6), '20:00'),
      end: at(on(FR, 6), '22:30'),
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-centre-social'],
      sectors: ['culture', 'citoyennete', 'solidarite'],
      audience: ['adultes'],
      price: { free: false, text: 'Prix libre' },
    },
    {
      id: 'ev-bal-folk',
      title: t('Bal folk occitan', 'Occitan folk dance'),
      start: at(balDay, '20:30'),
      end: at(balDay + 1, '00:30'),
      summary: 'Initiation aux danses à 20 h 30, puis bal avec les musiciens de l’harmonie.',
      placeId: 'place-salle-fetes',
      organizers: ['org-harmonie', 'org-comite-fetes', 'org-fabrique'],
      sectors: ['culture', 'loisirs'],
      audience: ['tout-public'],
      price: paid('10 €, gratuit pour les moins de 12 ans'),
    },

    // Associative life and citizenship.
    {
      id: 'ev-forum',
      title: t('Forum des associations et du bénévolat', 'Associations and volunteering fair'),
      start: dateText(on(SA, 5)),
      summary:
        'Toute la journée, quarante associations présentent leurs activités ; le comptoir des bénévoles propose ' +
        'des missions à essayer le jour même.',
      placeId: 'place-salle-fetes',
      organizers: ['org-mairie', 'org-centre-social', 'org-comite-fetes'],
      sectors: ['citoyennete', 'sport', 'culture', 'solidarite'],
      audience: ['tout-public'],
      price: free,
      accessibility: ['motor', 'hearing-loop', 'sign-language'],
      image: image('forum.jpg', 'Stands d’associations dans la salle des fêtes'),
      url: `${SITE}/forum-des-associations`,
      missionIds: ['mis-forum-installation'],
      cooperationIds: ['coop-comptoir'],
    },
    {
      id: 'ev-loto',
      title: 'Grand loto du comité des fêtes',
      start: at(on(SU, 4), '14:00'),
      end: at(on(SU, 4), '18:00'),
      summary: 'Annulé : la salle des fêtes est fermée pour travaux de chauffage. Une nouvelle date sera annoncée.',
      placeId: 'place-salle-fetes',
      organizers: ['org-comite-fetes'],
      sectors: ['loisirs'],
      audience: ['tout-public'],
      price: paid('3 € le carton, 8 € les trois'),
      status: 'cancelled',
      updated: at(today, '09:15'),
    },
    {
      id: 'ev-visio-ge',
      title: t(
        'Réunion en ligne : partager un salarié entre associations',
        'Online meeting: sharing an employee between associations',
      ),
      start: at(on(TU, 2), '18:30'),
      end: at(on(TU, 2), '19:30'),
      summary:
        'Le groupement d’employeurs, l’USAL et le FC de l’Isle racontent deux ans d’éducateur sportif partagé ' +
        'et répondent aux questions des bureaux d’associations.',
      attendance: 'online',
      onlineUrl: 'https://visio.ge-sport-culture-24.example/reunion-information',
      organizers: ['org-ge', 'org-usal-rugby', 'org-fc-isle'],
      sectors: ['economie', 'sport'],
      audience: ['professionnels', 'adultes'],
      price: free,
      registration: { required: true, email: 'contact@ge-sport-culture-24.example' },
      accessibility: ['subtitles'],
      cooperationIds: ['coop-emploi-partage'],
    },
    {
      id: 'ev-conseil-municipal',
      title: 'Conseil municipal',
      start: at(on(TH, 5), '19:00'),
      end: at(on(TH, 5), '21:00'),
      summary: 'Séance publique ; à l’ordre du jour, les subventions aux associations.',
      placeId: 'place-mairie',
      organizers: ['org-mairie'],
      sectors: ['citoyennete'],
      audience: ['adultes'],
      price: free,
      accessibility: ['motor', 'hearing-loop'],
    },
    {
      id: 'ev-reunion-city-stade',
      title: t('Réunion publique : le projet de city-stade', 'Public meeting: the multi-sport court project'),
      start: at(on(TU, 8), '18:30'),
      end: at(on(TU, 8), '20:00'),
      placeId: 'place-salle-fetes',
      organizers: ['org-mairie', 'org-fc-isle', 'org-college'],
      sectors: ['citoyennete', 'sport', 'jeunesse'],
      audience: ['tout-public', 'jeunes'],
      price: free,
    },
    {
      id: 'ev-accueil-nouveaux',
      title: t('Accueil des nouveaux habitants', 'Welcome evening for newcomers'),
      start: at(on(FR, 9), '18:30'),
      end: at(on(FR, 9), '20:30'),
      summary: 'Présentation de la commune, des services et des associations, autour d’un verre.',
      placeId: 'place-mairie',
      organizers: ['org-mairie', 'org-comite-fetes', 'org-centre-social'],
      sectors: ['citoyennete'],
      audience: ['adultes', 'familles'],
      price: free,
      registration: { required: true, url: `${SITE}/nouveaux-habitants` },
    },
    {
      id: 'ev-demarches-en-ligne',
      title: 'Faire ses démarches administratives en ligne',
      start: at(on(TH, 9), '10:00'),
      end: at(on(TH, 9), '12:00'),
      placeId: 'place-mairie',
      organizers: ['org-centre-social', 'org-mairie'],
      sectors: ['numerique', 'citoyennete'],
      audience: ['adultes', 'seniors'],
      price: free,
      registration: { required: true, phone: '05 36 49 10 40' },
      accessibility: ['motor', 'easy-read'],
    },

    // Solidarity.
    {
      id: 'ev-collecte',
      title: t('Collecte solidaire pour l’épicerie', 'Food drive for the solidarity grocery'),
      start: at(on(SA, 1), '09:00'),
      end: at(on(SA, 1), '13:00'),
      summary:
        'Sous la halle et devant le Fournil : conserves, produits d’hygiène et petits-déjeuners. ' +
        'Les éco-délégués du collège tiennent le stand avec l’épicerie.',
      placeId: 'place-halle',
      organizers: ['org-epicerie', 'org-boulangerie', 'org-college'],
      sectors: ['solidarite', 'jeunesse'],
      audience: ['tout-public'],
      missionIds: ['mis-collecte'],
      cooperationIds: ['coop-comptoir'],
    },
    {
      id: 'ev-repas-partage',
      title: 'Repas partagé',
      start: at(on(FR, 4), '12:00'),
      end: at(on(FR, 4), '14:00'),
      summary: 'Chacun apporte un plat ; on enchaîne avec l’après-midi jeux.',
      placeId: 'place-centre-social',
      organizers: ['org-centre-social', 'org-aines'],
      sectors: ['solidarite', 'loisirs'],
      audience: ['tout-public', 'seniors'],
      price: { free: true, text: 'Apportez un plat à partager' },
      cooperationIds: ['coop-isolement'],
    },
    {
      id: 'ev-cuisine-antigaspi',
      title: t('Atelier cuisine anti-gaspi', 'No-waste cooking workshop'),
      start: at(on(TU, 6), '14:00'),
      end: at(on(TU, 6), '16:30'),
      placeId: 'place-epicerie',
      organizers: ['org-epicerie', 'org-centre-social'],
      sectors: ['solidarite', 'environnement', 'sante'],
      audience: ['adultes', 'familles'],
      price: free,
      registration: { required: true, phone: '05 36 49 10 31' },
    },
    {
      id: 'ev-ag-epicerie',
      title: 'Assemblée générale de l’épicerie solidaire',
      start: at(on(TH, 6), '18:30'),
      end: at(on(TH, 6), '20:30'),
      placeId: 'place-epicerie',
      organizers: ['org-epicerie'],
      sectors: ['solidarite'],
      audience: ['adultes'],
      price: free,
    },

    // Older people.
    {
      id: 'ev-the-dansant',
      title: t('Thé dansant', 'Tea dance'),
      start: at(on(SU, 2), '14:30'),
      end: at(on(SU, 2), '18:30'),
      placeId: 'place-salle-fetes',
      organizers: ['org-aines'],
      sectors: ['loisirs'],
      audience: ['seniors'],
      price: paid('8 €, pâtisserie comprise'),
      accessibility: ['motor'],
    },
    {
      id: 'ev-sortie-vesunna',
      title: t('Sortie au musée gallo-romain Vesunna', 'Outing to the Vesunna Gallo-Roman museum'),
      start: at(on(TH, 7), '13:30'),
      end: at(on(TH, 7), '18:00'),
      summary: 'Visite guidée adaptée, trajet en minibus depuis le centre social.',
      place: {
        id: 'place-vesunna',
        name: 'Musée gallo-romain Vesunna',
        address: { street: '20 rue du 26e Régiment d’Infanterie', postalCode: '24000', locality: 'Périgueux' },
        geo: { lat: 45.1819, lon: 0.7131 },
        accessibility: ['motor'],
      },
      organizers: ['org-centre-social', 'org-aines'],
      sectors: ['culture', 'solidarite'],
      audience: ['seniors'],
      price: paid('5 €, trajet en minibus compris'),
      registration: { required: true, phone: '05 36 49 10 40' },
      accessibility: ['motor'],
      cooperationIds: ['coop-isolement'],
    },
    {
      id: 'ev-atelier-memoire',
      title: t('Atelier mémoire', 'Memory workshop'),
      start: at(on(TU, 4), '10:00'),
      end: at(on(TU, 4), '11:30'),
      placeId: 'place-mediatheque',
      organizers: ['org-aide-domicile', 'org-mediatheque'],
      sectors: ['sante', 'culture'],
      audience: ['seniors'],
      price: free,
      registration: { required: true, phone: '05 36 49 10 70' },
      accessibility: ['motor', 'hearing-loop', 'easy-read'],
      cooperationIds: ['coop-isolement'],
    },
    {
      id: 'ev-reunion-visiteurs',
      title: t('Devenir visiteur bénévole auprès des aînés', 'Becoming a volunteer visitor for older people'),
      start: at(on(MO, 3), '18:00'),
      end: at(on(MO, 3), '19:30'),
      summary: 'Réunion d’information et présentation de la formation de deux heures offerte aux visiteurs.',
      placeId: 'place-mairie',
      organizers: ['org-aide-domicile', 'org-centre-social', 'org-mairie'],
      sectors: ['solidarite', 'sante'],
      audience: ['adultes'],
      price: free,
      missionIds: ['mis-visites-seniors'],
      cooperationIds: ['coop-isolement'],
    },
    {
      id: 'ev-petanque',
      title: t('Tournoi de pétanque intergénérationnel', 'Intergenerational pétanque tournament'),
      start: at(on(WE, 4), '14:00'),
      end: at(on(WE, 4), '17:30'),
      summary: 'Des équipes de deux : un élève du collège, un membre du club des aînés.',
      placeId: 'place-salle-fetes',
      organizers: ['org-aines', 'org-college', 'org-centre-social'],
      sectors: ['loisirs', 'jeunesse', 'solidarite'],
      audience: ['jeunes', 'seniors'],
      price: free,
      cooperationIds: ['coop-isolement'],
    },

    // Environment.
    {
      id: 'ev-berges',
      title: t('Nettoyage des berges de l’Isle', 'Clean-up of the Isle riverbanks'),
      start: at(on(SA, 3), '09:00'),
      end: at(on(SA, 3), '12:30'),
      summary: 'Gants, sacs et pinces fournis ; pique-nique offert par la mairie à la fin.',
      placeId: 'place-voie-verte',
      organizers: ['org-randonneurs', 'org-college', 'org-mairie'],
      sectors: ['environnement', 'citoyennete'],
      audience: ['familles', 'tout-public'],
      price: free,
      image: image('berges.jpg', 'Des bénévoles en gilet jaune ramassent des déchets sur la berge'),
      missionIds: ['mis-berges'],
      cooperationIds: ['coop-comptoir'],
    },
    {
      id: 'ev-cross-solidaire',
      title: t('Cross solidaire du collège', 'School charity run'),
      start: at(on(FR, 8), '13:30'),
      end: at(on(FR, 8), '16:30'),
      summary:
        'Les élèves courent pour l’épicerie solidaire : chaque tour est parrainé par les familles et les ' +
        'commerçants. Les joueurs de l’USAL encadrent l’échauffement.',
      placeId: 'place-stade',
      organizers: ['org-college', 'org-epicerie', 'org-usal-rugby'],
      sectors: ['sport', 'solidarite', 'education'],
      audience: ['jeunes', 'familles'],
      age: { min: 11, max: 15 },
      price: free,
    },
    {
      id: 'ev-troc-plantes',
      title: 'Troc de plantes et de graines',
      start: at(on(SU, 5), '10:00'),
      end: at(on(SU, 5), '13:00'),
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-centre-social'],
      sectors: ['environnement'],
      audience: ['tout-public'],
      price: free,
    },
    {
      id: 'ev-compost',
      title: 'Atelier : réussir son compost',
      start: at(on(WE, 8), '18:00'),
      end: at(on(WE, 8), '19:30'),
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-mairie'],
      sectors: ['environnement'],
      audience: ['adultes'],
      price: { free: true, text: 'Gratuit, un bioseau offert aux participants' },
    },

    // Youth and sport.
    {
      id: 'ev-portes-ouvertes-college',
      title: 'Portes ouvertes du collège',
      start: at(on(SA, 6), '09:00'),
      end: at(on(SA, 6), '12:00'),
      placeId: 'place-college',
      organizers: ['org-college'],
      sectors: ['education'],
      audience: ['familles', 'jeunes'],
      price: free,
    },
    {
      id: 'ev-stage-multisport',
      title: t('Stage multisport', 'Multi-sport week'),
      start: at(multisportDay, '09:00'),
      end: at(multisportDay + 4, '17:00'),
      summary: 'Cinq jours de rugby, football et jeux d’opposition, encadrés par l’éducateur sportif partagé.',
      placeId: 'place-gymnase',
      organizers: ['org-usal-rugby', 'org-fc-isle', 'org-centre-social'],
      sectors: ['sport', 'jeunesse'],
      audience: ['enfants', 'jeunes'],
      age: { min: 8, max: 14 },
      price: paid('45 € la semaine, selon le quotient familial'),
      registration: { required: true, url: 'https://lapasserelle-isle.example/inscriptions' },
      cooperationIds: ['coop-emploi-partage'],
    },
    {
      id: 'ev-tournoi-jeux-video',
      title: 'Tournoi de jeux vidéo rétro',
      start: at(on(SA, 9), '14:00'),
      end: at(on(SA, 9), '18:00'),
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-mediatheque'],
      sectors: ['loisirs', 'numerique', 'jeunesse'],
      audience: ['jeunes'],
      age: { min: 10 },
      price: free,
    },
    {
      id: 'ev-gestes-qui-sauvent',
      title: 'Initiation aux gestes qui sauvent',
      start: at(on(SA, 8), '09:00'),
      end: at(on(SA, 8), '12:00'),
      placeId: 'place-gymnase',
      organizers: ['org-donneurs-sang', 'org-centre-social'],
      sectors: ['sante'],
      audience: ['adultes', 'jeunes'],
      age: { min: 10 },
      price: free,
      registration: { required: true, email: 'dons-isle@asso.example' },
    },
    {
      id: 'ev-don-sang',
      title: 'Collecte de sang',
      start: at(on(MO, 6), '15:30'),
      end: at(on(MO, 6), '19:30'),
      summary: 'Sur rendez-vous de préférence ; collation offerte par l’amicale.',
      placeId: 'place-salle-fetes',
      organizers: ['org-donneurs-sang', 'org-mairie'],
      sectors: ['sante'],
      audience: ['adultes'],
      price: free,
      registration: { required: false, url: 'https://dons-isle.example/rendez-vous' },
    },

    // Economy and leisure.
    {
      id: 'ev-petit-dej',
      title: t('Petit-déjeuner des entreprises et des associations', 'Business and associations breakfast'),
      start: at(on(TU, 5), '08:00'),
      end: at(on(TU, 5), '09:30'),
      summary: 'Mécénat de compétences, prêt de matériel, emplois partagés : se connaître pour s’entraider.',
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-menuiserie', 'org-ge', 'org-boulangerie'],
      sectors: ['economie'],
      audience: ['professionnels'],
      price: free,
      registration: { required: true, email: 'bonjour@fabrique-du-moulin.example' },
    },
    {
      id: 'ev-job-dating',
      title: 'Job dating : emplois saisonniers et associatifs',
      start: at(on(WE, 9), '09:30'),
      end: at(on(WE, 9), '12:30'),
      placeId: 'place-centre-social',
      organizers: ['org-ge', 'org-centre-social'],
      sectors: ['economie', 'jeunesse'],
      audience: ['jeunes', 'adultes'],
      price: free,
    },
    {
      id: 'ev-soiree-jeux',
      title: 'Soirée jeux de société',
      start: at(on(FR, 1), '20:00'),
      end: at(on(FR, 1), '23:00'),
      placeId: 'place-fabrique',
      organizers: ['org-fabrique', 'org-mediatheque'],
      sectors: ['loisirs'],
      audience: ['tout-public'],
      price: free,
    },
    {
      id: 'ev-atelier-couture',
      title: 'Atelier couture : réparer ses vêtements',
      start: at(on(WE, 5), '14:00'),
      end: at(on(WE, 5), '17:00'),
      placeId: 'place-fabrique',
      organizers: ['org-repair-cafe', 'org-centre-social'],
      sectors: ['environnement'],
      audience: ['adultes'],
      price: free,
      registration: { required: true, email: 'repair-isle@asso.example' },
    },
    {
      id: 'ev-vide-grenier',
      title: t('Vide-grenier du comité des fêtes', 'Village car boot sale'),
      start: at(on(SU, 7), '07:00'),
      end: at(on(SU, 7), '18:00'),
      placeId: 'place-halle',
      organizers: ['org-comite-fetes'],
      sectors: ['loisirs'],
      audience: ['tout-public'],
      price: { free: true, text: 'Entrée libre ; emplacement 3 € le mètre' },
      registration: { required: false, phone: '05 36 49 10 88' },
    },
    {
      id: 'ev-fete-jeu',
      title: t('Fête du jeu', 'Games day'),
      start: dateText(on(SU, 10)),
      summary: 'Jeux en bois, jeux de société et grands jeux sous la halle, toute la journée.',
      placeId: 'place-halle',
      organizers: ['org-mediatheque', 'org-centre-social', 'org-comite-fetes', 'org-fabrique'],
      sectors: ['loisirs', 'culture'],
      audience: ['familles', 'tout-public'],
      price: free,
    },
  ];
}

function missions({ on, nthOfMonth }) {
  const contact = (email, phone) => (phone ? { email, phone } : { email });
  const rugbyMatch = on(SU, 1);
  const collecte = on(SA, 1);
  const forum = on(SA, 5);
  const berges = on(SA, 3);
  return [
    {
      id: 'mis-buvette-rugby',
      title: t('Tenir la buvette et l’accueil des matchs', 'Run the bar and welcome desk on match days'),
      organizationId: 'org-usal-rugby',
      type: 'recurring',
      schedule: 'Les dimanches de match à domicile, de 14 h à 18 h',
      placeId: 'place-stade',
      remote: 'no',
      skills: ['accueil', 'tenue de caisse'],
      sectors: ['sport'],
      spots: { total: 8, filled: 5 },
      minAge: 16,
      beginnerFriendly: true,
      description: 'Servir, encaisser, accueillir les supporters adverses. Binôme avec un habitué la première fois.',
      contact: contact('contact@usal-rugby.example'),
      signup: SIGNUP,
    },
    {
      id: 'mis-lecture-mi-temps',
      title: t('Lire des histoires à la mi-temps', 'Read stories at half-time'),
      organizationId: 'org-mediatheque',
      type: 'one-off',
      start: at(rugbyMatch, '14:30'),
      end: at(rugbyMatch, '17:00'),
      placeId: 'place-stade',
      remote: 'no',
      skills: ['lecture à voix haute'],
      sectors: ['culture', 'sport'],
      spots: { total: 3, filled: 1 },
      minAge: 15,
      beginnerFriendly: true,
      contact: contact('mediatheque@saint-aubin-de-lisle.example', '05 36 49 10 20'),
      signup: SIGNUP,
      deadline: at(rugbyMatch - 1, '18:00'),
      eventId: 'ev-rugby-1',
    },
    {
      id: 'mis-epicerie-accueil',
      title: t('Accueil et caisse à l’épicerie solidaire', 'Welcome and till at the solidarity grocery'),
      organizationId: 'org-epicerie',
      type: 'recurring',
      start: at(on(WE), '13:30'),
      end: at(on(WE), '18:30'),
      schedule: 'Le mercredi, de 13 h 30 à 18 h 30, une fois par mois ou plus',
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
      placeId: 'place-epicerie',
      remote: 'no',
      skills: ['accueil', 'caisse', 'mise en rayon'],
      sectors: ['solidarite'],
      spots: { total: 6, filled: 4 },
      minAge: 16,
      beginnerFriendly: true,
      contact: contact('panier-isle@asso.example', '05 36 49 10 31'),
      eventId: 'ev-epicerie-ouverture',
    },
    {
      id: 'mis-collecte',
      title: t('Tenir le stand de la collecte solidaire', 'Staff the food drive stand'),
      organizationId: 'org-epicerie',
      type: 'one-off',
      start: at(collecte, '08:45'),
      end: at(collecte, '13:15'),
      placeId: 'place-halle',
      remote: 'no',
      sectors: ['solidarite'],
      spots: { total: 12, filled: 5 },
      minAge: 12,
      beginnerFriendly: true,
      description: 'Avant 16 ans, venez avec un adulte.',
      contact: contact('panier-isle@asso.example'),
      signup: SIGNUP,
      deadline: at(collecte - 2, '20:00'),
      eventId: 'ev-collecte',
    },
    {
      id: 'mis-forum-installation',
      title: t('Installer les stands du forum des associations', 'Set up the stands of the associations fair'),
      organizationId: 'org-centre-social',
      type: 'one-off',
      start: at(forum, '07:30'),
      end: at(forum, '09:30'),
      placeId: 'place-salle-fetes',
      remote: 'no',
      skills: ['manutention'],
      sectors: ['citoyennete'],
      spots: { total: 10, filled: 3 },
      minAge: 14,
      beginnerFriendly: true,
      contact: contact('accueil@lapasserelle-isle.example', '05 36 49 10 40'),
      signup: SIGNUP,
      deadline: at(forum - 2, '12:00'),
      eventId: 'ev-forum',
    },
    {
      id: 'mis-repair-reparateur',
      title: t('Réparateur ou réparatrice au repair café', 'Fixer at the repair café'),
      organizationId: 'org-repair-cafe',
      type: 'recurring',
      start: at(nthOfMonth(SA, 3), '09:00'),
      end: at(nthOfMonth(SA, 3), '12:30'),
      schedule: 'Le troisième samedi du mois, de 9 h à 12 h 30',
      rrule: 'FREQ=MONTHLY;BYDAY=3SA',
      placeId: 'place-fabrique',
      remote: 'no',
      skills: ['électricité', 'couture', 'mécanique vélo', 'informatique'],
      sectors: ['environnement'],
      spots: { total: 6, filled: 4 },
      minAge: 16,
      beginnerFriendly: false,
      contact: { url: 'https://fabrique-du-moulin.example/repair-cafe', email: 'repair-isle@asso.example' },
      eventId: 'ev-repair-cafe',
    },
    {
      id: 'mis-visites-seniors',
      title: t('Rendre visite à une personne âgée isolée', 'Visit an isolated older person'),
      organizationId: 'org-aide-domicile',
      type: 'recurring',
      schedule: 'Une heure par semaine, le jour de votre choix',
      remote: 'no',
      skills: ['écoute'],
      sectors: ['solidarite', 'sante'],
      spots: { total: 15, filled: 9 },
      minAge: 18,
      beginnerFriendly: true,
      description: 'Une formation de deux heures est offerte avant la première visite ; un référent vous suit.',
      contact: contact('visites@solidarites-isle-crempse.example', '05 36 49 10 70'),
      signup: SIGNUP,
    },
    {
      id: 'mis-transport-jeux',
      title: t('Conduire des aînés aux après-midi jeux', 'Drive older people to the games afternoons'),
      organizationId: 'org-centre-social',
      type: 'recurring',
      start: at(on(FR), '13:15'),
      end: at(on(FR), '17:45'),
      schedule: 'Un vendredi sur deux, de 13 h 15 à 17 h 45',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      placeId: 'place-centre-social',
      remote: 'no',
      skills: ['permis B'],
      sectors: ['solidarite'],
      spots: { total: 4, filled: 2 },
      minAge: 21,
      beginnerFriendly: true,
      contact: contact('accueil@lapasserelle-isle.example', '05 36 49 10 40'),
      eventId: 'ev-jeux-seniors',
    },
    {
      id: 'mis-berges',
      title: t('Nettoyer les berges de l’Isle', 'Clean up the Isle riverbanks'),
      organizationId: 'org-randonneurs',
      type: 'one-off',
      start: at(berges, '08:45'),
      end: at(berges, '12:30'),
      placeId: 'place-voie-verte',
      remote: 'no',
      sectors: ['environnement'],
      spots: { total: 30, filled: 11 },
      minAge: 8,
      beginnerFriendly: true,
      description: 'Les moins de 16 ans viennent avec un adulte. Prévoir des bottes.',
      contact: contact('randonneurs-isle@asso.example'),
      signup: SIGNUP,
      deadline: at(berges - 1, '12:00'),
      eventId: 'ev-berges',
      image: { url: `${SITE}/images/berges.jpg`, alt: 'Des bénévoles ramassent des déchets sur la berge' },
    },
    {
      id: 'mis-numerique',
      title: 'Accompagner les débutants au numérique',
      organizationId: 'org-centre-social',
      type: 'recurring',
      start: at(on(MO), '13:45'),
      end: at(on(MO), '16:45'),
      schedule: 'Le lundi après-midi, une à quatre fois par mois',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      placeId: 'place-centre-social',
      remote: 'no',
      skills: ['informatique', 'patience'],
      sectors: ['numerique', 'solidarite'],
      spots: { total: 3, filled: 1 },
      minAge: 16,
      beginnerFriendly: false,
      contact: contact('accueil@lapasserelle-isle.example'),
      eventId: 'ev-permanence-numerique',
    },
    {
      id: 'mis-communication',
      title: t('Aider à la communication du comité des fêtes', 'Help with the festival committee’s communication'),
      organizationId: 'org-comite-fetes',
      type: 'recurring',
      schedule: 'Deux heures par mois, à distance',
      remote: 'full',
      skills: ['réseaux sociaux', 'graphisme', 'rédaction'],
      sectors: ['loisirs', 'culture'],
      spots: { total: 2, filled: 0 },
      minAge: 16,
      beginnerFriendly: true,
      contact: { email: 'comite.fetes.saintaubin@asso.example', url: `${SITE}/comite-des-fetes` },
      signup: SIGNUP,
    },
    {
      id: 'mis-cafe-animation',
      title: t('Co-animer le café-rencontre', 'Co-host the drop-in coffee morning'),
      organizationId: 'org-fabrique',
      type: 'recurring',
      start: at(on(TH), '13:30'),
      end: at(on(TH), '17:00'),
      schedule: 'Le jeudi après-midi, au moins une fois par mois',
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      placeId: 'place-fabrique',
      remote: 'no',
      skills: ['accueil', 'animation'],
      sectors: ['solidarite', 'citoyennete'],
      spots: { total: 4, filled: 2 },
      beginnerFriendly: true,
      contact: contact('bonjour@fabrique-du-moulin.example'),
      signup: SIGNUP,
      eventId: 'ev-cafe-rencontre',
    },
  ];
}

function cooperations(year) {
  return [
    {
      id: 'coop-mi-temps',
      title: t('La culture à la mi-temps', 'Culture at half-time'),
      partners: [
        { organizationId: 'org-usal-rugby', role: 'Accueille au stade, annonce au micro, tient la buvette' },
        { organizationId: 'org-mediatheque', role: 'Coin lecture et jeux en tribune, inscriptions sur place' },
        { organizationId: 'org-harmonie', role: 'La banda joue à la mi-temps' },
        { organizationId: 'org-fc-isle', role: 'Ouvre ses matchs du samedi soir au coin lecture' },
        { organizationId: 'org-treteaux', role: 'Une scène courte sur la pelouse, une fois par saison' },
      ],
      summary:
        'Les quinze minutes de la mi-temps deviennent un rendez-vous culturel : la médiathèque et l’harmonie ' +
        'rencontrent un public qui ne vient pas chez elles.',
      sectors: ['sport', 'culture'],
      resources: [
        { kind: 'premises', description: 'Tribune et bord de terrain', organizationId: 'org-usal-rugby' },
        { kind: 'staff', description: 'Une bibliothécaire par match', organizationId: 'org-mediatheque' },
        { kind: 'equipment', description: 'Tapis, bacs de livres, jeux', organizationId: 'org-mediatheque' },
        { kind: 'volunteers', description: 'Musiciens de la banda', organizationId: 'org-harmonie' },
        { kind: 'communication', description: 'Annonces au micro et sur les réseaux du club', organizationId: 'org-usal-rugby' },
      ],
      outcomes: [
        { label: 'Enfants venus au coin lecture sur la saison', value: 210, unit: 'enfants' },
        { label: 'Nouvelles inscriptions à la médiathèque', value: 38, unit: 'inscriptions' },
        'Le club a ouvert une section « lecture » dans le car des déplacements.',
      ],
      since: `${year - 2}-09-15`,
      status: 'active',
      placeIds: ['place-stade'],
      eventIds: ['ev-rugby-1', 'ev-rugby-2', 'ev-rugby-3', 'ev-rugby-4', 'ev-foot-2'],
      missionIds: ['mis-lecture-mi-temps', 'mis-buvette-rugby'],
      image: { url: `${SITE}/images/rugby-mi-temps.jpg`, alt: 'La banda joue au bord du terrain' },
      contact: { email: 'mediatheque@saint-aubin-de-lisle.example' },
    },
    {
      id: 'coop-biblio-epicerie',
      title: t('La médiathèque à l’épicerie solidaire', 'The library at the solidarity grocery'),
      partners: [
        { organizationId: 'org-mediatheque', role: 'Vient avec livres, jeux et inscriptions, une fois par mois' },
        { organizationId: 'org-epicerie', role: 'Accueille dans l’espace café pendant l’ouverture' },
      ],
      summary:
        'Le réseau des bibliothèques se présente là où les familles viennent déjà : pendant les heures ' +
        'd’ouverture de l’épicerie solidaire.',
      sectors: ['culture', 'solidarite'],
      resources: [
        { kind: 'staff', description: 'Deux bibliothécaires', organizationId: 'org-mediatheque' },
        { kind: 'equipment', description: 'Bacs de livres et poste de prêt portable', organizationId: 'org-mediatheque' },
        { kind: 'premises', description: 'Espace café de l’épicerie', organizationId: 'org-epicerie' },
      ],
      outcomes: [
        { label: 'Familles inscrites au réseau des bibliothèques', value: 31, unit: 'familles' },
        { label: 'Documents prêtés à l’épicerie en un an', value: 240, unit: 'prêts' },
      ],
      since: `${year - 1}-01-10`,
      status: 'active',
      placeIds: ['place-epicerie'],
      eventIds: ['ev-mediatheque-epicerie', 'ev-epicerie-ouverture'],
    },
    {
      id: 'coop-comptoir',
      title: t('Le comptoir des bénévoles', 'The volunteers’ counter'),
      partners: [
        { organizationId: 'org-centre-social', role: 'Coordonne, recense les missions ponctuelles' },
        { organizationId: 'org-mairie', role: 'Prête la halle, relaie dans le bulletin municipal' },
        { organizationId: 'org-fabrique', role: 'Tient le comptoir certains samedis' },
        { organizationId: 'org-epicerie', role: 'Propose des missions ponctuelles' },
        { organizationId: 'org-randonneurs', role: 'Propose des missions ponctuelles' },
        { organizationId: 'org-comite-fetes', role: 'Propose des missions ponctuelles' },
      ],
      summary:
        'Un comptoir unique, une fois par mois sous la halle, pour les missions d’une heure ou d’une journée : ' +
        'on essaie le bénévolat sans s’engager à l’année.',
      sectors: ['citoyennete', 'solidarite'],
      resources: [
        { kind: 'staff', description: 'Une coordinatrice à mi-temps', organizationId: 'org-centre-social' },
        { kind: 'premises', description: 'La halle du marché', organizationId: 'org-mairie' },
        { kind: 'communication', description: 'Bulletin municipal et affichage', organizationId: 'org-mairie' },
        'Un fichier commun des missions, tenu par le centre social',
      ],
      outcomes: [
        { label: 'Missions ponctuelles pourvues en un an', value: 48, unit: 'missions' },
        { label: 'Nouveaux bénévoles', value: 37, unit: 'personnes' },
        { label: 'Devenus bénévoles réguliers', value: 9, unit: 'personnes' },
      ],
      since: `${year - 1}-09-01`,
      status: 'active',
      placeIds: ['place-halle'],
      eventIds: ['ev-comptoir-benevoles', 'ev-forum', 'ev-collecte', 'ev-berges'],
      missionIds: ['mis-forum-installation', 'mis-collecte', 'mis-berges', 'mis-communication'],
      url: 'https://lapasserelle-isle.example/comptoir-des-benevoles',
      contact: { email: 'accueil@lapasserelle-isle.example', phone: '05 36 49 10 40' },
    },
    {
      id: 'coop-emploi-partage',
      title: t('Un éducateur sportif partagé', 'A shared sports coach'),
      partners: [
        { organizationId: 'org-ge', role: 'Employeur : un CDI à temps plein, la paie, le suivi' },
        { organizationId: 'org-usal-rugby', role: 'Utilise 20 heures par semaine (école de rugby, stages)' },
        { organizationId: 'org-fc-isle', role: 'Utilise 15 heures par semaine (jeunes, foot en marchant)' },
      ],
      summary:
        'Deux clubs qui ne pouvaient offrir chacun qu’un temps partiel partagent un éducateur par le groupement ' +
        'd’employeurs : lui a un vrai contrat, eux un encadrement diplômé.',
      description:
        'Le groupement embauche et facture à chaque club les heures utilisées. Le planning est fixé chaque ' +
        'saison par les deux présidents et l’éducateur ; les stages des vacances sont communs.',
      sectors: ['sport', 'economie'],
      resources: [
        { kind: 'staff', description: 'Un éducateur sportif diplômé d’État', organizationId: 'org-ge' },
        { kind: 'funding', description: 'Aide du Département au premier emploi associatif', organizationId: 'org-ge' },
        { kind: 'equipment', description: 'Matériel d’entraînement mis en commun', organizationId: 'org-usal-rugby' },
      ],
      outcomes: [
        { label: 'Heures de travail par semaine', value: 35, unit: 'heures' },
        { label: 'Jeunes licenciés encadrés', value: 142, unit: 'jeunes' },
        'Un CDI à temps plein au lieu de deux contrats précaires.',
      ],
      since: `${year - 2}-08-26`,
      status: 'active',
      placeIds: ['place-stade', 'place-gymnase'],
      eventIds: ['ev-visio-ge', 'ev-stage-multisport'],
      url: 'https://ge-sport-culture-24.example/educateur-partage',
    },
    {
      id: 'coop-cafe-rencontres',
      title: t('Les café-rencontres de la Fabrique', 'Drop-in coffee mornings at the Fabrique'),
      partners: [
        { organizationId: 'org-fabrique', role: 'Ouvre le lieu, fait le café' },
        { organizationId: 'org-centre-social', role: 'Anime, oriente vers les services et les associations' },
        { organizationId: 'org-boulangerie', role: 'Offre les viennoiseries' },
      ],
      summary: 'Chaque jeudi, un rendez-vous sans inscription pour rencontrer des voisins et trouver une activité.',
      sectors: ['solidarite', 'citoyennete'],
      resources: [
        { kind: 'premises', description: 'La salle du moulin', organizationId: 'org-fabrique' },
        { kind: 'staff', description: 'Une animatrice', organizationId: 'org-centre-social' },
        { kind: 'other', description: 'Viennoiseries du jour', organizationId: 'org-boulangerie' },
      ],
      outcomes: [
        { label: 'Participants par séance, en moyenne', value: 14, unit: 'personnes' },
        { label: 'Personnes orientées vers une association', value: 26, unit: 'personnes' },
      ],
      since: `${year - 1}-03-02`,
      status: 'active',
      placeIds: ['place-fabrique'],
      eventIds: ['ev-cafe-rencontre'],
      missionIds: ['mis-cafe-animation'],
    },
    {
      id: 'coop-isolement',
      title: t('Rompre l’isolement des aînés', 'Breaking the isolation of older people'),
      partners: [
        { organizationId: 'org-centre-social', role: 'Coordonne, met le minibus à disposition' },
        { organizationId: 'org-aines', role: 'Anime les après-midi jeux' },
        { organizationId: 'org-aide-domicile', role: 'Repère les personnes isolées, forme les visiteurs' },
        { organizationId: 'org-mairie', role: 'Registre des personnes vulnérables, salles' },
        { organizationId: 'org-college', role: 'Rencontres intergénérationnelles' },
      ],
      summary:
        'Visites à domicile, après-midi jeux, sorties et rencontres avec les collégiens pour les personnes âgées ' +
        'qui ne sortent plus.',
      sectors: ['solidarite', 'sante'],
      resources: [
        { kind: 'equipment', description: 'Minibus de neuf places', organizationId: 'org-centre-social' },
        { kind: 'volunteers', description: 'Visiteurs et chauffeurs bénévoles', organizationId: 'org-aide-domicile' },
        { kind: 'premises', description: 'Salles du centre social et de la mairie', organizationId: 'org-mairie' },
        { kind: 'skills', description: 'Formation à l’écoute des visiteurs', organizationId: 'org-aide-domicile' },
      ],
      outcomes: [
        { label: 'Personnes âgées visitées chaque semaine', value: 26, unit: 'personnes' },
        { label: 'Après-midi jeux en un an', value: 22 },
        { label: 'Collégiens engagés', value: 18, unit: 'élèves' },
      ],
      since: `${year - 3}-10-01`,
      status: 'active',
      placeIds: ['place-centre-social', 'place-mairie'],
      eventIds: [
        'ev-jeux-seniors',
        'ev-sortie-vesunna',
        'ev-atelier-memoire',
        'ev-reunion-visiteurs',
        'ev-petanque',
        'ev-repas-partage',
      ],
      missionIds: ['mis-visites-seniors', 'mis-transport-jeux'],
      contact: { phone: '05 36 49 10 40', email: 'accueil@lapasserelle-isle.example' },
    },
  ];
}

/** The demo feed, with dates counted from `today` (read as a calendar day in Paris). */
export function makeDemoFeed(today = new Date()) {
  const day = parisDayNumber(today);
  const year = utc(day).getUTCFullYear();
  return {
    maillage: '1',
    title: t('Vie associative de Saint-Aubin-de-Lisle', 'Community life in Saint-Aubin-de-Lisle'),
    language: 'fr',
    timezone: ZONE,
    updated: at(day, '06:00'),
    url: `${SITE}/maillage/flux.json`,
    publisher: {
      name: 'Mairie de Saint-Aubin-de-Lisle',
      url: `${SITE}/`,
      email: 'vie-associative@saint-aubin-de-lisle.example',
    },
    organizations: organizations(),
    places: places(),
    events: events(calendar(day), day),
    missions: missions(calendar(day)),
    cooperations: cooperations(year),
  };
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const index = process.argv.indexOf('--out');
  const out = index > 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : resolve(root, 'demo/feed/demo.json');
  const feed = makeDemoFeed();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(feed, null, 2)}\n`);
  const counts = ['organizations', 'places', 'events', 'missions', 'cooperations']
    .map((key) => `${feed[key].length} ${key}`)
    .join(', ');
  console.log(`${relative(process.cwd(), out) || out}: ${counts}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
