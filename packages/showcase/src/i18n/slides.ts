import type { Catalogues, Message } from '@maillage/core';

/** The words of the carousel and the kiosk, in French and English: loaded with it. */
const fr = {
  'carousel.label': 'Coopérations à la une',
  'carousel.previous': 'Coopération précédente',
  'carousel.next': 'Coopération suivante',
  'carousel.pause': 'Mettre en pause',
  'carousel.play': 'Reprendre le défilement',
  'carousel.position': '{index} sur {total}',
  'kiosk.scan': 'Scannez pour en savoir plus',
  'kiosk.pause': 'Mettre en pause',
  'kiosk.play': 'Reprendre',
} satisfies Record<string, Message>;

const en: Record<keyof typeof fr, Message> = {
  'carousel.label': 'Featured cooperations',
  'carousel.previous': 'Previous cooperation',
  'carousel.next': 'Next cooperation',
  'carousel.pause': 'Pause',
  'carousel.play': 'Resume',
  'carousel.position': '{index} of {total}',
  'kiosk.scan': 'Scan to find out more',
  'kiosk.pause': 'Pause',
  'kiosk.play': 'Resume',
};

export const slidesMessages: Catalogues<keyof typeof fr> = { fr, en };
