/**
 * Feeds written as a webmaster would write them, before the parser reads them: the stories give the widgets
 * raw JSON, so that everything a real page goes through (parsing, validation, problems) happens in them too.
 */
export interface FeedJson {
  readonly maillage: '1';
  readonly title: string;
  readonly [field: string]: unknown;
}

/** The same feed with nothing planned: no events, missions or cooperations. */
export function withoutActivity(feed: FeedJson): FeedJson {
  return { ...feed, events: [], missions: [], cooperations: [] };
}

/** The same feed with no places, nor anything that happens somewhere: the map has nothing to show. */
export function withoutPlaces(feed: FeedJson): FeedJson {
  return { ...withoutActivity(feed), places: [] };
}

const SECTORS = ['sport', 'culture', 'solidarite', 'environnement', 'education', 'jeunesse', 'sante', 'loisirs'] as const;
const ACTIVITIES = ['Atelier', 'Permanence', 'Répétition', 'Entraînement', 'Réunion', 'Sortie', 'Repair café', 'Lecture'];

/**
 * A feed of `count` events from 1 March 2027 on, spread over 20 organizations and 12 places, a few a day:
 * what a large town's agenda holds in a year or two.
 */
export function manyEventsFeed(count: number): FeedJson {
  const organizations = Array.from({ length: 20 }, (_, i) => ({
    id: `asso-${i + 1}`,
    name: `Association n° ${i + 1}`,
    type: 'association',
    sectors: [SECTORS[i % SECTORS.length]],
  }));
  const places = Array.from({ length: 12 }, (_, i) => ({
    id: `lieu-${i + 1}`,
    name: `Salle ${i + 1}`,
    address: { locality: 'Grandville' },
    geo: { lat: 45 + i / 100, lon: 0.7 + i / 100 },
  }));
  const firstDay = Date.UTC(2027, 2, 1);
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(firstDay + Math.floor(i / 12) * 86_400_000).toISOString().slice(0, 10);
    const hour = String(8 + (i % 12)).padStart(2, '0');
    const organization = organizations[i % organizations.length]!;
    return {
      id: `evenement-${i + 1}`,
      title: `${ACTIVITIES[i % ACTIVITIES.length]} n° ${i + 1}`,
      start: `${day}T${hour}:00`,
      end: `${day}T${hour}:45`,
      placeId: places[i % places.length]!.id,
      organizers: [organization.id],
      sectors: organization.sectors,
      ...(i % 3 === 0 && { price: { free: true } }),
      summary: `Rendez-vous ${i + 1} de l’agenda partagé.`,
    };
  });
  return {
    maillage: '1',
    title: 'Grandville : vie associative',
    language: 'fr',
    timezone: 'Europe/Paris',
    organizations,
    places,
    events,
  };
}

/**
 * Every kind of text an attacker or a careless copy-paste could put in a feed: markup in titles and
 * descriptions, `javascript:` and `data:` links, broken-out script tags. A widget must show it as plain
 * text or drop it, never run it.
 */
export function hostileFeed(): FeedJson {
  return {
    maillage: '1',
    title: 'Flux piégé <img src=x onerror="alert(\'title\')">',
    language: 'fr',
    timezone: 'Europe/Paris',
    organizations: [
      {
        id: 'asso',
        name: '<script>alert("organization")</script>Les Amis du <b>HTML</b>',
        type: 'association',
        sectors: ['culture'],
        url: 'javascript:alert("organization url")',
        description: '<a href="javascript:alert(1)">Notre site</a>',
      },
      { id: 'voisins', name: 'Voisins vigilants', type: 'association', sectors: ['solidarite'] },
    ],
    places: [
      {
        id: 'salle',
        name: '<svg onload="alert(\'place\')">Salle des fêtes',
        address: { locality: '"><img src=x onerror=alert("locality")>' },
        url: 'javascript:alert("place url")',
      },
    ],
    events: [
      {
        id: 'image-piegee',
        title: '<img src=x onerror="alert(\'event title\')"> Concert',
        start: '2027-03-12T20:00',
        end: '2027-03-12T22:00',
        placeId: 'salle',
        organizers: ['asso', 'voisins'],
        sectors: ['culture'],
        summary: '<script>alert("summary")</script> Entrée libre',
        description:
          'Programme : javascript:alert("description")\n\n<a href="javascript:alert(1)">Réserver</a> ' +
          '<iframe src="javascript:alert(1)"></iframe>\n\nPlus d’infos : https://example.org/?q=<script>',
        url: 'javascript:alert(document.cookie)',
        image: { url: 'javascript:alert("image")', alt: '<img src=x onerror=alert(1)>' },
        registration: { required: true, url: 'javascript:alert("registration")', email: 'inscription@example.org' },
        cooperationIds: ['piege'],
      },
      {
        id: 'script-echappe',
        title: '</script><script>alert("breakout")</script>Atelier',
        start: '2027-03-13T10:00',
        attendance: 'online',
        onlineUrl: 'data:text/html,<script>alert("online")</script>',
        organizers: ['voisins'],
        sectors: ['solidarite'],
        tags: ['<img src=x onerror=alert("tag")>'],
        price: { free: false, text: '<b onmouseover="alert(\'price\')">5 €</b>' },
      },
      {
        id: 'gabarit',
        title: '{{constructor.constructor("alert(1)")()}} ${alert(1)} <style>*{display:none}</style>Répétition',
        start: '2027-03-14T18:00',
        placeId: 'salle',
        organizers: ['asso'],
        sectors: ['culture'],
        description: 'Écrire à <a href="mailto:x@example.org" onclick="alert(1)">nous</a>',
      },
    ],
    missions: [
      {
        id: 'mission-piegee',
        title: '<img src=x onerror="alert(\'mission\')">Tenir la buvette',
        organizationId: 'asso',
        type: 'recurring',
        schedule: '<script>alert("schedule")</script>Le samedi',
        contact: { url: 'javascript:alert("contact")' },
      },
    ],
    cooperations: [
      {
        id: 'piege',
        title: '<script>alert("cooperation")</script>Fête partagée',
        partners: [
          { organizationId: 'asso', role: '<img src=x onerror=alert(1)>' },
          { organizationId: 'voisins', role: 'buvette' },
        ],
        sectors: ['culture'],
      },
    ],
  };
}

/**
 * What must never appear inside a widget showing `hostileFeed()`: elements or attributes that run code or
 * load something the feed chose. The stories test checks it in every shadow root.
 */
export const HOSTILE_MARKUP =
  'script, iframe, object, embed, img[src="x"], [onerror], [onload], [onclick], [onmouseover], ' +
  'a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i]';
