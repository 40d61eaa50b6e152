/**
 * How a place looks on the map and in the legend: a colour AND a shape AND two letters per sector, so that
 * colour is never the only signal. Markers are built as DOM nodes from fixed strings and text nodes: no
 * feed text ever goes through an HTML string.
 */
import { SECTORS, vocabularyLabel, type KnownSector } from '@maillage/feed';

export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'hexagon'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** Dark enough for white letters (contrast of 4.5:1 or more). */
const SECTOR_COLOURS: Readonly<Record<KnownSector, string>> = {
  sport: '#1f5fa8',
  culture: '#7b3598',
  solidarite: '#b3261e',
  environnement: '#2e6b30',
  education: '#9a4d00',
  jeunesse: '#00695c',
  sante: '#b0174f',
  loisirs: '#5d4037',
  citoyennete: '#283593',
  economie: '#455a64',
  numerique: '#005a78',
};
const OTHER_COLOUR = '#595959';

export interface SectorLook {
  readonly sector: string | null;
  readonly colour: string;
  readonly shape: MarkerShape;
  /** Two letters of the sector's label, in the visitor's language. */
  readonly letters: string;
  readonly label: string;
}

export function sectorLook(sector: string | null, lang: string, otherLabel: string): SectorLook {
  const known = sector !== null && (SECTORS as readonly string[]).includes(sector);
  const position = known ? SECTORS.indexOf(sector as KnownSector) : -1;
  const label = sector === null ? otherLabel : vocabularyLabel('sectors', sector, lang);
  return {
    sector,
    colour: known ? SECTOR_COLOURS[sector as KnownSector] : OTHER_COLOUR,
    shape: position >= 0 ? MARKER_SHAPES[position % MARKER_SHAPES.length]! : 'square',
    letters: initials(label),
    label,
  };
}

function initials(label: string): string {
  const letters = [...label.normalize('NFC')].filter((c) => /\p{L}/u.test(c));
  const two = letters.slice(0, 2).join('');
  return two ? two.charAt(0).toUpperCase() + two.slice(1).toLowerCase() : '?';
}

/** The marker of a place: a shape in its sector's colour with the sector's letters, and a count. */
export function placeMarkerElement(look: SectorLook, count: number): HTMLElement {
  const marker = document.createElement('span');
  marker.className = 'marker';
  marker.dataset['shape'] = look.shape;
  marker.style.setProperty('--_marker', look.colour);
  marker.setAttribute('aria-hidden', 'true');
  const glyph = document.createElement('span');
  glyph.className = 'glyph';
  glyph.textContent = look.letters;
  marker.append(glyph);
  if (count > 1) {
    const badge = document.createElement('span');
    badge.className = 'count';
    badge.textContent = count > 99 ? '99+' : String(count);
    marker.append(badge);
  }
  return marker;
}

/** The marker of a cluster: a ring with the number of places inside. */
export function clusterMarkerElement(count: number, lang: string): HTMLElement {
  const marker = document.createElement('span');
  marker.className = 'cluster';
  marker.setAttribute('aria-hidden', 'true');
  marker.textContent = formatCount(count, lang);
  marker.dataset['size'] = count >= 100 ? 'large' : count >= 10 ? 'medium' : 'small';
  return marker;
}

/** The visitor's own position. */
export function positionMarkerElement(): HTMLElement {
  const marker = document.createElement('span');
  marker.className = 'position';
  marker.setAttribute('aria-hidden', 'true');
  return marker;
}

function formatCount(count: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { notation: count >= 10_000 ? 'compact' : 'standard' }).format(count);
  } catch {
    return String(count);
  }
}
